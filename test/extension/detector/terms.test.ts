/**
 * Terms that are not what they look like (issue 8, kinds found on holdout8 after its first measurement): a personal
 * row of a bank's rate table, fee bands, a margin over a base other than the LPR, a representative example's other
 * measures, the total payable, and amounts in currencies other than the yuan.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { dominantCurrency, readMaxAmount, UNKNOWN_CURRENCY } from '../../../extension/detector/amount.ts';
import { detectOffer, isTermsSheet } from '../../../extension/detector/detect.ts';
import { readable } from '../../../extension/detector/fold.ts';
import { readRate } from '../../../extension/detector/rate.ts';
import { reportSigns } from '../../../extension/detector/report.ts';

const rate = (s: string) => readRate(readable(s));
const amount = (s: string, pageCurrency?: string) => readMaxAmount(readable(s), pageCurrency ? { pageCurrency } : {});

describe("a personal loan's row in a bank's mixed rate table", () => {
  test('a row labelled Housing, Vehicle or Education Loan, or Loan against Pension, is no enterprise offer', () => {
    for (const label of ['Housing Loan', 'Vehicle Loan', 'Education Loan', 'Loan against Pension', 'Gold Loan'])
      assert.equal(
        detectOffer(`Credit Facilities ${label} Fixed Interest Rate (Up to 7 Years) 7.49%`, {
          heading: 'Term Loan rates',
        }),
        null,
        label,
      );
  });
  test('a row of a table headed "For Individual Borrower" does not borrow the heading\'s "Term Loan"', () => {
    assert.equal(
      detectOffer('Credit Facilities Agro Loan Fixed Interest Rate (Up to 7 Years) 9.00%', {
        heading: 'A. For Individual Borrower availing Term Loan',
      }),
      null,
    );
  });
  test("the SME table's row is still an offer", () => {
    const o = detectOffer('Credit Facilities Term Loans Fixed Interest Rate (Up to 5 Years) 8.50%', {
      heading: 'B. For SME Loans',
    });
    assert.equal(o?.kind === 'loan' && o.rate.basis === 'fixed' ? o.rate.low : undefined, '8.5');
  });
});

describe('fee percentages are not rates, and a fee band is not the limit', () => {
  test('SBA guarantee-fee bands read no rate', () => {
    assert.equal(rate('SBA Fees 2.00% up to $150,000 3.00% from $150,001 - $700,000'), undefined);
    assert.equal(rate('3.00% from $150,001 - $700,000'), undefined);
    assert.equal(rate('Upfront fee 1% for loans over $1,000,000'), undefined);
  });
  test('a rate with its band keeps the rate; a fee label before a later rate label does not take the rate', () => {
    assert.equal(rate('Interest rate 6% for loans up to $150,000')?.text, '6%');
    assert.equal(rate('Arrangement fee 1%. Interest from 5%')?.text, '5%');
    assert.equal(rate('We charge 8% p.a. on the balance')?.text, '8%');
  });
  test("a band's upper bound is no limit; the stated maximum is", () => {
    assert.equal(amount('SBA Fees 2.00% up to $150,000 3.00% from $150,001 - $700,000', 'USD'), undefined);
    assert.equal(amount('Maximum Loan Amount $5 million. 85% guaranty on loans up to $150,000', 'USD')?.wan, '500');
    assert.equal(amount('Annual rate starting from 3.65% Up to RMB 30 million')?.wan, '3000');
  });
});

describe('a margin over a base other than the LPR is no rate', () => {
  test('postal deposit rate 加计 a margin, base rate plus, MCLR +, Prime plus a fraction', () => {
    assert.equal(rate('承貸銀行貸款利率最高不超過郵政儲金二年期定期儲金年息機動利率加計年息2.175%機動計息'), undefined);
    assert.equal(rate('利率按郵政儲金2年期定期儲金機動利率加年息0.575%機動計息'), undefined);
    assert.equal(rate('Interest: base rate plus 2.5%'), undefined);
    assert.equal(rate('Interest rate MCLR + 1.5% p.a.'), undefined);
    assert.equal(rate('Rates Prime plus 2-1/4% for maturities under 7 years'), undefined);
  });
  test('an LPR spread is still read, and a quoted rate beside a margin still counts', () => {
    assert.deepEqual(rate('执行利率LPR加50BP'), { basis: 'lpr', tenor: '1y', spreadBp: 50, text: 'LPR加50BP' });
    assert.equal(rate('Fixed rate 7.5% p.a. or base rate plus 3%')?.text, '7.5%');
  });
});

describe('a representative example', () => {
  test('the representative APR is the rate; the AIR and the simple rate are the same example, not a range', () => {
    const r = rate(
      '9.94% APR representative (fixed). Based on an assumed loan of £13,000 over 60 months at an AIR of 9.06% p.a. ' +
        '(fixed). Monthly repayment £273.12. Total amount payable £16,387.38. Simple interest rate 8.70%',
    );
    assert.equal(r?.basis === 'fixed' ? `${r.low}-${r.high ?? ''}` : undefined, '9.94-');
    const before = rate('Representative APR 9.94%, annual interest rate 9.06%');
    assert.equal(before?.basis === 'fixed' ? `${before.low}-${before.high ?? ''}` : undefined, '9.94-');
  });
  test('the total payable, the repayment and the assumed loan are not the limit', () => {
    assert.equal(
      amount(
        'Based on an assumed loan of £13,000 over 60 months. Monthly repayment £273.12. Total amount payable £16,387.38.',
      ),
      undefined,
    );
    assert.equal(amount('Total repayable £10,450; total cost of credit £1,450', 'GBP'), undefined);
    assert.equal(amount('Borrow from £1,000 up to £1,000,000. Total amount payable £16,387.38')?.wan, '100');
  });
});

describe('currencies other than the yuan', () => {
  test('Ksh, KES, ₦ and the codes of South Asia are read as such', () => {
    assert.deepEqual(amount('Maximum amount: ksh5M'), { wan: '500', currency: 'KES', text: 'ksh5M' });
    assert.equal(amount('One customer can borrow at most Ksh 10 million')?.currency, 'KES');
    assert.equal(amount('loans up to KES 100 Million')?.currency, 'KES');
    assert.equal(amount('borrow up to ₦5 million')?.currency, 'NGN');
    assert.equal(amount('Max. loan amount LKR 15,000,000')?.currency, 'LKR');
    assert.equal(amount('Loan limit up to NPR 10 million')?.currency, 'NPR');
    assert.equal(amount('Financing up to RM500,000')?.currency, 'MYR');
  });
  test('"Rs." is the page\'s rupee, and no rupee known is an unknown currency, never the yuan', () => {
    assert.equal(amount('Max. Loan amount Rs. 10,000,000/-', 'LKR')?.currency, 'LKR');
    assert.equal(amount('Max. Loan amount Rs. 10,000,000/-')?.currency, UNKNOWN_CURRENCY);
    assert.equal(amount('Max. Loan amount Rs. 10,000,000/-', 'SGD')?.currency, UNKNOWN_CURRENCY);
  });
  test('"10 million" with no sign on a page that names no currency is unknown; 300万元 stays yuan', () => {
    assert.equal(amount('loans of up to 10 million')?.currency, UNKNOWN_CURRENCY);
    assert.equal(amount('最高可贷300万元')?.currency, 'CNY');
  });
  test("a page's rupee: by its address or language, else by the rupee's code it writes, else by the country it names", () => {
    assert.equal(
      dominantCurrency('Loans up to Rs. 75 lakh. Rs. 50 lakh unsecured. Or INR 40 lakh with collateral.'),
      'INR',
    );
    assert.equal(dominantCurrency('Up to Rs. 5,000,000 and Rs. 2,000,000; NPR 1,000,000 for start-ups', 'LKR'), 'LKR');
    const srilanka = 'Max. Loan amount Rs. 10,000,000/- for MSMEs in Sri Lanka. Central Bank of Sri Lanka.';
    assert.equal(dominantCurrency(srilanka), 'LKR');
    assert.equal(dominantCurrency('Max. Loan amount Rs. 10,000,000/-', 'NPR'), 'NPR');
    assert.equal(dominantCurrency('Max. Loan amount Rs. 10,000,000/-'), UNKNOWN_CURRENCY);
    assert.equal(dominantCurrency('Borrow Ksh 100,000 to Ksh 5M'), 'KES');
  });
});

describe('a news story of an announcement, or with one quotation', () => {
  test('"announced today" and "Read more at: GOV.UK" are a report\'s', () => {
    assert.ok(
      reportSigns(
        'A loan scheme for new businesses is to be expanded, Business Secretary Jacob Rees-Mogg announced today. ' +
          'Start Up Loans come with a fixed interest rate of 6%. Read more at: GOV.UK',
      ) >= 1,
    );
  });
  test('a quotation closed and attributed ("…," said John Tsang) is a report\'s', () => {
    assert.ok(
      reportSigns('"I believe the loans can provide a good measure of assistance," said John Tsang, Chairman.') >= 1,
    );
  });
  test('an offer page saying what customers said of it, or "we announced", is not', () => {
    assert.equal(reportSigns('Apply for a business loan up to £250,000 at 6.5% p.a. Customers said it was fast.'), 0);
  });
});

describe("the page's country", () => {
  test("by its host's country code, else by its language's region", async () => {
    const { countryCurrency } = await import('../../../extension/inject/page-context.ts');
    assert.equal(countryCurrency('www.sdb.lk', 'en'), 'LKR');
    assert.equal(countryCurrency('garimabank.com.np', 'en'), 'NPR');
    assert.equal(countryCurrency('example.com', 'en-KE'), 'KES');
    assert.equal(countryCurrency('everestbankltd.com', 'en'), undefined);
  });
});

describe('the badge of an offer in a currency the page does not name', () => {
  test('says so in words, not "XXX", and computes nothing', async () => {
    const { buildView } = await import('../../../extension/shared/badge-view.ts');
    const { defaultStored } = await import('../../../extension/shared/profile.ts');
    const o = detectOffer('MSME loans up to Rs. 50 lakh. Business loan rate from 6% p.a. Apply now');
    assert.ok(o?.kind === 'loan' && o.currency === UNKNOWN_CURRENCY);
    for (const lang of ['en', 'zh-CN'] as const) {
      const view = buildView(o, defaultStored(), lang, '2026-06-30');
      assert.equal(view.tone, 'info');
      assert.ok(!view.summary.includes('XXX'), view.summary);
    }
  });
});

describe("a terms sheet's labels in cells of their own (issue 8, kind 1)", () => {
  const sheet =
    'Maximum Loan Amount Up to Rs 2M, 70% of the project cost Interest Rate 9.5% p.a. Repayment Period Up to 7 years';
  test("a table of one loan's terms takes the loan its heading names, with no audience word in the cells", () => {
    const o = detectOffer(sheet, { currency: 'MUR', heading: 'General Loan Scheme', termsSheet: true });
    assert.deepEqual(o && o.kind === 'loan' && [o.rate.basis === 'fixed' && o.rate.low, o.maxAmount], ['9.5', '200']);
  });
  test('the same words as running text, or under a personal loan heading, are no offer', () => {
    assert.equal(detectOffer(sheet, { currency: 'MUR', heading: 'General Loan Scheme' }), null);
    assert.equal(detectOffer(sheet, { currency: 'MUR', heading: 'Personal Loan Scheme', termsSheet: true }), null);
  });
});

describe('a terms sheet labelled in other words', () => {
  test('授信额度, 期限 and 执行利率 make a terms sheet: a scheme guide on a government page states its offer', () => {
    const text = readable(
      '额度 每家企业的年度贷款原则上在500万元以内，对优质企业可放宽至最高1000万元 期限 风险池项下的贷款和担保期限一般在1年以内 ' +
        '执行利率 不高于一年期LPR 担保费率 国家高新技术企业单笔不高于0.6%/年；其他科技型企业单笔不高于0.8%/年 ' +
        '担保方式 以信用为主，无需企业提供抵押物',
    );
    const offer = detectOffer(text, { policy: true, businessPage: true, heading: '二、贷款及担保要素' });
    assert.equal(offer?.kind, 'loan');
    assert.equal(offer.rate?.basis, 'lpr');
  });
});

describe('labels, kinds and scheme guides in another writer’s words (reword2/reword3 kinds)', () => {
  test('可贷金额, 贷款年限 and 利率上限 make a terms sheet: a portal’s guide to a scheme states its offer', () => {
    const text = readable(
      '可贷金额： 小微企业单笔贷款最高可达400万元。 贷款年限： 每次最长2年，期满后可继续申请贷款和贴息。 ' +
        '利率上限： 创业担保贷款执行利率最高为LPR+150BPs。 贴息政策： 符合条件的，由财政部门按实际执行利率的50%给予贴息。',
    );
    const offer = detectOffer(text, { businessPage: true, heading: '二、小微企业创业担保贷款及贴息' });
    assert.equal(offer?.kind, 'loan');
    assert.equal(offer.rate?.basis === 'lpr' && offer.rate.spreadBp, 150);
    assert.equal(offer.maxAmount, '400');
  });
  test('a type tag beside a named product (信用贷款 · 信用快贷) is what the product is, not a second product', () => {
    const card = readable('信用贷款 信用快贷 最高可贷 300 万元 参考年化利率 3.45% ～ 5.5% 无需抵押、纯信用办理。');
    assert.equal(detectOffer(card, {})?.product, '信用快贷');
    // Two named products with a range are still a list.
    assert.equal(detectOffer(readable('信用快贷 抵押快贷 最高可贷300万元 年化利率3.45%～5.5%'), {}), null);
  });
  test('a guide to 创业担保贷款 in the scheme’s own words is its offer; the same words in a notice or a rule are not', () => {
    const guide =
      '经办银行将依据小微企业实际招用人数，合理核定小微企业创业担保贷款的额度，单户最高不超过300万元，贷款期限最长不超过2年。' +
      '贴息方面：2021年1月1日起新发放的贷款，利息中LPR减150个基点以下的部分由借款企业自行负担，超出部分由财政给予贴息。';
    const offer = detectOffer(readable(guide), { businessPage: true });
    assert.equal(offer?.kind === 'loan' && offer.rate.basis === 'lpr' && offer.rate.spreadBp, -150);
    // (A notice is told by its title, 《》 or 第…条; a government host alone does not make a guide one.)
    assert.equal(detectOffer(readable(guide), { businessPage: true, policy: true, noticeTitle: true }), null);
    assert.equal(detectOffer(readable(`按照现行规定，${guide}`), { businessPage: true }), null);
  });
  test('a tier for 人才个人 in a product’s table is a personal loan', () => {
    const row = readable('支持对象 ③ 人才个人 单户最高额度 300万元 执行利率 不高于LPR加40个基点 单笔期限 不超过1年');
    assert.equal(detectOffer(row, { heading: '昆科贷' }), null);
    assert.equal(detectOffer(row.replace('人才个人', '科技型中小企业'), { heading: '昆科贷' })?.kind, 'loan');
  });
});

describe('question labels, a bank named 储蓄 (reword5 kinds)', () => {
  test('a portal’s question labels (能借多少？ 利息怎么算？) over labelled terms make a terms sheet, not a thread', () => {
    const text = readable(
      '能借多少？ 贷款额度： 单户最高可贷300万元。 利息怎么算？ 执行利率： 年化3.3%起，按日计息，可随借随还。 ' +
        '期限： 授信有效期为1年，单笔借款最长12个月。',
    );
    const offer = detectOffer(text, { businessPage: true, heading: '农业银行纳税e贷' });
    assert.equal(offer?.kind, 'loan');
    assert.equal(offer.maxAmount, '300');
  });
  test('"能贷多少" names no product', () => {
    assert.equal(detectOffer(readable('能贷多少： 最高30万元。 利率：年化4%'), {}), null);
  });
  test('邮政储蓄银行 is a bank, not savings: its enterprise loan is an offer', () => {
    const offer = detectOffer(readable('中国邮政储蓄银行小微易贷 面向小微企业 年化利率3.65%起 最高500万元'), {});
    assert.equal(offer?.kind, 'loan');
    assert.equal(detectOffer(readable('储蓄存款 年利率1.35% 个人客户 最高500万元'), {}), null);
  });
});

describe('a terms sheet in English (holdout17 kinds)', () => {
  test('labels before a colon name the terms: a rate, a term and a repayment make a sheet', () => {
    assert.ok(
      isTermsSheet(
        readable(
          'Pricing: 9.75% per annum Minimum Loan Tenor: 6 months Maximum Loan Tenor: 24 months Moratorium: 30 days',
        ),
      ),
    );
    assert.ok(
      isTermsSheet(readable('1. Smallest loan: RM50,000 4. Repayment period: 6 years 5. Rate of interest: 2% a year')),
    );
  });
  test('the same words in prose, or only two kinds of terms, make none', () => {
    assert.ok(!isTermsSheet(readable('The interest rate is 5%, the loan term is 3 years and repayment is monthly.')));
    assert.ok(!isTermsSheet(readable('Security: we protect your data. Collateral: none. Interest rate: 5%')));
  });
});

describe("a loan's own English name (holdout13 and holdout16 kinds)", () => {
  test('a title-cased name no word list knows names the product: "Farm Loans", "Agri Demand Loan"', () => {
    const farm = detectOffer(
      'Farm Loans Key terms of our farm loan for members: borrowing is capped at €10,000 per member. ' +
        'Term is 36 months maximum. Interest rate is 6% pa',
    );
    assert.equal(farm?.product, 'Farm Loans');
    assert.equal(
      detectOffer('Agri Demand Loan Rate of Interest 13.00% pa. Loan amount up to Rs 50,000')?.product,
      'Agri Demand Loan',
    );
  });
  test('a size, a pronoun or a home before "Loan" names no enterprise product', () => {
    for (const text of [
      'Our Loans are repaid over 5 years at 6% a year',
      'Minimum Loan Tenor: 6 months. Interest 9% a year. Repayment monthly',
      'Home Equity Loan: borrow up to $100,000 over up to 180 months. Interest rate 3.65% a year',
      'Home Repair Loans: borrow as much as $10,000 for home repairs. Interest rate 8% to 12% a year',
    ])
      assert.equal(detectOffer(text), null, text);
  });
});

describe('the "Why?" panel of an offer whose limit the page states apart from its rate (holdout16 kind)', () => {
  test('says the limit was read elsewhere on the page, in both languages', async () => {
    const { buildView } = await import('../../../extension/shared/badge-view.ts');
    const { defaultStored } = await import('../../../extension/shared/profile.ts');
    const o = detectOffer('善科贷执行利率低至年化3.2%，按月付息，期限最长3年');
    assert.ok(o?.kind === 'loan' && o.maxAmount === undefined, JSON.stringify(o));
    const evidence = { ...o.evidence, amountText: '1000万', amountOnPage: true as const };
    for (const [lang, words] of [
      ['en', 'stated elsewhere on this page'],
      ['zh-CN', '页面别处'],
    ] as const) {
      const view = JSON.stringify(
        buildView({ ...o, maxAmount: '1000', evidence }, defaultStored(), lang, '2026-06-30'),
      );
      assert.ok(view.includes(words) && view.includes('1000万'), view);
    }
  });
});

describe('a government scheme guide stating the rate its loans carry now (holdout13/holdout16 kinds)', () => {
  const terms =
    '可貸金額：每案最多新臺幣2,000,000元。 計息方式：依中華郵政2年期定期儲金機動利率加碼0.575%機動調整，現行年利率1.42%。 ' +
    '利息補貼：貸款期間前2年的利息，全數由勞動部補貼。';
  const page = { policy: true, currency: 'TWD', pageProduct: { kind: 'loan' as const, words: '创业贷' } };

  test("the scheme's terms with today's rate are its offer on a government page, subsidy line and all", () => {
    const offer = detectOffer(readable(terms), page);
    assert.ok(
      offer?.kind === 'loan' && offer.rate.basis === 'fixed' && offer.rate.low === '1.42',
      JSON.stringify(offer),
    );
    assert.equal(offer.maxAmount, '200');
  });
  test("the same terms in a notice (its title, 第…條), or a rule's caps with no rate of today, are no offer", () => {
    assert.equal(detectOffer(readable(terms), { ...page, noticeTitle: true }), null);
    assert.equal(detectOffer(readable(`依本辦法第五條，${terms}`), page), null);
    assert.equal(detectOffer(readable(terms.replace('現行年利率1.42%', '利率不超過年息2%')), page), null);
  });
});

describe('terms: two terms under one label (reword10 kind)', () => {
  test('"贷款用途与期限 …" labels the term beside the use: a terms sheet with the limit and the rate', () => {
    const sheet =
      '贷款用途与期限 单户流动资金贷款,期限最长1年 授信额度 每户不超过1000万元 利率 最高按LPR加100个基点执行';
    assert.equal(isTermsSheet(readable(sheet)), true);
    // In a sentence the same words label nothing.
    assert.equal(isTermsSheet(readable('贷款用途与期限均由银行核定，授信额度 每户不超过1000万元 利率 LPR')), false);
  });
});

describe("terms: a year's credit line as the limit (reword10 kind)", () => {
  test('"年度授信 …" labels the limit: with the term and the rate, a terms sheet', () => {
    const sheet =
      '年度授信 每家企业一年内原则上不超过500万元 借款期限 风险池项下的贷款一般以1年为限 执行利率 封顶为一年期LPR';
    assert.equal(isTermsSheet(readable(sheet)), true);
    assert.equal(isTermsSheet(readable('借款期限 一般以1年为限 执行利率 封顶为一年期LPR')), false);
  });
});
