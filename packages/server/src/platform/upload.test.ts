// The upload helper's type detection: by content, never by name.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detectUploadType } from './upload.ts';

describe('platform upload', () => {
  it('detects the type from the leading bytes', () => {
    const b = (...x: number[]) => Buffer.from(x);
    assert.equal(detectUploadType(Buffer.alloc(0)), 'empty');
    assert.equal(detectUploadType(Buffer.from('%PDF-1.7\n')), 'pdf');
    assert.equal(detectUploadType(b(0xff, 0xd8, 0xff, 0xe0)), 'jpeg');
    assert.equal(detectUploadType(b(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0)), 'png');
    assert.equal(detectUploadType(b(0x50, 0x4b, 0x03, 0x04, 0)), 'zip');
    assert.equal(detectUploadType(b(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)), 'ole2');
    assert.equal(detectUploadType(Buffer.from('姓名,身份证号\n张三,1\n')), 'text');
    assert.equal(detectUploadType(Buffer.from('\ufeffa,b', 'utf16le')), 'text');
    assert.equal(detectUploadType(b(0x7f, 0x45, 0x4c, 0x46, 0, 0)), 'binary');
  });
});
