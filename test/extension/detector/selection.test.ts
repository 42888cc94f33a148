/**
 * The popup's "selected text": the offer read in what the user selected (the fallback for an offer without a badge),
 * or the reason there is none, as a table of selections and what each gives.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { MAX_BLOCK_CHARS } from '../../../extension/detector/detect.ts';
import { readSelection, type SelectionReading } from '../../../extension/detector/selection.ts';
import type { Offer } from '../../../extension/detector/detect.ts';
import { selectionReply } from '../../../extension/inject/selection.ts';

/** What a reading comes to, in one comparable line. */
function outcome(r: SelectionReading): string {
  if (r.status !== 'offer') return r.status === 'not-offer' ? `not-offer ${r.reason}` : r.status;
  return `${offerLine(r.offer)}${r.caution ? ` caution ${r.caution} (${r.words})` : ''}`;
}

function offerLine(o: Offer): string {
  const from = o.evidence.productFrom;
  if (o.kind === 'insurance') return `insurance ${o.product} (${from}) premium ${o.premium}万 ${o.currency}`;
  const rate =
    o.rate.basis === 'lpr' ? `LPR${o.rate.spreadBp}bp` : o.rate.high ? `${o.rate.low}-${o.rate.high}` : o.rate.low;
  return `loan ${o.product} (${from}) ${rate} ${o.maxAmount ?? '-'}万 ${o.currency}`;
}

describe('an offer read from a selection', () => {
  const cases: [string, string][] = [
    // A card's terms with no product name: read as a business loan, as the user chose it.
    ['年化利率3.45%起，最高300万元，期限1年', 'loan 企业贷款 (selection) 3.45 300万 CNY'],
    ['贷款利率按LPR减20个基点执行，额度最高1000万元', 'loan 企业贷款 (selection) LPR-20bp 1000万 CNY'],
    ['Borrow up to £25,000 at 7.1% APR representative', 'loan business loan (selection) 7.1 2.5万 GBP'],
    // A selection that names its product keeps it.
    ['科技贷  年化3.5%\n最高500万元', 'loan 科技贷 (block) 3.5 500万 CNY'],
    ['普惠贷 利率LPR+30BP，额度最高500万元', 'loan 普惠贷 (block) LPR30bp 500万 CNY'],
    ['科技保险 保费2000元/年', 'insurance 科技保险 (block) premium 0.2万 CNY'],
    // The page around does not count (a news page, a forum); a report's, a thread's or a notice's words in the
    // selection give a caution with the estimate; a personal product or several lenders' figures give none.
    ['据记者了解，某银行科技贷利率3.5%，最高500万元', 'loan 科技贷 (block) 3.5 500万 CNY caution report (记者)'],
    ['个人消费贷 年化3.6% 最高30万', 'not-offer personal'],
    ['首套房贷利率3.1%，最高贷款额度500万元', 'not-offer personal'],
    ['招商银行闪电贷利率4.5%，建设银行快贷利率3.85%，工商银行经营快贷3.7%', 'not-offer several'],
    ['該產品已停售 年利率2% 最高100萬元', 'not-offer withdrawn'],
    [
      '各街道、各部门：现将创业担保贷款实施办法印发给你们，贷款利率3.45%，最高300万元，请遵照执行。',
      'loan 创业担保贷款 (block) 3.45 300万 CNY caution notice (办法,印发)',
    ],
    [
      '楼主你好，我也想问问，经营贷利率3.45%靠谱吗？有没有人办过？最高300万',
      'loan 经营贷 (block) 3.45 300万 CNY caution talk (楼主,靠谱吗,有没有人)',
    ],
    // Nothing to estimate on.
    ['一年期LPR为3.0%，五年期以上LPR为3.5%', 'not-offer no-terms'],
    ['Hello world', 'not-offer no-terms'],
    ['   \n ', 'empty'],
    ['科技贷 年化3.5% '.repeat(200), 'too-long'],
  ];
  for (const [selected, expected] of cases)
    test(`${selected.slice(0, 40).replace(/\s+/g, ' ')} → ${expected}`, () =>
      assert.equal(outcome(readSelection(selected)), expected));

  test('a personal product names the words that made it one', () => {
    assert.deepEqual(readSelection('个人消费贷 年化3.6% 最高30万'), {
      status: 'not-offer',
      reason: 'personal',
      words: '个人消费',
    });
  });

  test('the audience the user chose is not put in the words of the selection', () => {
    const r = readSelection('年化利率3.45%起，最高300万元');
    assert.ok(r.status === 'offer');
    assert.equal(r.offer.evidence.audience, undefined);
    const own = readSelection('面向小微企业，年化利率3.45%起，最高300万元');
    assert.ok(own.status === 'offer');
    // (Kept when the selection names one of its own.)
    assert.equal(own.offer.evidence.audience, '小微');
  });

  test('a whole page selected is too long before it is read', () => {
    assert.equal(readSelection('x'.repeat(MAX_BLOCK_CHARS * 4 + 1)).status, 'too-long');
  });
});

describe('what the popup quotes back', () => {
  test('the selection as the page wrote it, its spacing folded, cut to 160 characters', () => {
    assert.equal(
      selectionReply('普惠贷\n  利率LPR+30BP，额度最高500万元').quote,
      '普惠贷 利率LPR+30BP，额度最高500万元',
    );
    const long = selectionReply('经营贷'.repeat(100)).quote;
    // (With the page's language, for a screen reader; none when the page states none.)
    assert.equal(selectionReply('经营贷', 'zh-CN').lang, 'zh-CN');
    assert.equal('lang' in selectionReply('经营贷', ''), false);
    assert.equal(long.length, 161);
    assert.ok(long.endsWith('…'));
  });
});
