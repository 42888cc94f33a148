/// <reference types="mocha" />
import '../../../widget/batch-panel/batch-panel.ts';
import { RENDER_STEP, type EzoneBatchPanel } from '../../../widget/batch-panel/batch-panel.component.ts';
import { selfWorkerFactory, workerModuleUrl, type WorkerFactory } from '../../../widget/batch-panel/worker.ts';
import { csvFromPathRows, templateCsv } from '../../../batch/templates.ts';
import { scenarioToPathRow } from '../../../batch/scenario-row.ts';
import { parseCsvText, unguardCell } from '../../../batch/csv.ts';
import { AMOUNT_ARTICLES, exportKeyOf } from '../../../batch/summary.ts';
import { axeViolations } from '../helpers.ts';
import { sheetFromPathRows } from '../../../batch/templates.ts';
import { readSheetRecords, writeWorkbook } from '../../../batch/xlsx.ts';
import { EXPORT_KEYS } from '../../../batch/summary.ts';

interface Example {
  name: string;
  scenario: Record<string, unknown>;
  expected: { total: string; awarded: Record<string, string> };
}

function assert(cond: unknown, message: string): asserts cond {
  if (!cond) throw new Error(message);
}
function equal<T>(actual: T, expected: T, message = ''): void {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a !== e) throw new Error(`${message}\n  expected: ${e}\n  actual:   ${a}`);
}

/** The contract's worked examples, served by web-test-runner.config.mjs. */
async function loadExamples(): Promise<Example[]> {
  const files = (await (await fetch('/__examples__/')).json()) as string[];
  return Promise.all(
    files.map(async (f) => {
      const d = await (await fetch(`/__examples__/${f}`)).json();
      return { name: f.replace(/\.json$/, ''), scenario: d.scenario, expected: d.expected };
    }),
  );
}

/** The panel's worker as a module worker straight from the sources (the build inlines the same module). */
const sourceWorker: WorkerFactory = () =>
  new Worker(new URL('../../../widget/batch-panel/batch.worker.ts', import.meta.url), { type: 'module' });

const examples = await loadExamples();

async function panel(lang = 'zh-CN', workerFactory?: WorkerFactory | null): Promise<EzoneBatchPanel> {
  const el = document.createElement('ezone-batch-panel');
  el.lang = lang;
  if (workerFactory !== undefined) el.workerFactory = workerFactory;
  document.body.append(el);
  await el.updateComplete;
  return el;
}

function csvFile(text: string, name = 'clients.csv'): File {
  return new File([text], name, { type: 'text/csv' });
}

const $$ = (el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(sel)];
const $ = (el: Element, sel: string) => {
  const found = el.shadowRoot!.querySelector<HTMLElement>(sel);
  assert(found, `no element matches ${sel}`);
  return found;
};

async function loaded(el: EzoneBatchPanel, file: File): Promise<void> {
  await el.load(file);
  await el.updateComplete;
}

function tableTotals(el: EzoneBatchPanel): Array<[string, string]> {
  return $$(el, 'tbody tr[data-row]').map((tr) => [
    tr.querySelector('.client')!.textContent!.trim(),
    tr.querySelector<HTMLElement>('.total')!.dataset.total!,
  ]);
}

afterEach(() => document.querySelectorAll('ezone-batch-panel').forEach((e) => e.remove()));

