/** The detector on block texts as they appear on bank and insurer pages (DOM-free; the pages run in the e2e tests). */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  detectOffer,
  resolveRate,
  normalize,
  readable,
  KEYWORD_RE,
  MAX_BLOCK_CHARS,
  lastRejection,
  productMentions,
} from '../../extension/detector/detect.ts';
import { NEWS_RE } from '../../extension/detector/vocabulary.ts';
import { dominantCurrency } from '../../extension/detector/amount.ts';

const LPR = { oneYear: '3.00', fiveYear: '3.50' };

describe('detector: enterprise loans in Chinese', () => {
  test('科技贷 with 年化利率低至3.45%, 最高1000万元 and 期限最长3年 reads rate 3.45, amount 1000, term 36 months', () => {
    const o = detectOffer('科技贷 面向高新技术企业 年化利率低至3.45% 额度最高1000万元，期限最长3年 立即申请');
    assert.deepEqual(o && o.kind === 'loan' && [o.product, o.rate, o.maxAmount, o.termMonths], [
      '科技贷',
      { basis: 'fixed', low: '3.45', text: '3.45%' },
      '1000',
      36,
    ]);
  });
  test('LPR+50BP is 50 basis points over the 1-year LPR', () => {
    const o = detectOffer('普惠贷 利率：LPR+50BP 授信额度最高500万元');
    assert.ok(o?.kind === 'loan');
    assert.deepEqual(
      [o.rate.basis, o.rate.basis === 'lpr' && o.rate.spreadBp, resolveRate(o.rate, LPR).low],
      ['lpr', 50, '3.5'],
    );
  });
  test('LPR减20个基点 is 20 basis points under; a 10万-3000万元 range reads its maximum', () => {
    const o = detectOffer('流动资金贷款 执行利率：LPR减20个基点 贷款期限1-3年，授信额度10万-3000万元');
    assert.ok(o?.kind === 'loan');
    assert.equal(resolveRate(o.rate, LPR).low, '2.8');
    assert.equal(o.maxAmount, '3000');
  });
  test('5年期以上LPR uses the 5-year figure', () => {
    const o = detectOffer('科创贷 利率为5年期以上LPR加10个基点 最高2000万元');
    assert.ok(o?.kind === 'loan');
    assert.equal(resolveRate(o.rate, LPR).low, '3.6');
  });
  test('a quoted rate wins over a bare mention of LPR pricing; a bare LPR alone is the LPR itself', () => {
    const quoted = detectOffer('经营贷 参考LPR定价 年化利率3.45% 最高500万元');
    assert.ok(quoted?.kind === 'loan');
    assert.deepEqual(resolveRate(quoted.rate, LPR), { low: '3.45' });
    const bare = detectOffer('经营贷 执行利率：1年期LPR 最高500万元');
    assert.ok(bare?.kind === 'loan');
    assert.deepEqual(resolveRate(bare.rate, LPR), { low: '3' });
  });
  test('a quoted rate beside its LPR spread is the rate the page offers, whatever the LPR table says', () => {
    const o = detectOffer('科技贷 年化利率3.0%，较LPR下浮10个基点，最高1000万元');
    assert.ok(o?.kind === 'loan');
    assert.deepEqual(resolveRate(o.rate, { oneYear: '3.45', fiveYear: '3.95' }), { low: '3' });
    const en = detectOffer('SME loan at 3.45% p.a. (LPR + 45 bps), up to ¥5 million');
    assert.ok(en?.kind === 'loan');
    assert.deepEqual(resolveRate(en.rate, LPR), { low: '3.45' });
  });
  test('a range 3.2%-4.5% reads low 3.2 and high 4.5', () => {
    const o = detectOffer('创业担保贷款 年利率 3.2%-4.5%，最高300万元');
    assert.ok(o?.kind === 'loan');
    assert.equal(o.loanType, 'startup-guarantee');
    assert.deepEqual(resolveRate(o.rate, LPR), { low: '3.2', high: '4.5' });
  });
  test('full-width digits and percent signs (３．４５％) read like ASCII', () => {
    const o = detectOffer('经营贷 年化利率３．４５％ 最高１０００万元');
    assert.ok(o?.kind === 'loan');
    assert.equal(o.rate.basis === 'fixed' && o.rate.low, '3.45');
    assert.equal(o.maxAmount, '1000');
  });
  test('1亿元 is 10000 万元', () => {
    const o = detectOffer('企业贷款 年化利率3.1% 最高1亿元');
    assert.equal(o?.kind === 'loan' && o.maxAmount, '10000');
  });
});

describe('detector: enterprise loans in English', () => {
  test('working-capital loan from 3.2% p.a., up to ¥5 million (500 万元), term up to 36 months', () => {
    const o = detectOffer(
      'SME Working-Capital Loan Interest rate from 3.2% p.a. Loan amounts up to ¥5 million, term up to 36 months. Apply now',
    );
    assert.ok(o?.kind === 'loan');
    assert.deepEqual([o.rate.basis === 'fixed' && o.rate.low, o.maxAmount, o.termMonths], ['3.2', '500', 36]);
  });
  test('LPR + 50 bps and RMB 10 million', () => {
    const o = detectOffer('Technology Enterprise Loan Priced at LPR + 50 bps. Up to RMB 10 million.');
    assert.ok(o?.kind === 'loan');
    assert.equal(resolveRate(o.rate, LPR).low, '3.5');
    assert.equal(o.maxAmount, '1000');
  });
  test('LPR minus 0.1% is 10 basis points under', () => {
    const o = detectOffer('Inclusive SME loan at LPR minus 0.1%');
    assert.ok(o?.kind === 'loan');
    assert.equal(resolveRate(o.rate, LPR).low, '2.9');
  });
});

describe('detector: an earlier figure without a money unit does not hide the amount', () => {
  test('"Term up to 3 years. Loan amount up to ¥5 million" reads 500 万元 (and 36 months)', () => {
    const o = detectOffer('SME Loan. Term up to 3 years. Loan amount up to ¥5 million. Interest rate from 3.2% p.a.');
    assert.ok(o?.kind === 'loan');
    assert.deepEqual([o.maxAmount, o.termMonths], ['500', 36]);
  });
  test('"up to 5 kinds" is not 5 k (5,000 yuan): the amount is the later ¥5 million', () => {
    const o = detectOffer(
      'SME loan from 3.5% p.a. Up to 5 kinds of collateral accepted. Loan amounts up to ¥5 million.',
    );
    assert.equal(o?.kind === 'loan' && o.maxAmount, '500');
  });
  test('期限最高3年 before 额度最高500万元 reads 500 万元', () => {
    const o = detectOffer('经营贷 期限最高3年 年化利率3.45% 额度最高500万元');
    assert.equal(o?.kind === 'loan' && o.maxAmount, '500');
  });
});

describe('detector: tech insurance', () => {
  test('研发费用损失保险 年保费约3.6万元 reads premium 3.6 万元, not the 500万 coverage', () => {
    const o = detectOffer('研发费用损失保险 保障额度最高500万元 年保费约3.6万元');
    assert.deepEqual(o && o.kind === 'insurance' && [o.product, o.premium, o.currency], [
      '研发费用损失保险',
      '3.6',
      'CNY',
    ]);
  });
  test('专利执行保险 保险费 8,000元 is 0.8 万元', () => {
    assert.equal(
      detectOffer('专利执行保险 保险费 8,000元')?.kind === 'insurance' &&
        (detectOffer('专利执行保险 保险费 8,000元') as { premium: string }).premium,
      '0.8',
    );
  });
  test('Patent insurance, annual premium ¥36,000 is 3.6 万元', () => {
    const o = detectOffer('Patent Insurance Covers the cost of enforcing your patents. Annual premium ¥36,000.');
    assert.equal(o?.kind === 'insurance' && o.premium, '3.6');
  });
  test('a price quoted before insurance premium tax is a premium: "£25,000 limit: £65 plus IPT" reads £65', () => {
    const o = detectOffer(
      'Cyber Insurance Indemnity limit available: £25,000 or £50,000 £25,000 limit: £65 plus IPT plus professional fee',
      { currency: 'GBP' },
    );
    assert.deepEqual(o?.kind === 'insurance' && [o.premium, o.currency], ['0.0065', 'GBP']);
    assert.equal(
      detectOffer('Cyber Insurance Indemnity limit available: £25,000 or £50,000', { currency: 'GBP' }),
      null,
    );
  });
  test('a subsidy percentage is not a premium: 首台套保险 可申请保费补贴50% gives nothing', () => {
    assert.equal(detectOffer('首台套保险 可申请保费补贴50%'), null);
  });
});

