/**
 * Excel client lists through the command line (issue 14): the templates filled with every worked example as .xlsx
 * give the examples' totals; the written workbook read back gives the same numbers; each kind of bad file gets its
 * own message (exit 2), without a crash or a hang.
 */
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { randomBytes } from 'node:crypto';
import { CFB, read, type CellObject } from '@e965/xlsx';
import { runBatch } from '../../cli/batch.ts';
import { sheetFromPathRows, templateSheet } from '../../batch/templates.ts';
import { scenarioToPathRow } from '../../batch/scenario-row.ts';
import { AMOUNT_ARTICLES, EXPORT_KEYS, exportHeaders } from '../../batch/summary.ts';
import { readSheetRecords, writeWorkbook, type SheetModel } from '../../batch/xlsx.ts';
import { xlsxT as batchT } from '../../batch/xlsx-words.ts';
import { loadExamples } from '../batch/examples.ts';

const dir = mkdtempSync(join(tmpdir(), 'ezone-batch-xlsx-'));
const examples = loadExamples();
after(() => rmSync(dir, { recursive: true, force: true }));

function sink() {
  const s = new PassThrough();
  let text = '';
  s.on('data', (c) => (text += c));
  return {
    stream: s,
    get text() {
      return text;
    },
  };
}

async function cli(args: string[]) {
  const out = sink();
  const err = sink();
  const code = await runBatch(args, { stdout: out.stream, stderr: err.stream });
  return { code, stdout: out.text, stderr: err.text };
}

function file(name: string, bytes: Uint8Array | string): string {
  const p = join(dir, name);
  writeFileSync(p, bytes);
  return p;
}

const examplesSheet = (lang: 'zh-CN' | 'en') =>
  sheetFromPathRows(
    lang,
    examples.map((e) => scenarioToPathRow(e.scenario, e.name, lang)),
  );

/** A sheet of the written workbook as cell objects, with the workbook's own view of it. */
function sheetOf(path: string, name: string) {
  const wb = read(readFileSync(path), { type: 'buffer', dense: true, cellNF: true });
  const ws = wb.Sheets[name];
  assert.ok(ws, `sheet ${name} in ${wb.SheetNames.join(', ')}`);
  return { wb, ws, data: (ws['!data'] ?? []) as CellObject[][] };
}

function zipText(path: string, entry: string): string {
  const zip = CFB.read(readFileSync(path), { type: 'buffer' });
  const e = CFB.find(zip, `/${entry}`);
  assert.ok(e?.content, `${entry} in the workbook`);
  return new TextDecoder().decode(e.content as Uint8Array);
}

