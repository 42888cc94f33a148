import { test } from 'node:test';
import assert from 'node:assert/strict';
import { csvFromPathRows } from '../../batch/templates.ts';
import { scenarioToPathRow } from '../../batch/scenario-row.ts';
import { parseCsvText, unguardCell } from '../../batch/csv.ts';
import { BatchProcessor } from '../../batch/processor.ts';
import {
  AMOUNT_ARTICLES,
  EXPORT_KEYS,
  exportCells,
  exportHeaders,
  exportKeyOf,
  type BatchRow,
} from '../../batch/summary.ts';
import { toCsv } from '../../batch/csv.ts';
import { loadExamples } from './examples.ts';

const examples = loadExamples();
const TODAY = '2026-11-26';

function run(text: string, lang: 'zh-CN' | 'en'): BatchRow[] {
  const p = new BatchProcessor({ lang, today: TODAY });
  const rows: BatchRow[] = [];
  parseCsvText(text).forEach((rec, i) => {
    const r = p.push(rec, i + 1);
    if (r) rows.push(r);
  });
  p.finish();
  return rows;
}

test('the examples are there to test against', () => {
  assert.ok(examples.length >= 10);
});

for (const lang of ['zh-CN', 'en'] as const) {
  test(`the ${lang} template filled with every worked example gives each its expected total and article amounts`, () => {
    const text = csvFromPathRows(
      lang,
      examples.map((e) => scenarioToPathRow(e.scenario, e.name, lang)),
    );
    const rows = run(text, lang);
    assert.equal(rows.length, examples.length);
    examples.forEach((ex, i) => {
      const row = rows[i]!;
      assert.equal(row.client, ex.name);
      assert.equal(row.row, i + 2, 'row 1 is the header');
      assert.equal(row.status, 'ok', `${ex.name}: ${row.errors.map((e) => e.message).join('; ')}`);
      assert.equal(row.total, ex.expected.total, ex.name);
      for (const a of AMOUNT_ARTICLES)
        assert.equal(row.articles[a], ex.expected.awarded[String(a)] ?? '0.00', `${ex.name} art. ${a}`);
    });
  });
}

test('the export reads back through the same reader with the same numbers, in either language', () => {
  for (const lang of ['zh-CN', 'en'] as const) {
    const rows = run(
      csvFromPathRows(
        lang,
        examples.map((e) => scenarioToPathRow(e.scenario, `=${e.name}, "x"`, lang)),
      ),
      lang,
    );
    const exported = toCsv([exportHeaders(lang), ...rows.map((r) => exportCells(r, lang))]);
    const [head, ...back] = parseCsvText(exported).map((r) => r.map(unguardCell));
    const keys = head!.map(exportKeyOf);
    assert.deepEqual(keys, [...EXPORT_KEYS]);
    back.forEach((cells, i) => {
      const get = (k: string) => cells[keys.indexOf(k as (typeof EXPORT_KEYS)[number])];
      assert.equal(get('client'), `=${examples[i]!.name}, "x"`);
      assert.equal(get('total'), examples[i]!.expected.total);
      assert.equal(get('total'), rows[i]!.total);
      for (const a of AMOUNT_ARTICLES) assert.equal(get(`art${a}`), rows[i]!.articles[a]);
      assert.equal(get('row'), String(rows[i]!.row));
    });
  }
});

test('the article columns of a computed row add up to its total', async () => {
  const { default: Decimal } = await import('decimal.js');
  const rows = run(
    csvFromPathRows(
      'zh-CN',
      examples.map((e) => scenarioToPathRow(e.scenario, e.name, 'zh-CN')),
    ),
    'zh-CN',
  );
  for (const r of rows) {
    const sum = AMOUNT_ARTICLES.reduce((s, a) => s.plus(r.articles[a]!), new Decimal(0));
    assert.equal(sum.toFixed(2), r.total, r.client);
  }
});

test('the shipped template files are the generated ones, and their two example rows compute', async () => {
  const { readFileSync } = await import('node:fs');
  const { templateCsv } = await import('../../batch/templates.ts');
  for (const [lang, file] of [
    ['zh-CN', 'clients.zh-CN.csv'],
    ['en', 'clients.en.csv'],
  ] as const) {
    const text = readFileSync(new URL(`../../batch/templates/${file}`, import.meta.url), 'utf8');
    assert.equal(text, templateCsv(lang), file);
    const rows = run(text, lang);
    assert.equal(rows.length, 2);
    assert.deepEqual(
      rows.map((r) => [r.status, r.total]),
      [
        ['ok', '62.00'],
        ['ok', '2600.00'],
      ],
    );
  }
});

test('a file with bad rows: good rows compute, bad rows name their row and column', () => {
  const text = [
    '客户,年度,小微企业(是/否),贷款利息(万元),投资1金额(万元),投资2企业,投资2金额(万元),投资2划款日期',
    '好客户,2025,是,40,,,,',
    '',
    '坏利息,2025,是,-5,,,,',
    '坏是否,2025,也许,40,,,,',
    '"逗号, 公司",2025,是,"350,000元",,,,',
    '坏投资,2025,,,,B,abc,2025-02-30',
  ].join('\r\n');
  const rows = run('\uFEFF' + text, 'zh-CN');
  assert.deepEqual(
    rows.map((r) => [r.row, r.client, r.status]),
    [
      [2, '好客户', 'ok'],
      [4, '坏利息', 'error'],
      [5, '坏是否', 'error'],
      [6, '逗号, 公司', 'ok'],
      [7, '坏投资', 'error'],
    ],
  );
  assert.equal(rows[0]!.total, '20.00');
  assert.equal(rows[3]!.total, '17.50', '"350,000元" is 35万元, 50% = 17.50');
  assert.deepEqual(
    rows[1]!.errors.map((e) => [e.path, e.column]),
    [['enterprise.loanInterestPaid', '贷款利息(万元)']],
  );
  assert.deepEqual(
    rows[2]!.errors.map((e) => [e.path, e.column]),
    [['enterprise.smallOrMicro', '小微企业(是/否)']],
  );
  // Investment 1 is empty: the core sees B at index 0, the user wrote it in group 2.
  const bad = rows[4]!.errors.map((e) => [e.path, e.column]);
  assert.deepEqual(bad.sort(), [
    ['fund.investments[1].amount', '投资2金额(万元)'],
    ['fund.investments[1].fundedOn', '投资2划款日期'],
  ]);
  assert.ok(
    rows[4]!.errors.every((e) => e.message.startsWith('fund.investments[1].')),
    rows[4]!.errors[0]!.message,
  );
});
