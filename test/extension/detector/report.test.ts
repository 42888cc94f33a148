/** A page in a reporter's voice is a report about offers, not an offer (issue 8; the corpus README's rule). */
import { describe, test } from 'node:test';
import { NEWS_RE } from '../../../extension/detector/vocabulary.ts';
import assert from 'node:assert/strict';
import { reportSigns } from '../../../extension/detector/report.ts';
import { detectOffer } from '../../../extension/detector/detect.ts';
import { foldHan, readable } from '../../../extension/detector/fold.ts';

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
  test('a newspaper\'s "（上接A1版）" (a story going on from another page of the paper) is a story\'s sign', () => {
    assert.equal(reportSigns('（上接A1版） 为帮这家企业渡过资金周转难关，今年3月，某农商银行向其发放贷款200万元。'), 1);
    assert.equal(reportSigns('（详见第3页） 年化利率3.65%起，最高500万元。'), 0);
  });
  test('one attribution alone is no sign (a product page quotes its own staff); a dateline alone is one', () => {
    assert.equal(reportSigns('"Our loans are simple," says our head of lending. Rates from 6.5% p.a.'), 0);
    assert.equal(reportSigns('KUCHING: The state has approved a micro credit scheme.'), 1);
  });
});

describe('report: attributions without a dateline', () => {
  test('three attributions are a story by themselves ("said the president", "Mr Mongkol said", "he said")', () => {
    const story =
      'The bank is offering low-rate loans worth 58 billion baht, said the bank president. Each borrower can apply ' +
      'for up to 1 million baht, Mr Mongkol said. The bank charges a fixed 3% for three years, he said.';
    assert.ok(reportSigns(story) >= 2);
    assert.equal(reportSigns('Loans at 3% a year, the bank said. Apply now.'), 0);
  });
  test('表示, 指出 and 强调 attribute what follows: a release told about, not an offer made', () => {
    assert.ok(
      reportSigns('经建会表示，提高信用保证成数。经建会指出，获贷人数累计3万人。信保基金强调，已协助逾17万家企业。') >=
        2,
    );
    assert.equal(reportSigns('客户经理表示，最快当天放款。年化利率3.45%起，最高500万元，立即申请'), 0);
  });
});

describe('detector: a central bank and inflation are the economy, not an offer', () => {
  test("an explainer's paragraph on the Bank of England's base rate gets no badge", () => {
    const text =
      'How do interest rates work? Business loans follow the Bank of England base rate, which went from 0.1% to ' +
      '5.25% and now stands at 4.25% after inflation rose. Apply now for a business loan.';
    assert.equal(detectOffer(text), null);
  });
});

describe('report: a Chinese story opens with when it happened (holdout12 kind)', () => {
  test('"近日，" or "6月5日，" opening a paragraph is a dateline; with an attribution the text is a story', () => {
    assert(
      reportSigns('东莞+ 2025-06-05 近日，在市科技局的指导下，某担保公司与微众银行推出新产品。 据介绍，该产品…') >= 1,
    );
    assert(reportSigns('标题 6月5日，某银行发布公告。') >= 1);
    assert.equal(reportSigns('产品介绍 年化利率3.45%起，最高500万元，近日申请可享优惠。'), 0);
  });
});

describe("report: a bank's ticker is no dateline (holdout16 kind)", () => {
  test('"LATEST UPDATES: KVG Bank staff will never ask…" is a label in capitals; "KUALA LUMPUR: …" stays one', () => {
    assert.equal(reportSigns('LATEST UPDATES: KVG Bank staff will never ask you for your PIN. Agri Demand Loan'), 0);
    assert.equal(reportSigns('Notice board UPDATES: Branch hours change from Monday.'), 0);
    assert(reportSigns('KUALA LUMPUR: Micro entrepreneurs can now apply, the minister said.') >= 1);
  });
});

describe('report: a Taiwanese television story (holdout16 kind)', () => {
  test("an outlet's name and date under the headline, a quotation after 說： and its credit make a story", () => {
    const story =
      '民視新聞 2020-04-18 00:00 行政院政務委員龔明鑫說：「50萬元以下的貸款不用提供擔保。」額度最高50萬元，年利率只要1%。（民視新聞／綜合報導）';
    assert(reportSigns(foldHan(story.normalize('NFKC'))) >= 2);
    assert.equal(reportSigns(foldHan('青年創業貸款 最高貸款額度200萬元，目前利率為1.42%。'.normalize('NFKC'))), 0);
  });
});

describe('report: a statement dated by its day (holdout17 kind)', () => {
  test('"GMEA said yesterday that…" is a reporter\'s; "we said in our terms" is not', () => {
    assert(reportSigns('General Motors East Africa said yesterday that it has teamed up with Co-operative Bank.') >= 1);
    assert.equal(reportSigns('As we said in our terms, the loan runs for up to 5 years.'), 0);
  });
});

describe('report: a registrant is no reporter (reword10 kind)', () => {
  test('"公司登記或有限合夥登記者" folds to 登记者 and names no 记者', () => {
    assert.equal(reportSigns(foldHan('營利事業（公司登記、商業登記或有限合夥登記者皆屬之）'.normalize('NFKC'))), 0);
    assert(reportSigns(foldHan('本報記者 王小明／台北報導'.normalize('NFKC'))) >= 1);
    assert.equal(readable('公司登記或有限合夥登記者皆屬之').match(NEWS_RE), null);
  });
});
