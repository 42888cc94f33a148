/**
 * CSV record → scenario. The CSV layer only turns cells into the scenario's shapes (yes/no, `;` lists, numbered
 * groups); every figure and its validity is the core's business.
 */
import { resolveHeader, targetPath, type CellKind, type ColumnDef, type HeaderTarget, type ListDef } from './layout.ts';
import { batchT, type BatchLang } from './i18n.ts';

/** A problem with one cell, or with a whole row (column ""). */
export interface BatchFieldError {
  /** Scenario field path as the core names it, but with list numbers as in the file. */
  path: string;
  /** The header the user wrote for that field, when there is one. */
  column: string;
  code: string;
  message: string;
}

export interface MappedRow {
  client: string;
  scenario: Record<string, unknown>;
  /** Errors of the CSV layer (e.g. "maybe" for yes/no); the core is not called when there are any. */
  errors: BatchFieldError[];
  /** For each list path, the file's entry index of each compacted entry: empty groups are dropped. */
  listIndex: Map<string, number[]>;
}

export interface HeaderInfo {
  /** Per cell position: where it goes, or null for an ignored column. */
  targets: Array<HeaderTarget | null>;
  /** Headers not in the layout (ignored, reported once). */
  unknown: string[];
  /** Two headers for the same field: the file is ambiguous. */
  duplicates: string[];
  /** The header text per scenario path, to name columns in errors. */
  headerOf: Map<string, string>;
  hasClient: boolean;
}

export function readHeader(cells: string[]): HeaderInfo {
  const targets: Array<HeaderTarget | null> = [];
  const unknown: string[] = [];
  const duplicates: string[] = [];
  const headerOf = new Map<string, string>();
  cells.forEach((cell, i) => {
    const header = (i === 0 ? cell.replace(/^\uFEFF/, '') : cell).trim();
    if (header === '') {
      targets.push(null);
      return;
    }
    const t = resolveHeader(header);
    if (!t) {
      unknown.push(header);
      targets.push(null);
      return;
    }
    const path = targetPath(t);
    if (headerOf.has(path)) {
      duplicates.push(header);
      targets.push(null);
      return;
    }
    headerOf.set(path, header);
    targets.push(t);
  });
  return { targets, unknown, duplicates, headerOf, hasClient: headerOf.has('client') };
}

/** A record with no content (an empty line, or a line of empty cells as spreadsheets save them). */
export function isBlankRecord(cells: string[]): boolean {
  for (let i = 0; i < cells.length; i++) if (!isBlankCell(cells[i]!)) return false;
  return true;
}

/** c.trim() === '' without making the trimmed string: most cells of a client list are empty. */
function isBlankCell(c: string): boolean {
  return c === '' || c.trim() === '';
}

const TRUE = new Set(['是', 'true', 'yes', 'y', '1', '有', '√']);
const FALSE = new Set(['否', 'false', 'no', 'n', '0', '无', '×']);

function setPath(obj: Record<string, unknown>, path: string[], value: unknown): void {
  let o = obj;
  for (let i = 0; i < path.length - 1; i++) {
    const k = path[i]!;
    if (typeof o[k] !== 'object' || o[k] === null) o[k] = {};
    o = o[k] as Record<string, unknown>;
  }
  o[path[path.length - 1]!] = value;
}

/** A layout's words, compared as typed (NFKC, no spaces, any case): worked out once per list of words. */
const enumKeys = new WeakMap<Record<string, string>, Map<string, string>>();
const enumKey = (s: string) => s.normalize('NFKC').replace(/\s+/g, '').toLowerCase();

function enumValue(value: string, values: Record<string, string> | undefined): string {
  if (!values) return value;
  let keys = enumKeys.get(values);
  if (!keys) {
    keys = new Map();
    // The first word of the list wins, as a search in order would find it.
    for (const [word, v] of Object.entries(values)) if (!keys.has(enumKey(word))) keys.set(enumKey(word), v);
    enumKeys.set(values, keys);
  }
  return keys.get(enumKey(value)) ?? value;
}

