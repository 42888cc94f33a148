/** Which currency a traditional-character page's 元 and 萬 are (issue 8). */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { dominantCurrency, localCurrency, readMaxAmount } from '../../../extension/detector/amount.ts';
import { readable } from '../../../extension/detector/fold.ts';

describe('amount: the local currency of a Hong Kong, Macau or Taiwan page', () => {
  test('a Taiwan page about a Taiwan loan writes New Taiwan dollars; a Hong Kong page, Hong Kong dollars', () => {
    assert.equal(localCurrency('zh-TW', readable('青年創業貸款 擔保貸款最高400萬 貸款利率1.95%')), 'TWD');
    assert.equal(localCurrency('zh-Hant-HK', readable('中小企業融資擔保計劃 最高1,800萬')), 'HKD');
  });
  test('a traditional-character page about a mainland loan (納稅信用, 增值稅, 小微企業, LPR) writes yuan', () => {
    assert.equal(
      localCurrency('zh-TW', readable('銀稅貸 貸款額度最高可達500萬元 納稅信用等級為A級 增值稅申報')),
      undefined,
    );
    assert.equal(localCurrency('zh-HK', readable('善融貸 利率為LPR加50個基點 最高300萬元')), undefined);
  });
  test('a Taiwan page naming its own currency ("新臺幣3,500萬元") lends in it, whatever 普惠 or 中小微企業 it writes', () => {
    assert.equal(
      localCurrency('zh-TW', readable('普惠金融計畫 中小微企業優惠貸款 每家事業可借上限 新臺幣3,500萬元')),
      'TWD',
    );
  });
  test("Taiwan's 中小微企業 alone is no mainland word: 3,500萬 on such a page is New Taiwan dollars (this session's kind)", () => {
    assert.equal(
      localCurrency('zh-Hant-TW', readable('30人以下的中小微企業優惠貸款 額度最高3,500萬元 利率2.22%')),
      'TWD',
    );
    assert.equal(localCurrency('zh-Hant-TW', readable('小微企業信用貸款 最高300萬元')), undefined);
  });
  test("普惠金融 (inclusive finance) is Taiwan's word too: a Taiwan page under it, naming no currency, lends in New Taiwan dollars", () => {
    assert.equal(
      localCurrency(
        'zh-Hant-TW',
        readable('普惠金融｜30人以下中小微企業優惠貸款 每家事業最高可貸3,500萬元 年利率2.22%'),
      ),
      'TWD',
    );
    // Mainland words beside it still make the page's 萬元 yuan.
    assert.equal(localCurrency('zh-Hant-TW', readable('普惠小微企業貸款 最高1,000萬元 利率LPR加50個基點')), undefined);
  });
  test('a mainland page has no local currency', () => {
    assert.equal(localCurrency('zh-CN', '最高500万元'), undefined);
  });
});

describe('amount: a range whose upper end writes no sign, and dollars of other countries', () => {
  test('"INR 31,000- 60,000" is up to 60,000 rupees: the upper end takes the lower end\'s sign', () => {
    assert.deepEqual(readMaxAmount('Loan amount INR 31,000- 60,000 Tenure 12 months'), {
      wan: '6',
      currency: 'INR',
      text: '60,000',
    });
    // A bare figure that is not the end of a range stays no amount.
    assert.equal(readMaxAmount('Loan amount INR 31,000 for 60,000 members')?.wan, '3.1');
  });
  test('JM$ is the Jamaican dollar and EC$ the Eastern Caribbean dollar, never the US dollar', () => {
    assert.equal(readMaxAmount('Borrow up to JM$15 million for up to 12 months')?.currency, 'JMD');
    assert.equal(readMaxAmount('Maximum loan amount EC$50,000')?.currency, 'XCD');
  });
  test('"up to a ceiling of Rs 250,000" is the limit', () => {
    assert.equal(
      readMaxAmount('90% cost of project up to a ceiling of Rs 250,000', { pageCurrency: 'MUR' })?.wan,
      '25',
    );
  });
});

