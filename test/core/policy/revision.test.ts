/**
 * A revision is data only: test/data/policy/revision-2027-example.json (a synthetic revision, not a real document)
 * changes art. 4's interest caps and art. 15's project cap from 2027-01-01. Loaded next to the shipped data with no
 * change to the engine, it changes 2027 and later scenarios, leaves 2025 and 2026 exactly as they were, names its
 * version in the result, and dates art. 15's projects by their payment.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import {
  estimate,
  withRevisions,
  PolicyDataError,
  POLICY_BOOK,
  type EstimateOptions,
  type SubsidyResult,
} from '../../../core/index.ts';
import { COMPLIANT, TODAY } from '../rules/helpers.ts';

const REVISION = JSON.parse(
  readFileSync(new URL('../../data/policy/revision-2027-example.json', import.meta.url), 'utf8'),
) as {
  id: string;
  from: string;
  changes: {
    art4: { interest: { caps: Array<{ certification: string | null; value: string }> } };
    art15: { projectCap: { value: string } };
  };
};
const revised = withRevisions(REVISION);

function run(scenario: unknown, options: EstimateOptions = {}): SubsidyResult {
  const out = estimate(scenario, { lang: 'en', today: TODAY, ...options });
  if (!out.ok) assert.fail(JSON.stringify(out.errors));
  return out.result;
}

/** A small firm that paid far more interest than any cap allows: art. 4(a) pays exactly its cap. */
const borrower = (year: number, certifications: string[] = []) => ({
  year,
  eligibility: COMPLIANT,
  enterprise: {
    smallOrMicro: true,
    certifications,
    loanInterestPaid: 1000,
    techInsurance: { premium: 30, termMonths: 12 },
  },
});
const interest = (r: SubsidyResult) => r.items.find((i) => i.rule === 'art4.interest')!;
const newCap = (cert: string | null) =>
  REVISION.changes.art4.interest.caps.find((c) => c.certification === cert)!.value;

test('the revision splits the measures at its date: the first version ends the day before', () => {
  assert.deepEqual(
    revised.versions.map((v) => [v.id, v.from, v.to]),
    [
      [POLICY_BOOK.versions[0]!.id, POLICY_BOOK.start, '2026-12-31'],
      [REVISION.id, REVISION.from, POLICY_BOOK.end],
    ],
  );
  // Same years covered: a revision changes figures, not the period.
  assert.deepEqual(revised.years, POLICY_BOOK.years);
});

for (const year of [2025, 2026]) {
  test(`a ${year} scenario is computed exactly as without the revision (same figures, same version)`, () => {
    for (const certs of [[], ['beijing-specialized-sme'], ['national-little-giant']]) {
      assert.deepEqual(run(borrower(year, certs), { policies: revised }), run(borrower(year, certs)));
    }
  });
}

for (const year of [2027, 2028]) {
  test(`a ${year} scenario gets the revised art. 4 caps, names the revision, and keeps art. 2 as it was`, () => {
    for (const cert of [null, 'beijing-specialized-sme', 'national-little-giant']) {
      const scenario = borrower(year, cert ? [cert] : []);
      const before = run(scenario);
      const after = run(scenario, { policies: revised });
      assert.equal(after.policy, REVISION.id);
      assert.equal(before.policy, POLICY_BOOK.versions[0]!.id);
      assert.equal(interest(after).amount, Number(newCap(cert)).toFixed(2), `cap for ${cert}`);
      assert.notEqual(interest(after).amount, interest(before).amount);
      assert.equal(interest(after).cap, interest(after).amount);
      // The revised clause is what the result quotes for art. 4 in Chinese.
      const zh = estimate(scenario, { lang: 'zh-CN', today: TODAY, policies: revised });
      assert.ok(zh.ok && zh.result.items.find((i) => i.rule === 'art4.interest')!.clause.includes('测试用虚构修订'));
      const premium = (r: SubsidyResult) => r.items.find((i) => i.rule === 'art2.premium')!;
      assert.deepEqual(premium(after), premium(before));
    }
  });
}

test("art. 15 takes the version in force on each project's payment date, whatever the scenario's year", () => {
  const investment = (fundedOn: string) => ({ amount: 5000, fundedOn, firstInvestment: true, startup: true });
  const scenario = {
    year: 2025,
    asOf: '2031-01-01',
    eligibility: COMPLIANT,
    fund: { investments: [investment('2026-12-31'), investment(REVISION.from)] },
  };
  const amounts = (r: SubsidyResult) => r.items.filter((i) => i.rule === 'art15.investment').map((i) => i.amount);
  const before = amounts(run(scenario));
  const after = amounts(run(scenario, { policies: revised }));
  assert.equal(after[0], before[0], 'paid the day before the revision: the first version');
  assert.equal(
    after[1],
    Number(REVISION.changes.art15.projectCap.value).toFixed(2),
    'paid on its first day: the revision',
  );
  assert.notEqual(after[1], before[1]);
});

test('a malformed revision is refused when loaded, naming the revision and the figure', () => {
  const broken = structuredClone(REVISION);
  broken.changes.art4.interest.caps[0]!.value = 'thirty';
  assert.throws(
    () => withRevisions(broken),
    (e: unknown) =>
      e instanceof PolicyDataError &&
      /r2027-example/.test(e.message) &&
      /art4\.interest\.caps\[0\]\.value/.test(e.message),
  );
  const typo = { ...REVISION, changes: { art4: { intrest: REVISION.changes.art4.interest } } };
  assert.throws(() => withRevisions(typo), /art4\.intrest: not a field/);
  assert.throws(() => withRevisions({ ...REVISION, from: '2030-01-01' }), /from: a date after/);
});
