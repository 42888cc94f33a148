/** Badges hidden as "not an offer": the entry naming an offer on a site, the kept list, what storage may hold. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { LoanOffer, InsuranceOffer } from '../../extension/detector/detect.ts';
import {
  hiddenEntry,
  MAX_HIDDEN_OFFERS,
  readHiddenEntries,
  withHiddenEntry,
} from '../../extension/shared/hidden-offers.ts';
import { migrate } from '../../extension/shared/profile.ts';
import { readSiteSettings } from '../../extension/shared/site-settings.ts';

const loan: LoanOffer = {
  kind: 'loan',
  product: '科技贷',
  loanType: 'general',
  rate: { basis: 'fixed', low: '3.45', text: '3.45%' },
  maxAmount: '300',
  currency: 'CNY',
  evidence: { product: '科技贷', productFrom: 'block', outweighed: [] },
};
const cover: InsuranceOffer = {
  kind: 'insurance',
  product: '专利执行保险',
  premium: '0.2',
  currency: 'CNY',
  evidence: { product: '专利执行保险', productFrom: 'block', outweighed: [] },
};

describe('hidden offers', () => {
  test('an entry names the site and what the badge was read from, the same on every visit', () => {
    const entry = hiddenEntry('bank.example', loan);
    assert.match(entry, /^[0-9a-z]{1,7}$/);
    assert.equal(hiddenEntry('bank.example', { ...loan, evidence: { ...loan.evidence, audience: '企业' } }), entry);
    assert.notEqual(hiddenEntry('other.example', loan), entry, 'another site');
    assert.notEqual(hiddenEntry('bank.example', { ...loan, maxAmount: '500' }), entry, 'another limit');
    assert.notEqual(
      hiddenEntry('bank.example', { ...loan, rate: { basis: 'fixed', low: '3.1', text: '3.1%' } }),
      entry,
      'another rate',
    );
    assert.notEqual(hiddenEntry('bank.example', cover), hiddenEntry('bank.example', { ...cover, premium: '0.3' }));
  });
  test("an entry holds none of the page's words or the site's name", () => {
    const entry = hiddenEntry('bank.example', loan);
    for (const word of ['bank', '科技贷', '3.45', '300']) assert.ok(!entry.includes(word), word);
  });
  test('the list keeps each entry once, the newest last, at most MAX_HIDDEN_OFFERS; Undo removes it', () => {
    let list: string[] = [];
    list = withHiddenEntry(list, 'a1', true);
    list = withHiddenEntry(list, 'b2', true);
    list = withHiddenEntry(list, 'a1', true);
    assert.deepEqual(list, ['b2', 'a1']);
    assert.deepEqual(withHiddenEntry(list, 'a1', false), ['b2']);
    let many: string[] = [];
    for (let i = 0; i < MAX_HIDDEN_OFFERS + 20; i++) many = withHiddenEntry(many, i.toString(36), true);
    assert.equal(many.length, MAX_HIDDEN_OFFERS);
    assert.equal(many.at(-1), (MAX_HIDDEN_OFFERS + 19).toString(36), 'the oldest went first');
  });
  test('whatever storage holds gives a list of entries: damaged values are dropped, the rest kept', () => {
    assert.deepEqual(readHiddenEntries(undefined), []);
    assert.deepEqual(readHiddenEntries('abc'), []);
    assert.deepEqual(readHiddenEntries(['k3x9', 7, null, 'K3X9', '<b>x</b>', 'k3x9', 'a'.repeat(40)]), ['k3x9']);
  });
  test("the settings carry the list through a content script's read and through a profile migration", () => {
    assert.deepEqual(readSiteSettings({ settings: { hiddenOffers: ['k3x9'] } }).hiddenOffers, ['k3x9']);
    assert.deepEqual(readSiteSettings(undefined).hiddenOffers, []);
    // Version 3 stores written before the list existed read as hiding nothing; a stored list survives.
    assert.deepEqual(migrate({ schemaVersion: 3, profile: {}, settings: { paused: false } }).settings.hiddenOffers, []);
    assert.deepEqual(
      migrate({ schemaVersion: 3, profile: {}, settings: { hiddenOffers: ['k3x9', 5] } }).settings.hiddenOffers,
      ['k3x9'],
    );
  });
});
