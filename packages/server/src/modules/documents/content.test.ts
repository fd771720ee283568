import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkDocument, sniffMime } from './content.ts';

describe('document content check', () => {
  it('recognises PDF, JPEG and PNG by their bytes', () => {
    assert.equal(sniffMime(Buffer.from('%PDF-1.7\n...')), 'application/pdf');
    assert.equal(sniffMime(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0])), 'image/jpeg');
    assert.equal(sniffMime(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0])), 'image/png');
  });
  it('refuses a forged type, an empty file and an oversized one', () => {
    assert.throws(
      () => checkDocument(Buffer.from('MZ\x90\x00 not a pdf'), 'scan.pdf', 1000),
      (e: any) => e.code === 'file-type-not-allowed',
    );
    assert.throws(
      () => checkDocument(Buffer.alloc(0), 'a.pdf', 1000),
      (e: any) => e.code === 'file-empty',
    );
    assert.throws(
      () => checkDocument(Buffer.concat([Buffer.from('%PDF-'), Buffer.alloc(2000)]), 'a.pdf', 1000),
      (e: any) => e.status === 413,
    );
  });
  it('gives a SHA-256 checksum', () => {
    const r = checkDocument(Buffer.from('%PDF-1.4 hello'), 'a.pdf', 1000);
    assert.match(r.sha256, /^[0-9a-f]{64}$/);
  });
});
