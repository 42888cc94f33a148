/** valibot issues → field errors with a path and a sentence in the chosen language. */
import type * as v from 'valibot';
import type { Translate as TFunction } from './i18n.ts';
import type { FieldError } from './types.ts';

/** The codes our schema puts in issue messages; anything else is valibot's own type check, named by its kind. */
const CODES = new Set([
  'amount',
  'amount-negative',
  'amount-too-large',
  'positive-number',
  'whole-number',
  'year',
  'date',
  'boolean',
  'enum',
  'array',
  'object',
  'string',
  'required',
  'usd-rate-required',
]);

export function pathOf(issue: v.BaseIssue<unknown>): string {
  let path = '';
  for (const seg of issue.path ?? []) {
    const key = (seg as { key: unknown }).key;
    if (typeof key === 'number') path += `[${key}]`;
    else path += path ? `.${String(key)}` : String(key);
  }
  return path;
}

export function toFieldErrors(issues: readonly v.BaseIssue<unknown>[], input: unknown, t: TFunction): FieldError[] {
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  for (const issue of issues) {
    const path = pathOf(issue);
    // valibot reports a missing key of an object as an object issue on that key: the user left out a required field.
    const missingKey =
      issue.kind === 'schema' &&
      issue.type === 'object' &&
      path !== '' &&
      issue.input === undefined &&
      issue.received === 'undefined';
    const code = missingKey
      ? 'required'
      : CODES.has(issue.message)
        ? issue.message
        : issue.expected === 'Object' || (issue.kind === 'schema' && issue.type === 'object')
          ? 'object'
          : 'invalid';
    const key = `${path}|${code}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const value = path === '' && code === 'object' ? input : issue.input;
    const shown = value === undefined ? '' : preview(value);
    // A picklist's issue lists its options ('"bank" | "securities"…'): tell the user which values are allowed.
    const allowed = code === 'enum' && issue.expected ? issue.expected.replace(/["()]/g, '').split(' | ') : [];
    const error: FieldError = {
      path,
      code,
      message: t(`errors.${code}`, { path: path || t('errors.scenario'), value: shown, allowed }),
    };
    if (value !== undefined)
      error.value = typeof value === 'string' && value.length > PREVIEW_CHARS ? shorten(value) : value;
    errors.push(error);
  }
  return errors;
}

/** How much of a value an error message echoes: enough to recognise it, never a pasted megabyte. */
const PREVIEW_CHARS = 60;

function shorten(text: string): string {
  return text.length > PREVIEW_CHARS ? `${text.slice(0, PREVIEW_CHARS)}… (${text.length} characters)` : text;
}

/**
 * A value as JSON for a message, built with a depth limit: JSON.stringify of 100,000 nested arrays overflows the
 * stack, and of a long string echoes all of it. Non-finite numbers (JSON's 1e400) show as what they are, not "null".
 */
function preview(value: unknown): string {
  let out = '';
  const walk = (v: unknown, depth: number): void => {
    if (out.length > PREVIEW_CHARS) return;
    if (typeof v === 'number')
      out += Number.isFinite(v) ? String(v) : v > 0 ? 'Infinity' : v < 0 ? '-Infinity' : 'null'; // NaN: as JSON writes it
    else if (typeof v === 'string') out += JSON.stringify(v.length > PREVIEW_CHARS ? v.slice(0, PREVIEW_CHARS) : v);
    else if (v === null || v === undefined)
      out += 'null'; // as JSON writes a hole or an undefined in a list
    else if (typeof v !== 'object') out += String(v);
    else if (depth >= 3) out += Array.isArray(v) ? '[…]' : '{…}';
    else if (Array.isArray(v)) {
      out += '[';
      v.forEach((x, i) => {
        if (i) out += ',';
        walk(x, depth + 1);
      });
      out += ']';
    } else {
      out += '{';
      Object.keys(v).forEach((k, i) => {
        if (i) out += ',';
        out += `${JSON.stringify(k)}:`;
        walk((v as Record<string, unknown>)[k], depth + 1);
      });
      out += '}';
    }
  };
  walk(value, 0);
  return out.length > PREVIEW_CHARS ? `${out.slice(0, PREVIEW_CHARS)}…` : out;
}