for (const lang of ['zh-CN', 'en'] as const) {
  test(`batch xlsx: the ${lang} template filled with the worked examples gives each expected total, as a workbook read back`, async () => {
    const input = file(`examples.${lang}.xlsx`, writeWorkbook([examplesSheet(lang)]));
    const output = join(dir, `examples.${lang}.out.xlsx`);
    const r = await cli(['batch', input, '--out', output, '--today', '2026-11-26', '--lang', lang]);
    assert.equal(r.code, 0, r.stderr);
    const t = batchT(lang);
    const { wb, data } = sheetOf(output, t('workbook.results'));
    assert.deepEqual(wb.SheetNames, [t('workbook.results'), t('workbook.errors'), t('workbook.summary')]);
    assert.deepEqual(
      data[0]!.map((c) => c.v),
      exportHeaders(lang),
    );
    const col = (k: (typeof EXPORT_KEYS)[number]) => EXPORT_KEYS.indexOf(k);
    assert.equal(data.length - 1, examples.length);
    let sum = 0;
    examples.forEach((ex, i) => {
      const row = data[i + 1]!;
      assert.equal(row[col('client')]!.v, ex.name);
      const total = row[col('total')]!;
      // A number, shown with 2 decimals: Excel can add and filter it.
      assert.equal(total.t, 'n', `${ex.name} total is a number`);
      assert.equal(total.z, '0.00');
      assert.equal((total.v as number).toFixed(2), ex.expected.total, ex.name);
      sum += Number(ex.expected.total);
      for (const a of AMOUNT_ARTICLES) {
        const cell = row[col(`art${a}` as 'total')]!;
        assert.equal((cell.v as number).toFixed(2), ex.expected.awarded[String(a)] ?? '0.00', `${ex.name} art. ${a}`);
      }
    });
    // Frozen header and a filter on the Results sheet.
    const xml = zipText(output, 'xl/worksheets/sheet1.xml');
    assert.match(xml, /<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"\/>/);
    assert.match(xml, /<autoFilter ref="A1:[A-Z]+11"\/>/);
    // Summary: the grand total is the sum of the clients' totals.
    const summary = sheetOf(output, t('workbook.summary')).data;
    const all = summary.find((r) => r?.[0]?.v === t('workbook.allArticles'))!;
    assert.equal((all[1]!.v as number).toFixed(2), sum.toFixed(2));
    const top = summary.findIndex((r) => r?.[0]?.v === t('workbook.rank'));
    assert.ok(top > 0, 'a top-clients table');
    const best = examples.map((e) => Number(e.expected.total)).sort((a, b) => b - a)[0]!;
    assert.equal((summary[top + 1]![3]!.v as number).toFixed(2), best.toFixed(2));
  });
}

test('batch xlsx: the shipped template workbooks are the templates (headers and example rows) and compute', async () => {
  for (const lang of ['zh-CN', 'en'] as const) {
    const shipped = readSheetRecords(
      new Uint8Array(readFileSync(new URL(`../../batch/templates/clients.${lang}.xlsx`, import.meta.url))),
    );
    const made = readSheetRecords(writeWorkbook([templateSheet(lang)]));
    assert.deepEqual(shipped.records, made.records, lang);
    const r = await cli([
      'batch',
      new URL(`../../batch/templates/clients.${lang}.xlsx`, import.meta.url).pathname,
      '--today',
      '2026-11-26',
    ]);
    assert.equal(r.code, 0, r.stderr);
  }
});

test('batch xlsx: numbers and dates as Excel stores them, formulas by their cached value, rows named as in Excel', async () => {
  const sheet: SheetModel = {
    name: 'Clients',
    rows: [
      ['2025年客户清单（内部）'],
      [],
      ['客户', '年度', '贷款利息(万元)', '小微企业(是/否)', '投资1划款日期'],
      ['甲', 2025, 35.5, '是'],
      [],
      ['乙', 2025, '=1+1', '是'],
    ],
  };
  const bytes = writeWorkbook([sheet]);
  const recs = readSheetRecords(bytes);
  assert.deepEqual(recs.rowNumbers, [1, 3, 4, 6]);
  assert.equal(recs.records[2]![2], '35.5');
  const input = file('title-row.xlsx', bytes);
  const r = await cli(['batch', input, '--today', '2026-11-26']);
  assert.equal(r.code, 1, r.stderr);
  // The title row is skipped and said so; a text "=1+1" is a value, never run, and its error names row and column.
  assert.match(r.stderr, /第1行已跳过：2025年客户清单（内部）/);
  assert.match(r.stderr, /第6行（乙）\[贷款利息\(万元\)\]/);
  assert.match(r.stdout, /\r\n4,甲,已测算,17\.75,/, 'art. 4: half of 35.5');

  // A formula cell with its cached value, and a date cell (serial number with a date format).
  const wb = read(bytes, { type: 'array' });
  const ws = wb.Sheets.Clients!;
  ws['C4'] = { t: 'n', v: 40, f: 'SUM(20,20)' };
  ws['E4'] = { t: 'n', v: 45658, z: 'yyyy-mm-dd' };
  const { write } = await import('@e965/xlsx');
  const withFormula = new Uint8Array(write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
  const back = readSheetRecords(withFormula);
  assert.equal(back.records[2]![2], '40');
  assert.equal(back.records[2]![4], '2025-01-01');
});

test('batch xlsx: --sheet picks a sheet by name; an unknown name lists the sheets', async () => {
  const other: SheetModel = { name: 'Notes', rows: [['nothing here']] };
  const input = file('two-sheets.xlsx', writeWorkbook([other, examplesSheet('zh-CN')]));
  const ok = await cli(['batch', input, '--sheet', '客户清单', '--today', '2026-11-26']);
  assert.equal(ok.code, 0, ok.stderr);
  assert.equal(ok.stdout.trim().split('\r\n').length, examples.length + 1);
  assert.match(ok.stderr, /已读取工作表“客户清单”；工作簿共有 2 个工作表/);
  const bad = await cli(['batch', input, '--sheet', 'Clients 2025', '--lang', 'en']);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /no sheet named "Clients 2025"\. Its sheets: Notes, 客户清单\./);
  assert.equal(bad.stdout, '');
});

test('batch xlsx: a header merged across columns is refused, naming the cells; merged down from a title it is read', async () => {
  const across = read(writeWorkbook([examplesSheet('en')]), { type: 'array' });
  across.Sheets.Clients!['!merges'] = [{ s: { r: 0, c: 2 }, e: { r: 0, c: 3 } }];
  const { write } = await import('@e965/xlsx');
  const r = await cli([
    'batch',
    file('merged.xlsx', new Uint8Array(write(across, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer)),
    '--lang',
    'en',
  ]);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /The header \(row 1\) has merged cells \(C1:D1\)/);

  const down: SheetModel = {
    name: 'S',
    rows: [
      ['Client', 'Year 2025 list'],
      ['', 'Year'],
      ['A', 2025],
    ],
  };
  const wb = read(writeWorkbook([down]), { type: 'array' });
  wb.Sheets.S!['!merges'] = [{ s: { r: 0, c: 0 }, e: { r: 1, c: 0 } }];
  const ok = await cli([
    'batch',
    file('merged-down.xlsx', new Uint8Array(write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer)),
    '--lang',
    'en',
    '--today',
    '2026-11-26',
  ]);
  assert.equal(ok.code, 0, ok.stderr);
  assert.match(ok.stdout, /\r\n3,A,Computed,/);
});

test('batch xlsx: a client named "=HYPERLINK(…)" is written as text, never as a formula', async () => {
  const sheet: SheetModel = {
    name: 'S',
    rows: [
      ['客户', '年度', '贷款利息(万元)'],
      ['=HYPERLINK("http://x","y")', 2025, 35],
    ],
  };
  const output = join(dir, 'formula.out.xlsx');
  const r = await cli([
    'batch',
    file('formula.xlsx', writeWorkbook([sheet])),
    '--out',
    output,
    '--today',
    '2026-11-26',
  ]);
  assert.equal(r.code, 0, r.stderr);
  const xml = zipText(output, 'xl/worksheets/sheet1.xml');
  assert.ok(!/<f>/.test(xml), 'no formula in the results');
  const { data } = sheetOf(output, '测算结果');
  assert.equal(data[1]![1]!.v, '=HYPERLINK("http://x","y")');
  assert.equal(data[1]![1]!.t, 's');
});

/** A password-protected .xlsx as Excel saves it: an OLE container with EncryptionInfo and EncryptedPackage. */
function encryptedWorkbook(): Uint8Array {
  const cfb = CFB.utils.cfb_new();
  CFB.utils.cfb_add(cfb, '/EncryptionInfo', new Uint8Array([4, 0, 4, 0, 0x40, 0, 0, 0, ...randomBytes(200)]));
  CFB.utils.cfb_add(cfb, '/EncryptedPackage', randomBytes(4096));
  return new Uint8Array(CFB.write(cfb, { type: 'array' }) as ArrayLike<number>);
}

/** The examples' workbook with its sheet XML changed, zipped again. */
function withSheetXml(change: (xml: string) => string, extra?: { name: string; bytes: Uint8Array }): Uint8Array {
  const zip = CFB.read(writeWorkbook([examplesSheet('en')]), { type: 'array' });
  const entry = CFB.find(zip, '/xl/worksheets/sheet1.xml')!;
  entry.content = new TextEncoder().encode(change(new TextDecoder().decode(entry.content as Uint8Array))) as never;
  if (extra) CFB.utils.cfb_add(zip, `/${extra.name}`, extra.bytes);
  return new Uint8Array(CFB.write(zip, { fileType: 'zip', type: 'array', compression: true }) as ArrayLike<number>);
}

const bad: Array<{ name: string; bytes: () => Uint8Array; message: RegExp }> = [
  { name: 'password-protected', bytes: encryptedWorkbook, message: /password-protected/ },
  {
    name: 'corrupt (cut in half)',
    bytes: () => writeWorkbook([examplesSheet('en')]).slice(0, 3000),
    message: /damaged/,
  },
  {
    name: 'a CSV renamed .xlsx',
    bytes: () => new TextEncoder().encode('Client,Year\nA,2025\n'),
    message: /not an Excel workbook/,
  },
  {
    name: 'a zip that is no workbook',
    bytes: () =>
      new Uint8Array(
        CFB.write(Object.assign(CFB.utils.cfb_new(), {}), { fileType: 'zip', type: 'array' }) as ArrayLike<number>,
      ),
    message: /not an Excel workbook/,
  },
  {
    name: 'a sheet unpacking to more than the limit (a zip bomb)',
    bytes: () => withSheetXml((x) => x.replace('</sheetData>', `</sheetData><!--${' '.repeat(310 * 1024 * 1024)}-->`)),
    message: /too large to read here \(\d+ MB unpacked; the limit is 300 MB\)/,
  },
];

for (const b of bad) {
  test(`batch xlsx: ${b.name} gets a clear message and exit 2, nothing written`, async () => {
    const input = file(`bad-${b.name.replace(/\W+/g, '-')}.xlsx`, b.bytes());
    const output = join(dir, 'bad.out.xlsx');
    rmSync(output, { force: true });
    const r = await cli(['batch', input, '--out', output, '--lang', 'en']);
    assert.equal(r.code, 2, r.stderr);
    assert.match(r.stderr, b.message);
    assert.equal(r.stdout, '');
    assert.ok(!existsSync(output), 'no results file');
  });
}

test('batch xlsx: a sheet with rows down to 1,048,576 (empty) reads as its data, quickly', async () => {
  const rows: string[] = [];
  for (let r = 12; r <= 1_048_576; r++) rows.push(`<row r="${r}"/>`);
  const bytes = withSheetXml((x) =>
    x
      .replace('</sheetData>', `${rows.join('')}</sheetData>`)
      .replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:BD1048576"/>'),
  );
  const r = await cli(['batch', file('million-rows.xlsx', bytes), '--today', '2026-11-26', '--lang', 'en']);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stdout.trim().split('\r\n').length, examples.length + 1);
});

test('batch xlsx: a 50 MB workbook (a large picture beside the sheet) is read for its sheet', async () => {
  const bytes = withSheetXml((x) => x, { name: 'xl/media/image1.png', bytes: randomBytes(50 * 1024 * 1024) });
  assert.ok(bytes.length > 50 * 1024 * 1024);
  const r = await cli(['batch', file('fifty-mb.xlsx', bytes), '--today', '2026-11-26', '--lang', 'en']);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stdout.trim().split('\r\n').length, examples.length + 1);
});
