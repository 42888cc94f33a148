/**
 * The scenario contract (docs/scenario.md) as a valibot schema. Validation collects every error at once,
 * each with its field path; the output is the normalised scenario the rules read (amounts as exact Decimals in 万元).
 * Issue messages here are error codes; core/errors.ts turns them into sentences in the chosen language.
 */
import * as v from 'valibot';
import { parseAmount } from './amount.ts';
import { isIsoDate } from './dates.ts';
import { Decimal } from './money.ts';
// The words the contract accepts are the policy's own (core/policy/vocabulary.ts), listed once.
import { BRANCH_EVENTS, CERTIFICATIONS, INSTITUTION_TYPES } from './policy/vocabulary.ts';

/** An amount in 万元 as people write it (core/amount.ts). */
const amount = v.pipe(
  v.unknown(),
  v.rawTransform(({ dataset, addIssue, NEVER }) => {
    const parsed = parseAmount(dataset.value);
    if (parsed.ok) return parsed.value;
    addIssue({
      message:
        parsed.reason === 'negative'
          ? 'amount-negative'
          : parsed.reason === 'too-large'
            ? 'amount-too-large'
            : 'amount',
    });
    return NEVER;
  }),
);

/** A strictly positive decimal (an exchange rate), or undefined. */
const DECIMAL_DIGITS = /^\d+(\.\d+)?$/;
const WHOLE_DIGITS = /^\s*\d+\s*$/;
/** Already a date as written in ASCII: NFKC and trimming would give it back unchanged. */
const PLAIN_DATE = /^\d{4}-\d{2}-\d{2}$/;

function positiveDecimalOf(raw: unknown): Decimal | undefined {
  const text =
    typeof raw === 'number' ? (Number.isFinite(raw) ? String(raw) : '') : typeof raw === 'string' ? raw.trim() : '';
  if (DECIMAL_DIGITS.test(text)) {
    const d = new Decimal(text);
    if (!d.isZero()) return d;
  }
  return undefined;
}

/** A strictly positive decimal (an exchange rate). */
const positiveDecimal = v.pipe(
  v.unknown(),
  v.rawTransform(({ dataset, addIssue, NEVER }) => {
    const d = positiveDecimalOf(dataset.value);
    if (d) return d;
    addIssue({ message: 'positive-number' });
    return NEVER;
  }),
);

/** A whole number in [min, max], given as a number or as digits ("12"), or undefined. */
function wholeOf(value: unknown, min: number, max: number): number | undefined {
  // NFKC: full-width digits ("１２"), as the amount parser reads them.
  const raw = typeof value === 'string' ? value.normalize('NFKC') : value;
  const n = typeof raw === 'number' ? raw : typeof raw === 'string' && WHOLE_DIGITS.test(raw) ? Number(raw) : NaN;
  return Number.isInteger(n) && n >= min && n <= max ? n : undefined;
}

/** A whole number in [min, max], given as a number or as digits ("12"); `code` names the error. */
const wholeIn = (min: number, max: number, code: string) =>
  v.pipe(
    v.unknown(),
    v.rawTransform(({ dataset, addIssue, NEVER }) => {
      const n = wholeOf(dataset.value, min, max);
      if (n !== undefined) return n;
      addIssue({ message: code });
      return NEVER;
    }),
  );
const YEARS = [1990, 2100] as const;
const wholeNumber = wholeIn(0, Number.MAX_SAFE_INTEGER, 'whole-number');
const year = wholeIn(YEARS[0], YEARS[1], 'year');

/** A date YYYY-MM-DD (full-width characters and surrounding spaces accepted), or undefined. */
function isoDateOf(raw: unknown): string | undefined {
  // The length check first: NFKC of a pasted megabyte is not worth doing for a 10-character date.
  if (typeof raw === 'string' && PLAIN_DATE.test(raw)) return isIsoDate(raw) ? raw : undefined;
  const text = typeof raw === 'string' && raw.length <= 64 ? raw.normalize('NFKC').trim() : raw;
  return isIsoDate(text) ? text : undefined;
}