describe('amount: shillings and more limit words', () => {
  test('"Shs." is the shilling of the page\'s country, or a currency the page does not name', () => {
    assert.deepEqual(readMaxAmount('up to Shs.200,000,000', { pageCurrency: 'UGX' })?.currency, 'UGX');
    assert.deepEqual(readMaxAmount('up to Shs.200,000,000')?.currency, 'XXX');
  });
  test('"at most Rs. 50 million" and "approval may reach $100,000.00" state the limit', () => {
    assert.equal(readMaxAmount('For MEs, at most Rs. 50 million', { pageCurrency: 'PKR' })?.wan, '5000');
    assert.equal(readMaxAmount('Approval may reach $100,000.00', { pageCurrency: 'CAD' })?.wan, '10');
  });
});

describe('amount: a key figure with its label under it', () => {
  test('"300万 单户最高可贷" and "300万 最高可借" are the limit; a figure under another label is none', () => {
    const hero = '中银企E贷·银税贷 线上信用贷款，系统自动审批 300万 单户最高可贷 4.35% 年化利率不超过 1年 贷款期限最长';
    assert.equal(readMaxAmount(readable(hero))?.wan, '300');
    assert.equal(readMaxAmount(readable('300万 最高可借'))?.wan, '300');
    assert.equal(readMaxAmount(readable('300万 贷款期限')), undefined);
  });
});

describe('amount: labels and ranges another writer uses (reword2/reword3 kinds)', () => {
  test("a limit's label right before its figure outweighs a condition further back in the row", () => {
    const row =
      '支持对象 ② 年销售收入超过2000万元的企业（以纳税申报表为准） 单户最高额度 1000万元 执行利率 不高于LPR加40个基点';
    assert.equal(readMaxAmount(readable(row))?.wan, '1000');
    assert.equal(readMaxAmount(readable('纳税金额 500万元以上')), undefined);
    assert.equal(readMaxAmount(readable('最低额度 5万元')), undefined);
  });
  test('the upper end of a fee\'s range is a fee too; "Largest loan available" names the limit', () => {
    const sheet =
      'Largest loan available $50,000 Longest repayment period 6 years Fees Set by each lender; they can include ' +
      'an application fee of $25 – $50, a processing fee of $100 – $135';
    assert.equal(readMaxAmount(sheet, { pageCurrency: 'USD' })?.wan, '5');
    assert.equal(readMaxAmount('loans from $10,000 to $50,000', { pageCurrency: 'USD' })?.wan, '5');
  });
});

describe('amount: a cap word between the label and the figure (reword kind)', () => {
  test('"授信额度 不超过500万元" after a condition on tax data is the limit; "纳税金额 不超过500万元" is not', () => {
    const row = '适合纳税记录良好的小微企业，系统根据纳税数据自动核定额度 授信额度 不超过500万元 贷款利率 年化3.65%';
    assert.equal(readMaxAmount(readable(row))?.wan, '500');
    assert.equal(readMaxAmount(readable('纳税金额 不超过500万元')), undefined);
  });
});

describe('amount: caps and the Caribbean dollars (reword6 kinds)', () => {
  test('"capped at Rs 250,000" and "100万元封顶" are the limit', () => {
    const size = 'Loan size Financing of up to 90% of the project cost, capped at Rs 250,000';
    assert.equal(readMaxAmount(size, { pageCurrency: 'MUR' })?.wan, '25');
    assert.equal(readMaxAmount('单户贷款100万元封顶')?.wan, '100');
  });
  test('a bare "$" is the page\'s own dollar or peso; on a pound or rupee page it is the US dollar', () => {
    const limit = (pageCurrency: string) => readMaxAmount('Loans of up to $500,000', { pageCurrency })?.currency;
    assert.equal(limit('AUD'), 'AUD');
    assert.equal(limit('MXN'), 'MXN');
    assert.equal(limit('GBP'), 'USD');
    assert.equal(limit('INR'), 'USD');
    assert.equal(limit('CNY'), 'USD');
  });

  test('a page that writes only "$" and names Grenada writes Eastern Caribbean dollars', () => {
    assert.equal(
      dominantCurrency('Grenada Development Bank. Micro loans up to $50,000 for Grenadian businesses.'),
      'XCD',
    );
  });
});

