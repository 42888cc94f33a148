/**
 * The CSV layout of a client list: which column fills which scenario field (docs/scenario.md).
 * One row per client. Headers may be the dotted field path (`enterprise.loanInterestPaid`), the Chinese label
 * (`贷款利息(万元)`) or the English label (`Loan interest paid (10k CNY)`); the unit in brackets is optional.
 * Lists of objects (QFLP funds, investments) take numbered column groups: `投资1金额(万元)`, `投资2金额(万元)`…,
 * or `fund.investments[0].amount` (0-based, as in the contract's paths).
 * The headers, the other headers accepted and the words for enum values are in locales/<lang>/batch.json (`layout`),
 * keyed by field path; this file says only which fields there are and how each cell is read.
 */
import zh from '../locales/zh-CN/batch.json' with { type: 'json' };
import en from '../locales/en/batch.json' with { type: 'json' };
import { Words, type Tree } from '../core/words.ts';
import { CURRENT_POLICY } from '../core/index.ts';

/** How a cell becomes a value. Amounts and numbers stay strings: the core parses them ("35万元", "３０万"). */
export type CellKind = 'text' | 'amount' | 'number' | 'boolean' | 'date' | 'enum' | 'amountList' | 'enumList';

export interface ColumnDef {
  /** Dotted path in the scenario, e.g. "enterprise.techInsurance.premium"; "client" is the row's name, not a field. */
  path: string;
  kind: CellKind;
  zh: string;
  en: string;
  /** Other accepted headers. */
  aliases?: string[];
  /** Words people write for enum values, mapped to the contract's values (the contract's value is always accepted). */
  values?: Record<string, string>;
}

/** A numbered group of columns for a list of objects, e.g. fund.investments[n]. `{n}` is the 1-based number. */
export interface ListDef {
  /** e.g. "fund.investments" */
  path: string;
  /** How many groups the templates show; more may be added by following the pattern. */
  templateCount: number;
  fields: Array<Omit<ColumnDef, 'path'> & { key: string }>;
}

/** The layout's words: each column's header, other headers people write, and words for enum values. */
type LayoutWords = { column: Tree; alias: Tree; words: Tree };
const WORDS: Record<'zh-CN' | 'en', LayoutWords> = {
  'zh-CN': zh.layout as LayoutWords,
  en: en.layout as LayoutWords,
};

/**
 * Headers that quote a figure of the policy (附则2's look-back: "近{{count}}年重大行政处罚") are filled from the latest
 * version, so the templates name its figure. A file keeps the header it was written with, whatever the figure then was
 * ("近三年…", "…last 3 years…"): such a header is matched with any number in the figure's place (`figurePatterns`).
 */
const headerWords = new Words({ 'zh-CN': zh.layout.column as Tree, en: en.layout.column as Tree });
const HEADER_TERMS = CURRENT_POLICY.gateTerms;
const NUMBER_IN_WORDS = '(?:\\d+|[一二两三四五六七八九十]+)';

