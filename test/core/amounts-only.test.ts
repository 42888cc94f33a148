/**
 * estimate(s, { amountsOnly: true }) takes a lean path of its own (no sentences, info items straight from their
 * numbers, figures for sentences skipped in the rules): it must give exactly the full estimate's figures, statuses,
 * items and totals. And the fast reader of valid scenarios must give exactly what the valibot schema gives.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import * as v from 'valibot';
import { estimate } from '../../core/index.ts';
import type { EstimateOutcome, ResultItem } from '../../core/index.ts';
import { readValidScenario, scenarioSchema } from '../../core/scenario-schema.ts';
import { loadExamples } from '../support/examples.ts';
import { scenarioArb, sometimesJunk, spell, valid, type Spelling } from '../support/scenarios.ts';

const RUNS = Number(process.env.FC_RUNS ?? 300);
const SPELLINGS: Spelling[] = ['X', 'X万元', 'X0000元', 'number', 'X万', 'commas元'];

/** Every field of an item but its sentences (explanation, clause, title, calculation, interpretations). */
function figures(it: ResultItem) {
  return {
    article: it.article,
    rule: it.rule,
    status: it.status,
    amount: it.amount,
    conditional: it.conditional,
    capped: it.capped,
    cap: it.cap,
    excludedBy: it.excludedBy,
    missing: it.missing,
    claimableFrom: it.claimableFrom,
    subject: it.subject,
    company: it.company,
  };
}

function sameFigures(s: unknown, lang: 'en' | 'zh-CN', today: string): void {
  const full: EstimateOutcome = estimate(s, { lang, today });
  const bare: EstimateOutcome = estimate(s, { lang, today, amountsOnly: true });
  assert.equal(bare.ok, full.ok, JSON.stringify(s));
  if (!full.ok || !bare.ok) {
    if (!full.ok && !bare.ok) assert.deepEqual(bare.errors, full.errors);
    return;
  }
  const f = full.result;
  const b = bare.result;
  const { items: fi, notes: _fn, ...fRest } = f;
  const { items: bi, notes: bn, ...bRest } = b;
  assert.deepEqual(bRest, fRest, JSON.stringify(s)); // policy, total, conditionalTotal, pendingTotal, year, asOf, assumed…
  assert.deepEqual(bi.map(figures), fi.map(figures), JSON.stringify(s));
  assert.deepEqual(bn, []);
  for (const it of bi) {
    assert.equal(it.explanation, '');
    assert.equal(it.clause, '');
    assert.equal(it.title, '');
    assert.equal(it.calculation, undefined);
    assert.equal(it.interpretations, undefined);
  }
}

test('amountsOnly: the worked examples give the full estimate’s items, statuses and totals, in both languages', () => {
  const examples = loadExamples();
  assert.ok(examples.length >= 5);
  for (const ex of examples)
    for (const lang of ['en', 'zh-CN'] as const)
      for (const today of ['2026-06-30', '2030-01-01']) sameFigures(ex.scenario, lang, today);
});

test('amountsOnly: random scenarios (every kind, every spelling of amounts) give the full estimate’s figures', () => {
  fc.assert(
    fc.property(
      scenarioArb(valid),
      fc.constantFrom(...SPELLINGS),
      fc.constantFrom('en' as const, 'zh-CN' as const),
      (s, how, lang) => sameFigures(spell(s, how), lang, '2026-06-30'),
    ),
    { numRuns: RUNS * 10 },
  );
});

test('amountsOnly: scenarios with wrong fields give the same errors or the same figures', () => {
  fc.assert(
    fc.property(scenarioArb(sometimesJunk), (s) => sameFigures(spell(s, 'X'), 'en', '2026-06-30')),
    { numRuns: RUNS * 2 },
  );
});

test('fast reader: a valid scenario reads exactly as the schema reads it', () => {
  fc.assert(
    fc.property(scenarioArb(valid), fc.constantFrom(...SPELLINGS), (s, how) => {
      const input = spell(s, how);
      const schema = v.safeParse(scenarioSchema, input);
      const fast = readValidScenario(input);
      if (!schema.success) {
        // A CNY fund without a rate is the one refusal the valid generator can make.
        assert.equal(fast, undefined);
        return;
      }
      assert.ok(fast, `the fast reader gave up on a valid scenario: ${JSON.stringify(input)}`);
      assert.deepStrictEqual(fast, schema.output);
    }),
    { numRuns: RUNS * 5 },
  );
});

test('fast reader: gives up on every scenario the schema refuses (the schema then reports the errors)', () => {
  const wild = fc.oneof(
    { arbitrary: scenarioArb(sometimesJunk).map((s) => spell(s, 'X')), weight: 6 },
    { arbitrary: fc.anything(), weight: 1 },
  );
  fc.assert(
    fc.property(wild, (input) => {
      const schema = v.safeParse(scenarioSchema, input);
      const fast = readValidScenario(input);
      if (schema.success) {
        if (fast !== undefined) assert.deepStrictEqual(fast, schema.output);
      } else assert.equal(fast, undefined, JSON.stringify(input));
    }),
    { numRuns: RUNS * 5 },
  );
  // Edges the generator rarely makes.
  for (const input of [
    { year: 2025, fund: { qflpFunds: [{ paidIn: 1, currency: 'CNY' }] } },
    { year: null },
    { asOf: '2025-01-01' },
    { year: 2025, enterprise: [] },
    { year: 2025, enterprise: { certifications: ['nope'] } },
    { year: 2025, fund: { investments: [{ company: 3 }] } },
    { year: '２０２５' },
    { year: 2025, asOf: ' ２０２５－０３－０１ ' },
  ]) {
    const schema = v.safeParse(scenarioSchema, input);
    const fast = readValidScenario(input);
    if (schema.success) assert.deepStrictEqual(fast, schema.output, JSON.stringify(input));
    else assert.equal(fast, undefined, JSON.stringify(input));
  }
});