describe('detector: no badge when it is not an enterprise offer, or when unsure', () => {
  const negatives: [string, string][] = [
    ['personal business loan', '个人经营贷 年化利率3.2%起，最高100万元'],
    ['consumer loan', '个人消费贷 年化利率低至3.0%'],
    ['mortgage', '个人住房贷款 利率：5年期以上LPR减30个基点'],
    ['car loan', '汽车贷款 年利率2.99%'],
    ['deposit certificate', '单位大额存单 年利率2.4%，最高5000万元'],
    ['wealth product mentioning 普惠贷', '稳健理财（普惠贷客户专享）业绩比较基准年化3.1%，单位净值1.0234'],
    ['credit card', '信用卡分期 年化利率低至3.6%'],
    ['English personal loan', 'Personal Loan Rates as low as 3.1% APR. Borrow up to ¥300,000.'],
    ['English mortgage', 'Home Mortgage 5-year LPR - 30 bps'],
    ['English consumer', 'Consumer loan APR from 3.5%'],
    ['news in Chinese', '据记者了解，多家银行经营贷利率低至3.2%，最高可贷1000万元'],
    ['news in English', 'Several lenders cut rates on SME loans to as low as 3.1% p.a., Reuters reported on Monday.'],
    ['a loan without a rate', '科技贷 最高1000万元 立即申请'],
    ['a rate table of many rates', '企业贷款 年化利率 1年期3.1% / 2年期3.3% / 3年期3.5% / 4年期3.7% / 5年期3.9%'],
    ['a guarantee fee', '融资担保 企业贷款 担保费率1%'],
    ['both a loan and an insurance', '科技贷 年化利率3.45% 科技保险 保费3万元'],
    ['an insurance without a premium', '专利保险 保障额度最高100万元'],
    ['a premium without a unit', '专利保险 保费 3'],
    ['an absurd rate', '经营贷 年化利率36%'],
    ['car insurance', '企业团体车险 保费低至3000元'],
    ['a headline on a news list page', '多家银行下调经营贷利率至3.2%，最高可贷1000万元'],
    ['a headline quoting an expert', '经营贷利率低至3% 专家提醒：警惕违规流入楼市'],
    ['an English headline', 'Banks cut SME loan rates to 3.1% p.a. amid stimulus'],
    ['a loan to the owner of a small business (a personal loan)', '小微企业主经营贷 年化利率3.2% 最高300万元'],
    ['a loan to a sole trader (个体工商户, not an enterprise)', '个体工商户经营贷 年化利率3.6% 最高300万元'],
  ];
  for (const [what, text] of negatives) test(`${what}: nothing`, () => assert.equal(detectOffer(text), null));
  test('a business loan for 小微企业主 and 个体工商户 (经营性贷款) is theirs for their business, not a personal loan', () => {
    const text =
      '福农快抵贷单户最高可贷1000万元，年化利率最低可到3.48%，是一款以不动产作抵押的经营性贷款，服务对象为小微企业主、个体工商户';
    const o = detectOffer(text);
    assert.deepEqual(o?.kind === 'loan' && o.rate.basis === 'fixed' && [o.product, o.rate.low, o.maxAmount], [
      '福农快抵贷',
      '3.48',
      '1000',
    ]);
    // Without the business purpose, 小微企业主 alone still reads as a person borrowing.
    assert.equal(detectOffer('福农快抵贷 最高可贷1000万元 年化利率最低3.48% 服务对象为小微企业主'), null);
  });
  test('a home among the kinds of property a business loan takes as security is no mortgage', () => {
    const terms = '经营贷 额度最高1000万元 年化利率3.48% 担保方式：以合规不动产作抵押';
    assert.notEqual(detectOffer(`${terms}，住宅、商铺、写字楼、工业厂房均可`, { businessPage: true }), null);
    assert.equal(detectOffer(`${terms}，仅限住宅`, { businessPage: true }), null);
  });
  test("a rate cap a rule allows, or what lenders 'normally' charge, is no offer", () => {
    assert.equal(detectOffer('SBA 7(a) loans: the highest interest rates allowed run from 7.50% to 10%'), null);
    assert.equal(detectOffer('The base for a 7(a) loan is normally the prime rate, at 5.25% today'), null);
  });
  test('a UK government-backed scheme named by its lender or broker is a product: Recovery Loan Scheme', () => {
    const o = detectOffer('Recovery Loan Scheme Loan Amount £25k-£10m Interest Rate Estimated between 3-15% p.a.', {
      currency: 'GBP',
    });
    assert.deepEqual(o?.kind === 'loan' && o.rate.basis === 'fixed' && [o.rate.low, o.rate.high], ['3', '15']);
  });
  test('a page flagged as a news report gives nothing even for an offer-like block', () => {
    assert.equal(detectOffer('普惠贷 利率LPR+30BP，额度最高500万元', { newsPage: true }), null);
    assert.notEqual(detectOffer('普惠贷 利率LPR+30BP，额度最高500万元'), null);
  });
  test('a block longer than one card is not read', () => {
    assert.equal(detectOffer('科技贷 年化利率3.45% 最高1000万元 ' + '说明'.repeat(MAX_BLOCK_CHARS)), null);
  });
});

describe('detector: hostile text', () => {
  test('markup in page text stays text: the product name is returned as written, nothing else', () => {
    const o = detectOffer(
      '科技贷 <img src=x onerror="window.__pwned=1"> 年化利率低至3.45% <script>x()</script> 最高1000万元',
    );
    assert.ok(o?.kind === 'loan');
    assert.equal(o.product, '科技贷');
  });
  test('10 MB of text is refused at once, without a regex pass over it', () => {
    const big = '经营贷 年化利率3.2% '.repeat(800_000);
    assert.ok(big.length > 10_000_000);
    assert.equal(detectOffer(big), null);
  });
  test('normalize collapses whitespace and full-width forms', () => {
    assert.equal(normalize('  ＬＰＲ＋５０ＢＰ \n\t 年化 '), 'LPR+50BP 年化');
  });
  test('the keyword pre-filter matches offers and ignores recipes', () => {
    assert.ok(KEYWORD_RE.test('SME loan'));
    assert.ok(!KEYWORD_RE.test('Mix flour and water, rest the dough for 30 minutes'));
  });
});

test('every product word passes the cheap pre-filter that the scanner applies first', async () => {
  const { PREFILTER_RE } = await import('../../extension/detector/detect.ts');
  for (const w of [
    '流动资金贷款',
    '知识产权质押融资',
    '首台套',
    '首台(套)',
    '科技保险',
    '专利保险',
    'SME loan',
    'tech insurance',
    'R&D expense loss insurance',
  ]) {
    assert.ok(KEYWORD_RE.test(w), w);
    assert.ok(PREFILTER_RE.test(w), w);
  }
});

