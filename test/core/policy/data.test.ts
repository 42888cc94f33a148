/**
 * The policy data is checked when it loads: the shipped data is whole (every figure with a unit, the words of its
 * clause and its article), and a malformed copy is refused with an error that names the figure at fault. The LPR
 * table is checked the same way.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  policyBook,
  lprTable,
  LPR_TABLE,
  PolicyDataError,
  POLICY_BOOK,
  POLICY_YEARS,
  AMOUNT_ARTICLES,
  INFO_ARTICLES,
  ARTICLES,
} from '../../../core/index.ts';
import { MEASURES_2025 } from '../../../core/policy/measures-2025.ts';

type Obj = Record<string, unknown>;

/** Every figure (an object with a `value`) of a compiled version, with its path. */
function figures(x: unknown, path = ''): Array<[string, Obj]> {
  if (Array.isArray(x)) return x.flatMap((e, i) => figures(e, `${path}[${i}]`));
  if (typeof x !== 'object' || x === null) return [];
  if ('value' in x) return [[path, x as Obj]];
  return Object.entries(x).flatMap(([k, v]) => figures(v, path ? `${path}.${k}` : k));
}

test('every figure of the shipped version has a unit, its clause, its article and its exact value', () => {
  const [version] = POLICY_BOOK.versions;
  const found = figures(version);
  assert.ok(found.length > 60, `${found.length} figures`);
  for (const [path, f] of found) {
    assert.ok(['万元', '万美元', 'ratio', 'months', 'years', 'km²'].includes(f.unit as string), `${path}.unit`);
    assert.ok(typeof f.clause === 'string' && f.clause.length > 0, `${path}.clause`);
    assert.equal(String(f.num), String(Number(f.value)), `${path}.num`);
    // 附则2's figures (the zone's area, the look-back) belong to no article: their clause names the provision.
    if (path.startsWith('gate.')) {
      assert.equal(f.article, 0, `${path}.article`);
      assert.match(f.clause as string, /^附则2：/, `${path}.clause`);
      continue;
    }
    assert.equal(f.article, Number(/^art(\d+)/.exec(path)![1]), `${path}.article`);
    assert.equal(String(f.num), String(Number(f.value)), `${path}.num`);
    // The clause quotes the article the figure belongs to, so the figure can be found in the text.
    assert.ok(ARTICLES[f.article as number], `${path}: article ${String(f.article)} exists`);
  }
});

test('the years, the articles with and without an amount come from the data', () => {
  assert.deepEqual(POLICY_YEARS, [2025, 2026, 2027, 2028]);
  assert.deepEqual(
    [...AMOUNT_ARTICLES, ...INFO_ARTICLES].sort((a, b) => a - b),
    Object.keys(ARTICLES).map(Number),
  );
  for (const n of INFO_ARTICLES) assert.ok(ARTICLES[n]!.audiences?.length, `art. ${n} names its audiences`);
  for (const n of AMOUNT_ARTICLES) assert.equal(ARTICLES[n]!.audiences, undefined, `art. ${n} has an amount`);
});

/** A copy of the data with one change made by `mutate`, loaded: the error message it gives. */
function problemOf(mutate: (d: Obj) => void): string {
  const copy = structuredClone(MEASURES_2025) as unknown as Obj;
  mutate(copy);
  try {
    policyBook(copy);
  } catch (e) {
    assert.ok(e instanceof PolicyDataError, String(e));
    assert.match(e.message, /"etown-finance-2025"/);
    return e.message;
  }
  return assert.fail('the malformed data was accepted');
}

const art = (d: Obj, n: number) => d[`art${n}`] as Obj;

test('a malformed figure is refused when loaded, naming it', () => {
  assert.match(
    problemOf((d) => ((art(d, 2).premiumThreshold as Obj).inclusive = 'no')),
    /art2\.premiumThreshold\.inclusive: true or false/,
  );
  assert.match(
    problemOf((d) => delete (art(d, 3).contractThreshold as Obj).inclusive),
    /art3\.contractThreshold\.inclusive/,
  );
  assert.match(
    problemOf((d) => ((art(d, 3).rate as Obj).value = 0.001)),
    /art3\.rate\.value: a decimal number/,
  );
  assert.match(
    problemOf((d) => ((art(d, 14).rate as Obj).value = '2')),
    /art14\.rate\.value: a ratio/,
  );
  assert.match(
    problemOf((d) => ((art(d, 4).firstLoan as Obj).cap = { value: '20', clause: '…' })),
    /art4\.firstLoan\.cap\.unit/,
  );
  assert.match(
    problemOf((d) => (((art(d, 2).rates as Obj[])[0] as Obj).certification = 'little-giant')),
    /art2\.rates\[0\]\.certification/,
  );
  assert.match(
    problemOf((d) => ((art(d, 15).wait as Obj).inclusve = true)),
    /art15\.wait\.inclusve: not a field/,
  );
  assert.match(
    problemOf((d) => ((d.inForce as Obj).to = '2028-02-30')),
    /inForce\.to: a date/,
  );
});

test('what a shape cannot say is checked too: bands in order, lists of the right group, a basic cap', () => {
  assert.match(
    problemOf((d) => ((((art(d, 8).tiers as Obj[])[1] as Obj).from as Obj).value = '5000')),
    /art8\.tiers\[1\]\.from\.value: each band starts above the one before/,
  );
  assert.match(
    problemOf((d) => ((art(d, 3).types as string[])[0] = 'bank')),
    /art3\.types\[0\]: one of/,
  );
  assert.match(
    problemOf((d) => ((art(d, 4).interest as Obj).caps = ((art(d, 4).interest as Obj).caps as Obj[]).slice(1))),
    /art4\.interest\.caps: a cap for every small or micro enterprise/,
  );
  assert.match(
    problemOf((d) => delete (d.articles as Obj)['13']),
    /articles\.13/,
  );
});

test('the LPR table is checked when it loads, naming the entry at fault', () => {
  assert.equal(lprTable(LPR_TABLE).length, LPR_TABLE.length);
  const swapped = [LPR_TABLE[1]!, LPR_TABLE[0]!, ...LPR_TABLE.slice(2)];
  assert.throws(() => lprTable(swapped), /LPR_TABLE\[1\]\.published: after the entry before/);
  const badFigure = LPR_TABLE.map((e, i) => (i === 3 ? { ...e, oneYear: '4.1' } : e));
  assert.throws(() => lprTable(badFigure), /LPR_TABLE\[3\]\.oneYear: percent per year/);
  const badDate = LPR_TABLE.map((e, i) => (i === 2 ? { ...e, published: '2019-11-31' } : e));
  assert.throws(() => lprTable(badDate), /LPR_TABLE\[2\]\.published: a date/);
});
