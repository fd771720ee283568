// Names of uploaded files, as stored and shown again (lists, audit trail, download headers). The
// name is the uploader's claim and the bytes decide the type (checks-and-safeguards.md "Files"),
// so the stored name carries the extension of the detected type: a PDF called "report.html" or
// "evil\u202Etxt.exe" is stored as a .pdf and never handed back under its executable name.

/** Bidi controls (LRM/RLM, embeddings and overrides, isolates, ALM) reorder what a reader sees:
 *  "evil\u202Etxt.exe" displays as "evilexe.txt". With C0/C1 controls, path separators and BOM. */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c\ufeff/\\]/g;

export function cleanFileName(name: string, fallback = 'file'): string {
  const cleaned = name.normalize('NFC').replace(UNSAFE, '').replace(/\s+/g, ' ').trim().replace(/^\.+/, '');
  return (cleaned || fallback).slice(0, 200);
}

/** Extensions accepted as they are for a detected type; the first is the one given otherwise. */
const EXTENSIONS: Record<string, string[]> = {
  'application/pdf': ['pdf'],
  'image/jpeg': ['jpg', 'jpeg'],
  'image/png': ['png'],
  xlsx: ['xlsx'],
  csv: ['csv', 'txt'],
};

/** The cleaned name ending in an extension of the detected type (`type`: a MIME type, or xlsx/csv). */
export function nameForType(name: string, type: string, fallback = 'file'): string {
  const exts = EXTENSIONS[type];
  if (!exts) throw new Error(`no extension for ${type}`);
  const clean = cleanFileName(name, fallback);
  const m = clean.match(/^(.*)\.([A-Za-z0-9]{1,10})$/);
  if (m && exts.includes(m[2]!.toLowerCase())) return clean;
  const base = (m ? m[1]! : clean).replace(/[.\s]+$/, '') || fallback;
  return `${base.slice(0, 190)}.${exts[0]}`;
}