describe('detector: what a figure is, read from the words around it', () => {
  test('a representative example illustrates the offer: its 11.20% and £8,000 are not the offer', () => {
    const o = detectOffer(
      'Small Business Loan 11.8% APR representative on loans from £1,000 to £25,000. Borrow £1,000 to £50,000. ' +
        'Representative example: an assumed loan of £8,000 at an annual interest rate of 11.20% (fixed). Apply now',
    );
    assert.ok(o?.kind === 'loan');
    assert.deepEqual(
      [o.rate.basis === 'fixed' && o.rate.low, o.rate.basis === 'fixed' && o.rate.high],
      ['11.8', undefined],
    );
    assert.deepEqual([o.maxAmount, o.currency], ['5', 'GBP']);
  });
  test("a worked example's loan is no limit, even when the block states no other amount", () => {
    const o = detectOffer(
      'OCBC Temporary Bridging Loan for SMEs. The rate is fixed at 5% per annum. Worked example: borrow S$100,000 ' +
        'over 5 years and you would pay S$1,887.12 a month, or S$113,227.40 in total. Apply now',
      { currency: 'SGD' },
    );
    assert.ok(o?.kind === 'loan');
    assert.equal(o.maxAmount, undefined);
  });
  test('an example in brackets ends with them: the limit after it is read', () => {
    const o = detectOffer(
      'SME Fund. Purpose of financing: capital expenditure (for example machinery and equipment) Profit rate 7% ' +
        'p.a. Maximum financing up to RM5 million per SME. Apply now',
      { currency: 'MYR', businessPage: true },
    );
    assert.ok(o?.kind === 'loan');
    assert.deepEqual([o.maxAmount, o.currency], ['500', 'MYR']);
  });
  test('an example is read when the block states nothing else: 示例 with 保费2200元 gives the premium', () => {
    const o = detectOffer('专利执行保险 示例：投保1件专利，保费2200元');
    assert.ok(o?.kind === 'insurance');
    assert.equal(o.premium, '0.22');
  });
  test('a rate that sets the subsidy is not the loan rate: 按年利率1%计算补贴息', () => {
    assert.equal(detectOffer('創新貸款 以實際貸款餘額按年利率1%計算補貼息，最高500萬元'), null);
  });
  test('"LPR-150BP以上部分给予贴息" is where a subsidy starts; "利率为LPR-150BP，以上部分由财政贴息" is the rate paid', () => {
    assert.equal(detectOffer('创业担保贷款 小微企业最高300万元；均按LPR（一年期）-150BP以上部分给予贴息'), null);
    const o = detectOffer(
      '小微企业创业担保贷款 可申请最高不超过300万元，借款企业承担的利率为LPR（一年期）-150BP，以上部分由财政贴息。',
      { lender: true },
    );
    assert.ok(o?.kind === 'loan' && o.rate.basis === 'lpr');
    assert.equal(o.rate.spreadBp, -150);
  });
  test("a guide to 创业担保贷款's terms on a government site is its offer; under a notice's title it is not", () => {
    // The uetd page: a district's human-resources office sets out the scheme's terms (合伙, 贴息, 不超过).
    const guide =
      '2.小微企业 最高不超过300万元，贷款期限最长不超过2年。 （三）贴息标准 个人和小微企业创业担保贷款利息，LPR-150BP以下部分由借款人和借款企业承担，其余部分由财政给予贴息。';
    const onGovernmentSite = detectOffer(guide, { policy: true });
    assert.ok(
      onGovernmentSite?.kind === 'loan' && onGovernmentSite.rate.basis === 'lpr',
      'a scheme guide read as a notice',
    );
    assert.equal(onGovernmentSite.maxAmount, '300');
    assert.equal(detectOffer(guide, { policy: true, noticeTitle: true }), null);
  });
  test('customers favoured for a mortgage held with the bank (有按揭, 房贷客户) are a term, not a mortgage on offer', () => {
    const line =
      '助业快e贷 参考年利率 年化利率3.45%起;纳税信用A级、在农行有按揭等优质客户可按同期LPR执行,最高300万元。';
    const o = detectOffer(line, { pageProduct: { kind: 'loan', words: '助业快e贷' } });
    assert.ok(o?.kind === 'loan' && o.rate.basis === 'fixed', 'a favoured customer read as a mortgage');
    assert.equal(o.rate.low, '3.45');
    assert.equal(detectOffer('个人住房按揭贷款 年化利率3.45%起，最高300万元'), null);
  });
  test('a limit that "可以适当上调" for partners is a term, not news of a rise', () => {
    const terms = '小微企业创业担保贷款 额度：最高300万元；吸纳就业多的，额度可以适当上调。利率：年化3.5%。';
    assert.ok(detectOffer(terms, { lender: true })?.kind === 'loan', 'a term read as a headline');
    assert.equal(detectOffer('多家银行上调创业担保贷款额度，利率年化3.5%'), null);
  });
  test("a guide to one loan hedges its figures (average, generally): they are the guide's, not a report's", () => {
    const text =
      'Microloan Program: loans up to $50,000 for small businesses to start up and expand. The average microloan is about $13,000, and interest rates generally run between 8% and 13%.';
    const guide = detectOffer(text, { productGuide: true, pageProduct: { kind: 'loan', words: 'microloan' } });
    assert.ok(guide?.kind === 'loan' && guide.rate.basis === 'fixed', 'a guide read as a report');
    assert.equal(guide.rate.low, '8');
    assert.equal(guide.maxAmount, '5');
    // Elsewhere the same hedges are a report's.
    assert.equal(detectOffer(text, { pageProduct: { kind: 'loan', words: 'microloan' } }), null);
  });
  test('P+1% is a margin over the prime rate, not a rate of 1%', () => {
    assert.equal(detectOffer('財富組合融資 最高循環透支額度3,000萬港元 年利率P+1%'), null);
  });
  test('a key figure with its label under it: "3,000萬港元 最高循環透支額度" is the limit', () => {
    const o = detectOffer('企業循環貸款 3,000萬港元 最高循環透支額度 年利率3.5%', { currency: 'HKD' });
    assert.ok(o?.kind === 'loan');
    assert.deepEqual([o.maxAmount, o.currency], ['3000', 'HKD']);
  });
  test('a condition before the figure ("turnover up to £25 million") is not the limit; "minimum … maximum" keeps the maximum', () => {
    const o = detectOffer(
      'Business Loan from 7% APR. Borrow up to £50,000 for businesses with turnover up to £25 million.',
    );
    assert.ok(o?.kind === 'loan');
    assert.equal(o.maxAmount, '5');
    const range = detectOffer('Business Loan from 7% APR, minimum £1,000 and maximum £80,000.');
    assert.ok(range?.kind === 'loan');
    assert.equal(range.maxAmount, '8');
  });
  test('a card whose heading states the limit ("Unsecured Business Loan up to £25,000") takes it from there', () => {
    const o = detectOffer('Rates from 11.25% p.a. variable. Apply online', {
      heading: 'Unsecured Business Loan up to £25,000',
      currency: 'GBP',
    });
    assert.ok(o?.kind === 'loan');
    assert.deepEqual([o.maxAmount, o.currency], ['2.5', 'GBP']);
  });
  test("a plan on a single-product page takes the page's product; a personal plan or another insurance does not", () => {
    const page = { pageProduct: { kind: 'insurance' as const, words: '专利执行保险' } };
    const o = detectOffer('方案一 · 标准型 基准保费：2000元 累计责任限额：保费的15倍', page);
    assert.ok(o?.kind === 'insurance');
    assert.deepEqual([o.product, o.premium, o.evidence.productFrom], ['专利执行保险', '0.2', 'page']);
    assert.equal(detectOffer('家庭方案 个人客户 保费：200元', page), null);
    assert.equal(detectOffer('附加车险 保费：2000元', page), null);
  });
});

describe('detector: currencies beyond the yuan', () => {
  const cases: [string, string, string][] = [
    ['Aggregate financing up to RM5,000,000 per company', 'MYR', '500'],
    ['SME term loan up to C$250,000', 'CAD', '25'],
    // "Rs." is the rupee of India, Sri Lanka, Nepal or Pakistan: with no page to tell which, an unknown currency.
    ['MSME loans up to Rs. 50 lakh', 'XXX', '500'],
    ['MSME loans up to ₹50 lakh', 'INR', '500'],
    ['Business loan up to NZ$100,000', 'NZD', '10'],
  ];
  for (const [text, currency, wan] of cases)
    test(`"${text}" reads ${wan} 万 ${currency}, never yuan`, () => {
      const o = detectOffer(`${text}. Business loan rate from 6% p.a. Apply now`);
      assert.ok(o?.kind === 'loan');
      assert.deepEqual([o.currency, o.maxAmount], [currency, wan]);
    });
});

test("a block under a heading naming another insurance (企业团体车险) does not take the page's tech-insurance product", () => {
  const page = { pageProduct: { kind: 'insurance' as const, words: '科技保险' } };
  assert.equal(detectOffer('保费低至3000元', { ...page, heading: '企业团体车险' }), null);
  assert.ok(detectOffer('保费低至3000元', { ...page, heading: '方案一' }));
});

test('a product no longer sold, and a share of a new loan, are no offers and no rates', () => {
  assert.equal(detectOffer('Commercial Loan Rate (No longer for sale) 7.67% p.a. business loan'), null);
  assert.equal(detectOffer('小微企业经营贷（已停售） 年化利率3.65% 最高300万元'), null);
  assert.equal(detectOffer('Business loan refinancing: up to 30% of a new loan may refinance existing credit'), null);
});