describe('amount: the lakh grouping, other codes, shillings and a limit labelled after it (reword9 kinds)', () => {
  test('"Rs 15,00,000" is fifteen lakh (1.5 million), not 15', () => {
    assert.equal(readMaxAmount('you may borrow as much as Rs 15,00,000', { pageCurrency: 'NPR' })?.wan, '150');
    // Thousands grouped in threes read as before.
    assert.equal(readMaxAmount('borrow up to Rs 1,500,000', { pageCurrency: 'NPR' })?.wan, '150');
  });
  test('an ISO code before the figure is its currency ("TJS 90,000"); English words are not codes', () => {
    assert.deepEqual(readMaxAmount('Largest loan TJS 90,000 / USD 10,000'), {
      wan: '9',
      currency: 'TJS',
      text: 'TJS 90,000',
    });
    assert.equal(readMaxAmount('one of the top 100 firms, up to 5 years'), undefined);
  });
  test('"Shs." is the shilling of the country the page names; "Rs." on a page about HDFC Bank is the Indian rupee', () => {
    assert.equal(
      dominantCurrency(
        'Companies may borrow up to Shs.200,000,000. Butuuro serves traders across Uganda. Shs.5,000,000',
      ),
      'UGX',
    );
    assert.equal(dominantCurrency('HDFC Bank Business Loan: up to Rs. 75 lakh. HDFC Bank charges Rs. 999.'), 'INR');
    // A shilling page naming no country keeps its currency unknown.
    assert.equal(dominantCurrency('Loans up to Shs.200,000,000 and Shs.5,000,000'), 'XXX');
  });
  test('"3000万元以内 可贷额度": the label under the figure names it the limit across the word 以内', () => {
    assert.equal(readMaxAmount('4.35% 贷款年利率 3000万元以内 可贷额度 1-3年 借款期限')?.wan, '3000');
  });
});

describe('amount: a range under a condition, opened by a bare figure (reword9 kind)', () => {
  test('"Total assets: 150,000 to 5 million" is a condition, not a limit; the same range under a loan label is one', () => {
    assert.equal(
      readMaxAmount('Who it serves: store owners. Total assets: 150,000 to 5 million.', { pageCurrency: 'PHP' }),
      undefined,
    );
    assert.equal(
      readMaxAmount('Total assets: 150,000 to 5 million. Amount applied for: up to 3 million.', { pageCurrency: 'PHP' })
        ?.wan,
      '300',
    );
    assert.equal(readMaxAmount('Loan amount: 150,000 to 5 million.', { pageCurrency: 'PHP' })?.wan, '500');
  });
});

describe('amount: what partners borrow together (reword10 kinds)', () => {
  test('"合伙创业的，贷款总额不超过100万" is the loan total for a partnership: the highest limit stated', () => {
    assert.equal(readMaxAmount('每人最高可贷20万元；合伙创业的，贷款总额不超过100万')?.wan, '100');
    // A condition capped the same way is no limit.
    assert.equal(readMaxAmount('企业与企业主在他行的信贷余额合计不超过500万元'), undefined);
  });
  test("what a business's partners borrow together is no one loan's limit", () => {
    const each = 'Each of you can apply for up to £25,000, so together you can borrow up to £100,000.';
    assert.equal(readMaxAmount(each)?.wan, '2.5');
    const business =
      'Up to four partners can each apply for £500 to £25,000, so a single business can receive at most £100,000.';
    assert.equal(readMaxAmount(business)?.wan, '2.5');
  });
});

describe('amount: the bound of a band a term applies to is no limit (holdout13 kind)', () => {
  test('"貸款額度在100萬元以內者" is the loans a guarantee share applies to; the limit is stated elsewhere', () => {
    const band = readable('信用保證成數最低9成，貸款額度在100萬元以內者，信用保證成數更達10成。');
    assert.equal(readMaxAmount(band, { pageCurrency: 'TWD' }), undefined);
    const both = readable('每一申貸事業最高貸款額度為3,500萬元；貸款額度在100萬元以內者，信用保證成數更達10成。');
    assert.equal(readMaxAmount(both, { pageCurrency: 'TWD' })?.wan, '3500');
  });
});

