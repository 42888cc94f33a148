import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { runBatch } from '../../cli/batch.ts';
import { csvFromPathRows, templateCsv } from '../../batch/templates.ts';
import { scenarioToPathRow } from '../../batch/scenario-row.ts';
import { parseCsvText } from '../../batch/csv.ts';
import { AMOUNT_ARTICLES, EXPORT_KEYS, exportKeyOf } from '../../batch/summary.ts';
import { loadExamples } from '../batch/examples.ts';

const dir = mkdtempSync(join(tmpdir(), 'ezone-batch-cli-'));
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

async function cli(args: string[], extra: { poolBytes?: number; progressMs?: number } = {}) {
  const out = sink();
  const err = sink();
  const code = await runBatch(args, { stdout: out.stream, stderr: err.stream, ...extra });
  return { code, stdout: out.text, stderr: err.text };
}

function readResults(path: string) {
  const text = readFileSync(path, 'utf8');
  assert.ok(text.startsWith('\uFEFF'), 'the export starts with a UTF-8 BOM');
  const [head, ...rows] = parseCsvText(text);
  const keys = head!.map(exportKeyOf);
  return rows.map(
    (cells) => Object.fromEntries(keys.map((k, i) => [k, cells[i]])) as Record<(typeof EXPORT_KEYS)[number], string>,
  );
}

for (const lang of ['zh-CN', 'en'] as const) {
  test(`batch: the ${lang} template filled with the worked examples exits 0 and writes each expected total`, async () => {
    const input = join(dir, `examples.${lang}.csv`);
    const output = join(dir, `examples.${lang}.out.csv`);
    writeFileSync(
      input,
      csvFromPathRows(
        lang,
        examples.map((e) => scenarioToPathRow(e.scenario, e.name, lang)),
      ),
    );
    const args = ['batch', input, '--out', output, '--today', '2026-11-26'];
    if (lang === 'en') args.push('--lang', 'en');
    const r = await cli(args);
    assert.equal(r.code, 0, r.stderr);
    const rows = readResults(output);
    assert.equal(rows.length, examples.length);
    examples.forEach((ex, i) => {
      assert.equal(rows[i]!.client, ex.name);
      assert.equal(rows[i]!.total, ex.expected.total, ex.name);
      for (const a of AMOUNT_ARTICLES) {
        assert.equal(rows[i]![`art${a}` as 'total'], ex.expected.awarded[String(a)] ?? '0.00', `${ex.name} art. ${a}`);
      }
    });
    assert.match(r.stderr, lang === 'en' ? /10 rows: 10 computed, 0 with errors/ : /共 10 行：10 行已测算，0 行有错误/);
  });
}

test('batch: bad rows give exit 1, the good rows are still written, each error names row and column on stderr', async () => {
  const input = join(dir, 'bad.csv');
  const output = join(dir, 'bad.out.csv');
  writeFileSync(
    input,
    [
      '\uFEFF客户,年度,小微企业(是/否),贷款利息（万元）,当年增资(万元;分隔),机构类型',
      '甲公司,2025,是,40,,',
      '',
      '乙公司,2025,是,abc,,',
      '"丙, 有限公司",2025,是,"350,000元",,',
      '丁银行,2025,,,"20000;-1",银行',
      ',,,,,',
      '戊公司,2025,也许,40,,',
    ].join('\n'),
  );
  const r = await cli([input, '--out', output]);
  assert.equal(r.code, 1);
  const rows = readResults(output);
  assert.deepEqual(
    rows.map((x) => [x.row, x.client, x.total]),
    [
      ['2', '甲公司', '20.00'],
      ['4', '乙公司', ''],
      ['5', '丙, 有限公司', '17.50'],
      ['6', '丁银行', ''],
      ['8', '戊公司', ''],
    ],
  );
  assert.match(r.stderr, /第4行（乙公司）\[贷款利息（万元）\]：enterprise\.loanInterestPaid/);
  assert.match(r.stderr, /第6行（丁银行）\[当年增资\(万元;分隔\)\]：institution\.capitalIncreases\[1\]/);
  assert.match(r.stderr, /第8行（戊公司）\[小微企业\(是\/否\)\]：enterprise\.smallOrMicro/);
  assert.ok(!/第2行|第5行/.test(r.stderr), 'good rows are not listed as errors');
  assert.match(rows[1]!.errors ?? '', /enterprise\.loanInterestPaid/);
});