/** Splits a list cell on `;` (also the full-width `；`); commas stay, since amounts like "350,000元" carry them. */
export function splitList(value: string): string[] {
  return value
    .split(/[;；]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

const YES = { ok: true, value: true } as const;
const NO = { ok: true, value: false } as const;

function convert(
  kind: CellKind,
  raw: string,
  def: Pick<ColumnDef, 'values'>,
): { ok: true; value: unknown } | { ok: false; code: string } {
  const value = raw.trim();
  switch (kind) {
    case 'boolean': {
      // The words are kept as NFKC lower case: a cell written that way needs no normalising.
      if (TRUE.has(value)) return YES;
      if (FALSE.has(value)) return NO;
      const v = value.normalize('NFKC').toLowerCase();
      if (TRUE.has(v)) return YES;
      if (FALSE.has(v)) return NO;
      return { ok: false, code: 'boolean' };
    }
    case 'enum':
      return { ok: true, value: enumValue(value, def.values) };
    case 'amountList':
      return { ok: true, value: splitList(value) };
    case 'enumList':
      return { ok: true, value: splitList(value).map((v) => enumValue(v, def.values)) };
    default:
      // Amounts, numbers, dates and text go to the core as written.
      return { ok: true, value };
  }
}

/** A header's cells as mapRecord reads them: each target's path and its steps, worked out once per file. */
interface CellPlan {
  target: HeaderTarget;
  path: string;
  steps: string[];
  def: Pick<ColumnDef, 'values' | 'kind'>;
  client: boolean;
}

const plans = new WeakMap<HeaderInfo, Array<CellPlan | null>>();

function planOf(header: HeaderInfo): Array<CellPlan | null> {
  let plan = plans.get(header);
  if (!plan) {
    plan = header.targets.map((target) => {
      if (!target) return null;
      const path = targetPath(target);
      const column = target.type === 'column';
      return {
        target,
        path,
        steps: column ? target.column.path.split('.') : [],
        def: column ? target.column : target.field,
        client: column && target.column.path === 'client',
      };
    });
    plans.set(header, plan);
  }
  return plan;
}

export function mapRecord(cells: string[], header: HeaderInfo, lang: BatchLang): MappedRow {
  const t = batchT(lang);
  const scenario: Record<string, unknown> = {};
  const errors: BatchFieldError[] = [];
  let client = '';
  let lists: Map<string, Map<number, Record<string, unknown>>> | undefined;

  const plan = planOf(header);
  for (let i = 0; i < plan.length; i++) {
    const p = plan[i];
    if (!p) continue;
    const cell = cells[i] ?? '';
    if (isBlankCell(cell)) continue;
    if (p.client) {
      client = cell.trim();
      continue;
    }
    const r = convert(p.def.kind, cell, p.def);
    if (!r.ok) {
      const path = p.path;
      const column = header.headerOf.get(path) ?? path;
      errors.push({ path, column, code: r.code, message: t(`error.${r.code}`, { path, column, value: cell.trim() }) });
      continue;
    }
    const target = p.target;
    if (target.type === 'column') {
      setPath(scenario, p.steps, r.value);
    } else {
      lists ??= new Map();
      let entries = lists.get(target.list.path);
      if (!entries) lists.set(target.list.path, (entries = new Map()));
      let entry = entries.get(target.index);
      if (!entry) entries.set(target.index, (entry = {}));
      entry[target.field.key] = r.value;
    }
  }

  // Cells beyond the header's last column are read by no field: most often an amount like 350,000元 written without
  // quotes, which also shifts the cells after it. Reading the row anyway would give a wrong figure without a word.
  let extra: string[] | undefined;
  for (let i = header.targets.length; i < cells.length; i++)
    if (!isBlankCell(cells[i]!)) (extra ??= []).push(cells[i]!.trim());
  if (extra) {
    errors.push({
      path: '',
      column: '',
      code: 'extraCells',
      message: t('error.extraCells', {
        count: cells.length,
        columns: header.targets.length,
        values: extra.join(' | '),
      }),
    });
  }

  const listIndex = new Map<string, number[]>();
  if (lists)
    for (const [path, entries] of lists) {
      const order = [...entries.keys()].sort((a, b) => a - b);
      listIndex.set(path, order);
      setPath(
        scenario,
        path.split('.'),
        order.map((i) => entries.get(i)!),
      );
    }
  return { client, scenario, errors, listIndex };
}

const listPathRe = /^([a-zA-Z.]+)\[(\d+)\](.*)$/;

/**
 * Turns a core error path (compacted list indexes) back into the file's numbering and the user's header, so that
 * "fund.investments[0].amount" reads as the column the user filled, e.g. "投资2金额(万元)".
 */
export function fileLocation(path: string, row: MappedRow, header: HeaderInfo): { path: string; column: string } {
  let filePath = path;
  const m = listPathRe.exec(path);
  if (m) {
    const order = row.listIndex.get(m[1]!);
    if (order) filePath = `${m[1]}[${order[Number(m[2])] ?? Number(m[2])}]${m[3]}`;
  }
  const direct = header.headerOf.get(filePath);
  if (direct) return { path: filePath, column: direct };
  // A cell holding a `;` list: institution.capitalIncreases[1] lives in the institution.capitalIncreases column.
  const bare = filePath.replace(/\[\d+\]$/, '');
  const listCell = header.headerOf.get(bare);
  if (listCell) return { path: filePath, column: listCell };
  // An error about a whole object (e.g. "enterprise.techInsurance" or "fund.investments[1]"): name the first column
  // under it, so the user knows where to look.
  for (const [p, h] of header.headerOf)
    if (filePath !== '' && p.startsWith(filePath + '.')) return { path: filePath, column: h };
  return { path: filePath, column: '' };
}

export type { ListDef };