describe('detector: a word inside a longer word is not that word', () => {
  test('线下调查 (an on-site check) is no rate cut (下调): a product page that says it keeps its badge', () => {
    const text = '小微易贷 额度：最高300万元 利息：年化利率5% 办理方式：线上预授信+线下调查 申请条件：企业成立满2年';
    const o = detectOffer(text, { news: 1 });
    assert.equal(o?.kind === 'loan' && o.rate.basis === 'fixed' && o.rate.low, '5');
  });
  test('"在LPR基础上下调10至30个基点" is a loan\'s price, not a rate cut (下调)', () => {
    const terms = '高新技术企业信用贷款 适用对象 高新技术企业 利率定价 在LPR基础上下调10至30个基点 审批方式 绿色通道';
    const o = detectOffer(terms, { news: 1 });
    assert.ok(o?.kind === 'loan' && o.rate.basis === 'lpr', `read as ${JSON.stringify(o)}`);
    assert.equal(detectOffer('多家银行下调高新技术企业信用贷款利率，较LPR低30个基点', { news: 1 }), null);
  });
  test("營利事業 and 小規模營業人, Taiwan's words for businesses, are an enterprise audience", () => {
    const o = detectOffer(readable('紓困貸款 適用對象 營利事業 年利率1% 每一戶最多可借新臺幣100萬元'));
    assert.ok(o?.kind === 'loan', 'a loan to Taiwan businesses read as no offer');
    assert.equal(detectOffer(readable('紓困貸款 年利率1% 每一戶最多可借新臺幣100萬元')), null);
  });
  test("an APR disclosure's worked example (試算條件為貸款金額…) names no loan on offer, on a page for businesses", () => {
    const page = { businessPage: true, lender: true, currency: 'TWD' };
    const note =
      '本廣告所列總費用年百分率為1.97%至3%，試算條件為貸款金額新臺幣100萬元、期間3年，並以本專案年利率計算；實際仍以本行核予之產品條件為準。';
    assert.equal(detectOffer(readable(note), page), null);
    // A loan named outside the example still is one.
    assert.equal(
      detectOffer(readable(`小規模營業人貸款 可貸金額 每一戶上限新臺幣100萬元 適用利率 年利率1% ${note}`), page)?.kind,
      'loan',
    );
  });
  test('申请日前一年内 ("the year before the application date") is not 日前 ("recently")', () => {
    const text = '银税贷 贷款额度最高500万元 年化利率3.65%起 纳税要求：申请日前一年内零申报不超过4次';
    assert.equal(detectOffer(text, { news: 1 })?.kind, 'loan');
    // The news word itself still counts.
    assert.equal(detectOffer('日前，某银行推出银税贷，年化利率3.65%起，额度最高500万元', { news: 1 }), null);
  });
  test('可贷额度 ("the amount one may borrow") names no product: the card of the page product gets no second name', () => {
    const o = detectOffer('可贷额度测算：年开票金额×50% 年化利率4% 最高300万元 经营贷');
    assert.equal(o?.product, '经营贷');
  });
  test('最多贷 ("lend at most") names no product, and 例如 ("for example") is no part of the name it introduces', () => {
    assert.deepEqual(productMentions(readable('可贷金额 单户上限1000万元，按抵押物评估价值最多贷七成(70%)')), []);
    assert.deepEqual(productMentions(readable('部分特色子产品(例如种植e贷)最高可达1000万元')), ['种植e贷']);
    assert.deepEqual(productMentions(readable('比如网商贷、微业贷')), ['网商贷', '微业贷']);
    // (A brand that begins with 如 is still one.)
    assert.deepEqual(productMentions(readable('如意贷最高100万元')), ['如意贷']);
  });
  test('a product marked as no longer sold in the name above its rate gets no badge', () => {
    assert.equal(detectOffer('7.67% p.a.', { heading: 'Commercial Loan Rate (No longer for sale)' }), null);
    assert.equal(detectOffer('7.67% p.a.', { heading: 'Commercial Loan Rate' })?.kind, 'loan');
  });
});

describe('detector: limits and dollars as the page means them', () => {
  test("a borrower group's or an exposure cap is not the loan's limit; '/ Borrower' after a figure names it one", () => {
    const o = detectOffer(
      'SME Working Capital Loan: up to S$300,000 per borrower. From 1 October: S$500,000 / Borrower. An overall borrower-group limit of S$5m and an exposure limit of S$50 million apply. Interest rate 3% p.a.',
    );
    assert.deepEqual(o?.kind === 'loan' && [o.maxAmount, o.currency], ['50', 'SGD']);
  });
  test('"$20,000 - Up to $1mil" reads one million', () => {
    const o = detectOffer('Business Term Loan (Unsecured) Loan size $20,000 - Up to $1mil. Interest 7.75% p.a.', {
      currency: 'SGD',
    });
    assert.deepEqual(o?.kind === 'loan' && [o.maxAmount, o.currency], ['100', 'SGD']);
  });
});

describe('dominantCurrency: a page that writes only "$"', () => {
  test('takes the dollar of the country it names; a page naming none has no currency of its own', () => {
    assert.equal(
      dominantCurrency('SME financing in Singapore: $30,000 - Up to $500,000. Singaporean firms qualify.'),
      'SGD',
    );
    assert.equal(dominantCurrency('Australian businesses can borrow $50,000. Lenders across Australia…'), 'AUD');
    assert.equal(dominantCurrency('Borrow $50,000 for your business.'), undefined);
  });
});

describe('detector: a cap named after its figure', () => {
  test('"up to S$5.0mil per group exposure" bounds a group, not this loan', () => {
    const o = detectOffer(
      'Loan quantum – up to S$300,000.00. Borrowing exposure is capped per company, or up to S$5.0mil per group exposure. Fixed interest rate – from 2.75% pa. SME Working Capital Loan',
    );
    assert.deepEqual(o?.kind === 'loan' && [o.maxAmount, o.currency], ['30', 'SGD']);
  });
});

describe('detector: margins over other bases', () => {
  test('"P-2%至P+0.5%" (over the prime rate) and "BLR + 2%" are no rates of their own', () => {
    assert.equal(detectOffer('中小企業貸款 年利率普遍介乎P-2%至P+0.5% 最高800萬港元'), null);
    assert.equal(detectOffer('SME term loan: BLR + 2% p.a., up to RM500,000'), null);
    assert.equal(detectOffer('SME term loan: 6.5% p.a., up to RM500,000')?.kind, 'loan');
  });
});

describe('detector: microcredit is a product name', () => {
  test('"Microcredit" with a rate and a limit is an offer of that product', () => {
    const o = detectOffer('Microcredit: Interest Rate 4%-11.26% p/a. Loan amount RM5,000 - RM50,000', {
      currency: 'MYR',
    });
    assert.deepEqual(o?.kind === 'loan' && [o.product, o.maxAmount, o.currency], ['Microcredit', '5', 'MYR']);
  });
});

describe('detector: a premium range in a tier card', () => {
  const page = { pageProduct: { kind: 'insurance' as const, words: 'cyber insurance' }, currency: 'GBP' };
  test('"Annual Premium Range: £300 - £1,500" is read (its low end), and the card around the line is the offer', () => {
    const card = detectOffer(
      'Micro Businesses (1-10 employees) Annual Premium Range: £300 - £1,500 Basic coverage limits Get a quote',
      page,
    );
    assert.ok(card?.kind === 'insurance');
    assert.equal(card.premium, '0.03');
    assert.equal(card.currency, 'GBP');
  });
  test('the bare line alone is one term of that card, not an offer of its own', () => {
    assert.equal(detectOffer('Annual Premium Range: £300 - £1,500', page), null);
  });
  test('other writers\' words for the premium: "usually between £1,500 - £5,000", "保费合计2200元"', () => {
    const usually = detectOffer(
      'Small Businesses (11-50 employees) Yearly premium usually between £1,500 - £5,000 Standard limits of cover ' +
        'Moderate quantities of data Business interruption cover built in Quote me',
      page,
    );
    assert.ok(usually?.kind === 'insurance', JSON.stringify(usually));
    assert.equal(usually.premium, '0.15');
    const total = detectOffer('专利执行保险 方案一 标准型 以1件专利投保，保费合计2200元 投保咨询');
    assert.ok(total?.kind === 'insurance', JSON.stringify(total));
    assert.equal(total.premium, '0.22');
  });
});

describe('detector: a terms sheet on a policy page is an offer of the scheme', () => {
  const govPage = { policy: true, pageProduct: { kind: 'loan' as const, words: '风险池贷款' }, currency: 'CNY' };
  const sheet =
    '项目 内容 贷款额度 单个企业年度贷款额度一般控制在500万元以内，优质企业最高不超过1000万元 贷款期限 风险池项下贷款原则上不超过1年 ' +
    '担保费率 国家高新技术企业单笔最高不超过0.6%/年，其他科技型企业单笔最高不超过0.8%/年 贷款利率 最高不超过一年期LPR ' +
    '政策补助 区科技局按一年期LPR的50%给予贷款贴息';
  test("labelled 额度, 期限 and 利率 rows read as the scheme's terms: the 1-year LPR and 1000万元", () => {
    const o = detectOffer(sheet, govPage);
    assert.ok(o?.kind === 'loan');
    assert.deepEqual([o.rate.basis, o.rate.basis === 'lpr' && o.rate.spreadBp, o.maxAmount], ['lpr', 0, '1000']);
  });
  test("the guarantee fee row is no rate even when the next row's label is 贷款利率", () => {
    const o = detectOffer(sheet.replace('最高不超过一年期LPR', '年化3.5%'), govPage);
    assert.ok(o?.kind === 'loan');
    assert.equal(o.rate.basis === 'fixed' && o.rate.low, '3.5');
  });
  test('the same caps told as a rule ("按照现行规定…额度不超过…期限不超过") stay a notice', () => {
    const rule =
      '按照现行规定，小微企业创业担保贷款额度不超过300万元、期限不超过2年，利率不超过LPR+50BP，财政部门给予贴息。';
    assert.equal(detectOffer(rule, { policy: true }), null);
  });
});

