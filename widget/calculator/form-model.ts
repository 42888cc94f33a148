/**
 * The calculator's form as data: which fields each applicant kind has, how the typed text becomes the contract's
 * scenario JSON (docs/scenario.md), and back. No policy rule lives here: amounts are passed to the core as
 * typed ("3.5万") and the core parses, validates and computes.
 *
 * Values are kept in a flat map keyed by the scenario path ("enterprise.loanInterestPaid"). List rows have stable ids
 * so that removing one row never moves what was typed in another: "fund.investments#3.company".
 */
import {
  BRANCH_EVENTS,
  CERTIFICATIONS,
  CURRENT_POLICY,
  INSTITUTION_TYPE_GROUPS,
  parseAmount,
  type InstitutionType,
  type Scenario,
} from '../../core/index.ts';

export type ApplicantKind = 'enterprise' | 'institution' | 'fund';
export const APPLICANT_KINDS: readonly ApplicantKind[] = ['enterprise', 'institution', 'fund'];

/**
 * `yesno`: a fact the user states with a Yes or a No, nothing chosen at first. A checkbox can't say "not stated": an
 * unticked box would tell the core "no" and show verdicts on facts nobody gave (issue 12).
 */
export type FieldType = 'amount' | 'check' | 'yesno' | 'int' | 'number' | 'date' | 'text' | 'select' | 'tri';

export interface FieldDef {
  /** Path relative to the section (or to the row of a list). */
  key: string;
  type: FieldType;
  options?: readonly string[];
  /** Whether the field applies, given the other values (e.g. trading volume only for securities firms). */
  show?: (v: FormValues) => boolean;
  /** Default for a new row or a fresh form. */
  initial?: string | boolean;
}

export interface ListDef {
  key: string;
  /** A list of bare amounts (capital increases) or of records (funds, investments). */
  item: 'amount' | readonly FieldDef[];
  show?: (v: FormValues) => boolean;
}

export type SectionEntry = FieldDef | ({ list: true } & ListDef);

/** The policy's certifications and institution groups (core/policy/vocabulary.ts), as the form lists them. */
export { CERTIFICATIONS, INSTITUTION_TYPE_GROUPS };

// Which inputs to show for which institution type: only what the contract's fields mean for that type, so that a
// bank does not see insurance premium fields. With no type chosen yet, everything shows.
const typeOf = (v: FormValues) => String(v['institution.type'] ?? '');
const typeIn =
  (...types: string[]) =>
  (v: FormValues) =>
    typeOf(v) === '' || types.includes(typeOf(v));
const groupTypes = (g: string) => INSTITUTION_TYPE_GROUPS.find((x) => x.group === g)?.types ?? [];
const legalPerson = typeIn(...groupTypes('licensed'), ...groupTypes('local'));
/** Art. 13's sector that reports a scale measure (trading volume, premium income): its types, from the policy data. */
const sectorOf = (measure: string): readonly InstitutionType[] =>
  CURRENT_POLICY.art13.sectors.find((s) => s.measure === measure)?.types ?? [];
const securities = typeIn(...sectorOf('tradingVolume'));
const insurance = typeIn(...sectorOf('premiumIncome'));