/** A date YYYY-MM-DD; like amounts, full-width characters ("２０２５－０３－０１") and surrounding spaces are accepted. */
const isoDate = v.pipe(
  v.unknown(),
  v.rawTransform(({ dataset, addIssue, NEVER }) => {
    const d = isoDateOf(dataset.value);
    if (d !== undefined) return d;
    addIssue({ message: 'date' });
    return NEVER;
  }),
);
const flag = v.boolean('boolean');
/** An object with named fields; valibot's object() alone would also take an array. */
const obj = <E extends v.ObjectEntries>(entries: E) =>
  v.pipe(
    v.custom<Record<string, unknown>>((x) => typeof x === 'object' && x !== null && !Array.isArray(x), 'object'),
    v.object(entries, 'object'),
  );
const opt = <T extends v.GenericSchema>(s: T) => v.nullish(s);
const list = <T extends v.GenericSchema>(s: T) => v.nullish(v.array(s, 'array'));

const eligibilityEntries = {
  inZone: opt(flag),
  majorPenaltyInLast3Years: opt(flag),
  criminalRecord: opt(flag),
  seriousDishonestyList: opt(flag),
};
const techInsuranceEntries = { premium: opt(amount), termMonths: opt(wholeNumber) };
const startupGuaranteeEntries = { municipalSupport: opt(amount), interestPaid: opt(amount) };

const enterpriseEntries = {
  smallOrMicro: opt(flag),
  certifications: list(v.picklist(CERTIFICATIONS, 'enum')),
  techInsurance: opt(obj(techInsuranceEntries)),
  loanInterestPaid: opt(amount),
  firstLoanMunicipalSupport: opt(amount),
  startupGuaranteeLoan: opt(obj(startupGuaranteeEntries)),
};

const institutionEntries = {
  type: opt(v.picklist(INSTITUTION_TYPES, 'enum')),
  newlyEstablished: opt(flag),
  paidInCapital: opt(amount),
  capitalIncreases: list(amount),
  revenue: opt(amount),
  previousRevenue: opt(amount),
  tradingVolume: opt(amount),
  previousTradingVolume: opt(amount),
  premiumIncome: opt(amount),
  previousPremiumIncome: opt(amount),
  superiorInZone: opt(flag),
  contractAmount: opt(amount),
  financingProvided: opt(amount),
  branchEvent: opt(v.picklist(BRANCH_EVENTS, 'enum')),
};

const qflpFundEntries = {
  paidIn: opt(amount),
  currency: opt(v.picklist(['USD', 'CNY'] as const, 'enum')),
  stateCapital: opt(amount),
};

const investmentEntries = {
  company: opt(v.string('string')),
  amount: opt(amount),
  fundedOn: opt(isoDate),
  firstInvestment: opt(flag),
  startup: opt(flag),
  stateCapital: opt(amount),
};
const investmentSchema = obj(investmentEntries);

const fundEntries = {
  managerPaidInCapital: opt(amount),
  managerStateCapital: opt(amount),
  managedFundsPaidIn: opt(amount),
  managerCapitalIncreases: list(amount),
  qflpNewPilot: opt(flag),
  qflpFunds: list(obj(qflpFundEntries)),
  usdCnyRate: opt(positiveDecimal),
  investments: list(investmentSchema),
};

const fundSchema = v.pipe(
  obj(fundEntries),
  // Art. 12 converts CNY funds to 万美元 at the user's rate; without it we would have to guess one.
  v.rawCheck(({ dataset, addIssue }) => {
    // Also when another fund field is wrong (the dataset is then untyped): every error at once. Read defensively.
    const f = dataset.value as { usdCnyRate?: unknown; qflpFunds?: unknown };
    if (typeof f !== 'object' || f === null) return;
    const funds = Array.isArray(f.qflpFunds) ? (f.qflpFunds as unknown[]) : [];
    if (
      f.usdCnyRate == null &&
      funds.some((q) => typeof q === 'object' && q !== null && (q as { currency?: unknown }).currency === 'CNY')
    ) {
      addIssue({
        message: 'usd-rate-required',
        path: [{ type: 'object', origin: 'value', input: f, key: 'usdCnyRate', value: undefined }],
      });
    }
  }),
);

const scenarioEntries = {
  year: v.pipe(
    v.unknown(),
    v.check((x) => x !== undefined && x !== null, 'required'),
    year,
  ),
  asOf: opt(isoDate),
  eligibility: opt(obj(eligibilityEntries)),
  enterprise: opt(obj(enterpriseEntries)),
  institution: opt(obj(institutionEntries)),
  fund: opt(fundSchema),
};