describe("detector: a business loan's security is not a personal product", () => {
  test('"Security: legal mortgage, personal guarantee(s), cash deposit" leaves a business loan an offer', () => {
    const o = detectOffer(
      'Small business loans. Maximum loan amount $50,000.00. Interest rate 10% – 12% p.a. Repaid over no more than 10 years. ' +
        'Security: Legal mortgage, bill of sale, personal guarantee(s), insurance, cash deposit and similar.',
      { currency: 'XCD' },
    );
    assert.deepEqual(o?.kind === 'loan' && [o.maxAmount, o.rate.basis === 'fixed' && o.rate.high], ['5', '12']);
  });
  test('a property mortgaged as security ("Mortgage of property (75% FSV)", "with no mortgage") is a term', () => {
    for (const security of [
      'Security: mortgage of property (75% FSV), fire insurance assigned to the bank.',
      'Security: property mortgage at 75% of forced sale value.',
      'Security: cash flow backed, with no mortgage required.',
    ]) {
      const o = detectOffer(
        `MSME Development Loan for small and medium enterprises. Loan amount: maximum Rs. 25.0 Mn. Rate of interest: 8% per annum. ${security}`,
        { currency: 'LKR' },
      );
      assert.equal(o?.kind, 'loan', security);
    }
  });
  test('"Security deposit: Nil" and "draw it via a credit card" are terms, not a deposit or a card', () => {
    assert.equal(
      detectOffer('Business loan. Interest rate 12% p.a. Loan amount up to $60,000. Security deposit: Nil')?.kind,
      'loan',
    );
    assert.equal(
      detectOffer('SME loan: up to $15 million at 15% per annum. Draw it via an FGB credit card or an overdraft.')
        ?.kind,
      'loan',
    );
  });
  test('a credit card or a mortgage offered as the product stays personal', () => {
    assert.equal(detectOffer('Business credit card: 18% p.a., limit up to $15,000'), null);
    assert.equal(detectOffer('Home mortgage for business owners: 5.2% p.a., up to $600,000'), null);
  });
});

describe('detector: a description of a kind of loan in a market guide is no offer', () => {
  test('the legal cap on rates and "利率偏高" describe the market', () => {
    assert.equal(
      detectOffer(
        '服务对象：主要是小微企业；资金来源：股东自有资金；利率上限：年化利率的司法保护上限为LPR的4倍（约14.8%-15.4%）',
      ),
      null,
    );
    assert.equal(detectOffer('纯信用小贷无抵押，依赖征信大数据，利率偏高（年化15%-24%）'), null);
  });
});

describe("detector: a terms sheet under a portal's byline", () => {
  const sheet =
    '【贷款额度】贷款额度最高不超过400万元。【贷款期限】一次最长不超过2年。【贷款利率】创业担保贷款利率上限为LPR+150BPs。';
  test("a labelled terms list is the scheme's offer whatever the page's own news signs (来源, 编辑)", () => {
    const o = detectOffer(sheet, { news: 2, heading: '小微企业创业担保贷款和贴息标准' });
    assert.ok(o?.kind === 'loan');
    assert.deepEqual([o.rate.basis === 'lpr' && o.rate.spreadBp, o.maxAmount], [150, '400']);
  });
  test("the same list with a reporter's words of its own stays a report", () => {
    assert.equal(detectOffer(`据了解，${sheet}`, { news: 2, heading: '小微企业创业担保贷款和贴息标准' }), null);
  });
});

describe('detector: what a block names besides its offer (holdout12 kinds)', () => {
  test('a block telling of a family\'s three products at once ("三款产品…信用贷…银税贷…抵押贷") is no one offer', () => {
    const text =
      '三款产品实行差异化定价，银税贷和信用贷的定价都不超过4.35%。额度上，信用贷最高可批100万元，银税贷最高300万元，抵押贷最高1000万元。';
    assert.equal(detectOffer(text), null);
  });
  test('a product named only to say it cannot be combined ("不能叠加办理E捷贷") is not the block\'s product', () => {
    const o = detectOffer('借款额度：最高300万元 借款利率：年化不超过3.5% 额度性质：不可循环使用，不能叠加办理E捷贷', {
      heading: '一、邮储银行创业担保贷款产品详情',
    });
    assert.equal(o?.product, '创业担保贷款');
  });
  test('enterprises named as a borrower\'s employer ("国有企业的正式员工") are no enterprise audience', () => {
    const text =
      '“融e借”是工商银行发放的个人信用贷款：最高可到人民币100万元，最低可至年化3.0%起。适用对象：公务员；中央企业、国有企业的正式员工；上市公司员工。';
    assert.equal(detectOffer(text), null);
  });
});

describe('detector: holdout15 kinds', () => {
  test('"Limits$10K-$100K" is US dollars to 100K: the "s" of "Limits" makes no S$', () => {
    const o = detectOffer(
      'Unsecured Lines No Collateral Required Limits$10K-$100K Rates10-25% Credit Need 680+ score. Business Line of Credit',
      { currency: 'USD' },
    );
    assert.deepEqual(o?.kind === 'loan' && [o.maxAmount, o.currency], ['10', 'USD']);
    assert.equal(dominantCurrency('Limits$10K, Rates$ and Assets$ in a table'), undefined);
  });
  test('a policy priced by the month is its premium ("starts at £37.63 per month"); a loan block is not read so', () => {
    const o = detectOffer('The cost of our cyber insurance policies starts at £37.63 per month. Get a quote');
    assert.deepEqual(o?.kind === 'insurance' && [o.premium, o.currency], ['0.003763', 'GBP']);
    assert.equal(detectOffer('Flexible business financing from £37.63 per month'), null);
  });
  test('a price by the month leading its line is a policy\'s premium ("£37.63 a month is where our cyber cover begins")', () => {
    const page = { pageProduct: { kind: 'insurance' as const, words: 'cyber insurance' }, currency: 'GBP' };
    const o = detectOffer(
      '£37.63 a month is where our cyber cover begins – can you afford to be without it? Get your quote',
      page,
    );
    assert.deepEqual(o?.kind === 'insurance' && [o.premium, o.currency], ['0.003763', 'GBP']);
    // (Not a figure further into the line: "claims of £500 a month" is no price.)
    assert.equal(detectOffer('Our cyber cover pays claims of up to £500 a month while systems are down', page), null);
  });
  test('professional indemnity cover is tech insurance to the detector', () => {
    const o = detectOffer('You can buy industry-leading PI insurance from just £13.50 per month via Qdos.');
    assert.deepEqual(o?.kind === 'insurance' && [o.product, o.premium], ['PI insurance', '0.00135']);
  });
  test("how interest runs (按日计息, 先息后本) is a loan term: a rate line takes the page's product", () => {
    const o = detectOffer('1、基础利率：A级企业年化3.26%-4.5%；B级企业年化4.8%-6.8%；按日计息，可先息后本。', {
      pageProduct: { kind: 'loan', words: '中国银行税贷' },
    });
    assert.deepEqual(o?.kind === 'loan' && [o.product, o.rate.basis === 'fixed' && [o.rate.low, o.rate.high]], [
      '中国银行税贷',
      ['3.26', '6.8'],
    ]);
  });
});

describe('detector: holdout16 kinds', () => {
  test('"Premiums start at just £144.00" for a "Professional Indemnity (PI) product" is a premium of that cover', () => {
    const o = detectOffer(
      'We believe our Professional Indemnity (PI) product is among the very best for the trades we insure. Premiums start at just £144.00 (inclusive of Insurance Premium Tax).',
    );
    assert.deepEqual(o?.kind === 'insurance' && [o.premium, o.currency], ['0.0144', 'GBP']);
  });
  test("a microloan's life cover and the savings it is secured on are its terms, not personal products", () => {
    const o = detectOffer(
      'SME Group Lending Loan Amount From: TZS 5,000,001 TO TZS 10,000,000 Interest Rate 24% per year Life Insurance 1.5% ' +
        "Security Guarantees of members, the borrower's weekly savings, stock of goods. For small businesses.",
    );
    assert.deepEqual(o?.kind === 'loan' && [o.rate.basis === 'fixed' && o.rate.low, o.maxAmount], ['24', '1000']);
  });
});

describe('detector: 核貸 approves a loan, it names none', () => {
  test('"保證7天內核貸" names no product "天內核貸": a block naming none offers nothing', () => {
    assert.equal(
      detectOffer('整體貸款標準放寬：額度最高50萬元，年利率只要1%；還保證7天內核貸，並免收保證手續費。'),
      null,
    );
  });
});

describe('detector: staff of companies borrow for themselves', () => {
  test('a personal credit loan for "本國上市或上櫃公司人員" has no enterprise audience', () => {
    const text =
      '個人信用貸款線上申請 申請對象 本國上市或上櫃公司人員：到職滿一年。貸款額度最高500萬元，利率1.88%起，最快3天核貸。';
    assert.equal(detectOffer(text), null);
  });
});

