/** Rates written in words (issue 8): the figure is read, and the badge's evidence keeps the page's own words. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readRate, spelledPercents, statesRate } from '../../../extension/detector/rate.ts';
import { readable } from '../../../extension/detector/fold.ts';
import { detectOffer } from '../../../extension/detector/detect.ts';

const rate = (s: string) => readRate(readable(s));
const low = (s: string) => {
  const r = rate(s);
  return r?.basis === 'fixed' ? r.low : undefined;
};

describe('rate: percentages written in words', () => {
  test('"a profit rate of three per cent" is 3%, its text as written', () => {
    assert.deepEqual(rate('financing of up to RM50,000 with a profit rate of three per cent'), {
      basis: 'fixed',
      low: '3',
      text: 'three per cent',
    });
  });
  test('"13 per cent annual interest rate" and "2.5 percent per annum" read their figures', () => {
    assert.equal(low('Businesses can borrow at a 13 per cent annual interest rate'), '13');
    assert.equal(low('an interest rate of 2.5 percent per annum'), '2.5');
    assert.equal(low('interest of three and a half per cent a year'), '3.5');
  });
  test('"twenty (20) percent", a contract\'s style, reads its figure; a fee written so is still a fee', () => {
    assert.deepEqual(rate('Interest is charged at twenty (20) percent on the declining balance'), {
      basis: 'fixed',
      low: '20',
      text: '(20) percent',
    });
    assert.equal(rate('a processing fee of five (5) percent of the loan'), undefined);
  });
  test('百分之三点五 and 年息3厘 are yearly rates of 3.5% and 3%', () => {
    assert.deepEqual(rate('贷款年利率为百分之三点五'), { basis: 'fixed', low: '3.5', text: '百分之三点五' });
    assert.deepEqual(rate('年息3厘起，最高500萬'), { basis: 'fixed', low: '3', text: '3厘' });
  });
  test('a figure in words that is growth or a fee is not a rate; 月息 is not 年息', () => {
    assert.equal(rate('loans grew four per cent year on year'), undefined);
    assert.equal(rate('a one-off management fee of two per cent'), undefined);
    assert.equal(rate('月息1.5厘'), undefined);
  });
  test('spelledPercents leaves figures and unrelated words alone', () => {
    assert.equal(spelledPercents('年化利率3.45% one of the three').text, '年化利率3.45% one of the three');
  });
  test('a business loan stating "four per cent a year" is an offer at 4%', () => {
    const o = detectOffer(
      'Micro business loan: borrow RM5,000 to RM50,000 at four per cent a year, repay over 5 years. Apply now',
    );
    assert.ok(o?.kind === 'loan');
    assert.deepEqual([o.rate.basis === 'fixed' && o.rate.low, o.evidence.rateText], ['4', 'four per cent']);
  });
});

describe('detector: a rate in words in a report', () => {
  test('a news block that writes its figure in words is no offer, even a long one', () => {
    const news =
      'State Bank of India on Thursday lowered interest rates on MSME loans: micro enterprises can now get working ' +
      'capital finance at 10.25 per cent, against 11.25 per cent before, for loans up to Rs 25 lakh.';
    assert.equal(detectOffer(news), null);
    assert.equal(
      detectOffer('SME loan: working capital at 4 per cent a year, up to RM50,000. Apply now', { news: 1 }),
      null,
    );
  });
  test('"per cent" alone is no sign of a report: a short product line stating "4 per cent a year" is an offer', () => {
    const o = detectOffer('Micro business loan at 4 per cent a year, up to RM50,000. Apply now');
    assert.ok(o?.kind === 'loan');
    assert.equal(o.evidence.rateText, '4 per cent');
  });
});

describe("rate: percentages that are not a loan's rate", () => {
  test("a bond's coupon or a yield is no borrowing rate", () => {
    assert.equal(rate('The bond is a three-year fixed-rate instrument with a coupon of 3.30%.'), undefined);
    assert.equal(rate('本期小微企业贷款专项金融债券票面利率3.30%'), undefined);
    assert.equal(rate('Savings bonds yield 4.1% a year'), undefined);
  });
});

describe('rate: a range in figures and the charges beside it', () => {
  test('"12% to 14%" is written in figures (its "to" is no rate in words); a service charge is no rate', () => {
    const o = detectOffer(
      'Microfinance loan for small businesses. Interest Rate 12% to 14% p.a. Service Charge 1% to 3%',
    );
    assert.ok(o?.kind === 'loan');
    assert.deepEqual(o.rate, { basis: 'fixed', low: '12', high: '14', text: '12% to 14%' });
  });
});

describe("rate: a penalty rate is not the loan's rate", () => {
  test('"Penalty Rate 2% p.a above normal interest rate" gives no rate; beside "Interest Rate 3% p.a." the rate is 3', () => {
    assert.equal(rate('Penalty Rate 2% p.a above normal interest rate'), undefined);
    assert.equal(low('Interest Rate 3% p.a. Penalty Rate 2% p.a above normal interest rate'), '3');
    assert.equal(low('Overdue interest rate 18% p.a.; interest rate 9% p.a.'), '9');
    assert.equal(low('贷款利率4.35%，逾期罚息利率为贷款利率加收50%'), '4.35');
  });
});

describe('rate: a share of the principal is not a rate', () => {
  test('"repayment of 20% of the original principal over one year" gives no rate', () => {
    assert.equal(
      rate(
        'may opt to resume partial principal repayment of (i) 20% of the original principal repayment over one year',
      ),
      undefined,
    );
  });
});

describe('rate: a multiple of the LPR is a legal cap', () => {
  test('"司法保护上限为LPR的4倍（约14.8%-15.4%）" and "4 times the LPR" give no rate; "执行利率：LPR" is the LPR', () => {
    assert.equal(rate('利率上限：年化利率的司法保护上限为LPR的4倍（约14.8%-15.4%）'), undefined);
    assert.equal(rate('rates may not exceed 4 times the LPR'), undefined);
    assert.equal(rate('执行利率：LPR')?.basis, 'lpr');
  });
});

describe('rate: a discount off a base rate is no rate of its own', () => {
  test('"2.80%, the Floating Base Rate of 4.55% minus 1.75%" is 2.80', () => {
    assert.equal(low("Interest rate 2.80%, BDC's Floating Base Rate of 4.55% minus 1.75%"), '2.8');
  });
});

describe('rate: words another writer uses (reword split)', () => {
  test('a list of guarantee-fee figures under one label runs past a semicolon; a rate word ends it', () => {
    assert.deepEqual(rate('执行利率 不高于一年期LPR 担保费率 国家高新技术企业单笔不高于0.6%/年；其他科技型企业0.8%'), {
      basis: 'lpr',
      tenor: '1y',
      spreadBp: 0,
      text: '一年期LPR',
    });
    assert.equal(low('担保费率1%；利率3.45%'), '3.45');
    assert.equal(low('担保费率1%；最低3.45%'), '3.45');
  });
  test('a margin written in traditional characters (加碼年息0.575%) is no rate; the current rate is', () => {
    assert.equal(low('以郵政儲金二年期定期儲金機動利率加碼年息0.575%計算，現行為1.95%'), '1.95');
  });
});

describe('rate: a markup, a monthly rate, a subsidy threshold (reword2/reword3 kinds)', () => {
  test('"LPR上浮30%" is the LPR times 1.3, no rate and no 30-point spread; "LPR上浮0.5%" is 50 points', () => {
    assert.equal(rate('政策鼓励合作银行的定价不高于同期同档次LPR上浮30%。'), undefined);
    assert.equal(rate('贷款利率不超过LPR上浮10%'), undefined);
    assert.deepEqual(rate('利率LPR上浮0.5%'), { basis: 'lpr', tenor: '1y', spreadBp: 50, text: 'LPR上浮0.5%' });
  });
  test('a monthly rate alone is twelve times that a year, and says so; a flat one is not comparable', () => {
    assert.deepEqual(rate('Interest: 1.6% a month on a reducing balance'), {
      basis: 'fixed',
      low: '19.2',
      text: '1.6% ×12 = 19.2%',
    });
    assert.equal(low('月利率0.5%'), '6');
    assert.equal(rate('Interest rate 2.0% per month Calculation Flat Minimum loan amount'), undefined);
    assert.equal(rate('月平息0.5%'), undefined);
  });
  test('beside a yearly rate, a monthly figure is not read; monthly repayments make no monthly rate', () => {
    assert.equal(low('rate 12% p.a. or 1% per month'), '12');
    assert.equal(low('年化利率4.35%，每月还款'), '4.35');
    assert.equal(low('9.5% interest, monthly repayments'), '9.5');
    assert.equal(rate('Estimated Monthly repayment 14%'), undefined);
  });
  test('"LPR-150BP以上的部分给予贴息" is where the subsidy starts, not what the borrower pays', () => {
    assert.equal(rate('政府对贷款利率中LPR（一年期）-150BP以上的部分给予贴息。'), undefined);
    assert.equal(rate('贷款利率中高出一年期LPR减150个基点的那部分，由政府给予贴息。'), undefined);
    assert.equal(rate('利率为LPR-150BP，以上部分由财政贴息')?.basis, 'lpr');
  });
  test('a bracket explaining the points is read past: "LPR-150BP（即…150BP为1.5%）以下部分由借款人承担" is paid', () => {
    const paid = rate(
      '（三）贴息标准 创业担保贷款利息，LPR-150BP（即在LPR基础上减去150个基点，1个基点为0.01%，150BP为1.5%）以下部分由借款人和借款企业承担，其余部分由财政给予贴息。',
    );
    assert.ok(paid?.basis === 'lpr', JSON.stringify(paid));
    assert.equal(paid.spreadBp, -150);
    // The subsidy's own start stays no rate, bracket or not.
    assert.equal(rate('（三）贴息标准 LPR-150BP（即减去150个基点）以上部分由财政给予贴息。'), undefined);
  });
});

describe('rate: what a column or a trailing word says (reword5 kinds)', () => {
  test('"9% per annum" under a column headed "Interest rate (monthly)" is yearly; "1% straight line" there is monthly', () => {
    assert.equal(low('Type of loan Business loans Interest rate (monthly) 9% per annum, straight line'), '9');
    assert.equal(low('Type of loan Share loans Interest rate (monthly) 1% on the reducing balance'), '12');
  });
  test('a fee the rate takes in ("capped at 5.0% p.a., guarantee fee included") leaves it a rate; a fee named after it does not', () => {
    assert.equal(low('Profit rate Capped at 5.0% p.a., guarantee fee included'), '5');
    assert.equal(rate('6.75% p.a. fixed margin'), undefined);
  });
});

describe("rate: what is not the borrower's rate (reword6 kinds)", () => {
  test("a central bank's refinance to banks, a bank's spread, 利差 and 再贷款 are not the loan's rate", () => {
    const pricing =
      'Pricing: end users pay a mark-up of up to 9 percent p.a. SBP provides refinance to banks at 3 percent p.a., ' +
      'so banks earn a spread of up to 6 percent p.a.';
    assert.equal(low(pricing), '9');
    assert.equal(low('利差为1.5%，贷款利率4.2%'), '4.2');
    assert.equal(low('人民银行支小再贷款利率1.75%，贷款利率4.2%'), '4.2');
  });
  test("the base rate's level in a story about it is no loan's rate; a loan's own rate beside it still is", () => {
    const story =
      'The base rate, which influences what it costs to borrow, is set by the Bank of England. Over five years it ' +
      'climbed from an all-time low of 0.1% in March 2020 to 5.25% in August 2023.';
    assert.equal(rate(story), undefined);
    assert.equal(
      low('Unlike loans that move with the Bank of England base rate, our fixed rate loan is 7.9% APR'),
      '7.9',
    );
    const example =
      'Every example below uses a representative rate of 11.25% p.a. variable, made up of a fixed margin of 6.75% p.a. ' +
      'on top of the Bank of Ireland UK base rate, which is at present 4.50% p.a. variable.';
    assert.equal(low(example), '11.25');
    // A column heading naming the base rate moves nothing: the figures under it stay (here, too many for one offer).
    assert.equal(
      low('Rep EAR 9.74% on unsecured overdrafts. Margin (excludes Bank of England Base Rate) 10.39%'),
      '9.74',
    );
  });
  test('"Rep EAR 9.74%" is the representative rate; "2.5% of the limit" is a fee', () => {
    assert.deepEqual(rate('Rep EAR 9.74% on unsecured overdrafts of £1,000 to £25,000. Margins 10.39% 9.48% 9.07%'), {
      basis: 'fixed',
      low: '9.74',
      text: '9.74%',
    });
    assert.equal(rate('Overdraft fees: 2.5% of the limit'), undefined);
  });
});

describe("rate: a microlender's yearly rate above 30% (reword9 kind)", () => {
  test('"Interest rate 29% – 35% p.a." is read; a bare 40% with no yearly word is not a rate', () => {
    assert.deepEqual(rate('Interest rate 29% – 35% p.a.'), {
      basis: 'fixed',
      low: '29',
      high: '35',
      text: '29% - 35%',
    });
    assert.equal(rate('Interest from 40% of the cost'), undefined);
    assert.equal(rate('Interest rate 75% p.a.'), undefined);
  });
});

describe('rate: how far one rate lies from another is no rate (reword7 kind)', () => {
  test('"利率一般较营运资金贷款低0.5%至1%" and "1% lower than" state no rate; the rate beside them stays', () => {
    assert.equal(rate('設備貸款以所購設備作抵押品，利率一般較營運資金貸款低0.5%至1%。'), undefined);
    assert.equal(rate('Our equipment loans are priced 1% lower than our working-capital loans.'), undefined);
    assert.equal(low('年化利率3.5%，比同类产品低0.5%'), '3.5');
  });
  test('"at most 1% more when the loan is below $50,000" adds to a rate: it is none (holdout10 kind)', () => {
    assert.equal(
      rate(
        'Loans of 7 years or more: prime plus 2.75%, with at most 1% more when the loan is below $50,000 and 2% more below $25,000',
      ),
      undefined,
    );
    assert.equal(low('Interest rate 6% a year, 0.5% lower for members'), '6');
  });
});

describe('rate: a range whose low end says it is the minimum (reword8 kind)', () => {
  test('"10.75% (minimum) to 22.50% (maximum)" is the range 10.75–22.5', () => {
    assert.deepEqual(rate('Rack interest rate range 10.75% (minimum) to 22.50% (maximum)'), {
      basis: 'fixed',
      low: '10.75',
      high: '22.5',
      text: '10.75% (minimum) to 22.50%',
    });
  });
});

describe('rate: how losses are shared is cover, not a price (reword7 kind)', () => {
  test('"first losses … are shared by the Government at 30% to 50%" is no rate; the next sentence\'s rate is', () => {
    const risk = 'Risk sharing: first losses on the portfolio are shared by the Government of Pakistan at 30% to 50%.';
    assert.equal(rate(risk), undefined);
    assert.equal(low(`${risk} Rate: 9% a year.`), '9');
    assert.equal(low('风险分担：政府承担30%的损失。贷款利率：年化4%'), '4');
  });
});

describe("rate: figures beside the loan's rate that are not it (holdout12 kinds)", () => {
  test('the LPR\'s own level ("当前1年期LPR为3%") is the benchmark; the rate before it stands', () => {
    assert.deepEqual(rate('借款利率：年化不超过3.5%（当前1年期LPR为3%，即LPR+50BP）'), {
      basis: 'fixed',
      low: '3.5',
      text: '3.5%',
    });
  });
  test('"在LPR基础上下调10-30个基点" offers down to LPR-30BP; "上调" is a spread too', () => {
    assert.deepEqual(rate('可在LPR基础上下调10-30个基点'), {
      basis: 'lpr',
      tenor: '1y',
      spreadBp: -30,
      text: 'LPR基础上下调10-30个基点',
    });
    assert.equal(rate('执行利率为LPR上调20个基点')?.basis, 'lpr');
    // With no figure, the cut is named, not stated: no rate (not the bare LPR).
    assert.equal(rate('利率在LPR基础上下调、叠加政府贴息、审批走绿色通道'), undefined);
  });
  test('a subsidy clause\'s spread ("政策补助：以LPR-30bp为准") is no price; the loan\'s cap ("最高不超过一年期LPR") is', () => {
    const r = rate(
      '2. 贷款利率：最高不超过一年期LPR。 3. 政策补助：以银行实际报价LPR-30bp为准，贴息按LPR-30bp的50%给予。',
    );
    assert.deepEqual(r && { basis: r.basis, spreadBp: r.basis === 'lpr' ? r.spreadBp : undefined }, {
      basis: 'lpr',
      spreadBp: 0,
    });
  });
  test('a sentence about a subsidy ("minus 2.75%, capped at 3%") measures the subsidy; a rate named in it stays', () => {
    assert.equal(
      rate("Interest subsidy equal to the Facility's annual interest rate minus 2.75%, capped at 3%. Each"),
      undefined,
    );
    assert.equal(low('财政贴息后实际利率1.75%'), '1.75');
  });
  test('"Floating Base Rate of 4.55% (in effect since …), less 1.75%": a margin in words after the base\'s level is no rate', () => {
    assert.equal(
      rate("That is BDC's Floating Base Rate of 4.55% (in effect since March 31, 2020), less 1.75%."),
      undefined,
    );
    assert.equal(low('Rate 7% p.a. plus a 2% arrangement fee'), '7');
  });
  test('a margin under a prime rate with a footnote\'s number between ("Prime Lending Rate4 – 2.5%") is no rate', () => {
    assert.equal(rate('Interest Rate HKMCI Prime Lending Rate4 – 2.5% p.a.'), undefined);
    assert.equal(low('Interest rate from 3.5% – 4.5% p.a.'), '3.5');
  });
  test('how far turnover fell ("fell 30% or more", "同比下降30%以上") or how close a quote came is no rate', () => {
    const guarantee = rate(
      'Businesses whose turnover in any month fell 30% or more compared with the monthly average. Interest rate 2.75% p.a.',
    );
    assert.deepEqual(guarantee?.basis === 'fixed' && [guarantee.low, guarantee.high], ['2.75', undefined]);
    assert.equal(low('营业收入同比下降30%以上的企业，贷款利率3.5%'), '3.5');
    assert.equal(
      rate('99% received a rate that matched, beat, or came within 10% of their indicative quote'),
      undefined,
    );
  });
  test('"10% above their indicative quote" is a difference; a bank\'s reference rate moving is no loan\'s rate', () => {
    assert.equal(rate('were offered a rate no more than 10% above their indicative quote'), undefined);
    assert.equal(
      rate('Danske Bank Reference Rate has decreased from 5.00% to 4.75% effective from 8 November 2024.'),
      undefined,
    );
    assert.equal(rate('Sales turnover down by at least 30% in any month since February 2020'), undefined);
    assert.equal(rate('COVID-19 has cut its turnover or profit by at least 15%'), undefined);
  });
  test('"Customer Pricing 3%" in a tier table is the rate: pricing is a rate\'s word', () => {
    assert.equal(low('Product Tier 1 Customer Pricing 3% Debt Equity for New Businesses 90:10'), '3');
  });
});

describe("rates: the other percentages of a microloan's terms table (holdout16 kind)", () => {
  test('life cover and cash cover are no rates; a flat rate is read as stated, marked flat, when it is the only one', () => {
    const terms = (interest: string) =>
      'Loan Amount From: TZS 5,000,001/- TO TZS 10,000,000/ Member Fee NIL Turn-around Time Seven (7) Working Days ' +
      `Interest Rate ${interest} Repayment Model Monthly Repayment Period Up to 24 Months Life Insurance 1.5% ` +
      'Rebate NIL Commitment Fee 3% Cash Cover 30% Security Guarantees';
    // Three writers of this page read "28% Flat per year" as its rate: it is the only price the lender states.
    assert.equal(low(terms('28% Flat per year')), '28');
    assert.match(rate(terms('28% Flat per year'))!.text, /flat/);
    assert.equal(low(terms('24% per year')), '24');
    // A yearly rate stated beside the flat one is the one compared.
    assert.equal(low('Flat rate 11% p.a., effective rate 20% p.a.'), '20');
  });
});

describe('rates: a fee after a rate word that ended its sentence, and a rebate (holdout17 kinds)', () => {
  test('"Lower interest rate. 1% administration fee" states no rate; "a 10% rebate on the total interest" is none', () => {
    assert.equal(rate('Lower interest rate. 1% administration fee. Quicker processing.'), undefined);
    assert.equal(
      low('Interest rate 9.75% per annum on a reducing balance. A 10% rebate on the total interest when paid on time.'),
      '9.75',
    );
    assert.equal(low('Interest rate 5.0% p.a., guarantee fee included'), '5');
  });
});

describe('rate: a share of a limit is no rate', () => {
  test('"最高不超过符合条件个人贷款总额度的10%" measures a limit, though a rate word follows', () => {
    const text =
      '合伙创业的可适当提高额度，最高不超过符合条件个人贷款总额度的10%。财政对贷款利率LPR（一年期）-150BP以上部分贴息。';
    assert.equal(low(text), undefined);
  });
});

describe('rate: how far a figure fell is no rate (reword10 kind)', () => {
  test('"turnover or profit fall by 15% or more" after a lender is named is no rate', () => {
    const text =
      'has been unable to raise finance from a bank or another commercial lender; and has seen turnover or profit ' +
      'fall by 15% or more because of COVID-19';
    assert.equal(rate(text), undefined);
    assert.equal(rate('whose sales have dropped by 20% since last year'), undefined);
  });

  test('a rate the borrower pays after a reduction is still read', () => {
    assert.equal(low('Apply through a Local Enterprise Office and you will pay a reduced 4.5% APR.'), '4.5');
  });
});

describe('rate: a cut is no rate, and leaves the rate before it alone (reword10 kind)', () => {
  test('"利率再降0.5%", "下浮0.5%" say how much lower, not the rate', () => {
    assert.equal(rate('可享的额外优惠:高新技术企业利率再降0.5%;在中行存款50万元以上打九折'), undefined);
    assert.equal(rate('优质客户利率可下浮0.5%'), undefined);
  });

  test('"6%～9.5%;若合作品牌属行业龙头,利率还能再降0.5～1个百分点" is 6% to 9.5%', () => {
    const r = rate('年化利率 6%～9.5%;若合作品牌属行业龙头,利率还能再降0.5～1个百分点');
    assert.deepEqual(r?.basis === 'fixed' && [r.low, r.high], ['6', '9.5']);
  });
});

describe('rate: an APR in brackets after the rate (holdout13, holdout16 kinds)', () => {
  test('"6.55% Variable Interest Rate (6.75% APR)" and "from 5.25% (Typical APR 5.38%)" are the rates before the brackets', () => {
    const one = rate('Business Unsecured Loan: 6.55% Variable Interest Rate (6.75% APR)');
    assert.deepEqual(one?.basis === 'fixed' && [one.low, one.high], ['6.55', undefined]);
    assert.equal(low('SME Business Loans – from 5.25% (Typical APR 5.38%)'), '5.25');
    const range = rate('Growth loans with interest rates of 5-7% (average APR of 5.85%)');
    assert.deepEqual(range?.basis === 'fixed' && [range.low, range.high], ['5', '7']);
  });
  test('"Interest rate (variable) 6.55% · APR 6.75%" is 6.55%: the APR after a separator measures the same loan', () => {
    const r = rate('Business Unsecured Loan Interest rate (variable) 6.55% · APR 6.75% Borrow up to €75,000');
    assert.deepEqual(r?.basis === 'fixed' && [r.low, r.high], ['6.55', undefined]);
  });
  test('"Variable interest rate 5.25% APR 5.38%" (label and figure side by side) is 5.25%: the APR measures that rate', () => {
    // A key-figures strip's spans run together in the block's text.
    const strip = rate('Secured business loan Variable interest rate5.25%APR5.38% Secured borrowing starts at €50,000');
    assert.deepEqual(strip?.basis === 'fixed' && [strip.low, strip.high], ['5.25', undefined]);
    const listed = rate('Unsecured loan: rate 6.55% p.a., APR 6.75%');
    assert.deepEqual(listed?.basis === 'fixed' && [listed.low, listed.high], ['6.55', undefined]);
  });
  test('an APR alone, in brackets or not, is the rate', () => {
    assert.equal(low('Business loan (6.75% APR)'), '6.75');
    assert.equal(low('11.3% Representative APR'), '11.3');
  });
});

describe("rate: a rate worked out, an illustration, a subsidy's own rate (holdout12, holdout13, reword10 kinds)", () => {
  test('"基準利率1.595% + 0.575% = 2.17%" is the total; the base taken as an example and the markup are not rates', () => {
    assert.equal(low('舉例:基準利率1.595% + 0.575% = 2.17%'), '2.17');
    assert.equal(low('基準:中華郵政二年期定期儲金機動利率 加成:0.575% 舉例:基準利率1.595% + 0.575% = 2.17%'), '2.17');
    const worded = rate('以郵局利率1.595%為例，加碼後貸款年利率為2.17%');
    assert.deepEqual(worded?.basis === 'fixed' && [worded.low, worded.high], ['2.17', undefined]);
  });
  test('"補貼利率1.5%" is the subsidy\'s rate; a rate after the subsidy ("贴息后执行利率1.75%") is the loan\'s', () => {
    assert.equal(rate('政府利息補貼 補貼額度上限250萬元,補貼利率1.5%,最多補6個月'), undefined);
    assert.equal(low('贴息后执行利率1.75%'), '1.75');
  });
});

describe('rate: a rate charged on borrowing nobody arranged (reword10 kind)', () => {
  test('"Unarranged Lending Rate 15.01% p.a." is a penalty-like rate, not a product\'s', () => {
    assert.equal(rate('Unarranged Lending Rate 15.01% p.a.'), undefined);
    assert.equal(low('Business Lending Rate 9.45% p.a.'), '9.45');
  });
});

describe('rate: two rates, with a fee and without it (holdout2, reword8 kinds)', () => {
  test('"Up to 5.0% p.a., including guarantee fee, or 3.5% p.a. without guarantee" is 3.5% to 5.0%', () => {
    const r = rate('Financing rate Up to 5.0% p.a., including guarantee fee, or 3.5% p.a. without guarantee');
    assert.deepEqual(r?.basis === 'fixed' && [r.low, r.high], ['3.5', '5']);
  });
  test('a fee named before ", or" still makes the fee beside it a fee', () => {
    assert.equal(low('Interest rate 8% p.a. Guarantee fee 1%, or 2% for start-ups'), '8');
  });
});

describe("rate: an online lender's daily rate (reword10 kind)", () => {
  test('"按天计的利率最低可以做到0.01%" is 3.65% a year, and the badge shows the sum', () => {
    const r = rate('按天计的利率最低可以做到0.01%');
    assert.deepEqual(r?.basis === 'fixed' && [r.low, r.text], ['3.65', '0.01% ×365 = 3.65%']);
    const range = rate('日息0.02%-0.05%');
    assert.deepEqual(range?.basis === 'fixed' && [range.low, range.high], ['7.3', '18.25']);
  });
  test('a hundredth of a percent that says nothing of days is no rate', () => {
    assert.equal(rate('利率0.01%'), undefined);
  });
});

describe("rates: a margin on the loan's own rate, a yearly label before the figure, an interest-free loan (reword11 kinds)", () => {
  test('"penal interest of around 2% over the loan rate" and "再加上0.575%" are margins, not rates', () => {
    assert.equal(rate('If an EMI is paid late, penal interest of around 2% over the loan rate is typical.'), undefined);
    assert.equal(rate('2% above the contracted rate is charged on arrears'), undefined);
    assert.equal(rate('青創貸款的利率＝中華郵政二年期定期儲金機動利率，再加上0.575%。'), undefined);
  });
  test('"Nominal rate per year 48% – 54%" says it is yearly before the figure: a microlender\'s rate above 30%', () => {
    const read = rate('Nominal rate per year 48% – 54%');
    assert.deepEqual(read?.basis === 'fixed' && [read.low, read.high], ['48', '54']);
    assert.equal(rate('Loans grew 48% last year'), undefined);
  });
  test('"Mark-up 0%" is an interest-free loan\'s rate; "First 6 months – 0% interest" is a period\'s', () => {
    assert.equal(low('Loan size Up to PKR 500,000 Mark-up 0% Debt to equity 90 : 10'), '0');
    assert.equal(rate('First 6 months – 0% interest and no repayments'), undefined);
  });
});

describe('rates: a spread named but not stated, a fee clause ended before the rate (reword11 kinds)', () => {
  test('"标签：高企贷、LPR减点" names a spread it does not state: no rate; "执行利率：LPR" is the LPR itself', () => {
    assert.equal(rate('栏目：科技金融 标签：高企贷、LPR减点、贴息'), undefined);
    assert.deepEqual(rate('执行利率：LPR'), { basis: 'lpr', tenor: '1y', spreadBp: 0, text: 'LPR' });
  });
  test('"a £50 arrangement fee and a 6.5% fixed rate of interest": the fee\'s clause has ended', () => {
    assert.equal(low('limits of up to £500 attract a £50 arrangement fee and a 6.5% fixed rate of interest'), '6.5');
    assert.equal(rate('a processing fee and 2% of the loan amount'), undefined);
  });
});

describe("rates: a margin over a bank's own base states a rate, though no figure to compare (holdout kind)", () => {
  test('"BLR/BFR+1.25% p.a" and "BR + 1.00% to BR + 3.00%" state rates; an amount alone states none', () => {
    assert.ok(statesRate('b) Micro enterprise RM20,000 to RM50,000 BLR/BFR+1.25% p.a'));
    assert.ok(statesRate('SME term financing BR + 1.00% to BR + 3.00%'));
    assert.equal(rate('BLR/BFR+1.25% p.a'), undefined);
    assert.ok(!statesRate('Financing Amount RM20,000 to RM50,000'));
  });
});

describe('rates: a base the rate is worked from, a fee on top of the rate, a share of a cost (reword12 kinds)', () => {
  test('"以基準1.595%計算，加碼後年利率為2.17%": the bare base is no rate, the rate after the margin is', () => {
    assert.deepEqual(rate('試算 以基準1.595%計算，加碼後年利率為2.17%'), {
      basis: 'fixed',
      low: '2.17',
      text: '2.17%',
    });
  });
  test('"在银行利率之外多付1%的担保费用" is a fee paid on top of the rate, not the rate', () => {
    assert.equal(rate('如果企业能找到担保，代价是在银行利率之外多付1%的担保费用。'), undefined);
    assert.equal(low('年化利率3.6%，另收担保费1%'), '3.6');
  });
  test('"a minimum of 25 % of the projected cost" is the borrower\'s share, not a rate', () => {
    assert.equal(rate('Able to fund a minimum of 25 % of the projected cost from own equity'), undefined);
  });
});

describe('rates: the next label after a rate, a monthly charge, discounts and add-ons (reword14 kinds)', () => {
  test('"Mark-up charged at 6% p.a. Processing fee According to…": the fee is the next label, not the rate\'s', () => {
    assert.equal(low('Pricing to borrower Mark-up charged at 6% p.a. Processing fee According to the schedule'), '6');
    // Within one sentence a word after the figure still names it: "6.75% p.a. fixed margin".
    assert.equal(rate('6.75% p.a. fixed margin'), undefined);
    // Only "p.a." ends a rate's words so: after "a year." the next label still reaches back ("Fees").
    const capped =
      'Pricing charged by the PFI Capped at 12% a year to the end borrower. Grain trade loans: capped at 15% a year. Fees No more than 0.5% of the loan amount';
    assert.equal(low(capped), '12');
  });
  test('"Monthly charge of 3%, i.e. 36% per year" charges 36% a year', () => {
    assert.equal(low('Ceiling ₦100,000 Monthly charge of 3%, i.e. 36% per year. At least 3 months of history'), '36');
  });
  test('"再优惠1%", "利率再降0.5%" and "Add 0.50% for every year of age" are cuts and add-ons, not rates', () => {
    assert.equal(rate('高新技术企业利率再降0.5%；在中行存款50万元以上的打九折；乡村振兴地区再优惠1%。'), undefined);
    assert.equal(low('优惠利率3.5%，按季结息'), '3.5');
    assert.equal(
      low('Commercial Vehicle 4.75% APR as low as. Pricing Add 0.50% for every year of vehicle age'),
      '4.75',
    );
  });
  test('"Markup for borrower Interest-free at 0%" is an interest-free loan\'s rate', () => {
    assert.equal(low('Financing size Up to PKR 500,000 Markup for borrower Interest-free at 0%'), '0');
  });
});

describe('rates: an APR after a labelled rate, an ownership share, where most borrowers land (reword15 kinds)', () => {
  test('"6.55% variable interest rate 6.75% APR": the rate is the figure before its label, the APR measures it', () => {
    assert.deepEqual(rate('Business Unsecured Loan 6.55% variable interest rate 6.75% APR Borrow as much as €75,000'), {
      basis: 'fixed',
      low: '6.55',
      text: '6.55%',
    });
  });
  test('"at least 30% owned by Singapore citizens" is an ownership share, not a rate', () => {
    assert.equal(
      rate('Companies operating in Singapore, at least 30% owned by Singapore citizens, with a loan'),
      undefined,
    );
  });
  test('"多数客户实际执行利率落在5%-8%之间" tells cases seen; "年化利率落在8.5%～18%这个区间" is a product\'s range', () => {
    assert.equal(rate('从我们接触到的案例来看，多数客户实际执行利率落在5%-8%之间。'), undefined);
    const own = rate('现阶段年化利率落在8.5%～18%这个区间。');
    assert.deepEqual(own?.basis === 'fixed' && [own.low, own.high], ['8.5', '18']);
  });
});

describe('rates: an interest-free loan said in words (reword14, reword15 kinds)', () => {
  test('"免息援助款項", "免息贷款", "an interest-free loan" are 0%; a card\'s "免息期" is a grace period', () => {
    assert.equal(low('最高可獲澳門幣三十萬元免息援助款項'), '0');
    assert.equal(low('为创业青年提供免息贷款，最高30万元'), '0');
    assert.equal(low('An interest-free loan of up to £10,000 for new businesses'), '0');
    assert.equal(rate('信用卡最长56天免息期'), undefined);
    assert.equal(rate('免息还款期最长50天'), undefined);
  });
});

describe("rates: a decimal comma, a total-cost disclosure (this session's kinds)", () => {
  test('"4,15% p.a." (a decimal comma) is not read as 15%; "Interest rate 15.01% p.a." is 15.01%', () => {
    assert.equal(rate('Interest rate 4,15% p.a.'), undefined);
    assert.equal(rate('Zinssatz 2,15 % p.a.'), undefined);
    assert.equal(low('Interest rate 15.01% p.a.'), '15.01');
    assert.equal(rate('年化利率3.5%,4.5%')?.basis, 'fixed');
  });
  test("Taiwan's 總費用年百分率, worked from an example loan, is the cost with fees, not the loan's rate", () => {
    assert.equal(
      rate('本廣告所揭露之總費用年百分率為1.97%～3%，係以貸款期間3年、貸款金額NT100萬元及本專案貸款年利率試算'),
      undefined,
    );
    assert.equal(low('年利率1%，總費用年百分率為1.97%'), '1');
  });
});

describe("rate: a row's next label after the rate's own words (reword17/18 kind)", () => {
  test('"Interest Fixed at 6% per year Fees Nothing to apply": the fee is the next row\'s label, not this figure\'s', () => {
    assert.equal(
      low('Amount per person Anywhere from £500 up to £25,000 Interest Fixed at 6% per year Fees Nothing to apply'),
      '6',
    );
    // Still a fee where the sentence runs on: "a 2% arrangement fee per year" names the figure a fee.
    assert.equal(rate('Arrangement fee 2% per year of the amount borrowed'), undefined);
  });
});

describe("rate: a borrower's share of the cost is no rate (reword18 kind)", () => {
  test('"Your contribution At least 25%", "Cash deposit from only 25%" are shares; "Rates from 6.5%" after a fee is a rate', () => {
    assert.equal(rate('Your contribution At least 25% of what the whole project costs.'), undefined);
    assert.equal(rate('Repay in cash or through deductions from salary Cash deposit from only 25%'), undefined);
    assert.equal(low('No arrangement fee. Rates from 6.5%'), '6.5');
  });
});