export const scenarioSchema = obj(scenarioEntries);

export type NormalizedScenario = v.InferOutput<typeof scenarioSchema>;
export type NormalizedEnterprise = NonNullable<NormalizedScenario['enterprise']>;
export type NormalizedInstitution = NonNullable<NormalizedScenario['institution']>;
export type NormalizedFund = NonNullable<NormalizedScenario['fund']>;
export type NormalizedInvestment = v.InferOutput<typeof investmentSchema>;

/** The schema's object shapes, to tell the user which fields were not recognised (a typo loses nothing silently). */
const SHAPES: Record<string, v.ObjectEntries> = {
  '': scenarioEntries,
  eligibility: eligibilityEntries,
  enterprise: enterpriseEntries,
  'enterprise.techInsurance': techInsuranceEntries,
  'enterprise.startupGuaranteeLoan': startupGuaranteeEntries,
  institution: institutionEntries,
  fund: fundEntries,
  'fund.qflpFunds[]': qflpFundEntries,
  'fund.investments[]': investmentEntries,
};

export function unknownFields(input: unknown): string[] {
  const found: string[] = [];
  visitShape(input, '', '', found);
  return found;
}

/** Every full estimate asks this: paths are only spelled out for what is reported or walked into. */
function visitShape(value: unknown, shapeKey: string, path: string, found: string[]): void {
  const shape = SHAPES[shapeKey];
  if (!shape || !value || typeof value !== 'object' || Array.isArray(value)) return;
  for (const key of Object.keys(value)) {
    const child = (value as Record<string, unknown>)[key];
    // Own keys only: "constructor", "toString" or "__proto__" are in every object's prototype chain, not in the shape.
    if (!Object.hasOwn(shape, key)) {
      found.push(path ? `${path}.${key}` : key);
      continue;
    }
    // Only objects and lists can hold a field of their own.
    if (typeof child !== 'object' || child === null) continue;
    const childPath = path ? `${path}.${key}` : key;
    const childShape = shapeKey ? `${shapeKey}.${key}` : key;
    if (Array.isArray(child)) {
      const itemShape = `${childShape}[]`;
      if (!SHAPES[itemShape]) continue;
      for (let i = 0; i < child.length; i++) visitShape(child[i], itemShape, `${childPath}[${i}]`, found);
    } else visitShape(child, childShape, childPath, found);
  }
}

/*
 * The same reading without valibot's machinery, for a scenario with no error: most scenarios (a batch, a sweep, the
 * widget as the user types) are valid, and valibot's datasets were a fifth of an amounts-only estimate. At the first
 * doubt it gives up (BAD) and the schema above reads the scenario again, errors and all; the leaves (amounts, whole
 * numbers, dates, rates) are the schema's own functions. test/core/scenario-fast.test.ts checks both give the same.
 */
const BAD: unique symbol = Symbol('bad');
type Reader = (x: unknown) => unknown;

const isPlainObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/** v.object: the entries present in the input (`in`, as valibot asks), in the entries' order; other keys dropped. */
function shape(fields: Array<readonly [string, Reader]>): Reader {
  const keys = fields.map((f) => f[0]);
  const reads = fields.map((f) => f[1]);
  return (x) => {
    if (!isPlainObject(x)) return BAD;
    const out: Record<string, unknown> = {};
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!;
      if (key in x) {
        const value = reads[i]!(x[key]);
        if (value === BAD) return BAD;
        out[key] = value;
      }
    }
    return out;
  };
}
const orNull =
  (read: Reader): Reader =>
  (x) =>
    x === null || x === undefined ? x : read(x);
const listOf = (read: Reader): Reader =>
  orNull((x) => {
    if (!Array.isArray(x)) return BAD;
    const out: unknown[] = [];
    for (let i = 0; i < x.length; i++) {
      const value = read(x[i]);
      if (value === BAD) return BAD;
      out.push(value);
    }
    return out;
  });
const oneOf = (words: readonly string[]): Reader => {
  const set = new Set<unknown>(words);
  return (x) => (set.has(x) ? x : BAD);
};
const readAmount: Reader = (x) => {
  const p = parseAmount(x);
  return p.ok ? p.value : BAD;
};
const readFlag: Reader = (x) => (typeof x === 'boolean' ? x : BAD);
const readWhole: Reader = (x) => wholeOf(x, 0, Number.MAX_SAFE_INTEGER) ?? BAD;
const readDate: Reader = (x) => isoDateOf(x) ?? BAD;
const readRate: Reader = (x) => positiveDecimalOf(x) ?? BAD;