describe('detector: reword10 kinds (other writers, other words)', () => {
  test("a bank's row of the central bank's special loan (央行專案融通利率加0.9%) is an offer, not news of the central bank", () => {
    const o = detectOffer(
      'A方案 新貸案件，並送中小企業信用保證基金保證九成以上 每戶最高新臺幣400萬元 撥款日至2021年12月31日：央行專案融通利率加0.9%機動計息，現行年息1%；2022年起依本行利率訂價規範辦理。',
      { lender: true, businessPage: true, currency: 'TWD' },
    );
    assert.ok(o?.kind === 'loan', JSON.stringify(o));
    assert.deepEqual([o.rate.basis === 'fixed' && o.rate.low, o.maxAmount, o.currency], ['1', '400', 'TWD']);
    // The central bank in a report is still news.
    assert.equal(detectOffer('央行宣布调降再贴现利率，科技贷年化利率低至3.2%，最高1000万元。'), null);
  });
  test("Taiwan's programme loans (專案貸款, 營運金貸款) are products; 见贷即保 and a bank's name are not", () => {
    const o = detectOffer(
      '（二）原住民創業專案貸款 單筆額度 新臺幣50萬元 年利率 各儲互社自訂，以年息4%為上限 貸款期間 至多7年',
      {
        currency: 'TWD',
      },
    );
    assert.ok(o?.kind === 'loan', JSON.stringify(o));
    assert.deepEqual(
      [o.evidence.product, o.rate.basis === 'fixed' && o.rate.low, o.maxAmount],
      ['专案贷款', '4', '50'],
    );
    const cib = detectOffer('兴业银行普惠贷 额度：最高1000万元 利率：1年期利率低至3.7%');
    assert.equal(cib?.evidence.product, '普惠贷');
    const guarantee = detectOffer('融资担保机构“见贷即保”，企业年化利率3.5%，授信额度最高500万元。');
    assert.notEqual(guarantee?.evidence.product, '见贷');
  });
  test('"start up loan" written in two words is the product', () => {
    const o = detectOffer('A start up loan carries an interest rate fixed at 6% per annum.', { businessPage: true });
    assert.ok(o?.kind === 'loan', JSON.stringify(o));
    assert.equal(o.evidence.product, 'start up loan');
  });
  test("on a page headed by a loan's title-cased name, that name in a block is a product named, terms or not", () => {
    const text = 'Growth Loans range from $10,000 – $35,000 with interest rates of 5-7% (average APR of 5.85%).';
    const o = detectOffer(text, { titledPageLoan: 'growth loan', productGuide: true });
    assert.ok(o?.kind === 'loan', JSON.stringify(o));
    assert.deepEqual([o.rate.basis === 'fixed' && [o.rate.low, o.rate.high], o.maxAmount], [['5', '7'], '3.5']);
    // Elsewhere such a name still needs its terms.
    assert.equal(detectOffer(text), null);
  });
  test('kinds of loan in the terms under a heading naming one product are its uses, not products side by side', () => {
    const text =
      '额度: 最高1000万元 利率: 1年期利率低至3.7%,1-3年期利率低至4.25%,按月付息,到期还本 贷款期限: 流动资金贷款最长可以做到 3 年,固定资产贷款最长可以做到 10 年';
    const o = detectOffer(text, { heading: '一、兴业银行普惠贷产品详情' });
    assert.ok(o?.kind === 'loan', JSON.stringify(o));
    assert.deepEqual([o.evidence.product, o.evidence.productFrom, o.maxAmount], ['普惠贷', 'heading', '1000']);
    assert.equal(detectOffer(text), null);
  });
});

describe("detector: an adviser's guide asks the questions it answers (reword10 kind)", () => {
  const context = {
    productGuide: true,
    pageProduct: { kind: 'loan' as const, words: '中行税贷' },
    heading: '中行税贷审批要几天?好不好下款?利率多少?一文讲透',
  };

  test('"利息怎么算?年化3.26%~6.8%" on a guide to one loan is its rate, not a thread', () => {
    const o = detectOffer('利息怎么算?年化3.26%~6.8%,按评级定价', context);
    assert.ok(o?.kind === 'loan' && o.rate.basis === 'fixed', JSON.stringify(o));
    assert.deepEqual(o.rate.basis === 'fixed' && [o.rate.low, o.rate.high], ['3.26', '6.8']);
  });

  test("the same question elsewhere, or in a poster's voice on the guide, is talk", () => {
    const { productGuide, ...elsewhere } = context;
    assert.ok(productGuide);
    assert.equal(detectOffer('利息怎么算?年化3.26%~6.8%,按评级定价', elsewhere), null);
    assert.equal(detectOffer('我的利息怎么算?年化3.26%~6.8%,按评级定价', context), null);
  });
});

describe('detector: "可贷" is what a borrower can do, not a name (reword kind)', () => {
  test('"单一主体最高可贷1000万" names a 贷款, not a product "一主体最高可贷"', () => {
    const o = detectOffer('最高额度 单一主体最高可贷1000万；参与国企、央企合作项目的企业，额度不设上限 年化利率3.5%起');
    assert.ok(o?.kind === 'loan', JSON.stringify(o));
    assert.equal(o.evidence.product, '贷款');
    assert.equal(o.maxAmount, '1000');
  });
});

describe("detector: the rate a product's subsidy clause leaves its borrower (reword kinds of one lender's page)", () => {
  const card =
    '小微企业创业担保贷款 适用对象 当年新招用符合条件人员的小微企业 贷款额度 最高300万元 贷款期限 最长不超过2年 ' +
    '财政贴息 贷款利率中超出一年期LPR减150个基点的部分，由财政贴息';
  const lenderPage = { lender: true, pageProduct: { kind: 'loan' as const, words: '创业担保贷款' }, currency: 'CNY' };

  test("in a product's terms on a lender's page, the borrower pays the LPR less 150 points, and the panel says so", () => {
    const o = detectOffer(card, lenderPage);
    assert.ok(o?.kind === 'loan', JSON.stringify(o));
    assert.deepEqual(o.rate.basis === 'lpr' && [o.rate.tenor, o.rate.spreadBp], ['1y', -150]);
    assert.equal(o.evidence.rateFromSubsidy, true);
  });

  test('its "Why?" panel says the rate is worked out from the clause, in both languages', async () => {
    const { buildView } = await import('../../extension/shared/badge-view.ts');
    const { defaultStored } = await import('../../extension/shared/profile.ts');
    const o = detectOffer(card, lenderPage);
    assert.ok(o);
    const lines = (lang: 'en' | 'zh-CN') =>
      buildView(o, defaultStored(), lang, '2026-06-30').sections.flatMap((s) => s.lines);
    assert.ok(
      lines('en').some((l) => /subsidy clause/.test(l) && /LPR/.test(l)),
      JSON.stringify(lines('en')),
    );
    assert.ok(
      lines('zh-CN').some((l) => /贴息条款推算/.test(l)),
      JSON.stringify(lines('zh-CN')),
    );
  });

  test("on a notice, in a question about the scheme or for individuals, the clause is the subsidy's rule", () => {
    assert.equal(detectOffer(card, { ...lenderPage, policy: true }), null);
    const personal = card
      .replace('小微企业创业担保贷款', '个人创业担保贷款')
      .replace(/当年新招用符合条件人员的小微企业/, '符合条件的个人');
    assert.equal(detectOffer(personal, lenderPage), null);
    const faq =
      '额度、期限和贴息标准各是多少？个人不超过50万元、期限3年以内。两类贷款都对LPR（一年期）-150BP以上的部分贴息。';
    assert.equal(detectOffer(faq, lenderPage), null);
  });
});

describe('detector: the currency of a loan that states no amount (holdout9 kind)', () => {
  const block = 'Core Micro Loan for small traders: interest rate 3% a month, repaid weekly over 6 months.';
  test('on a page in English that names no currency, no currency is known: the badge says so, never yuan', () => {
    assert.equal(detectOffer(block)?.currency, 'XXX');
  });
  test("the page's currency, or yuan where the block is written in Chinese", () => {
    assert.equal(detectOffer(block, { currency: 'NGN' })?.currency, 'NGN');
    assert.equal(detectOffer('小微企业经营贷，年化利率3.45%起，期限最长3年。')?.currency, 'CNY');
  });
});

