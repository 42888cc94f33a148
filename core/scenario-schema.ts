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

/** A strictly positive decimal (an exchange rate). */
const positiveDecimal = v.pipe(
  v.unknown(),
  v.rawTransform(({ dataset, addIssue, NEVER }) => {
    const raw = dataset.value;
    const text =
      typeof raw === 'number' ? (Number.isFinite(raw) ? String(raw) : '') : typeof raw === 'string' ? raw.trim() : '';
    if (/^\d+(\.\d+)?$/.test(text) && !new Decimal(text).isZero()) return new Decimal(text);
    addIssue({ message: 'positive-number' });
    return NEVER;
  }),
);

/** A whole number in [min, max], given as a number or as digits ("12"); `code` names the error. */
const wholeIn = (min: number, max: number, code: string) =>
  v.pipe(
    v.unknown(),
    v.rawTransform(({ dataset, addIssue, NEVER }) => {
      // NFKC: full-width digits ("１２"), as the amount parser reads them.
      const raw = typeof dataset.value === 'string' ? dataset.value.normalize('NFKC') : dataset.value;
      const n = typeof raw === 'number' ? raw : typeof raw === 'string' && /^\s*\d+\s*$/.test(raw) ? Number(raw) : NaN;
      if (Number.isInteger(n) && n >= min && n <= max) return n;
      addIssue({ message: code });
      return NEVER;
    }),
  );
const wholeNumber = wholeIn(0, Number.MAX_SAFE_INTEGER, 'whole-number');
const year = wholeIn(1990, 2100, 'year');

/** A date YYYY-MM-DD; like amounts, full-width characters ("２０２５－０３－０１") and surrounding spaces are accepted. */
const isoDate = v.pipe(
  v.unknown(),
  v.rawTransform(({ dataset, addIssue, NEVER }) => {
    const raw = dataset.value;
    // The length check first: NFKC of a pasted megabyte is not worth doing for a 10-character date.
    const text = typeof raw === 'string' && raw.length <= 64 ? raw.normalize('NFKC').trim() : raw;
    if (isIsoDate(text)) return text;
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
  const visit = (value: unknown, shapeKey: string, path: string) => {
    const shape = SHAPES[shapeKey];
    if (!shape || !value || typeof value !== 'object' || Array.isArray(value)) return;
    for (const key of Object.keys(value)) {
      const child = (value as Record<string, unknown>)[key];
      const childPath = path ? `${path}.${key}` : key;
      // Own keys only: "constructor", "toString" or "__proto__" are in every object's prototype chain, not in the shape.
      if (!Object.hasOwn(shape, key)) {
        found.push(childPath);
        continue;
      }
      const childShape = shapeKey ? `${shapeKey}.${key}` : key;
      if (Array.isArray(child)) child.forEach((c, i) => visit(c, `${childShape}[]`, `${childPath}[${i}]`));
      else visit(child, childShape, childPath);
    }
  };
  visit(input, '', '');
  return found;
}