describe('<ezone-batch-panel>', () => {
  for (const [engine, factory] of [
    ['worker', sourceWorker],
    ['main', null],
  ] as const) {
    it(`the template filled with every worked example gives their expected totals (${engine} thread)`, async () => {
      const el = await panel('zh-CN', factory);
      const text = csvFromPathRows(
        'zh-CN',
        examples.map((e) => scenarioToPathRow(e.scenario, e.name, 'zh-CN')),
      );
      let done: CustomEvent | undefined;
      el.addEventListener('ezone-batch-done', (e) => (done = e));
      await loaded(el, csvFile(text));
      equal(el.engine, engine);
      equal(done?.detail, { rows: examples.length, errorRows: 0, engine });
      equal(
        tableTotals(el),
        examples.map((e) => [e.name, e.expected.total] as [string, string]),
      );
      for (const [i, ex] of examples.entries()) {
        for (const a of AMOUNT_ARTICLES)
          equal(el.rows[i]!.articles[a], ex.expected.awarded[String(a)] ?? '0.00', `${ex.name} art. ${a}`);
      }
    });
  }

  it("by default the worker loads the panel's own code (from sources here: the worker module beside it)", async () => {
    assert(workerModuleUrl().endsWith('/widget/batch-panel/batch.worker.ts'), workerModuleUrl());
    equal(
      workerModuleUrl('https://cdn.example/ezone-subsidy-calculator.js'),
      'https://cdn.example/ezone-subsidy-calculator.js',
    );
    const el = await panel('en');
    await loaded(el, csvFile(templateCsv('en')));
    equal(el.engine, 'worker');
    equal(tableTotals(el), [
      ['Example: small tech company', '62.00'],
      ['Example: new bank', '2600.00'],
    ]);
  });

  it('workers that fail to start (here: a module that does not exist) hand the file to the main thread', async () => {
    const el = await panel('zh-CN', selfWorkerFactory(new URL('./no-such-module.js', location.href).href));
    await loaded(el, csvFile(templateCsv('zh-CN')));
    equal(el.engine, 'main');
    equal(
      tableTotals(el).map(([, t]) => t),
      ['62.00', '2600.00'],
    );
  });

  it('a worker that cannot be created (e.g. a strict CSP) falls back to the main thread', async () => {
    const el = await panel('zh-CN', () => {
      throw new Error('blocked');
    });
    await loaded(el, csvFile(templateCsv('zh-CN')));
    equal(el.engine, 'main');
    equal(el.rows.length, 2);
  });

  it('Chinese headers, a BOM, quoted cells with commas and empty lines; bad rows show their errors, the rest compute', async () => {
    const el = await panel('zh-CN', sourceWorker);
    const text = [
      '\uFEFF客户,年度,小微企业（是/否）,贷款利息(万元),投资1企业,投资1金额(万元),投资1划款日期',
      '"甲, 有限公司",2025,是,"350,000元",,,',
      '',
      '乙公司,2025,也许,40,,,',
      ',,,,,,',
      '丙基金,2025,,,C,abc,2025-01-01',
      '丁公司,2025,是,40,,,',
    ].join('\r\n');
    await loaded(el, csvFile(text));
    equal(
      $$(el, 'tbody tr[data-row]').map((tr) => [tr.dataset.row, tr.className]),
      [
        ['2', 'ok'],
        ['4', 'error'],
        ['6', 'error'],
        ['7', 'ok'],
      ],
    );
    equal(tableTotals(el)[0], ['甲, 有限公司', '17.50']);
    const errorsOf = (row: string) => $$(el, `tr[data-row="${row}"] .errors li`);
    equal(
      errorsOf('4').map((li) => li.dataset.path),
      ['enterprise.smallOrMicro'],
    );
    assert(
      errorsOf('4')[0]!.textContent!.includes('第4行') && errorsOf('4')[0]!.textContent!.includes('小微企业（是/否）'),
      errorsOf('4')[0]!.textContent!,
    );
    equal(
      errorsOf('6').map((li) => li.dataset.path),
      ['fund.investments[0].amount'],
    );
    assert($(el, '.summary').textContent!.includes('共 4 行：2 行已测算，2 行有错误'), $(el, '.summary').textContent!);
  });

  it('the exported CSV has a BOM and reads back through the same reader with the same numbers', async () => {
    const el = await panel('en', sourceWorker);
    const text = csvFromPathRows(
      'en',
      examples.map((e) => scenarioToPathRow(e.scenario, `${e.name}, "quoted"`, 'en')),
    );
    await loaded(el, csvFile(text));
    const out = el.exportCsv();
    assert(out.startsWith('\uFEFF'), 'no BOM');
    const [head, ...rows] = parseCsvText(out).map((r) => r.map(unguardCell));
    const keys = head!.map(exportKeyOf);
    equal(
      rows.map((r) => [r[keys.indexOf('client')], r[keys.indexOf('total')]]),
      examples.map((e) => [`${e.name}, "quoted"`, e.expected.total]),
    );
    for (const [i, r] of rows.entries()) {
      for (const a of AMOUNT_ARTICLES) equal(r[keys.indexOf(`art${a}` as 'total')], el.rows[i]!.articles[a]);
    }
  });

  it('sorts by total (highest first, then lowest), by client and back by row, with aria-sort on the header', async () => {
    const el = await panel('zh-CN');
    await loaded(
      el,
      csvFile(
        csvFromPathRows(
          'zh-CN',
          examples.map((e) => scenarioToPathRow(e.scenario, e.name, 'zh-CN')),
        ),
      ),
    );
    const totals = () => tableTotals(el).map(([, t]) => Number(t));
    $(el, 'button[data-sort="total"]').click();
    await el.updateComplete;
    const desc = totals();
    equal(
      desc,
      [...desc].sort((a, b) => b - a),
    );
    equal($(el, 'button[data-sort="total"]').closest('th')!.getAttribute('aria-sort'), 'descending');
    $(el, 'button[data-sort="total"]').click();
    await el.updateComplete;
    equal(
      totals(),
      [...desc].reverse().sort((a, b) => a - b),
    );
    $(el, 'button[data-sort="row"]').click();
    await el.updateComplete;
    equal(
      tableTotals(el).map(([c]) => c),
      examples.map((e) => e.name),
    );
  });

  it('a row opens its full result in <ezone-result-cards>, in the same language', async () => {
    const el = await panel('en');
    await loaded(el, csvFile(templateCsv('en')));
    $(el, 'tr[data-row="3"] button.open').click();
    await el.updateComplete;
    equal($(el, 'tr[data-row="3"] button.open').getAttribute('aria-expanded'), 'true');
    const cards = $(el, 'tr.detail ezone-result-cards') as HTMLElement & {
      result?: { total: string };
      updateComplete: Promise<unknown>;
    };
    equal(cards.getAttribute('lang'), 'en');
    equal(cards.result?.total, '2600.00');
    await cards.updateComplete;
    equal(cards.shadowRoot!.querySelector<HTMLElement>('[part="total-amount"]')?.dataset.total, '2600.00');
    $(el, 'tr[data-row="3"] button.open').click();
    await el.updateComplete;
    equal($$(el, 'tr.detail').length, 0);
  });

  it('a dropped file is computed like a picked one', async () => {
    const el = await panel('zh-CN');
    const dt = new DataTransfer();
    dt.items.add(csvFile(templateCsv('zh-CN')));
    const done = new Promise((resolve) => el.addEventListener('ezone-batch-done', resolve, { once: true }));
    $(el, '[part="drop"]').dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    await done;
    await el.updateComplete;
    equal(
      tableTotals(el).map(([, t]) => t),
      ['62.00', '2600.00'],
    );
  });

  it('a file without a header, or not a CSV, says so instead of a table', async () => {
    const el = await panel('en');
    await loaded(el, csvFile('\n\n'));
    assert($(el, '.fatal').textContent!.includes('no header row'), $(el, '.fatal').textContent!);
    equal($$(el, 'table').length, 0);
    const dt = new DataTransfer();
    dt.items.add(new File(['x'], 'clients.pdf'));
    $(el, '[part="drop"]').dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    await el.updateComplete;
    assert($(el, '.fatal').textContent!.includes('.csv or .xlsx'), $(el, '.fatal').textContent!);
  });

  for (const [engine, factory] of [
    ['worker', sourceWorker],
    ['main', null],
  ] as const) {
    it(`an Excel workbook of every worked example gives their totals, and exports as a workbook with the same numbers (${engine} thread)`, async () => {
      const el = await panel('en', factory);
      const bytes = writeWorkbook([
        sheetFromPathRows(
          'en',
          examples.map((e) => scenarioToPathRow(e.scenario, e.name, 'en')),
        ),
      ]);
      await loaded(el, new File([bytes as BlobPart], 'clients.xlsx'));
      equal(el.engine, engine);
      equal(
        tableTotals(el),
        examples.map((e) => [e.name, e.expected.total] as [string, string]),
      );
      const back = readSheetRecords(await el.exportXlsx());
      equal(back.sheetNames, ['Results', 'Errors', 'Summary']);
      const total = EXPORT_KEYS.indexOf('total');
      equal(
        back.records.slice(1).map((r) => r[total]),
        examples.map((e) => String(Number(e.expected.total))),
      );
    });
  }

  it('a workbook is read by one worker, which hands its records to the others: same totals, every row once', async () => {
    const sent: Array<{ bytes: number; source: boolean; peers: number }> = [];
    const recording: WorkerFactory = () => {
      const w = sourceWorker();
      const post = w.postMessage.bind(w) as (m: unknown, t?: Transferable[]) => void;
      w.postMessage = ((
        m: { type: string; bytes?: ArrayBuffer; source?: MessagePort; peers?: MessagePort[] },
        t?: Transferable[],
      ) => {
        if (m.type === 'run')
          sent.push({ bytes: m.bytes?.byteLength ?? 0, source: Boolean(m.source), peers: m.peers?.length ?? 0 });
        post(m, t);
      }) as typeof w.postMessage;
      return w;
    };
    const el = await panel('en', recording);
    el.workers = 3;
    const rows = [];
    for (let i = 0; i < 60; i++) rows.push(scenarioToPathRow(examples[i % examples.length]!.scenario, `c${i}`, 'en'));
    const bytes = writeWorkbook([sheetFromPathRows('en', rows)]);
    await loaded(el, new File([bytes as BlobPart], 'clients.xlsx'));
    equal(el.engine, 'worker');
    equal(
      sent.map((m) => [m.bytes > 0, m.source, m.peers]),
      [
        [true, false, 2],
        [false, true, 0],
        [false, true, 0],
      ],
    );
    equal(
      el.rows.map((r) => [r.client, r.total]),
      rows.map((_, i) => [`c${i}`, examples[i % examples.length]!.expected.total]),
    );
  });

  it('"Export as Excel" is built in the worker, in slices of rows, and gives the same workbook as the main thread', async () => {
    const posted: string[] = [];
    const counting: WorkerFactory = () => {
      const w = sourceWorker();
      const post = w.postMessage.bind(w) as (m: unknown, t?: Transferable[]) => void;
      w.postMessage = ((m: { type: string }, t?: Transferable[]) => {
        posted.push(m.type);
        post(m, t);
      }) as typeof w.postMessage;
      return w;
    };
    const rows = [];
    for (let i = 0; i < 2500; i++) {
      const e = examples[i % examples.length]!;
      const row = scenarioToPathRow(e.scenario, `${e.name}-${i}`, 'en');
      // Some rows with errors, for the Errors sheet.
      if (i % 7 === 3) row['enterprise.loanInterestPaid'] = 'abc';
      rows.push(row);
    }
    const text = csvFromPathRows('en', rows);
    const el = await panel('en', counting);
    await loaded(el, csvFile(text));
    equal(el.engine, 'worker');
    const inWorker = await el.exportXlsx();
    equal(posted.filter((t) => t === 'export-rows').length, 3, 'rows go over in slices of 1,000');
    equal(posted.filter((t) => t === 'export').length, 1);
    const onMain = await panel('en', null);
    await loaded(onMain, csvFile(text));
    equal(onMain.engine, 'main');
    const mainBytes = await onMain.exportXlsx();
    const names = readSheetRecords(inWorker).sheetNames;
    equal(names, ['Results', 'Errors', 'Summary']);
    for (const sheet of names) {
      const a = readSheetRecords(inWorker, sheet);
      const b = readSheetRecords(mainBytes, sheet);
      equal(a.records, b.records, sheet);
    }
    equal(readSheetRecords(inWorker, 'Results').records.length, 2501);
    assert(readSheetRecords(inWorker, 'Errors').records.length > 300, 'the Errors sheet has the bad rows');
  });

  it('a bad workbook dropped after a computed file names the problem and keeps the computed table', async () => {
    const el = await panel('en', sourceWorker);
    await loaded(el, csvFile(templateCsv('en')));
    equal(tableTotals(el).length, 2);
    const cfb = new Uint8Array(4096);
    cfb.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const name = new TextEncoder().encode('EncryptedPackage');
    name.forEach((b, i) => (cfb[1024 + i * 2] = b));
    for (const [file, words] of [
      [new File([cfb], 'locked.xlsx'), 'password-protected'],
      [new File(['Client,Year\nA,2025\n'], 'renamed.xlsx'), 'not an Excel workbook'],
      [
        new File(
          [
            writeWorkbook([
              {
                name: 'S',
                rows: [
                  ['Client', 'Year'],
                  ['A', 2025],
                ],
              },
            ]).slice(0, 2000) as BlobPart,
          ],
          'cut.xlsx',
        ),
        'damaged',
      ],
    ] as const) {
      await loaded(el, file);
      const fatal = $(el, '.fatal').textContent!;
      assert(fatal.includes(file.name) && fatal.includes(words), fatal);
      equal(tableTotals(el).length, 2, 'the table computed before is still there');
      equal(el.rows.length, 2);
    }
  });

  it('three workers share a file: rows come back complete and in file order, bad ones included', async () => {
    const el = await panel('zh-CN', sourceWorker);
    el.workers = 3;
    const [header, a, b] = templateCsv('zh-CN').split('\r\n');
    const lines = [header];
    for (let i = 0; i < 20; i++) lines.push(i === 7 ? a!.replace('120万元', '-1') : i % 2 ? a : b, '');
    await loaded(el, csvFile(lines.join('\r\n')));
    equal(
      el.rows.map((r) => r.row),
      Array.from({ length: 20 }, (_, i) => 2 + 2 * i),
    );
    equal(
      el.rows.filter((r) => r.status === 'error').map((r) => r.row),
      [16],
    );
    equal(el.rows[1]!.total, '62.00');
  });

  it('the workers start before any file comes, and the next file reuses them; a workbook has its code loaded first', async () => {
    const made: Array<Array<{ type: string; xlsx?: boolean }>> = [];
    let firstMade = (): void => undefined;
    const started = new Promise<void>((resolve) => (firstMade = resolve));
    const counting: WorkerFactory = () => {
      const w = sourceWorker();
      const sent: Array<{ type: string; xlsx?: boolean }> = [];
      made.push(sent);
      firstMade();
      const post = w.postMessage.bind(w) as (m: unknown, t?: Transferable[]) => void;
      w.postMessage = ((m: { type: string; xlsx?: boolean }, t?: Transferable[]) => {
        sent.push({ type: m.type, ...(m.type === 'warm' ? { xlsx: Boolean(m.xlsx) } : {}) });
        post(m, t);
      }) as typeof w.postMessage;
      return w;
    };
    const el = document.createElement('ezone-batch-panel');
    el.workerFactory = counting;
    el.workers = 2;
    document.body.append(el);
    // Started once the page is idle after the panel shows, with no file yet (the timer only bounds the wait).
    let bound: ReturnType<typeof setTimeout> | undefined;
    await Promise.race([
      started,
      new Promise(
        (_, reject) => (bound = setTimeout(() => reject(new Error('no worker started ahead of a file')), 10_000)),
      ),
    ]);
    clearTimeout(bound);
    equal(made.length, 2);
    equal(made[0], [{ type: 'warm', xlsx: false }]);
    await loaded(el, csvFile(templateCsv('zh-CN')));
    equal(el.engine, 'worker');
    const rows = examples.map((e) => scenarioToPathRow(e.scenario, e.name, 'zh-CN'));
    await loaded(el, new File([writeWorkbook([sheetFromPathRows('zh-CN', rows)]) as BlobPart], 'clients.xlsx'));
    equal(made.length, 2, 'the same two workers computed both files');
    // The first worker, which reads a workbook, was told to load the xlsx code before the file's bytes came.
    equal(made[0]!.slice(-2), [{ type: 'warm', xlsx: true }, { type: 'run' }]);
    equal(made[1]!.slice(-2), [{ type: 'warm', xlsx: false }, { type: 'run' }]);
    equal(
      tableTotals(el),
      examples.map((e) => [e.name, e.expected.total] as [string, string]),
    );
  });

  it('a large file is paged, with a progress bar while it runs', async () => {
    const el = await panel('zh-CN', sourceWorker);
    const [header, a, b] = templateCsv('zh-CN').split('\r\n');
    const lines = [header];
    for (let i = 0; i < 1500; i++) lines.push(i % 2 ? a : b);
    let sawProgress = false;
    const watch = new MutationObserver(() => {
      if (el.shadowRoot!.querySelector('progress')) sawProgress = true;
    });
    watch.observe(el.shadowRoot!, { subtree: true, childList: true });
    // The page's rows go on screen a step at a time (one task each, so the page never freezes), all 100 by updateComplete.
    let firstStep = -1;
    el.addEventListener(
      'ezone-batch-done',
      async () => {
        for (let i = 0; i < 5; i++) await Promise.resolve();
        firstStep = $$(el, 'tbody tr[data-row]').length;
      },
      { once: true },
    );
    await loaded(el, csvFile(lines.join('\r\n')));
    watch.disconnect();
    assert(sawProgress, 'no progress bar');
    equal(firstStep, RENDER_STEP, 'the first step');
    equal($$(el, 'tbody tr[data-row]').length, 100);
    $(el, '.pager .next').click();
    await el.updateComplete;
    equal($(el, 'tbody tr[data-row]').dataset.row, '102');
    equal(el.rows.length, 1500);
  });

  it('a new language recomputes the file: messages and statuses follow the panel', async () => {
    const el = await panel('zh-CN');
    await loaded(el, csvFile('客户,年度,小微企业,贷款利息\nA,2025,是,abc\nB,2025,是,40\n'));
    assert($(el, '.errors li').textContent!.includes('第2行'), $(el, '.errors li').textContent!);
    const done = new Promise((resolve) => el.addEventListener('ezone-batch-done', resolve, { once: true }));
    el.lang = 'en';
    await done;
    await el.updateComplete;
    assert($(el, '.errors li').textContent!.startsWith('Row 2 (A) [贷款利息]'), $(el, '.errors li').textContent!);
    equal(
      $$(el, 'td.status .badge').map((b) => b.textContent!.trim()),
      ['Errors', 'Computed'],
    );
  });

  for (const lang of ['zh-CN', 'en']) {
    it(`no accessibility violations (axe) in ${lang}, with error rows and an open result`, async () => {
      const el = await panel(lang);
      const text = csvFromPathRows(
        lang as 'zh-CN',
        examples.slice(0, 4).map((e) => scenarioToPathRow(e.scenario, e.name, lang as 'zh-CN')),
      );
      await loaded(el, csvFile(text + '坏,2025,,,,,,,,,,abc\r\n'));
      $(el, 'tr[data-row="2"] button.open').click();
      await el.updateComplete;
      const cards = $(el, 'ezone-result-cards') as HTMLElement & { updateComplete: Promise<unknown> };
      await cards.updateComplete;
      const violations = await axeViolations(el);
      assert(violations.length === 0, violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`).join('\n'));
    });
  }

  it('template links download the templates', async () => {
    const el = await panel('zh-CN');
    const links = $$(el, 'a.template');
    equal(
      links.map((a) => a.dataset.lang),
      ['zh-CN', 'en'],
    );
    equal(
      $$(el, 'a.template-xlsx').map((a) => a.dataset.lang),
      ['zh-CN', 'en'],
    );
  });
});