const fastEligibility = shape([
  ['inZone', orNull(readFlag)],
  ['majorPenaltyInLast3Years', orNull(readFlag)],
  ['criminalRecord', orNull(readFlag)],
  ['seriousDishonestyList', orNull(readFlag)],
]);
const fastEnterprise = shape([
  ['smallOrMicro', orNull(readFlag)],
  ['certifications', listOf(oneOf(CERTIFICATIONS))],
  [
    'techInsurance',
    orNull(
      shape([
        ['premium', orNull(readAmount)],
        ['termMonths', orNull(readWhole)],
      ]),
    ),
  ],
  ['loanInterestPaid', orNull(readAmount)],
  ['firstLoanMunicipalSupport', orNull(readAmount)],
  [
    'startupGuaranteeLoan',
    orNull(
      shape([
        ['municipalSupport', orNull(readAmount)],
        ['interestPaid', orNull(readAmount)],
      ]),
    ),
  ],
]);
const fastInstitution = shape([
  ['type', orNull(oneOf(INSTITUTION_TYPES))],
  ['newlyEstablished', orNull(readFlag)],
  ['paidInCapital', orNull(readAmount)],
  ['capitalIncreases', listOf(readAmount)],
  ['revenue', orNull(readAmount)],
  ['previousRevenue', orNull(readAmount)],
  ['tradingVolume', orNull(readAmount)],
  ['previousTradingVolume', orNull(readAmount)],
  ['premiumIncome', orNull(readAmount)],
  ['previousPremiumIncome', orNull(readAmount)],
  ['superiorInZone', orNull(readFlag)],
  ['contractAmount', orNull(readAmount)],
  ['financingProvided', orNull(readAmount)],
  ['branchEvent', orNull(oneOf(BRANCH_EVENTS))],
]);
const fastFundFields = shape([
  ['managerPaidInCapital', orNull(readAmount)],
  ['managerStateCapital', orNull(readAmount)],
  ['managedFundsPaidIn', orNull(readAmount)],
  ['managerCapitalIncreases', listOf(readAmount)],
  ['qflpNewPilot', orNull(readFlag)],
  [
    'qflpFunds',
    listOf(
      shape([
        ['paidIn', orNull(readAmount)],
        ['currency', orNull(oneOf(['USD', 'CNY']))],
        ['stateCapital', orNull(readAmount)],
      ]),
    ),
  ],
  ['usdCnyRate', orNull(readRate)],
  [
    'investments',
    listOf(
      shape([
        ['company', orNull((x) => (typeof x === 'string' ? x : BAD))],
        ['amount', orNull(readAmount)],
        ['fundedOn', orNull(readDate)],
        ['firstInvestment', orNull(readFlag)],
        ['startup', orNull(readFlag)],
        ['stateCapital', orNull(readAmount)],
      ]),
    ),
  ],
]);
const fastFund: Reader = (x) => {
  const f = fastFundFields(x);
  if (f === BAD) return BAD;
  const { usdCnyRate, qflpFunds } = f as { usdCnyRate?: unknown; qflpFunds?: Array<{ currency?: unknown }> | null };
  // The schema's usd-rate-required.
  if (usdCnyRate == null && qflpFunds?.some((q) => q.currency === 'CNY')) return BAD;
  return f;
};
const fastScenario = shape([
  ['year', (x) => (x === null || x === undefined ? BAD : (wholeOf(x, YEARS[0], YEARS[1]) ?? BAD))],
  ['asOf', orNull(readDate)],
  ['eligibility', orNull(fastEligibility)],
  ['enterprise', orNull(fastEnterprise)],
  ['institution', orNull(fastInstitution)],
  ['fund', orNull(fastFund)],
]);

/** The normalised scenario as `scenarioSchema` gives it, or undefined when anything is wrong (then ask the schema). */
export function readValidScenario(input: unknown): NormalizedScenario | undefined {
  if (!isPlainObject(input) || !('year' in input)) return undefined;
  const out = fastScenario(input);
  return out === BAD ? undefined : (out as NormalizedScenario);
}