describe('amount: a unit in the label, and working capital (reword4, reword10 kinds)', () => {
  const read = (s: string, pageCurrency?: string) => readMaxAmount(readable(s), { pageCurrency });
  test('"可贷金额最高（元） 5,000,000" and a column "贷款额度（万元） 300" are in the label\'s unit', () => {
    assert.equal(read('纳税信用贷款 税融通 可贷金额最高（元） 5,000,000 参考年利率年化3.65%-6.00%')?.wan, '500');
    assert.equal(read('贷款额度（万元） 300')?.wan, '300');
  });
  test('"3.85% 最低年化利率 500万元 额度上限": the lowest rate\'s label is no minimum amount; "最低500万元起贷" is one', () => {
    assert.equal(read('3.85%最低年化利率500万元额度上限', 'CNY')?.wan, '500');
    assert.equal(read('最低500万元起贷', 'CNY'), undefined);
  });
  test('"not more than Rs. 2,50,000 in all" is a limit; "a balance sheet total of no more than €43m" a condition', () => {
    assert.equal(read('Rs. 25,000 per acre, not more than Rs. 2,50,000 in all', 'INR')?.wan, '25');
    assert.equal(read('Secured borrowing starts at €50,000 and goes no higher than €300,000.', 'EUR')?.wan, '30');
    assert.equal(
      read('annual turnover of no more than €50m (or a balance sheet total of no more than €43m)', 'EUR'),
      undefined,
    );
    assert.equal(
      read('four directors may each apply, so one business can be lent no more than £100,000', 'GBP'),
      undefined,
    );
  });
  test('"5M HKD": a million written with its currency code after it is an amount; a bare "5M" is none', () => {
    assert.equal(read('Loan amount up to 5M HKD for each enterprise', 'HKD')?.wan, '500');
    assert.equal(read('Loan amount up to 5M for each enterprise', 'HKD'), undefined);
  });
  test('"Working capital Financing Borrow up to Rs. 10,000,000" is the limit; a paid-up capital is still a condition', () => {
    assert.equal(
      read('Working capital Financing Borrow up to Rs. 10,000,000/- Interest rate 8% p.a.', 'LKR')?.wan,
      '1000',
    );
    assert.equal(read('Companies with paid-up capital of Rs. 500,000', 'LKR'), undefined);
  });
});

describe("amount: a worked example's loan, and the Tongan pa'anga (reword11 kinds)", () => {
  test('"This example assumes you borrow £13,000" and "Amount borrowed £13,000" size an example, not the limit', () => {
    assert.equal(
      readMaxAmount(readable('This example assumes you borrow £13,000 over 60 months at 9.06%.')),
      undefined,
    );
    assert.equal(readMaxAmount(readable('Amount borrowed £13,000 Length of loan 60 months')), undefined);
    assert.equal(readMaxAmount(readable('Any amount between £1,000 and £1,000,000'))?.wan, '100');
  });
  test('"T$200,000" is in Tongan pa\'anga, not US dollars', () => {
    const read = readMaxAmount(readable('Loan ceiling T$200,000 for an agriculture loan'));
    assert.deepEqual([read?.wan, read?.currency], ['20', 'TOP']);
  });
});

describe('amount: a turnover cap, limits said as "not above" or "as large as", a group\'s exposure (reword12 kinds)', () => {
  test('"businesses turning over no more than £25 million a year" is a condition, not the limit', () => {
    const text =
      'Amount £1,000 to £50,000. The APR relates to businesses turning over no more than £25 million a year.';
    assert.equal(readMaxAmount(readable(text), { pageCurrency: 'GBP' })?.wan, '5');
  });
  test('"₦10,000 at the least and not above ₦100,000" is limited at ₦100,000', () => {
    const read = readMaxAmount(readable('Loan size ₦10,000 at the least and not above ₦100,000'), {
      pageCurrency: 'NGN',
    });
    assert.equal(read?.wan, '10');
  });
  test('"Instalment loans as large as HK$18 million" states the limit', () => {
    const read = readMaxAmount(readable('Instalment loans as large as HK$18 million'), { pageCurrency: 'HKD' });
    assert.deepEqual([read?.wan, read?.currency], ['1800', 'HKD']);
  });
  test('"total exposure across a group is capped at S$5.0mil" bounds a group\'s loans, not this one', () => {
    const text =
      'Maximum you can borrow S$300,000.00 per company; total exposure across a group is capped at S$5.0mil.';
    assert.equal(readMaxAmount(readable(text), { pageCurrency: 'SGD' })?.wan, '30');
  });
});

