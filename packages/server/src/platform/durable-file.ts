// Small files that must survive a power cut (the generated encryption key, backup archives, log archives).
import fs from 'node:fs';
import path from 'node:path';

export function fsyncPath(p: string) {
  const fd = fs.openSync(p, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** Write to a temp file, fsync it, rename it into place, fsync the folder: the file is there whole or not at all. */
export function writeFileDurable(file: string, data: string | Uint8Array, mode = 0o600) {
  const tmp = `${file}.tmp-${process.pid}`;
  const fd = fs.openSync(tmp, 'w', mode);
  try {
    fs.writeFileSync(fd, data);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(tmp, file);
  fsyncPath(path.dirname(path.resolve(file)));
}
