/**
 * "What if this amount were different?": the same `estimate` run once per value of one amount field, with the
 * field's breakpoints (./breakpoints.ts) so that a chart can mark them. Nothing here computes a subsidy: every figure
 * is the core's own result for that value, so a what-if point and an estimate of the same scenario always agree.
 */
import { estimate } from '../engine.ts';
import { parseAmount } from '../amount.ts';
import { Decimal } from '../money.ts';
import type { AmountInput, EstimateOptions, FieldError, ItemStatus, Lang } from '../types.ts';
import { breakpointsOf, type Breakpoint } from './breakpoints.ts';
import { whatIfTranslator } from './messages.ts';
import { missingEntry, parsePath, withValueAt, type Segment } from './path.ts';

export type { Breakpoint, BreakpointKind, BreakpointSide } from './breakpoints.ts';

/** A what-if asks for at most this many estimates (the CLI and the widget alike). */
export const WHAT_IF_MAX_POINTS = 10_000;

export interface WhatIfItem {
  article: number;
  rule: string;
  /** The list entry the item is about, as in the result (`fund.investments[0]`). */
  subject?: string;
  status: ItemStatus;
  /** 万元, two decimals, as in the result. */
  amount: string;
}

export interface WhatIfPoint {
  /** The field's value in 万元, exact ("49.99", "50000"). */
  value: string;
  /** 万元, two decimals: the result's total for this value. */
  total: string;
  /** Every item with an amount (articles without one, `info`, are left out). */
  items: WhatIfItem[];
}

export interface WhatIfResult {
  field: string;
  points: WhatIfPoint[];
  breakpoints: Breakpoint[];
  /** The field's value in the scenario as given (万元, exact), if it has one. */
  current?: string;
  lang: Lang;
}

export type WhatIfOutcome = { ok: true; result: WhatIfResult } | { ok: false; errors: FieldError[] };

/** An impossible amount: written at the field, the core's validation says whether the field is an amount. */
const PROBE = '\u0000';

/**
 * Runs `estimate` for each value of `field` (a dotted path such as `enterprise.loanInterestPaid` or
 * `fund.investments[0].amount`) in `scenario`. Errors name the field: a path that is not one, a field the contract
 * does not have, a field that is not an amount, a list entry the scenario lacks, a value that is not an amount, more
 * than WHAT_IF_MAX_POINTS values; an invalid scenario gives the core's own field errors.
 */
export function whatIf(
  scenario: unknown,
  field: string,
  values: readonly AmountInput[],
  options: EstimateOptions = {},
): WhatIfOutcome {
  const lang: Lang = options.lang === 'en' ? 'en' : 'zh-CN';
  const t = whatIfTranslator(lang);
  const fail = (code: string, key: string, params: Record<string, string | number> = {}): WhatIfOutcome => ({
    ok: false,
    errors: [{ path: field, code, message: t(key, { field, ...params }) }],
  });
  if (Array.isArray(scenario))
    return {
      ok: false,
      errors: [
        { path: '', code: 'what-if-one-scenario', message: t('errors.notScenario', { count: scenario.length }) },
      ],
    };
  const base = estimate(scenario, options);
  if (!base.ok) return base;
  const segments = parsePath(field);
  if (!segments) return fail('what-if-path', 'errors.path');
  const missing = missingEntry(scenario, segments);
  if (missing) return fail('what-if-no-entry', 'errors.noEntry', missing);
  const root = scenario as Record<string, unknown>;
  const kind = amountField(root, segments, field, options);
  if (kind !== 'amount')
    return fail(
      kind === 'unknown' ? 'what-if-unknown-field' : 'what-if-not-amount',
      kind === 'unknown' ? 'errors.unknownField' : 'errors.notAmount',
    );
  if (values.length === 0) return fail('what-if-no-values', 'errors.noValues');
  if (values.length > WHAT_IF_MAX_POINTS)
    return fail('what-if-too-many', 'errors.tooMany', { count: values.length, max: WHAT_IF_MAX_POINTS });

  const points: WhatIfPoint[] = [];
  for (const value of values) {
    const outcome = estimate(withValueAt(root, segments, value), options);
    // A value that is not an amount: the core's own error, which names the field.
    if (!outcome.ok) return outcome;
    const parsed = parseAmount(value);
    points.push({
      value: parsed.ok ? parsed.value.toFixed() : String(value),
      total: outcome.result.total,
      items: outcome.result.items
        .filter((i) => i.status !== 'info')
        .map((i) => ({
          article: i.article,
          rule: i.rule,
          ...(i.subject ? { subject: i.subject } : {}),
          status: i.status,
          amount: i.amount,
        })),
    });
  }
  const given = parseAmount(getValue(root, segments));
  return {
    ok: true,
    result: {
      field,
      points,
      breakpoints: breakpointsOf(scenario, field, options.policies),
      ...(given.ok ? { current: given.value.toFixed() } : {}),
      lang: base.result.lang,
    },
  };
}

