// Worker entry for parsing a large xlsx off the event loop (see readXlsxInWorker in spreadsheets.ts).
// Plain JS so a worker can start whichever way the main thread loaded TypeScript: tsx is registered here.
import { register } from 'tsx/esm/api';
register();
await import('./xlsx-worker.ts');