test('batch: a file that cannot be read exits 2 with a reason', async () => {
  assert.equal((await cli([join(dir, 'missing.csv'), '--out', join(dir, 'x.csv')])).code, 2);
  mkdirSync(join(dir, 'a-directory.csv'), { recursive: true });
  assert.equal((await cli([join(dir, 'a-directory.csv')])).code, 2);
  writeFileSync(join(dir, 'empty.csv'), '\n\n');
  const empty = await cli([join(dir, 'empty.csv'), '--lang', 'en']);
  assert.equal(empty.code, 2);
  assert.match(empty.stderr, /no header row/);
  writeFileSync(join(dir, 'foreign.csv'), 'name,amount\nA,1\n');
  const foreign = await cli([join(dir, 'foreign.csv'), '--lang', 'en']);
  assert.equal(foreign.code, 2, 'a "name" column alone is no scenario');
  assert.match(foreign.stderr, /No column of the header is known/);
  writeFileSync(join(dir, 'dup.csv'), '客户,贷款利息(万元),enterprise.loanInterestPaid\nA,1,2\n');
  const dup = await cli([join(dir, 'dup.csv')]);
  assert.equal(dup.code, 2);
  assert.match(dup.stderr, /enterprise\.loanInterestPaid/);
  assert.equal((await cli([])).code, 2, 'no file: usage');
  assert.equal((await cli([join(dir, 'dup.csv'), '--lang', 'fr'])).code, 2, 'unknown language: usage');
  const template = fileURLToPath(new URL('../../batch/templates/clients.zh-CN.csv', import.meta.url));
  assert.equal((await cli([template, '--today', '2026-02-28'])).code, 0);
  assert.equal((await cli([template, '--today', '2026-02-30'])).code, 2, 'not a calendar day: usage');
});

test('batch: without --out the results go to stdout; unknown columns are reported once and ignored', async () => {
  const input = join(dir, 'stdout.csv');
  writeFileSync(input, '客户,年度,小微企业,贷款利息,备注\nA,2025,是,40,老客户\n');
  const r = await cli([input]);
  assert.equal(r.code, 0);
  assert.ok(r.stdout.startsWith('\uFEFF行号,客户,状态,合计(万元)'));
  assert.match(r.stdout, /\r\n2,A,已测算,20\.00,/);
  assert.equal(r.stderr.match(/备注/g)?.length, 1);
});

test('batch: a CSV saved by Excel on Chinese Windows (GB18030) reads the same as UTF-8', async () => {
  const input = join(dir, 'gbk.csv');
  // 客户,年度,小微企业,贷款利息 / 甲,2025,是,40 in GB18030
  const utf8 = '客户,年度,小微企业,贷款利息\r\n甲,2025,是,40\r\n';
  const gbk = Buffer.from(
    'bfcdbba72cc4eab6c82cd0a1cea2c6f3d2b52cb4fbbfeec0fbcfa20d0abcd72c323032352ccac72c34300d0a',
    'hex',
  );
  writeFileSync(input, gbk);
  assert.equal(new TextDecoder('gb18030').decode(gbk), utf8);
  const r = await cli([input, '--out', join(dir, 'gbk.out.csv')]);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(readResults(join(dir, 'gbk.out.csv'))[0]!.total, '20.00');
});