describe("detector: a Taiwan scheme's loan on an adviser's or a ministry's page (holdout12, holdout13, reword10 kinds)", () => {
  const guide =
    '青創貸款利息怎麼算?資格與還款方式整理 貸款現況說明 100萬元免利息的貸款計畫已結束受理 多數縣市仍有開辦利息補貼計畫 ' +
    '申請資格要求 年齡限制:18至45歲 公司設立未滿5年 須完成政府認可的創業輔導課程 利息計算方式 ' +
    '基準:中華郵政二年期定期儲金機動利率 加成:0.575% 舉例:基準利率1.595% + 0.575% = 2.17% 還款方式選擇 本金平均攤還 ' +
    '每一期償還的本金金額相同 寬限期後本息平均攤還';
  const page = { currency: 'TWD', pageProduct: { kind: 'loan' as const, words: '青创贷款' }, productGuide: true };
  test("a guide to the youth start-up loan (青創貸款) is its offer: the scheme's own words are no notice's", () => {
    const o = detectOffer(guide, { ...page, headline: '青創貸款利息怎麼算?資格與還款方式整理' });
    assert.equal(o?.kind === 'loan' && o.rate.basis === 'fixed' && o.rate.low, '2.17');
    assert.equal(o?.currency, 'TWD');
  });
  test("the page's headline asks the question the article answers; the same question in its body is talk", () => {
    assert.equal(detectOffer(guide, page), null);
    assert.match(lastRejection, /forum/);
  });
  test('"本金平均攤還" (equal instalments of principal) is a way to repay, not an average a report quotes', () => {
    assert.equal(readable('本金平均攤還 寬限期後本息平均攤還 按月平均还款').match(NEWS_RE), null);
    assert.deepEqual(readable('中小企業貸款平均利率為2.1%').match(NEWS_RE), ['平均利率']);
  });
  test('"政府採購" is a contract the loan finances, not a rule: a credit union\'s loan on a ministry page is its offer', () => {
    const item =
      '履約保證金與營運週轉金：可貸上限300萬元，年利率由儲互社自訂，最高3%；應於得標之政府採購契約終止日後6個月內清償。';
    const o = detectOffer(item, {
      policy: true,
      currency: 'TWD',
      heading: '（三）原住民合作社參與政府採購計畫營運金貸款',
    });
    assert.equal(o?.kind === 'loan' && o.maxAmount, '300');
  });
});

describe("detector: a deposit receipt among a business loan's security (reword5 kind)", () => {
  test('"以房产、土地、存单等作抵押" names what secures the loan, not a deposit product', () => {
    const row = '小微易贷抵押模式：以房产、土地、存单等作抵押，抵押率不超过70%，最高可贷3000万元，年化利率3.65%起';
    const o = detectOffer(row, { currency: 'CNY' });
    assert.deepEqual(o?.evidence.outweighed, [], lastRejection);
    assert.equal(detectOffer('大额存单，年利率2.15%，20万元起存', { currency: 'CNY' }), null);
  });
});

describe("detector: a product's terms sheet reposted in a thread (holdout12, reword10 kinds)", () => {
  test("the sheet's rows are the product's terms; the posters' talk on the same page is not", () => {
    const sheet =
      '云税贷 基本要素 借款人年龄 18周岁（含）至60周岁 执行利率 年化利率5.0025%（折合月息4.16厘） 借款期限 12个月 ' +
      '授信额度 看企业和个人综合情况核定，单笔封顶300万 还款方式 每月付息，到期还本';
    const o = detectOffer(sheet, { forum: true, currency: 'CNY' });
    assert.equal(o?.kind === 'loan' && o.rate.basis === 'fixed' && o.rate.low, '5.0025', lastRejection);
    assert.equal(
      detectOffer('楼主你好，我上个月办的云税贷，年化利率5.0025%，批了30万，挺快的。', { forum: true }),
      null,
    );
  });
});

describe("detector: a business loan set apart from a consumer loan, on a seller's blog (holdout13 kind)", () => {
  const post =
    '作为一个常年混迹电商的老买家，我在做生意的过程中对网商贷的价值体会很深。它为电商从业者提供最高300万元的信用额度，' +
    '可以随借随还。要注意的是，网商贷和一般消费贷不同：年化利率区间为4.5%-15.5%。';
  test('"和一般消费贷不同" names no personal product the block is about, and "过程中对网商贷" names 网商贷 alone', () => {
    const o = detectOffer(post, { currency: 'CNY' });
    assert.equal(o?.kind === 'loan' && o.product, '网商贷', lastRejection);
    assert.deepEqual(o?.evidence.outweighed, []);
  });
  test('a consumer loan the block offers still weighs against it', () => {
    assert.equal(
      detectOffer('网商贷也有消费贷版本：消费贷年化利率4.5%-15.5%，最高20万元。', { currency: 'CNY' }),
      null,
    );
  });
});

describe("detector: a guide's key figures under its headline (reword10 kind)", () => {
  test('"个人可贷金额 最高20万元 …" states a limit: on a guide to one loan, the figures are that loan\'s', () => {
    const box =
      '个人可贷金额 最高20万元 合伙创业 个别地区上限放宽至200万元 贴息后执行利率 多地为LPR减150个基点(即LPR−1.5%) 财政贴息期 最长3年';
    const page = { pageProduct: { kind: 'loan' as const, words: '创业担保贷款' }, productGuide: true, currency: 'CNY' };
    const o = detectOffer(box, page);
    assert.equal(o?.kind === 'loan' && o.rate.basis === 'lpr' && o.rate.spreadBp, -150, lastRejection);
  });
});

describe("detector: a lender's own words for its rate, and a product page's costs (holdout16, reword10 kinds)", () => {
  test('"20 percent a year" is an offer on the page of a lender speaking of its loans; in a report it is not', () => {
    const terms =
      'Largest loan We lend no more than US$2,500.00 per borrower Interest 20 percent a year, calculated on the declining balance';
    const o = detectOffer(terms, { lender: true, businessPage: true, currency: 'USD' });
    assert.ok(o?.kind === 'loan', 'a lender’s terms not read as its offer');
    assert.equal(o.rate.basis === 'fixed' && o.rate.low, '20');
    assert.equal(detectOffer(terms, { businessPage: true, currency: 'USD' }), null);
  });
  test('a rate priced over the LPR ("在LPR基础上加点或减点") is the page\'s one loan\'s; the LPR moving is news', () => {
    const page = { pageProduct: { kind: 'loan' as const, words: '企业贷' }, businessPage: true };
    const o = detectOffer('定价方式为在LPR基础上加点或减点，现阶段年化利率落在8.5%～18%这个区间。', page);
    assert.ok(o?.kind === 'loan' && o.rate.basis === 'fixed', 'a loan priced over the LPR not read as the page’s loan');
    assert.deepEqual([o.rate.low, o.rate.high], ['8.5', '18']);
    assert.equal(detectOffer('本月LPR下调10个基点至3.0%', page), null);
  });
  test('"What it costs" on a page given over to one loan: interest on a reducing balance is that loan\'s rate', () => {
    const costs = 'Interest rate 19% to 23% on a reducing balance Application fee None (0) Processing fee 3%';
    const page = {
      pageProduct: { kind: 'loan' as const, words: 'business loan' },
      businessPage: true,
      currency: 'KES',
    };
    const o = detectOffer(costs, page);
    assert.ok(o?.kind === 'loan', 'the costs of the page’s loan not read as its offer');
    assert.deepEqual([o.rate.basis === 'fixed' && o.rate.low, o.rate.basis === 'fixed' && o.rate.high], ['19', '23']);
    assert.equal(detectOffer(costs.replace('on a reducing balance', ''), page), null);
  });
});

describe('detector: a fund lending under its name, a tier stating its size, debts a limit leaves out (reword11 kinds)', () => {
  test('"Agriculture Development Fund" over "T$200,000 for an agriculture loan" is the fund\'s loan', () => {
    const fund = 'Agriculture Development Fund Repayment Within 2 years Loan ceiling T$200,000 for an agriculture loan';
    const note = 'TDB lends this money on at an interest rate of 4%, for each fund below.';
    const o = detectOffer(`${fund} ${note}`, { sharedNote: true });
    assert.equal(o?.product, 'Agriculture Development Fund', lastRejection);
  });
  test('a tier stating its loan size and mark-up is a loan with terms', () => {
    const tier = 'Tier 3 Loan size From above PKR 1,500,000 to PKR 7,500,000 Mark-up 7% fixed Debt to equity 80 : 20';
    const o = detectOffer(tier, { businessPage: true, currency: 'PKR' });
    assert.ok(o?.kind === 'loan' && o.rate.basis === 'fixed' && o.rate.low === '7', lastRejection);
  });
  test('"信贷余额合计不超过500万元（房贷、信用卡不算在内）" names no personal product the block is about', () => {
    const box =
      '产品要点 授信额度 最高300万元 年化利率 4.05%～4.35% 申请门槛 企业 成立2年以上；纳税信用等级A级。企业主 18至65周岁。' +
      '其他 企业和企业主在农行及他行的信贷余额合计不超过500万元（房贷、信用卡不算在内）。';
    const o = detectOffer(box, { pageProduct: { kind: 'loan', words: '纳税e贷' } });
    assert.ok(o?.kind === 'loan', lastRejection);
  });
});

describe('detector: a row for the self-employed in a microfinance rate table (holdout kind)', () => {
  test('"a) Self-employed | Financing Amount RM3,000 to RM20,000 | Flat rate 11% p.a" is a business loan row', () => {
    const row = 'Customer Type a) Self-employed Financing Amount RM3,000 to RM20,000 Rate (%) Flat rate 11% p.a';
    const o = detectOffer(row, { currency: 'MYR' });
    assert.ok(o?.kind === 'loan' && o.maxAmount === '2', lastRejection);
  });
});

