/** The dated LPR table (core/policy/lpr.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LPR_TABLE, LPR_SOURCE, lprOn } from '../../core/policy/lpr.ts';

test('the LPR table is in publication order, with figures as decimal strings', () => {
  for (let i = 1; i < LPR_TABLE.length; i++) assert.ok(LPR_TABLE[i - 1]!.published < LPR_TABLE[i]!.published);
  for (const e of LPR_TABLE) {
    assert.match(e.published, /^\d{4}-\d{2}-\d{2}$/);
    assert.match(e.oneYear, /^\d\.\d{2}$/);
    assert.match(e.fiveYear, /^\d\.\d{2}$/);
  }
  assert.equal(LPR_SOURCE.zh, '全国银行间同业拆借中心');
});

test('the LPR in force on a date is the last publication on or before it', () => {
  assert.equal(lprOn('2019-08-19'), undefined);
  assert.equal(lprOn('2019-08-20')?.oneYear, '4.25');
  assert.equal(lprOn('2024-10-20')?.oneYear, '3.35');
  assert.equal(lprOn('2024-10-21')?.oneYear, '3.10');
  assert.deepEqual(lprOn('2025-06-01'), { published: '2025-05-20', oneYear: '3.00', fiveYear: '3.50' });
});