test('batch: a large file runs on worker threads, shows a progress line and writes the same rows in file order', async () => {
  const input = join(dir, 'large.csv');
  const template = templateCsv('zh-CN');
  const [header, row1, row2] = template.split('\r\n');
  const lines = [header];
  for (let i = 0; i < 1200; i++) {
    lines.push(i % 2 ? row1 : row2);
    // A bad row now and then: its error must come out with its own row number.
    if (i % 400 === 399) lines.push(`坏${i}` + row1!.slice(row1!.indexOf(',')).replace('120万元', '-1'));
  }
  writeFileSync(input, lines.join('\r\n'));
  const pooled = join(dir, 'large.pool.csv');
  const r = await cli([input, '--out', pooled], { poolBytes: 0, progressMs: 0 });
  assert.equal(r.code, 1, r.stderr.slice(0, 500));
  assert.match(r.stderr, /已处理 \d+ 行（\d+%）/);
  assert.deepEqual(r.stderr.match(/第\d+行（坏\d+）/g), ['第402行（坏399）', '第803行（坏799）', '第1204行（坏1199）']);
  const inline = join(dir, 'large.inline.csv');
  const r2 = await cli([input, '--out', inline], { poolBytes: Infinity });
  assert.equal(r2.code, 1);
  assert.equal(
    readFileSync(pooled, 'utf8'),
    readFileSync(inline, 'utf8'),
    'threads and a single thread write the same file',
  );
  const rows = readResults(pooled);
  assert.equal(rows.length, 1203);
  assert.deepEqual(
    rows.map((x) => Number(x.row)),
    Array.from({ length: 1203 }, (_, i) => i + 2),
  );
  assert.equal(rows[1202]!.total, '');
  assert.equal(rows[1201]!.total, '62.00');
});

test('batch: `subsidy batch …` runs it as a process, with the same exit codes and messages', () => {
  const root = fileURLToPath(new URL('../../', import.meta.url));
  const input = join(dir, 'proc.csv');
  writeFileSync(input, '客户,年度,贷款利息\nA,2025,-1\n');
  const p = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'cli/subsidy.ts', 'batch', input, '--out', join(dir, 'proc.out.csv')],
    {
      cwd: root,
      encoding: 'utf8',
    },
  );
  assert.equal(p.status, 1, p.stderr);
  assert.match(p.stderr, /第2行（A）\[贷款利息\]/);
});

test('batch: --out naming the input file itself is refused (exit 2) and the client list is left untouched', async () => {
  const input = join(dir, 'clients-self.csv');
  const text = '客户,年度,小微企业(是/否),贷款利息(万元)\n甲公司,2025,是,40\n';
  writeFileSync(input, text);
  const r = await cli([input, '--out', input, '--lang', 'en']);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /same file/);
  assert.equal(readFileSync(input, 'utf8'), text);
  const viaOtherSpelling = await cli([input, '--out', join(dir, '.', 'clients-self.csv')]);
  assert.equal(viaOtherSpelling.code, 2);
  assert.equal(readFileSync(input, 'utf8'), text);
});

test('batch: one row is "1 row", in the progress and in the summary (issue 11)', async () => {
  const input = join(dir, 'one-row.csv');
  writeFileSync(input, 'client,year,enterprise.smallOrMicro,enterprise.loanInterestPaid\nSolo,2025,yes,40\n');
  const r = await cli([input, '--out', join(dir, 'one-row.out.csv'), '--lang', 'en'], { progressMs: 0 });
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stderr, /(^|\n)1 row: 1 computed, 0 with errors\.\n$/);
  assert.doesNotMatch(r.stderr, /\b1 rows\b/);
  const zh = await cli([input, '--out', join(dir, 'one-row.zh.out.csv')]);
  assert.match(zh.stderr, /共 1 行：1 行已测算，0 行有错误。/);
});

test('batch: the progress percentage follows the rows computed, not the bytes read ahead of them', async () => {
  const input = join(dir, 'progress.csv');
  const n = 6000;
  const lines = ['client,year,enterprise.smallOrMicro,enterprise.loanInterestPaid'];
  for (let i = 0; i < n; i++) lines.push(`C${i},2025,yes,${(i % 90) + 1}`);
  writeFileSync(input, lines.join('\n') + '\n');
  const r = await cli([input, '--out', join(dir, 'progress.out.csv'), '--lang', 'en'], { progressMs: 0 });
  assert.equal(r.code, 0, r.stderr);
  const shown = [...r.stderr.matchAll(/(\d+) rows? done \((\d+)%\)/g)].map(
    (m) => [Number(m[1]), Number(m[2])] as const,
  );
  assert.ok(shown.length > 10, r.stderr.slice(0, 500));
  for (const [rows, percent] of shown) {
    assert.ok(Math.abs(percent - (100 * rows) / n) <= 5, `${rows} of ${n} rows shown as ${percent}%`);
  }
});
