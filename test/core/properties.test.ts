/**
 * Properties over random scenarios (fast-check): no awarded item above its cap; total = sum of awarded items;
 * 就高不重复 groups award one; a scenario never throws (result or field errors); amounts written "X万元", "X0000元",
 * "X" (or the number X) give identical results; the language never changes a figure.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import Decimal from 'decimal.js';
import { estimate } from '../../core/index.ts';
import type { EstimateOutcome, ResultItem, SubsidyResult } from '../../core/index.ts';
import { sumItems } from './rules/helpers.ts';
import { scenarioArb, sometimesJunk, spell, valid } from '../support/scenarios.ts';

const TODAY = '2026-06-30';
const RUNS = Number(process.env.FC_RUNS ?? 300);

function outcome(s: unknown, lang: 'en' | 'zh-CN' = 'en'): EstimateOutcome {
  return estimate(s, { lang, today: TODAY });
}
function resultOf(s: unknown): SubsidyResult {
  const out = outcome(s);
  if (!out.ok) throw new Error(`a valid scenario was refused: ${JSON.stringify(out.errors)} for ${JSON.stringify(s)}`);
  return out.result;
}

/** Caps per single item from policy-rules.md, independent of the engine's own `cap` field. */
const ITEM_CAP: Record<number, string> = {
  2: '50',
  3: '500',
  4: '50',
  8: '6000',
  9: '400',
  10: '1000',
  11: '500',
  12: '100',
  13: '1000',
  14: '200',
  15: '50',
};
const INFO = new Set([1, 5, 6, 7, 16, 17, 18, 19, 20]);

test("property: no awarded item is above its cap, nor above the policy's cap for its article", () => {
  fc.assert(
    fc.property(scenarioArb(valid), (s) => {
      const r = resultOf(spell(s, 'X'));
      for (const it of r.items) {
        const a = new Decimal(it.amount);
        assert.ok(a.gte(0), `${it.rule}: negative amount ${it.amount}`);
        if (it.status !== 'awarded' && it.status !== 'pending' && it.status !== 'excluded') continue;
        if (it.cap !== undefined) assert.ok(a.lte(it.cap), `${it.rule}: ${it.amount} above its cap ${it.cap}`);
        const policyCap = ITEM_CAP[it.article];
        assert.ok(policyCap !== undefined, `art. ${it.article} has no amount but is ${it.status}`);
        assert.ok(a.lte(policyCap), `${it.rule}: ${it.amount} above the art. ${it.article} cap ${policyCap}`);
      }
    }),
    { numRuns: RUNS },
  );
});

test('property: total is the sum of the awarded items; pendingTotal of the pending ones; conditionalTotal of the awarded conditional ones', () => {
  fc.assert(
    fc.property(scenarioArb(valid), (s) => {
      const r = resultOf(spell(s, 'X'));
      assert.match(r.total, /^\d+\.\d{2}$/);
      assert.equal(r.total, sumItems(r.items.filter((it) => it.status === 'awarded')));
      assert.equal(r.pendingTotal, sumItems(r.items.filter((it) => it.status === 'pending')));
      assert.equal(r.conditionalTotal, sumItems(r.items.filter((it) => it.status === 'awarded' && it.conditional)));
    }),
    { numRuns: RUNS },
  );
});

test('property: each 就高不重复 group awards at most one member; info articles are only info', () => {
  fc.assert(
    fc.property(scenarioArb(valid), (s) => {
      const r = resultOf(spell(s, 'X'));
      const awarded = r.items.filter((it) => it.status === 'awarded');
      const arts = new Set(awarded.map((it) => it.article));
      assert.ok([3, 13, 14].filter((a) => arts.has(a)).length <= 1, `group {3,13,14}: ${[...arts]}`);
      assert.ok([11, 12].filter((a) => arts.has(a)).length <= 1, `group {11,12}: ${[...arts]}`);
      assert.ok(awarded.filter((it) => it.article === 4).length <= 1, 'art. 4 awards one support');
      // outside the period or the gate they may say "ineligible"; they never carry money
      for (const it of r.items)
        if (INFO.has(it.article))
          assert.ok(it.status === 'info' || it.status === 'ineligible', `${it.rule} is ${it.status}`);
      for (const it of r.items.filter((x) => x.status === 'excluded')) {
        assert.ok(
          it.excludedBy && awarded.some((w) => w.rule === it.excludedBy),
          `${it.rule} excluded by ${it.excludedBy}, not awarded`,
        );
      }
    }),
    { numRuns: RUNS },
  );
});

test('property: the excluded member of a group is never higher than the winner', () => {
  fc.assert(
    fc.property(scenarioArb(valid), (s) => {
      const r = resultOf(spell(s, 'X'));
      const articleTotal = (a: number) =>
        sumItems(r.items.filter((it) => it.article === a && (it.status === 'awarded' || it.status === 'excluded')));
      for (const group of [
        [3, 13, 14],
        [11, 12],
      ]) {
        const winner = group.find((a) => r.items.some((it) => it.article === a && it.status === 'awarded'));
        if (winner === undefined) continue;
        for (const a of group)
          assert.ok(new Decimal(articleTotal(a)).lte(articleTotal(winner)), `art. ${a} beats winner art. ${winner}`);
      }
      const a4 = r.items.filter((it) => it.article === 4);
      const w = a4.find((it) => it.status === 'awarded');
      if (w) for (const it of a4) if (it.status === 'excluded') assert.ok(new Decimal(it.amount).lte(w.amount));
    }),
    { numRuns: RUNS },
  );
});