export const SECTIONS: Record<ApplicantKind, readonly SectionEntry[]> = {
  enterprise: [
    { key: 'smallOrMicro', type: 'yesno' },
    { key: 'certifications', type: 'check', options: CERTIFICATIONS },
    { key: 'loanInterestPaid', type: 'amount' },
    { key: 'techInsurance.premium', type: 'amount' },
    // Art. 2's minimum term (满1年) as the starting value: an annual policy, the usual case.
    { key: 'techInsurance.termMonths', type: 'int', initial: String(CURRENT_POLICY.art2.minTerm.count) },
    { key: 'firstLoanMunicipalSupport', type: 'amount' },
    { key: 'startupGuaranteeLoan.municipalSupport', type: 'amount' },
    { key: 'startupGuaranteeLoan.interestPaid', type: 'amount' },
  ],
  institution: [
    { key: 'type', type: 'select', options: INSTITUTION_TYPE_GROUPS.flatMap((g) => g.types), initial: 'bank' },
    { key: 'newlyEstablished', type: 'yesno', show: legalPerson },
    { key: 'paidInCapital', type: 'amount', show: legalPerson },
    { list: true, key: 'capitalIncreases', item: 'amount', show: legalPerson },
    {
      key: 'branchEvent',
      type: 'select',
      options: BRANCH_EVENTS,
      show: typeIn(...groupTypes('branch')),
    },
    { key: 'revenue', type: 'amount' },
    { key: 'previousRevenue', type: 'amount' },
    { key: 'tradingVolume', type: 'amount', show: securities },
    { key: 'previousTradingVolume', type: 'amount', show: securities },
    { key: 'premiumIncome', type: 'amount', show: insurance },
    { key: 'previousPremiumIncome', type: 'amount', show: insurance },
    { key: 'contractAmount', type: 'amount', show: typeIn(...groupTypes('local')) },
    { key: 'financingProvided', type: 'amount', show: typeIn(...groupTypes('local')) },
    { key: 'superiorInZone', type: 'yesno' },
  ],
  fund: [
    { key: 'managerPaidInCapital', type: 'amount' },
    { key: 'managerStateCapital', type: 'amount' },
    { key: 'managedFundsPaidIn', type: 'amount' },
    { list: true, key: 'managerCapitalIncreases', item: 'amount' },
    { key: 'qflpNewPilot', type: 'yesno' },
    {
      list: true,
      key: 'qflpFunds',
      item: [
        { key: 'paidIn', type: 'amount' },
        { key: 'currency', type: 'select', options: ['USD', 'CNY'], initial: 'USD' },
        { key: 'stateCapital', type: 'amount' },
      ],
    },
    { key: 'usdCnyRate', type: 'number' },
    {
      list: true,
      key: 'investments',
      item: [
        { key: 'company', type: 'text' },
        { key: 'amount', type: 'amount' },
        { key: 'fundedOn', type: 'date' },
        { key: 'firstInvestment', type: 'yesno' },
        { key: 'startup', type: 'yesno' },
        { key: 'stateCapital', type: 'amount' },
      ],
    },
  ],
};

export const ELIGIBILITY_KEYS = [
  'inZone',
  'majorPenaltyInLast3Years',
  'criminalRecord',
  'seriousDishonestyList',
] as const;

/** Everything typed, by path. Strings as typed; booleans for checkboxes; string[] for certifications. */
export type FormValues = Record<string, string | boolean | string[]>;

export interface FormState {
  applicant: ApplicantKind;
  values: FormValues;
  /** Row ids of each list, by list path ("fund.investments"). */
  rows: Record<string, number[]>;
  nextRow: number;
}

export function isList(e: SectionEntry): e is { list: true } & ListDef {
  return 'list' in e;
}

export function emptyState(
  applicant: ApplicantKind = 'enterprise',
  year = String(new Date().getUTCFullYear()),
): FormState {
  const values: FormValues = { year, asOf: '' };
  for (const k of ELIGIBILITY_KEYS) values[`eligibility.${k}`] = '';
  for (const kind of APPLICANT_KINDS) {
    for (const e of SECTIONS[kind]) {
      if (isList(e)) continue;
      const path = `${kind}.${e.key}`;
      if (e.key === 'certifications') values[path] = [];
      else values[path] = e.initial ?? (e.type === 'check' ? false : '');
    }
  }
  return { applicant, values, rows: {}, nextRow: 1 };
}

export function addRow(state: FormState, listPath: string): number {
  const def = listDef(listPath);
  const id = state.nextRow++;
  (state.rows[listPath] ??= []).push(id);
  if (def && def.item !== 'amount') {
    for (const f of def.item)
      state.values[`${listPath}#${id}.${f.key}`] = f.initial ?? (f.type === 'check' ? false : '');
  } else {
    state.values[`${listPath}#${id}`] = '';
  }
  return id;
}

export function removeRow(state: FormState, listPath: string, id: number): void {
  state.rows[listPath] = (state.rows[listPath] ?? []).filter((r) => r !== id);
  for (const k of Object.keys(state.values)) {
    if (k === `${listPath}#${id}` || k.startsWith(`${listPath}#${id}.`)) delete state.values[k];
  }
}

function listDef(listPath: string): ListDef | undefined {
  const [kind, key] = splitFirst(listPath);
  const entries = SECTIONS[kind as ApplicantKind] ?? [];
  return entries.filter(isList).find((e) => e.key === key);
}

