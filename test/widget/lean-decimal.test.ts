/**
 * The widget's decimal.js (widget/lean-decimal.ts) is the library less the maths the calculator never does: what is
 * left computes as the whole library does, what is cut is absent, and no source of the widget's file calls a cut name.
 */
import assert from 'node:assert/strict';
import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import fc from 'fast-check';
import Full from 'decimal.js';
import { CUT_NAMES, leanDecimalSource } from '../../widget/lean-decimal.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

async function leanDecimal(): Promise<typeof Full> {
  const src = await readFile(path.join(root, 'node_modules/decimal.js/decimal.mjs'), 'utf8');
  const file = path.join(await mkdtemp(path.join(tmpdir(), 'lean-decimal-')), 'decimal.mjs');
  await writeFile(file, leanDecimalSource(src));
  return ((await import(pathToFileURL(file).href)) as { default: typeof Full }).default;
}

test('what is left computes as the whole library does; what is cut is absent', async () => {
  const Lean = await leanDecimal();
  // As core/money.ts configures it.
  const L = Lean.clone({ precision: 40, rounding: Lean.ROUND_HALF_UP });
  const F = Full.clone({ precision: 40, rounding: Full.ROUND_HALF_UP });
  const amount = fc
    .tuple(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), fc.integer({ min: 0, max: 8 }))
    .map(([n, scale]) =>
      scale
        ? `${n / 10n ** BigInt(scale)}.${String(n < 0n ? -n : n)
            .padStart(scale, '0')
            .slice(-scale)}`
        : `${n}`,
    );
  fc.assert(
    fc.property(amount, amount, (a, b) => {
      const [la, lb, fa, fb] = [new L(a), new L(b), new F(a), new F(b)];
      const same = (l: { toString(): string }, f: { toString(): string }) => assert.equal(l.toString(), f.toString());
      same(la.plus(lb), fa.plus(fb));
      same(la.minus(lb), fa.minus(fb));
      same(la.times(lb), fa.times(fb));
      if (!fb.isZero()) {
        same(la.dividedBy(lb), fa.dividedBy(fb));
        same(la.dividedToIntegerBy(lb), fa.dividedToIntegerBy(fb));
      }
      assert.equal(la.comparedTo(lb), fa.comparedTo(fb));
      assert.equal(la.toFixed(2), fa.toFixed(2));
      assert.equal(la.toDecimalPlaces(1, L.ROUND_DOWN).toFixed(), fa.toDecimalPlaces(1, F.ROUND_DOWN).toFixed());
      assert.equal(la.toPrecision(6), fa.toPrecision(6));
      same(L.max(la, lb), F.max(fa, fb));
    }),
    { numRuns: 500 },
  );
  for (const name of CUT_NAMES) {
    assert.equal((new L(2) as unknown as Record<string, unknown>)[name], undefined, `x.${name}`);
    assert.equal((L as unknown as Record<string, unknown>)[name], undefined, `Decimal.${name}`);
  }
  assert.throws(() => new L('12a'), /DecimalError/);
});

test('no source of the widget calls what its decimal.js no longer has', async () => {
  // Every folder whose code reaches the widget's files (the core, the widget, the batch layout); Math's and
  // Number's own functions of the same names (and console.log) are not decimal.js's.
  const call = new RegExp(`(?<!Math|Number|console)\\.(${CUT_NAMES.join('|')})\\(`);
  const found: string[] = [];
  for (const dir of ['core', 'widget', 'batch']) {
    for (const f of await readdir(path.join(root, dir), { recursive: true })) {
      if (!f.endsWith('.ts')) continue;
      const lines = (await readFile(path.join(root, dir, f), 'utf8')).split('\n');
      lines.forEach((line, i) => {
        if (call.test(line) && !/^\s*(\*|\/\/)/.test(line)) found.push(`${dir}/${f}:${i + 1}: ${line.trim()}`);
      });
    }
  }
  assert.deepEqual(found, []);
});
