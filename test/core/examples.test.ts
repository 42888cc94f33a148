/**
 * Every worked example of test/data/examples/ through the public API: the awarded and pending sums per article
 * and the total must match `expected` exactly (strings). The examples are a floor; the rule tables are in ./rules/.
 */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { test } from 'node:test';
import { checkInvariants, run, sumBy } from './rules/helpers.ts';
import { estimateMany } from '../../core/index.ts';

const dir = process.env.EZONE_EXAMPLES_DIR ?? fileURLToPath(new URL('../data/examples/', import.meta.url));

interface Example {
  title: string;
  scenario: unknown;
  expected: { total: string; awarded: Record<string, string>; pending?: Record<string, string> };
}

test('the examples folder exists and holds examples', () => {
  assert.ok(existsSync(dir), `no examples at ${dir} (set EZONE_EXAMPLES_DIR)`);
  assert.ok(readdirSync(dir).filter((f) => f.endsWith('.json')).length >= 10);
});

const files = existsSync(dir)
  ? readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .sort()
  : [];
for (const file of files) {
  const ex = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Example;
  for (const lang of ['en', 'zh-CN'] as const) {
    test(`example ${file} (${lang}): ${ex.title}`, () => {
      const r = run(ex.scenario, lang);
      checkInvariants(r);
      assert.deepEqual(sumBy(r, 'awarded'), ex.expected.awarded, 'awarded per article');
      assert.deepEqual(sumBy(r, 'pending'), ex.expected.pending ?? {}, 'pending per article');
      assert.equal(r.total, ex.expected.total, 'total');
    });
  }
}

test('examples: a batch (estimateMany) gives the results in the same order', () => {
  const exs = files.map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as Example);
  const outs = estimateMany(
    exs.map((e) => e.scenario),
    { lang: 'en', today: '2026-06-30' },
  );
  assert.equal(outs.length, exs.length);
  outs.forEach((o, i) => {
    assert.ok(o.ok);
    if (o.ok) assert.equal(o.result.total, exs[i]!.expected.total, files[i]);
  });
});
