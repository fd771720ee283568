import { parentPort, workerData } from 'node:worker_threads';
import { AppError } from './errors.ts';
import { readXlsx } from './spreadsheets.ts';

const { buf, fileName, maxRows } = workerData as { buf: Uint8Array; fileName: string; maxRows: number };
try {
  const table = await readXlsx(Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength), fileName, maxRows);
  parentPort!.postMessage({ table });
} catch (err) {
  if (err instanceof AppError)
    parentPort!.postMessage({ error: { status: err.status, code: err.code, messages: err.messages, issues: err.issues, extra: err.extra } });
  else parentPort!.postMessage({ message: err instanceof Error ? err.message : String(err) });
}