/** Whether the contract reads the field as an amount: the core's validation of an impossible amount written there. */
function amountField(
  root: Record<string, unknown>,
  segments: Segment[],
  field: string,
  options: EstimateOptions,
): 'amount' | 'other' | 'unknown' {
  const probe = estimate(withValueAt(root, segments, PROBE), { ...options, lang: 'en' });
  if (probe.ok) return 'unknown'; // nothing read it: the contract has no such field (the result notes it as unknown)
  const error = probe.errors.find((e) => e.path === field);
  if (!error)
    return probe.errors.some((e) => field.startsWith(`${e.path}.`) || field.startsWith(`${e.path}[`))
      ? 'other'
      : 'unknown';
  return error.code === 'amount' ? 'amount' : 'other';
}

function getValue(root: unknown, segments: readonly Segment[]): unknown {
  let node = root;
  for (const s of segments)
    node = node !== null && typeof node === 'object' ? (node as Record<string | number, unknown>)[s] : undefined;
  return node;
}

export type WhatIfRange = { ok: true; values: string[] } | { ok: false; errors: FieldError[] };

/**
 * The values from `from` to `to` by `step`, exact (amounts as the core reads them: "0", "1亿", 2.5); the last value
 * is `to` itself even when the steps do not land on it. Errors name the option: an amount that is not one, a step of
 * 0, from > to, more than WHAT_IF_MAX_POINTS values.
 */
export function whatIfRange(
  from: AmountInput,
  to: AmountInput,
  step: AmountInput,
  options: Pick<EstimateOptions, 'lang'> = {},
): WhatIfRange {
  const t = whatIfTranslator(options.lang === 'en' ? 'en' : 'zh-CN');
  const errors: FieldError[] = [];
  const read = (value: AmountInput, option: string): Decimal | undefined => {
    const parsed = parseAmount(value);
    if (parsed.ok) return parsed.value;
    errors.push({ path: option, code: 'amount', message: t('errors.bound', { option, value: String(value) }), value });
    return undefined;
  };
  const a = read(from, '--from');
  const b = read(to, '--to');
  const parsedStep = parseAmount(step);
  const s = parsedStep.ok && parsedStep.value.greaterThan(0) ? parsedStep.value : undefined;
  if (!s)
    errors.push({ path: '--step', code: 'step', message: t('errors.step', { value: String(step) }), value: step });
  if (a && b && a.greaterThan(b))
    errors.push({ path: '--from', code: 'order', message: t('errors.order', { from: a.toFixed(), to: b.toFixed() }) });
  if (errors.length || !a || !b || !s) return { ok: false, errors };
  const steps = b.minus(a).dividedToIntegerBy(s);
  const landsOnTo = a.plus(steps.times(s)).equals(b);
  const count = steps.plus(landsOnTo ? 1 : 2);
  if (count.greaterThan(WHAT_IF_MAX_POINTS)) {
    return {
      ok: false,
      errors: [
        {
          path: '--step',
          code: 'what-if-too-many',
          message: t('errors.tooMany', { field: '--step', count: count.toFixed(), max: WHAT_IF_MAX_POINTS }),
        },
      ],
    };
  }
  const values: string[] = [];
  for (let i = 0; steps.greaterThanOrEqualTo(i); i++) values.push(a.plus(s.times(i)).toFixed());
  if (!landsOnTo) values.push(b.toFixed());
  return { ok: true, values };
}
