/** Lenders named in a text (issue 8): an offer is one lender's; a round-up or a report names several. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { contactAfter, englishLendersNamed, lendersNamed } from '../../../extension/detector/lenders.ts';
import { detectOffer } from '../../../extension/detector/detect.ts';

describe('lenders named', () => {
  test('English names no fixed list knows, told apart by the word before Bank and the place after "of"', () => {
    const text =
      'Indian Bank 8.80% · Punjab National Bank 9.60% · State Bank of India 8.00% · Union Bank of India 10.95% · ' +
      'Canara Bank 9.20% · Muthoot Fincorp 18%';
    assert.equal(englishLendersNamed(text), 6);
  });
  test("one bank's names in a menu, and phrases such as 'the Bank', are one lender or none", () => {
    assert.equal(
      englishLendersNamed('About Us Hong Leong Bank · Careers Hong Leong Bank · the Bank · Our Bank · Hong Leong Bank'),
      1,
    );
  });
  test('Chinese names by the two characters before 银行; 合作银行, 商业银行, 各家银行 name no bank', () => {
    assert.equal(lendersNamed('工商银行常州分行、中国银行常州分行、江苏银行常州分行、邮储银行常州分行等十余家银行'), 4);
    assert.equal(lendersNamed('北京银行科技贷，北京银行各支行均可办理；合作银行与商业银行、各家银行'), 1);
    // A verb or preposition before 银行 names none ("利率看银行审批", "需在银行利息之外另付", "企业向银行申请").
    assert.equal(lendersNamed('最终执行利率看银行审批；担保费需在银行利息之外另付；企业向银行申请'), 0);
  });
});

describe('detector: a block naming several lenders', () => {
  test("is a round-up of their products, not one lender's offer", () => {
    const roundUp =
      '工商银行常州分行、中国银行常州分行、江苏银行常州分行等银行推出“专精特新”企业流动资金信用贷款，授信额度最高5000万元，年化利率3%起，欢迎申请。';
    assert.equal(detectOffer(roundUp), null);
    const one = '江苏银行“专精特新”企业流动资金信用贷款，授信额度最高5000万元，年化利率3%起，欢迎申请。';
    assert.ok(detectOffer(one)?.kind === 'loan');
  });
});

describe('lenders named: words before 银行 that are no bank (reword6 kind)', () => {
  test('手机银行 and "超过银行可接受范围" name no lender beside 中国银行', () => {
    assert.equal(lendersNamed('通过企业网银或手机银行提交申请；负债超过银行可接受范围的，以中国银行审批为准。'), 1);
  });
  test('partner banks listed with whom to call (a name and a telephone) are contacts, not lenders compared', () => {
    const contacts =
      '合作银行 联系人 电话 中国建设银行 连佳斌 15888802636 中国农业银行 易滢滢 19157683396 中国工商银行 黄爱平 13175138789 杭州银行 杨科 0571-87703008';
    assert.equal(lendersNamed(contacts), 0);
    assert.equal(lendersNamed('建设银行年化3.5%，农业银行年化3.6%，工商银行年化3.4%'), 3);
  });
});

describe("lenders: a scheme's partner banks to call", () => {
  test('"中国建设银行 · 连佳斌 15888802636": a bank with a contact and a telephone after it, however set apart', () => {
    const name = '中国建设银行';
    assert.ok(contactAfter(`${name} · 连佳斌 15888802636`, name.length));
    assert.ok(contactAfter(`${name}：连佳斌 0571-87703008`, name.length));
    assert.ok(!contactAfter(`${name} 科技贷 年化3.5%`, name.length));
  });
});
