/** The saved profile: defaults, migration from the first schema, damaged values, newer versions, field errors. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultStored, migrate, isSiteDisabled, siteKey, SCHEMA_VERSION } from '../../extension/shared/profile.ts';
import { validate } from '../../extension/shared/validate.ts';

describe('profile storage', () => {
  test('nothing stored gives the defaults at the current schema version', () => {
    assert.deepEqual(migrate(undefined), defaultStored());
    assert.equal(migrate(undefined).schemaVersion, SCHEMA_VERSION);
  });
  test('a version-1 profile (flat facts, one certification, amount in yuan) migrates without losing a fact', () => {
    const v1 = {
      schemaVersion: 1,
      smallOrMicro: false,
      certification: 'national-little-giant',
      loanAmountYuan: 5000000,
      inZone: true,
      firstLoan: true,
      firstLoanMunicipalSupport: '5',
      paused: true,
      disabledSites: ['bank.example'],
    };
    const s = migrate(v1);
    assert.equal(s.schemaVersion, 3);
    assert.equal(s.profile.smallOrMicro, false);
    assert.deepEqual(s.profile.certifications, ['national-little-giant']);
    assert.equal(s.profile.expectedLoanAmount, '5000000元');
    assert.equal(s.profile.firstLoan, true);
    assert.equal(s.profile.firstLoanMunicipalSupport, '5');
    assert.deepEqual(s.settings, {
      paused: true,
      disabledSites: ['bank.example'],
      lprOverride: null,
      profileSaved: true,
      hiddenOffers: [],
    });
  });
  test('version 3: a profile saved before marks itself saved; nothing stored means not yet set up', () => {
    assert.equal(migrate({ schemaVersion: 2, profile: {}, settings: {} }).settings.profileSaved, true);
    assert.equal(migrate(undefined).settings.profileSaved, false);
    assert.equal(
      migrate({ schemaVersion: 3, profile: {}, settings: { profileSaved: false } }).settings.profileSaved,
      false,
    );
  });
  test('amounts stored as numbers (a hand-edited or older profile) are kept as text, not dropped', () => {
    const s1 = migrate({
      schemaVersion: 1,
      firstLoan: true,
      firstLoanMunicipalSupport: 5,
      startupGuaranteeLoan: true,
      startupMunicipalSupport: 2.5,
    });
    assert.equal(s1.profile.firstLoanMunicipalSupport, '5');
    assert.equal(s1.profile.startupMunicipalSupport, '2.5');
    const s2 = migrate({ schemaVersion: 2, profile: { expectedLoanAmount: 500 }, settings: {} });
    assert.equal(s2.profile.expectedLoanAmount, '500');
    assert.equal(
      migrate({ schemaVersion: 2, profile: { expectedLoanAmount: Number.NaN }, settings: {} }).profile
        .expectedLoanAmount,
      '',
    );
  });
  test('an unversioned object is read as version 1', () => {
    assert.deepEqual(migrate({ certification: 'national-high-tech' }).profile.certifications, ['national-high-tech']);
  });
  test('a damaged field falls back alone; the others survive', () => {
    const s = migrate({
      schemaVersion: 2,
      profile: { smallOrMicro: 'yes', certifications: ['national-high-tech', 'bogus'], expectedLoanAmount: '500万' },
      settings: { paused: 1, disabledSites: 'x' },
    });
    assert.equal(s.profile.smallOrMicro, true);
    assert.deepEqual(s.profile.certifications, []);
    assert.equal(s.profile.expectedLoanAmount, '500万');
    assert.equal(s.settings.paused, false);
    assert.deepEqual(s.settings.disabledSites, []);
  });
  test('a profile from a newer version keeps its version number and its unknown fields', () => {
    const s = migrate({
      schemaVersion: 9,
      profile: { smallOrMicro: false, futureFact: 1 },
      settings: {},
      futureTop: 'x',
    }) as unknown as Record<string, unknown> & { schemaVersion: number; profile: Record<string, unknown> };
    assert.equal(s.schemaVersion, 9);
    assert.equal(s.futureTop, 'x');
    assert.equal(s.profile.futureFact, 1);
    assert.equal(s.profile.smallOrMicro, false);
  });
  test('not an object at all gives the defaults', () => {
    for (const raw of [null, 'x', 3, []]) assert.deepEqual(migrate(raw), defaultStored());
  });
});

describe('profile validation', () => {
  const base = defaultStored();
  test('the defaults are valid', () => assert.deepEqual(validate(base), []));
  test('an amount that is not an amount names its field and keeps the value', () => {
    const errors = validate({ ...base, profile: { ...base.profile, expectedLoanAmount: 'abc' } });
    assert.deepEqual(errors, [{ field: 'expectedLoanAmount', key: 'errors.amount', value: 'abc' }]);
  });
  test('amounts as people type them are accepted: 500万, 5,000,000元, １０００万, 1.2亿元', () => {
    for (const v of ['500万', '5,000,000元', '１０００万', '1.2亿元'])
      assert.deepEqual(validate({ ...base, profile: { ...base.profile, expectedLoanAmount: v } }), [], v);
  });
  test('a negative or zero loan amount is refused', () => {
    for (const v of ['-5', '0'])
      assert.equal(
        validate({ ...base, profile: { ...base.profile, expectedLoanAmount: v } })[0]?.field,
        'expectedLoanAmount',
        v,
      );
  });
  test('first-loan support is required once the box is ticked', () => {
    assert.deepEqual(validate({ ...base, profile: { ...base.profile, firstLoan: true } }), [
      { field: 'firstLoanMunicipalSupport', key: 'errors.required', value: '' },
    ]);
  });
  test('an LPR override must be a percentage', () => {
    const errors = validate({
      ...base,
      settings: { ...base.settings, lprOverride: { oneYear: '3.1', fiveYear: 'x' } },
    });
    assert.deepEqual(
      errors.map((e) => e.field),
      ['lprOverride.fiveYear'],
    );
  });
});

describe('per-site off', () => {
  test('www. and case do not matter', () => {
    assert.equal(siteKey('WWW.Bank.example'), 'bank.example');
    assert.ok(isSiteDisabled({ disabledSites: ['bank.example'] }, 'www.bank.example'));
    assert.ok(!isSiteDisabled({ disabledSites: ['bank.example'] }, 'other.example'));
  });
});
