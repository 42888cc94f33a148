/**
 * The Results rows written as XML by the CLI's worker threads (batch/sheet-xml.ts, ResultsBook parts) give the very
 * workbook the library writes from the rows themselves: every part of the zip byte for byte, for rows with errors,
 * text that needs escaping, leading spaces, line breaks and control characters.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as zlib from 'node:zlib';
import { CFB } from '@e965/xlsx';
import { BatchProcessor } from '../../batch/processor.ts';
import { RESULTS_MONEY, ResultsBook } from '../../batch/results-workbook.ts';
import { rowXml } from '../../batch/sheet-xml.ts';
import { scenarioToPathRow } from '../../batch/scenario-row.ts';
import { csvFromPathRows } from '../../batch/templates.ts';
import { parseCsvText } from '../../batch/csv.ts';
import { useZlib, writeWorkbook } from '../../batch/xlsx.ts';
import type { BatchRow } from '../../batch/summary.ts';
import { loadExamples } from './examples.ts';

useZlib(zlib);

function computed(lang: 'zh-CN' | 'en'): BatchRow[] {
  const examples = loadExamples();
  const names = [
    '=HYPERLINK("x")',
    ' leading space',
    'trailing ',
    'two\nlines',
    'tab\there',
    'bell\u0007',
    '<b>&amp;\'"',
    '客户甲',
    '😀 emoji',
  ];
  const rows = [];
  for (let i = 0; i < 700; i++) {
    const row = scenarioToPathRow(examples[i % examples.length]!.scenario, names[i % names.length]! + i, lang);
    if (i % 11 === 5) row['enterprise.loanInterestPaid'] = 'abc';
    rows.push(row);
  }
  const records = parseCsvText(csvFromPathRows(lang, rows));
  const p = new BatchProcessor({ lang, today: '2026-06-30' });
  const out: BatchRow[] = [];
  records.forEach((r, i) => {
    const row = p.push(r, i + 1);
    if (row) out.push(row);
  });
  return out;
}

function entries(bytes: Uint8Array): Map<string, string> {
  const zip = CFB.read(bytes, { type: 'array' });
  return new Map(
    zip.FullPaths.map((p: string, i: number) => [
      p,
      Buffer.from((zip.FileIndex[i]!.content ?? []) as Uint8Array).toString('utf8'),
    ]),
  );
}

for (const lang of ['zh-CN', 'en'] as const) {
  test(`Results rows written as XML in parts give the library's workbook byte for byte (${lang})`, () => {
    const rows = computed(lang);
    const whole = new ResultsBook(lang);
    for (const r of rows) whole.add(r);
    const parted = new ResultsBook(lang);
    // Uneven parts, as slices of the CLI's pool come.
    for (let i = 0, k = 1; i < rows.length; i += 37 * k, k++) {
      parted.addPart(
        ResultsBook.part(rows.slice(i, i + 37 * k), lang, i, (cells, n) => rowXml(cells, n, RESULTS_MONEY)),
      );
    }
    assert.ok(parted.resultsXml());
    const a = entries(writeWorkbook(whole.sheets()));
    const b = entries(writeWorkbook(parted.sheets()));
    assert.deepEqual([...b.keys()], [...a.keys()]);
    for (const [path, text] of a) {
      const other = b.get(path) ?? '';
      let i = 0;
      while (i < text.length && text[i] === other[i]) i++;
      // The first difference, in a few characters each side (the sheets are long).
      assert.equal(other.slice(Math.max(0, i - 80), i + 80), text.slice(Math.max(0, i - 80), i + 80), path);
      assert.equal(other.length, text.length, path);
    }
    assert.match(
      a.get('Root Entry/xl/worksheets/sheet1.xml') ?? [...a.entries()].find(([k]) => k.endsWith('sheet1.xml'))![1],
      /_x0007_/,
    );
  });
}