function splitFirst(path: string): [string, string] {
  const i = path.indexOf('.');
  return i < 0 ? [path, ''] : [path.slice(0, i), path.slice(i + 1)];
}

function setPath(target: Record<string, unknown>, dotted: string, value: unknown): void {
  const parts = dotted.split('.');
  let obj = target;
  for (const p of parts.slice(0, -1)) obj = (obj[p] ??= {}) as Record<string, unknown>;
  obj[parts[parts.length - 1]!] = value;
}

function getPath(source: unknown, dotted: string): unknown {
  let obj: unknown = source;
  for (const p of dotted.split('.')) {
    if (obj === null || typeof obj !== 'object') return undefined;
    obj = (obj as Record<string, unknown>)[p];
  }
  return obj;
}

/** A typed value for the scenario: trimmed text, or nothing when the field is empty. */
function typed(f: FieldDef, raw: string | boolean | string[] | undefined): unknown {
  if (f.type === 'check') return Array.isArray(raw) ? [...raw] : raw === true;
  if (f.type === 'yesno') return raw === 'yes' ? true : raw === 'no' ? false : undefined;
  if (typeof raw !== 'string') return undefined;
  const text = raw.trim();
  if (text === '') return undefined;
  if (f.type === 'date') {
    const d = parseDateText(text);
    if (d.ok) return d.iso;
  }
  // Plain numbers go over as numbers (so the shared JSON looks like the contract's examples); everything else as the
  // text typed, for the core to read or refuse with a field error.
  if ((f.type === 'int' || f.type === 'number') && /^\d+(\.\d+)?$/.test(text)) return Number(text);
  return text;
}

/** Which entries of a section apply now. */
export function visibleEntries(kind: ApplicantKind, values: FormValues): SectionEntry[] {
  return SECTIONS[kind].filter((e) => !e.show || e.show(values));
}

/**
 * The contract's scenario from the form: the chosen applicant's section only, visible fields only, empty fields left
 * out (so the core reports what it still needs instead of us guessing).
 */
export function toScenario(state: FormState): Scenario {
  const v = state.values;
  const yearText = String(v.year ?? '').trim();
  const scenario: Record<string, unknown> = { year: /^\d+$/.test(yearText) ? Number(yearText) : yearText };
  const asOf = typed({ key: 'asOf', type: 'date' }, v.asOf);
  if (asOf !== undefined && state.applicant === 'fund') scenario.asOf = asOf;
  const eligibility: Record<string, boolean> = {};
  for (const k of ELIGIBILITY_KEYS) {
    const a = v[`eligibility.${k}`];
    if (a === 'yes') eligibility[k] = true;
    else if (a === 'no') eligibility[k] = false;
  }
  if (Object.keys(eligibility).length) scenario.eligibility = eligibility;

  const kind = state.applicant;
  const section: Record<string, unknown> = {};
  for (const e of visibleEntries(kind, v)) {
    const base = `${kind}.${e.key}`;
    if (isList(e)) {
      const ids = state.rows[base] ?? [];
      if (!ids.length) continue;
      const items = ids.map((id) => {
        if (e.item === 'amount') return typed({ key: '', type: 'amount' }, v[`${base}#${id}`]) ?? '';
        const row: Record<string, unknown> = {};
        for (const f of e.item) {
          const val = typed(f, v[`${base}#${id}.${f.key}`]);
          if (val !== undefined) row[f.key] = val;
        }
        return row;
      });
      section[e.key] = items;
    } else {
      const val = typed(e, v[base]);
      if (val !== undefined) setPath(section, e.key, val);
    }
  }
  scenario[kind] = section;
  return scenario as unknown as Scenario;
}

/**
 * A form state from a scenario (the `scenario` property, a shared link). The applicant is the first section present.
 * Values are shown as given; nothing is checked here (the core does that on the next estimate).
 */
