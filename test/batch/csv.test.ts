import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeBytes, parseCsvText, toCsv, unguardCell } from '../../batch/csv.ts';

test('a BOM on input is dropped; quoted cells keep commas, quotes and newlines; empty lines stay as records', () => {
  const text = '\uFEFF客户,贷款利息(万元)\r\n"甲, 有限公司","350,000元"\r\n\r\n"乙 ""新"" 公司\n二部",40\r\n';
  const records = parseCsvText(text);
  assert.deepEqual(records, [
    ['客户', '贷款利息(万元)'],
    ['甲, 有限公司', '350,000元'],
    [''],
    ['乙 "新" 公司\n二部', '40'],
  ]);
});

test('bytes: UTF-8 with BOM, and GB18030 as Excel saves CSV on Chinese Windows', () => {
  const utf8 = new TextEncoder().encode('\uFEFF客户\n');
  assert.equal(decodeBytes(utf8), '客户\n');
  // "客户" in GB18030
  assert.equal(decodeBytes(new Uint8Array([0xbf, 0xcd, 0xbb, 0xa7, 0x0a])), '客户\n');
});

test('written CSV starts with a BOM, reads back to the same cells, and formula-like cells are neutralised', () => {
  const rows = [
    ['客户', '合计'],
    ['甲, "乙"', '1250.00'],
    ['=HYPERLINK("x")', '0.00'],
  ];
  const text = toCsv(rows);
  assert.ok(text.startsWith('\uFEFF'));
  assert.ok(text.includes(`"'=HYPERLINK(""x"")"`));
  const back = parseCsvText(text).map((r) => r.map(unguardCell));
  assert.deepEqual(back, rows);
});

test('csvLine writes exactly what Papa.unparse writes (quotes, formula guard, spaces, BOM, line breaks)', async () => {
  const { default: fc } = await import('fast-check');
  const { default: Papa } = await import('papaparse');
  const { csvLine } = await import('../../batch/csv.ts');
  const papa = (cells: string[]) => Papa.unparse([cells], { newline: '\r\n', escapeFormulae: true }) + '\r\n';
  const piece = fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', '"', ',', ' ', '\uFEFF', "'", 'a', '甲', '1.00');
  const cell = fc.oneof(
    fc.string(),
    fc.array(piece, { maxLength: 6 }).map((a) => a.join('')),
  );
  fc.assert(
    fc.property(fc.array(cell, { minLength: 1, maxLength: 8 }), (cells) => assert.equal(csvLine(cells), papa(cells))),
    { numRuns: 3000 },
  );
  for (const cells of [['=a\nb'], [' x'], ['x '], ['a"b'], ['-1'], ['', ''], ['\uFEFF']])
    assert.equal(csvLine(cells), papa(cells), JSON.stringify(cells));
});