describe('detector: terms under a loan named only by the page, cards of a rate sheet, a rate over a base (reword12 kinds)', () => {
  test("terms naming nothing, on a page headed by a loan's title-cased name, are that loan's", () => {
    const terms =
      'Key facts What it finances Enterprises in the micro, small and medium segment Interest Fixed at 8 % a year Repayment Up to 7 years';
    const o = detectOffer(terms, { titledPageLoan: 'prosperity loan', currency: 'LKR' });
    assert.ok(
      o?.kind === 'loan' && o.product === 'prosperity loan' && o.rate.basis === 'fixed' && o.rate.low === '8',
      lastRejection,
    );
    // A row of worked repayments on such a page is one borrower's sum.
    const row =
      'Repayment period 1 Year Representative APR 16.19% Each month £442.49 Cost of credit £409.90 Total you repay £5,409.90';
    assert.equal(detectOffer(row, { titledPageLoan: 'business loan', currency: 'GBP' }), null);
  });
  test('a card of a "Business Lending Rates" sheet is one business loan, whatever its title; under "SME Credit" it is none', () => {
    const card =
      'Commercial Vehicle Secured by title 4.75% APR as low as Term 8 years Advance 75% of retail value Up to $200,000';
    const sheet = { businessPage: true, headline: 'Business Lending Rates', currency: 'USD' };
    const o = detectOffer(card, sheet);
    assert.ok(
      o?.kind === 'loan' && o.rate.basis === 'fixed' && o.rate.low === '4.75' && o.maxAmount === '20',
      lastRejection,
    );
    assert.equal(detectOffer(card, { ...sheet, headline: 'SME Credit' }), null);
  });
  test('"加碼後年利率為2.17%" prices the page\'s loan over a base, as LPR pricing does', () => {
    const box = '基準 中華郵政二年期定期儲金機動利率 加碼 固定加0.575% 試算 以基準1.595%計算，加碼後年利率為2.17%';
    const o = detectOffer(box, { pageProduct: { kind: 'loan', words: '青创贷款' }, currency: 'TWD' });
    assert.ok(o?.kind === 'loan' && o.rate.basis === 'fixed' && o.rate.low === '2.17', lastRejection);
  });
});

describe('detector: premiums and products in other words (reword14 kinds)', () => {
  test('"Cover from £144.00, Insurance Premium Tax included" is a premium: IPT is charged on premiums only', () => {
    const o = detectOffer('Professional Indemnity Cover Pricing Cover from £144.00, Insurance Premium Tax included', {
      currency: 'GBP',
    });
    assert.deepEqual(o?.kind === 'insurance' && [o.premium, o.currency], ['0.0144', 'GBP']);
  });
  test('"UK cyber policy … from £37.63 a month" names a business cover', () => {
    const o = detectOffer(
      'Product Cyber Insurer UK cyber policy Monthly premium from £37.63 a month Designed for SMEs',
      {
        currency: 'GBP',
      },
    );
    assert.equal(o?.kind, 'insurance');
  });
  test('"农行房贷客户" names a product\'s customers, not a product', () => {
    assert.deepEqual(productMentions(readable('纳税信用A级、农行房贷客户等优质客群可执行同期LPR')), []);
    assert.deepEqual(productMentions(readable('农行房贷利率3.5%')), ['农行房贷']);
  });
});

describe('detector: several products priced in one sentence, a price card (reword15 kinds)', () => {
  test('"三者价格各不相同，其中信用贷和银税贷的定价都在4.35%以内…" compares a family\'s products: no one offer', () => {
    const text =
      '三者价格各不相同,其中信用贷和银税贷的定价都在4.35%以内;额度方面,信用贷依结算情况最多批100万元,银税贷依纳税情况最多300万元,抵押贷依房产估值最多1000万元';
    assert.equal(detectOffer(text), null);
    assert.equal(lastRejection, 'several products told at once');
  });
  test('a price card giving its figure again under its label ("Our cyber policy from £37.63 £37.63 per month")', () => {
    const page = { pageProduct: { kind: 'insurance' as const, words: 'cyber insurance' }, currency: 'GBP' };
    const o = detectOffer('Our cyber policy from £37.63 £37.63 per month That is the starting monthly premium', page);
    assert.deepEqual(o?.kind === 'insurance' && [o.premium, o.currency], ['0.003763', 'GBP']);
  });
});

describe('detector: a product closed to new customers (reword16 kind)', () => {
  test('"Commercial Loan Closed to new customers 7.67% p.a." is listed for its borrowers, not offered', () => {
    assert.equal(
      detectOffer('Commercial Loan Closed to new customers 7.67% p.a. Variable', { businessPage: true }),
      null,
    );
    assert.ok(detectOffer('Commercial Loan Open to new customers 7.67% p.a. Variable', { businessPage: true }));
  });
});

describe("detector: a mortgage as a business loan's security (this session's kind)", () => {
  test('"security cover of 1.5x BSV where there is no mortgage, or 1.0x with a mortgage" weighs nothing personal', () => {
    const text =
      'Manufacturing loan Rate 10.00% pa Security Everything purchased with the loan; cover of BSV 1.5x without a mortgage, or 1.0x where a mortgage is given. Term up to 15 years. Loans for small and medium enterprises.';
    const o = detectOffer(text, { businessPage: true });
    assert.ok(o && o.kind === 'loan', String(lastRejection));
    assert.equal(detectOffer('Home loans for families 5.5% p.a. with a mortgage offset account'), null);
  });
});

describe("detector: a report quoting an agency's statistics (this session's kind)", () => {
  test('"根據經建會統計，…青年創業貸款累計獲貸人數…" is a report, as "据统计" is', () => {
    assert.ok(readable('根據經建會統計，青年創業貸款利率2.025%').match(NEWS_RE)?.includes('据经建会统计'));
    assert.equal(readable('根据纳税额、信用评级及经营数据综合核定').match(NEWS_RE), null);
  });
});

describe("detector: hedges in a terms sheet (this session's kind)", () => {
  test('"期限：一般为1年" in a product\'s labelled terms hedges its own term, on a page with a news sign too', () => {
    const text = '小巨人贷 贷款额度：单户最高1000万元 贷款期限：一般为1年 贷款利率：年化2.5%起 适用对象：专精特新企业';
    const o = detectOffer(text, { news: 1, businessPage: true, termsSheet: true });
    assert.ok(o && o.kind === 'loan', String(lastRejection));
    assert.equal(detectOffer('据介绍，该行小巨人贷年化利率一般为2.5%左右', { news: 1 }), null);
  });
});

describe('detector: a guide to one loan answering questions with its terms (reword18 kind)', () => {
  test("a product guide's questions answered with the loan's terms are its terms sheet, not a thread's talk", () => {
    const guide = { pageProduct: { kind: 'loan', words: '科创e贷' }, productGuide: true } as const;
    const qa =
      '产品要素 最多能批多少？ 分两档：获评“专精特新”的企业，最高500万元；“小巨人”企业和其他优质科创企业，最高1000万元。 利息怎么算？ 执行年利率在3.4%到4.05%之间。 能借多久？ 每笔借款最长12个月，授信额度最长可用3年。';
    const o = detectOffer(qa, guide);
    assert.ok(o && o.kind === 'loan', String(lastRejection));
    // A poster's voice is still a thread's, whatever its questions; a guide to a kind of loan asks about the market.
    assert.equal(detectOffer(`请问有没有人办过？我的额度才50万。${qa}`, guide), null);
    assert.equal(detectOffer(qa, { ...guide, pageProduct: { kind: 'loan', words: '小微企业贷款' } }), null);
  });
});

describe("detector: a mortgage as a loan's security, in other words (reword17/18 kind)", () => {
  test('"You can mortgage a property in Shenzhen", "property mortgaged to the bank", "做按揭的客户" weigh nothing personal', () => {
    for (const text of [
      'Operating Loan · secured on property 2.35% per year, lowest rate Highest limit RMB 20,000,000 Your company has been trading for one year You can mortgage a property situated in Shenzhen',
      'Working capital financing for SMEs Mark-up of 6% per annum Tenor 12 months Security Urban or industrial property mortgaged to the bank',
    ]) {
      const o = detectOffer(text, { businessPage: true });
      assert.ok(o && o.kind === 'loan', `${text.slice(0, 30)}: ${lastRejection}`);
    }
    const abc =
      '助业快e贷 小微企业经营贷款 参考年利率3.45%起；纳税信用A级、在农行做按揭的客户能按同期LPR定价 最高300万元';
    assert.ok(detectOffer(abc, { businessPage: true }), String(lastRejection));
    assert.equal(detectOffer('住房按揭贷款 年利率3.1% 最高500万元 期限30年'), null);
  });
});

describe('detector: a product closed to new applications (reword18 kind)', () => {
  test('"Commercial Loan Rate – closed to new applications 7.67%" is listed for its borrowers', () => {
    assert.equal(
      detectOffer('Commercial Loan Rate – closed to new applications 7.67% p.a.', { businessPage: true }),
      null,
    );
  });
});