function at(tree: Tree, path: string): string | Tree | undefined {
  let node: string | Tree | undefined = tree;
  for (const part of path.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return node;
}
const text = (tree: Tree, path: string) => {
  const v = at(tree, path);
  return typeof v === 'string' ? v : '';
};
const split = (words: string) => words.split('|').filter((w) => w !== '');

/** A column's headers and words from locales/<lang>/batch.json (`layout`), both languages, by its path. */
function column(path: string, kind: CellKind, wordsPath = path): Omit<ColumnDef, 'path'> & { path: string } {
  // Numbered headers are written `{{n}}` in the locales (i18next's placeholder) and `{n}` here.
  const header = (lang: 'zh-CN' | 'en') =>
    headerWords
      .translator(lang)(wordsPath, { ...HEADER_TERMS, defaultValue: '' })
      .replace('{{n}}', '{n}');
  const def: ColumnDef = { path, kind, zh: header('zh-CN'), en: header('en') };
  const aliases = [...split(text(WORDS['zh-CN'].alias, wordsPath)), ...split(text(WORDS.en.alias, wordsPath))];
  if (aliases.length) def.aliases = aliases;
  const byValue = [WORDS['zh-CN'], WORDS.en].map((w) => at(w.words, wordsPath));
  if (typeof byValue[0] === 'object') {
    // Word → contract value, Chinese words first (the order the old table had).
    const values: Record<string, string> = {};
    for (const tree of byValue)
      if (typeof tree === 'object')
        for (const [value, words] of Object.entries(tree))
          if (typeof words === 'string') for (const w of split(words)) values[w] = value;
    def.values = values;
  }
  return def;
}

export const CLIENT_COLUMN: ColumnDef = column('client', 'text');

export const COLUMNS: ColumnDef[] = [
  CLIENT_COLUMN,
  ...(
    [
      ['year', 'number'],
      ['asOf', 'date'],
      ['eligibility.inZone', 'boolean'],
      ['eligibility.majorPenaltyInLast3Years', 'boolean'],
      ['eligibility.criminalRecord', 'boolean'],
      ['eligibility.seriousDishonestyList', 'boolean'],
      ['enterprise.smallOrMicro', 'boolean'],
      ['enterprise.certifications', 'enumList'],
      ['enterprise.techInsurance.premium', 'amount'],
      ['enterprise.techInsurance.termMonths', 'number'],
      ['enterprise.loanInterestPaid', 'amount'],
      ['enterprise.firstLoanMunicipalSupport', 'amount'],
      ['enterprise.startupGuaranteeLoan.municipalSupport', 'amount'],
      ['enterprise.startupGuaranteeLoan.interestPaid', 'amount'],
      ['institution.type', 'enum'],
      ['institution.newlyEstablished', 'boolean'],
      ['institution.paidInCapital', 'amount'],
      ['institution.capitalIncreases', 'amountList'],
      ['institution.revenue', 'amount'],
      ['institution.previousRevenue', 'amount'],
      ['institution.tradingVolume', 'amount'],
      ['institution.previousTradingVolume', 'amount'],
      ['institution.premiumIncome', 'amount'],
      ['institution.previousPremiumIncome', 'amount'],
      ['institution.superiorInZone', 'boolean'],
      ['institution.contractAmount', 'amount'],
      ['institution.financingProvided', 'amount'],
      ['institution.branchEvent', 'enum'],
      ['fund.managerPaidInCapital', 'amount'],
      ['fund.managerStateCapital', 'amount'],
      ['fund.managedFundsPaidIn', 'amount'],
      ['fund.managerCapitalIncreases', 'amountList'],
      ['fund.qflpNewPilot', 'boolean'],
      ['fund.usdCnyRate', 'number'],
    ] as const
  ).map(([path, kind]) => column(path, kind)),
];

function listFields(path: string, fields: ReadonlyArray<readonly [string, CellKind]>): ListDef['fields'] {
  return fields.map(([key, kind]) => {
    const { path: _, ...def } = column(key, kind, `${path}.${key}`);
    return { key, ...def };
  });
}

export const LISTS: ListDef[] = [
  {
    path: 'fund.qflpFunds',
    templateCount: 1,
    fields: listFields('fund.qflpFunds', [
      ['paidIn', 'amount'],
      ['currency', 'enum'],
      ['stateCapital', 'amount'],
    ]),
  },
  {
    path: 'fund.investments',
    templateCount: 3,
    fields: listFields('fund.investments', [
      ['company', 'text'],
      ['amount', 'amount'],
      ['fundedOn', 'date'],
      ['firstInvestment', 'boolean'],
      ['startup', 'boolean'],
      ['stateCapital', 'amount'],
    ]),
  },
];

/** Where a header points: a plain column, or field `key` of entry `index` (0-based) of a list. */
export type HeaderTarget =
  | { type: 'column'; column: ColumnDef }
  | { type: 'list'; list: ListDef; index: number; field: ListDef['fields'][number] };

/** Full-width to half-width, lower case, no spaces, no bracketed unit: "贷款利息（万元）" → "贷款利息". */
export function normalizeHeader(header: string): string {
  return header
    .replace(/^\uFEFF/, '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\([^)]*\)/g, '')
    .replace(/[\s_-]+/g, '');
}

const columnIndex = new Map<string, ColumnDef>();
for (const c of COLUMNS) {
  for (const name of [c.path, c.zh, c.en, ...(c.aliases ?? [])]) columnIndex.set(normalizeHeader(name), c);
}
// Contract paths keep their dots; labels lose their brackets. Both point at the same column.
for (const c of COLUMNS) columnIndex.set(c.path.toLowerCase(), c);

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The header's words of a column in every language and plural form, as written (placeholders and all). */
function headerTemplates(path: string): string[] {
  const out: string[] = [];
  for (const w of Object.values(WORDS)) {
    const dot = path.lastIndexOf('.');
    const parent = dot < 0 ? w.column : at(w.column, path.slice(0, dot));
    const leaf = path.slice(dot + 1);
    if (typeof parent === 'object')
      for (const [k, v] of Object.entries(parent))
        if (typeof v === 'string' && (k === leaf || k.startsWith(`${leaf}_`))) out.push(v);
  }
  return out;
}

/** Headers with a figure of the policy in them, matched with any number there. */
const figurePatterns: Array<{ re: RegExp; column: ColumnDef }> = [];
for (const c of COLUMNS)
  for (const template of headerTemplates(c.path))
    if (template.includes('{{count}}')) {
      const parts = normalizeHeader(template.replace('{{count}}', '{c}')).split('{c}').map(escapeRe);
      figurePatterns.push({ re: new RegExp(`^${parts.join(NUMBER_IN_WORDS)}$`), column: c });
    }

const listPatterns: Array<{ re: RegExp; list: ListDef; field: ListDef['fields'][number]; zeroBased: boolean }> = [];
for (const list of LISTS) {
  for (const field of list.fields) {
    listPatterns.push({
      re: new RegExp(`^${escapeRe(`${list.path}[`.toLowerCase())}(\\d+)${escapeRe(`].${field.key}`.toLowerCase())}$`),
      list,
      field,
      zeroBased: true,
    });
    for (const label of [field.zh, field.en]) {
      const [before = '', after = ''] = normalizeHeader(label).split('{n}');
      listPatterns.push({
        re: new RegExp(`^${escapeRe(before)}(\\d+)${escapeRe(after)}$`),
        list,
        field,
        zeroBased: false,
      });
    }
  }
}

/** The field a header fills, or null when the header is not part of the layout. */
export function resolveHeader(header: string): HeaderTarget | null {
  const raw = header
    .replace(/^\uFEFF/, '')
    .trim()
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\s+/g, '');
  const direct = columnIndex.get(raw) ?? columnIndex.get(normalizeHeader(header));
  if (direct) return { type: 'column', column: direct };
  for (const p of figurePatterns) if (p.re.test(normalizeHeader(header))) return { type: 'column', column: p.column };
  for (const p of listPatterns) {
    const m = p.re.exec(raw) ?? p.re.exec(normalizeHeader(header));
    if (!m) continue;
    const n = Number(m[1]);
    const index = p.zeroBased ? n : n - 1;
    if (index < 0 || index > 999) return null;
    return { type: 'list', list: p.list, index, field: p.field };
  }
  return null;
}

/** The scenario path a header fills, e.g. "fund.investments[2].amount". */
export function targetPath(t: HeaderTarget): string {
  return t.type === 'column' ? t.column.path : `${t.list.path}[${t.index}].${t.field.key}`;
}

/** The template's headers in a language, in layout order. */
export function templateHeaders(lang: 'zh-CN' | 'en'): string[] {
  const pick = (d: { zh: string; en: string }) => (lang === 'zh-CN' ? d.zh : d.en);
  const headers = COLUMNS.map(pick);
  for (const list of LISTS) {
    for (let n = 1; n <= list.templateCount; n++) {
      for (const f of list.fields) headers.push(pick(f).replace('{n}', String(n)));
    }
  }
  return headers;
}