export function fromScenario(input: unknown, base?: FormState): FormState {
  const s = (input && typeof input === 'object' ? input : {}) as Record<string, unknown>;
  const kind = APPLICANT_KINDS.find((k) => s[k] && typeof s[k] === 'object') ?? base?.applicant ?? 'enterprise';
  const state = emptyState(kind, s.year !== undefined ? String(s.year) : (base?.values.year as string | undefined));
  const v = state.values;
  if (typeof s.asOf === 'string') v.asOf = s.asOf;
  const elig = (s.eligibility ?? {}) as Record<string, unknown>;
  for (const k of ELIGIBILITY_KEYS) {
    if (elig[k] === true) v[`eligibility.${k}`] = 'yes';
    else if (elig[k] === false) v[`eligibility.${k}`] = 'no';
  }
  for (const k of APPLICANT_KINDS) {
    const section = s[k];
    if (!section || typeof section !== 'object') continue;
    for (const e of SECTIONS[k]) {
      const path = `${k}.${e.key}`;
      const given = getPath(section, e.key);
      if (isList(e)) {
        if (!Array.isArray(given)) continue;
        for (const item of given) {
          const id = addRow(state, path);
          if (e.item === 'amount') v[`${path}#${id}`] = asText(item);
          else for (const f of e.item) setFromGiven(v, `${path}#${id}.${f.key}`, f, getPath(item, f.key));
        }
      } else {
        setFromGiven(v, path, e, given);
      }
    }
  }
  return state;
}

function setFromGiven(v: FormValues, path: string, f: FieldDef, given: unknown): void {
  if (given === undefined || given === null) return;
  if (f.type === 'check') {
    if (Array.isArray(given)) v[path] = given.map(String);
    else v[path] = given === true;
  } else if (f.type === 'yesno') {
    v[path] = given === true ? 'yes' : given === false ? 'no' : asText(given);
  } else {
    v[path] = asText(given);
  }
}

function asText(x: unknown): string {
  return x === undefined || x === null ? '' : typeof x === 'object' ? JSON.stringify(x) : String(x);
}

/**
 * The form key of an error's field path: "fund.investments[1].amount" → "fund.investments#7.amount" (row 1's id).
 * Falls back to the nearest enclosing field or row, then to undefined (shown above the form).
 */
