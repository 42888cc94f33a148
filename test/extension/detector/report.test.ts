/** A page in a reporter's voice is a report about offers, not an offer (issue 8; the corpus README's rule). */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { reportSigns } from '../../../extension/detector/report.ts';

describe('report: a story told in the third person', () => {
  test('a dateline and attributions make a story without any markup', () => {
    const story =
      'KUALA LUMPUR: Micro entrepreneurs may apply from Thursday for the scheme. The bank said it offers up to RM50,000 at 3%. ' +
      'Its chief executive told reporters that approvals take a week.';
    assert.ok(reportSigns(story) >= 2);
  });
  test('a Chinese news story: 来源/编辑 and 客户端讯 or 记者', () => {
    assert.ok(reportSigns('来源：华龙网 编辑：李彦 华龙网-新重庆客户端讯 日前，多家银行推出科创信贷产品。') >= 2);
    assert.ok(reportSigns('来源：四川日报 记者 朱雪黎 本报讯 融资服务方案正式出台。') >= 2);
  });
  test('a product page has none: "according to your needs", a source line, labels in capitals', () => {
    assert.equal(
      reportSigns('SME Working Capital Loan. Repay according to your cash flow. NOTE: Terms apply. Apply now'),
      0,
    );
    assert.equal(reportSigns('科技贷 来源：本行 发布时间：2024-05-16 年化利率3.65%起 最高500万元'), 0);
  });
  test('one attribution alone is no sign (a product page quotes its own staff); a dateline alone is one', () => {
    assert.equal(reportSigns('"Our loans are simple," says our head of lending. Rates from 6.5% p.a.'), 0);
    assert.equal(reportSigns('KUCHING: The state has approved a micro credit scheme.'), 1);
  });
});
