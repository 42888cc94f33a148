/** Which currency a traditional-character page's 元 and 萬 are (issue 8). */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { localCurrency } from '../../../extension/detector/amount.ts';
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
  test('a mainland page has no local currency', () => {
    assert.equal(localCurrency('zh-CN', '最高500万元'), undefined);
  });
});
