import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { maskPersonalData, maskPhone, redactPersonalData } from './personal-data.ts';

describe('personal data in free text', () => {
  it('masks mobiles and ID numbers as the registry shows them', () => {
    assert.equal(redactPersonalData('联系人张三，手机13812345678，身份证310115199003076515。'), '联系人张三，手机138****5678，身份证310***********6515。');
    assert.equal(redactPersonalData('电话 +86 138-1234-5678 或 138 1234 5678'), '电话 138****5678 或 138****5678');
    assert.equal(redactPersonalData('11010519491231002x'), '110***********002X');
  });
  it('leaves longer digit runs, dates, amounts and office lines alone', () => {
    for (const s of ['证书号 1831000000123456', '专利 ZL201610012345.6', '2018-03-20 ¥2000', '63211939-4101', '订单 213812345678', '021-12345678'])
      assert.equal(redactPersonalData(s), s);
  });
  it('replaces them with labels for anonymous text (survey answers), e-mail too', () => {
    assert.equal(
      redactPersonalData('找我13812345678或a.b@example.com，证件310115199003076515', { anonymous: true }),
      '找我[手机号已隐去]或[邮箱已隐去]，证件[身份证号已隐去]',
    );
  });
  it('walks objects and arrays, keeping keys, non-strings and already masked values', () => {
    const v = {
      summary: '13900139001',
      before: { list: ['x 310115199003076515', 7, null], idNumber: '310***********6515' },
      n: 13900139001,
      amount: 2000,
      ok: true,
    };
    assert.deepEqual(maskPersonalData(v), {
      summary: '139****9001',
      before: { list: ['x 310***********6515', 7, null], idNumber: '310***********6515' },
      n: '139****9001',
      amount: 2000,
      ok: true,
    });
    assert.equal(maskPersonalData(undefined), undefined);
  });
});

describe('contact phone', () => {
  it('masks a mobile as 138****8000 and other numbers but their first 3 and last 4 digits', () => {
    assert.equal(maskPhone('138 0013 8000'), '138****8000');
    assert.equal(maskPhone('021-12345678'), '021-****5678');
    assert.equal(maskPhone('63211939-4101'), '632*****-4101');
    assert.equal(maskPhone('12345'), '*****');
  });
});