/** What a message must never show of its own making: a value lost or computed from nothing. */
const JUNK = /undefined|NaN|\[object Object\]/;
const JUNK_WORDS = new RegExp(JUNK.source, 'g');

/** Every string an input holds, keys and values: a message may quote what the user wrote. */
function stringsIn(x: unknown, out: string[] = [], depth = 0): string[] {
  if (typeof x === 'string') out.push(x);
  else if (x !== null && typeof x === 'object' && depth < 32)
    for (const [k, v] of Object.entries(x)) {
      out.push(k);
      stringsIn(v, out, depth + 1);
    }
  return out;
}

/**
 * A message without the junk words the user wrote: an error quoting a field the user wrote as {"": " NaN "}
 * (fast-check writes such strings on purpose) shows "NaN" because the user did, and that is no fault. Junk the user
 * did not write stays in and fails the test.
 */
function withoutQuoted(message: string, input: unknown): string {
  const written = new Set(stringsIn(input).flatMap((str) => str.match(JUNK_WORDS) ?? []));
  return message.replace(JUNK_WORDS, (word) => (written.has(word) ? '' : word));
}

test('property: a scenario never throws, valid or not: a result or field errors with paths', () => {
  const wild = fc.oneof(
    { arbitrary: scenarioArb(sometimesJunk).map((s) => spell(s, 'X')), weight: 6 },
    { arbitrary: fc.anything(), weight: 1 },
    { arbitrary: fc.object(), weight: 1 },
  );
  fc.assert(
    fc.property(wild, (s) => {
      let out: EstimateOutcome;
      try {
        out = outcome(s);
      } catch (e) {
        assert.fail(`estimate threw ${String(e)} for ${JSON.stringify(s)}`);
      }
      if (out.ok) {
        assert.equal(out.result.total, sumItems(out.result.items.filter((it) => it.status === 'awarded')));
        for (const it of out.result.items) assert.match(it.amount, /^\d+\.\d{2}$/);
      } else {
        assert.ok(out.errors.length > 0, 'a refusal names at least one field');
        for (const e of out.errors) {
          assert.equal(typeof e.path, 'string');
          assert.ok(typeof e.message === 'string' && e.message.length > 0);
          assert.doesNotMatch(withoutQuoted(e.message, s), JUNK, e.message);
        }
      }
    }),
    { numRuns: RUNS * 2 },
  );
});

function fingerprint(r: SubsidyResult) {
  const pick = (it: ResultItem) => ({
    article: it.article,
    rule: it.rule,
    status: it.status,
    amount: it.amount,
    capped: it.capped,
    conditional: it.conditional,
    excludedBy: it.excludedBy,
    claimableFrom: it.claimableFrom,
    subject: it.subject,
  });
  return { total: r.total, pendingTotal: r.pendingTotal, items: r.items.map(pick) };
}

test('property: amounts written "X万元", "X0000元", "X", "X万", "X,XXX元" or the number X give identical results', () => {
  fc.assert(
    fc.property(scenarioArb(valid), (s) => {
      const ref = fingerprint(resultOf(spell(s, 'X')));
      for (const how of ['X万元', 'X0000元', 'number', 'X万', 'commas元'] as const) {
        assert.deepEqual(fingerprint(resultOf(spell(s, how))), ref, `spelled ${how}`);
      }
    }),
    { numRuns: RUNS },
  );
});

test('property: the language changes words, never a figure or a status', () => {
  fc.assert(
    fc.property(scenarioArb(valid), (s) => {
      const x = spell(s, 'X');
      const en = outcome(x, 'en');
      const zh = outcome(x, 'zh-CN');
      assert.ok(en.ok && zh.ok);
      if (en.ok && zh.ok) assert.deepEqual(fingerprint(zh.result), fingerprint(en.result));
    }),
    { numRuns: RUNS },
  );
});

test('property: the gate: failing any eligibility fact awards nothing', () => {
  const bad = fc.constantFrom(
    { inZone: false },
    { majorPenaltyInLast3Years: true },
    { criminalRecord: true },
    { seriousDishonestyList: true },
  );
  fc.assert(
    fc.property(scenarioArb(valid), bad, (s, fact) => {
      const x = spell(s, 'X') as Record<string, unknown>;
      const r = resultOf({ ...x, eligibility: { ...(x.eligibility as object | undefined), ...fact } });
      assert.equal(r.total, '0.00');
      assert.ok(r.items.every((it) => it.status === 'ineligible' || it.status === 'info'));
    }),
    { numRuns: RUNS },
  );
});
