import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cleanFileName, nameForType } from './file-names.ts';

describe('stored file names', () => {
  it('strips bidi and control characters and path separators', () => {
    assert.equal(cleanFileName('evil\u202Etxt.exe'), 'eviltxt.exe');
    assert.equal(cleanFileName('a\u2066b\u2069\u200e\u200fc\u0000\u0007.pdf'), 'abc.pdf');
    assert.equal(cleanFileName('../../etc/passwd'), 'etcpasswd');
    assert.equal(cleanFileName('\u202E'), 'file');
  });
  it('gives the extension of the detected type, keeping a matching one', () => {
    assert.equal(nameForType('evil\u202Etxt.exe', 'application/pdf'), 'eviltxt.pdf');
    assert.equal(nameForType('report.html', 'application/pdf'), 'report.pdf');
    assert.equal(nameForType('诊断证明.PDF', 'application/pdf'), '诊断证明.PDF');
    assert.equal(nameForType('photo.jpeg', 'image/jpeg'), 'photo.jpeg');
    assert.equal(nameForType('scan', 'image/png'), 'scan.png');
    assert.equal(nameForType('members.exe', 'xlsx'), 'members.xlsx');
    assert.equal(nameForType('version 1.2 final', 'application/pdf'), 'version 1.2 final.pdf');
    assert.equal(nameForType('.htaccess', 'csv'), 'htaccess.csv');
  });
});
