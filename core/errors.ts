/** valibot issues → field errors with a path and a sentence in the chosen language. */
import type * as v from 'valibot';
import type { Translate as TFunction } from './i18n.ts';
import type { FieldError } from './types.ts';

/** The codes our schema puts in issue messages; anything else is valibot's own type check, named by its kind. */
const CODES = new Set(['amount', 'amount-negative', 'positive-number', 'whole-number', 'year', 'date', 'boolean', 'enum', 'array', 'object', 'string', 'required', 'usd-rate-required']);

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
    const missingKey = issue.kind === 'schema' && issue.type === 'object' && path !== '' && issue.input === undefined && issue.received === 'undefined';
    const code = missingKey ? 'required'
      : CODES.has(issue.message) ? issue.message : issue.expected === 'Object' || issue.kind === 'schema' && issue.type === 'object' ? 'object' : 'invalid';
    const key = `${path}|${code}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const value = path === '' && code === 'object' ? input : issue.input;
    const shown = value === undefined ? '' : JSON.stringify(value) ?? String(value);
    // A picklist's issue lists its options ('"bank" | "securities"…'): tell the user which values are allowed.
    const allowed = code === 'enum' && issue.expected ? issue.expected.replace(/["()]/g, '').split(' | ').join(', ') : '';
    const error: FieldError = { path, code, message: t(`errors.${code}`, { path: path || t('errors.scenario'), value: shown, allowed }) };
    if (value !== undefined) error.value = value;
    errors.push(error);
  }
  return errors;
}