export function keyForErrorPath(state: FormState, path: string): string | undefined {
  let key = path.replace(/^(\w+\.\w+)\[(\d+)\]/, (_m, list: string, i: string) => {
    const id = state.rows[list]?.[Number(i)];
    return id === undefined ? `${list}[${i}]` : `${list}#${id}`;
  });
  // "enterprise.certifications[0]" is one checkbox group.
  key = key.replace(/^(enterprise\.certifications)\[\d+\]$/, '$1');
  while (key) {
    if (key in state.values) return key;
    const rowMatch = /^(\w+\.\w+#\d+)/.exec(key);
    if (rowMatch && key === rowMatch[1]) return key;
    const cut = Math.max(key.lastIndexOf('.'), key.lastIndexOf('['));
    if (cut <= 0) break;
    key = key.slice(0, cut);
    if (/^\w+$/.test(key)) break; // a whole section has no single input
  }
  return undefined;
}

/** Whether a value says nothing yet: an empty box, an unticked box, no option chosen. */
export function isBlank(value: string | boolean | string[] | undefined): boolean {
  return (
    value === undefined || value === false || (Array.isArray(value) ? value.length === 0 : String(value).trim() === '')
  );
}

/**
 * Whether the user has stated anything for the chosen applicant: until then the widget shows where to start, not
 * verdicts computed from empty fields (issue 12). Values still at their preset (an institution's "bank") don't count.
 */
export function hasInput(state: FormState): boolean {
  const v = state.values;
  if (ELIGIBILITY_KEYS.some((k) => !isBlank(v[`eligibility.${k}`]))) return true;
  if (state.applicant === 'fund' && !isBlank(v.asOf)) return true;
  for (const e of visibleEntries(state.applicant, v)) {
    const path = `${state.applicant}.${e.key}`;
    if (isList(e)) {
      if ((state.rows[path] ?? []).length) return true;
    } else if (!isBlank(v[path]) && v[path] !== e.initial) return true;
  }
  return false;
}

/** Dates are read between these years: a year being typed ("0002", "7123") is not a date to compute with. */
export const DATE_YEARS = { min: 2000, max: 2100 } as const;

export type DateParse = { ok: true; iso: string } | { ok: false; reason: 'format' | 'year' | 'day' };

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * A date as people write it, in either page language: 2027-12-31, 2027/12/31, 2027.12.31, 20271231, 2027年12月31日,
 * 31 Dec 2027, December 31, 2027 (full-width digits too). Day-month orders of bare numbers (12/31/2027, 31/12/2027)
 * are refused: which one a reader means depends on where they live, and a wrong guess moves art. 15's dates.
 */
export function parseDateText(input: string): DateParse {
  const text = input.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).trim();
  let y: number, m: number, d: number;
  let match =
    /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(text) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (match) [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else if ((match = /^(\d{1,2})\s+([a-z]{3,})\.?,?\s+(\d{4})$/i.exec(text))) {
    [y, m, d] = [Number(match[3]), monthOf(match[2]!), Number(match[1])];
  } else if ((match = /^([a-z]{3,})\.?\s+(\d{1,2}),?\s+(\d{4})$/i.exec(text))) {
    [y, m, d] = [Number(match[3]), monthOf(match[1]!), Number(match[2])];
  } else return { ok: false, reason: 'format' };
  if (!(m >= 1 && m <= 12)) return { ok: false, reason: 'format' };
  if (y < DATE_YEARS.min || y > DATE_YEARS.max) return { ok: false, reason: 'year' };
  const days = [31, y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][
    m - 1
  ]!;
  if (d < 1 || d > days) return { ok: false, reason: 'day' };
  return { ok: true, iso: `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` };
}

function monthOf(name: string): number {
  const i = MONTHS.indexOf(name.slice(0, 3).toLowerCase());
  // "Sept" and full names read by their first three letters; anything else is not a month.
  return i >= 0 && MONTHS[i]!.length <= name.length && /^[a-z]+$/i.test(name) ? i + 1 : 0;
}

/**
 * Above this an amount is a typo (a unit or a few digits too many), not a figure: 1,000 万亿元, more than the yearly
 * turnover of China's whole stock market. The core would compute with it and cap it silently (issue 12).
 */
export const MAX_AMOUNT_WAN = 1e11;

/** A problem the widget finds before the core: `path` as the core writes field paths, `key` the form's key. */
export interface FormProblem {
  path: string;
  key: string;
  kind: 'date' | 'dateYear' | 'dateDay' | 'tooLarge';
  value: string;
  /** i18n key of the field's label, and the row number for list rows. */
  label: string;
  n?: number;
}

/** Dates that can't be read (or are in a year being typed) and amounts beyond any real figure, in the shown form. */
export function formProblems(state: FormState): FormProblem[] {
  const out: FormProblem[] = [];
  const v = state.values;
  const kind = state.applicant;
  const check = (f: FieldDef, key: string, path: string, label: string, n?: number) => {
    const raw = v[key];
    if (typeof raw !== 'string' || raw.trim() === '') return;
    const value = raw.trim();
    if (f.type === 'date') {
      const d = parseDateText(value);
      if (!d.ok)
        out.push({
          path,
          key,
          kind: d.reason === 'year' ? 'dateYear' : d.reason === 'day' ? 'dateDay' : 'date',
          value,
          label,
          n,
        });
    } else if (f.type === 'amount') {
      const a = parseAmount(value);
      // Beyond any real figure: the widget's own bound, or the core's (which refuses the text outright). Either way
      // the message names the field.
      if ((a.ok && a.value.greaterThan(MAX_AMOUNT_WAN)) || (!a.ok && a.reason === 'too-large'))
        out.push({ path, key, kind: 'tooLarge', value, label, n });
    }
  };
  if (kind === 'fund') check({ key: 'asOf', type: 'date' }, 'asOf', 'asOf', 'calc.field.asOf.label');
  for (const e of visibleEntries(kind, v)) {
    const base = `${kind}.${e.key}`;
    if (!isList(e)) {
      check(e, base, base, `calc.field.${base}.label`);
      continue;
    }
    (state.rows[base] ?? []).forEach((id, i) => {
      if (e.item === 'amount')
        check({ key: '', type: 'amount' }, `${base}#${id}`, `${base}[${i}]`, `calc.field.${base}.item.label`, i + 1);
      else
        for (const f of e.item)
          check(f, `${base}#${id}.${f.key}`, `${base}[${i}].${f.key}`, `calc.field.${base}.${f.key}.label`, i + 1);
    });
  }
  return out;
}