describe('amount: limits written as a cap, and figures that are no limit (reword14 kinds)', () => {
  test('"每户不超过2000万元" and "总额封顶300万元" are limits: the highest stated is read', () => {
    assert.equal(readMaxAmount('可贷额度 线上申请每户不超过300万元网点申请每户不超过2000万元')?.wan, '2000');
    assert.equal(
      readMaxAmount('个人单独申请:最多50万元;合伙经营或创办企业:每人不超过30万元,总额封顶300万元')?.wan,
      '300',
    );
  });
  test('an average ("平均额度210万元") and a floor ("申请金额在200万元以上") are no limit', () => {
    assert.equal(readMaxAmount('A级企业大概有85%能批下来，平均额度210万元'), undefined);
    assert.equal(readMaxAmount('申请金额在200万元以上的，要转人工审批'), undefined);
    assert.equal(readMaxAmount('单户最高300万元；申请金额在200万元以上的转人工审批')?.wan, '300');
  });
  test('澳門幣 before the figure is the pataca', () => {
    const read = readMaxAmount(readable('每名受惠企業主最多可獲澳門幣300,000元'));
    assert.deepEqual(read && [read.wan, read.currency], ['30', 'MOP']);
  });
});

describe('amount: working capital and what a business can borrow are limits (reword15 kinds)', () => {
  test('"Working capital of up to S$500,000" is the loan\'s limit (the capital is what the loan is for)', () => {
    assert.equal(
      readMaxAmount('Facility limit Working capital of up to S$500,000, depending on our assessment')?.wan,
      '50',
    );
    assert.equal(readMaxAmount('Paid-up capital of up to S$500,000 is required'), undefined);
  });
  test('"Each qualifying business can borrow from €25,000 to €1.5m" states the range on offer', () => {
    assert.equal(readMaxAmount('Each qualifying business can borrow from €25,000 to €1.5m.')?.wan, '150');
  });
  test('"申请金额在200万元以上" is a floor; "放宽到3万元" after a condition is no range\'s upper end', () => {
    assert.equal(readMaxAmount('最近两年累计纳税5万元以上，A级企业放宽到3万元'), undefined);
    assert.equal(readMaxAmount('可贷10万-3000万元')?.wan, '3000');
  });
});

describe('amount: sums in Chinese numerals (reword14, reword15 kinds)', () => {
  test('"澳門幣三十萬元", "一百五十万元", "三千五百万元" are 30, 150 and 3,500 万', () => {
    const read = (t: string) => readMaxAmount(readable(t), { pageCurrency: 'MOP' });
    assert.deepEqual(
      [read('最高可獲澳門幣三十萬元免息援助款項')?.wan, read('最高可獲澳門幣三十萬元')?.currency],
      ['30', 'MOP'],
    );
    assert.equal(readMaxAmount('单户最高一百五十万元')?.wan, '150');
    assert.equal(readMaxAmount('最高三千五百万元')?.wan, '3500');
    assert.equal(readMaxAmount('最高可贷十五万元')?.wan, '15');
  });
  test('"千万" alone is no sum ("最高额度以审批为准，千万不要轻信中介")', () => {
    assert.equal(readMaxAmount('最高额度以审批为准，千万不要轻信中介'), undefined);
  });
});

describe("amount: a range's upper end after its joiner, and limits in other words (reword15 round)", () => {
  test('"From: TZS 5,000,001/- TO TZS 10,000,000/" and "$5K - $500K" are ranges: their upper end is the limit', () => {
    assert.equal(readMaxAmount('Loan Amount From: TZS 5,000,001/- TO TZS 10,000,000/ Member Fee NIL')?.wan, '1000');
    assert.equal(
      readMaxAmount('Business Line of Credit Details $5K - $500K Credit Amount', { pageCurrency: 'USD' })?.wan,
      '50',
    );
  });
  test('"线上线下结合办理可到300万元" and "secured funding to $1 million" state limits', () => {
    assert.equal(readMaxAmount('授信额度 纯线上办理最高100万元； 线上线下结合办理可到300万元')?.wan, '300');
    assert.equal(
      readMaxAmount('Borrowing limit Fixed-rate secured funding to $1 million', { pageCurrency: 'AUD' })?.wan,
      '100',
    );
  });
});
