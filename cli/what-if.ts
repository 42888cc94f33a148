/**
 * `npm run --silent subsidy -- what-if <file|-> --field <path> --from A --to B --step S [--json] [--lang en|zh-CN]
 * [--as-of YYYY-MM-DD]`: the core's whatIf over a range of one amount field. The table shows each value, the total and
 * the items whose amount or status changes over the range, then the field's breakpoints in words; --json prints
 * `{ field, points, breakpoints }`. Exit 0 computed, 2 the input or an option can't be used (stderr, nothing on stdout).
 */
import { readFileSync } from 'node:fs';
import {
  whatIf,
  whatIfRange,
  isIsoDate,
  coreTranslator as translator,
  padToWidth as pad,
  displayWidth as width,
  whatIfTranslator,
  type WhatIfTranslate,
  type Breakpoint,
  type Lang,
  type WhatIfPoint,
  type WhatIfResult,
} from '../core/index.ts';
import type { Io } from './subsidy.ts';

interface Args {
  file: string;
  field: string;
  from: string;
  to: string;
  step: string;
  json: boolean;
  lang: Lang;
  asOf?: string;
}

const VALUED = ['--field', '--from', '--to', '--step', '--lang', '--as-of'] as const;

function parseArgs(rawArgv: string[]): { ok: true; args: Args } | { ok: false; message: string } {
  const argv = rawArgv.flatMap((a) =>
    /^--[\w-]+=/.test(a) ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a],
  );
  const langAt = argv.indexOf('--lang');
  const lang = langAt >= 0 ? argv[langAt + 1] : 'zh-CN';
  if (lang !== 'en' && lang !== 'zh-CN') return { ok: false, message: translator('zh-CN')('report.badLang') };
  const t = whatIfTranslator(lang);
  const given: Partial<Record<(typeof VALUED)[number], string>> = {};
  let file = '';
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--json') json = true;
    else if ((VALUED as readonly string[]).includes(a)) {
      const value = argv[++i];
      if (value === undefined)
        return { ok: false, message: `${t('errors.missingOption', { option: a })}\n${t('errors.usage')}` };
      given[a as (typeof VALUED)[number]] = value;
    } else if (a.startsWith('--'))
      return { ok: false, message: `${translator(lang)('report.unknownOption', { option: a })}\n${t('errors.usage')}` };
    else if (!file) file = a;
    else return { ok: false, message: t('errors.usage') };
  }
  if (!file) return { ok: false, message: t('errors.usage') };
  const missing = (['--field', '--from', '--to', '--step'] as const).filter((o) => given[o] === undefined);
  if (missing.length)
    return {
      ok: false,
      message: [...missing.map((option) => t('errors.missingOption', { option })), t('errors.usage')].join('\n'),
    };
  if (given['--as-of'] !== undefined && !isIsoDate(given['--as-of']))
    return { ok: false, message: translator(lang)('report.badAsOf') };
  return {
    ok: true,
    args: {
      file,
      json,
      lang,
      field: given['--field']!,
      from: given['--from']!,
      to: given['--to']!,
      step: given['--step']!,
      asOf: given['--as-of'],
    },
  };
}

export function runWhatIf(argv: string[], io: Io): number {
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    io.stderr(parsed.message);
    return 2;
  }
  const { file, field, json, lang, asOf } = parsed.args;
  const t = translator(lang);
  const range = whatIfRange(parsed.args.from, parsed.args.to, parsed.args.step, { lang });
  if (!range.ok) {
    io.stderr(range.errors.map((e) => e.message).join('\n'));
    return 2;
  }
  let input: unknown;
  try {
    const text = file === '-' ? io.readStdin() : readFileSync(file, 'utf8');
    try {
      input = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch (e) {
      io.stderr(t('report.notJson', { file: file === '-' ? 'stdin' : file, reason: (e as Error).message }));
      return 2;
    }
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const reason = code
      ? `${t(`report.fsError.${code}`, { defaultValue: '' }) || (e as Error).message} (${code})`
      : (e as Error).message;
    io.stderr(t('report.cannotRead', { file, reason }));
    return 2;
  }
  const scenario =
    asOf && input && typeof input === 'object' && !Array.isArray(input) && !('asOf' in input)
      ? { ...input, asOf }
      : input;
  const outcome = whatIf(scenario, field, range.values, { lang });
  if (!outcome.ok) {
    io.stderr(
      [t('report.invalid', { count: outcome.errors.length }), ...outcome.errors.map((e) => `  ${e.message}`)].join(
        '\n',
      ),
    );
    return 2;
  }
  const { points, breakpoints } = outcome.result;
  io.stdout(json ? JSON.stringify({ field, points, breakpoints }, null, 2) : formatWhatIf(outcome.result));
  return 0;
}

/** An item's column: its rule, and the list entry it is about ("art15.investment[0]"). */
const columnOf = (i: WhatIfPoint['items'][number]) =>
  i.rule + (i.subject ? (/\[\d+\]$/.exec(i.subject)?.[0] ?? '') : '');

/** The readable table: value, total, the items that change; the unchanged items named once; the breakpoints in words. */
export function formatWhatIf(result: WhatIfResult): string {
  const t = translator(result.lang);
  const w = whatIfTranslator(result.lang);
  const cell = (i: WhatIfPoint['items'][number]) =>
    i.status === 'awarded' ? i.amount : `${i.amount} ${t(`status.${i.status}`)}`;
  const columns = [...new Set(result.points.flatMap((p) => p.items.map(columnOf)))];
  const cellsOf = (p: WhatIfPoint) => new Map(p.items.map((i) => [columnOf(i), cell(i)]));
  const all = result.points.map(cellsOf);
  const changing = columns.filter((c) => new Set(all.map((m) => m.get(c) ?? '')).size > 1);
  const steady = columns.filter((c) => !changing.includes(c));
  const head = [w('report.value', { field: result.field }), w('report.total'), ...changing];
  const rows = result.points.map((p, n) => [p.value, p.total, ...changing.map((c) => all[n]!.get(c) ?? '')]);
  const widths = head.map((h, c) => Math.max(width(h), ...rows.map((r) => width(r[c]!))));
  const line = (r: string[]) =>
    r
      .map((x, c) => pad(x, widths[c]!, /^[\d.]/.test(x) || c < 2))
      .join('  ')
      .trimEnd();
  const lines = [w('report.heading', { field: result.field, count: result.points.length }), ''];
  lines.push(line(head), widths.map((x) => '-'.repeat(x)).join('  '), ...rows.map(line));
  if (steady.length)
    lines.push(
      '',
      w('report.unchanged', { items: steady.map((c) => `${c} ${all[0]!.get(c)}`).join(w('report.itemSeparator')) }),
    );
  lines.push('', w('report.breakpoints', { field: result.field }));
  if (!result.breakpoints.length) lines.push(`  ${w('report.noBreakpoints', { field: result.field })}`);
  for (const b of result.breakpoints) lines.push(`  ${pad(b.value, 10, true)}  ${breakpointLabel(b, w)}`);
  return lines.join('\n');
}

export function breakpointLabel(b: Breakpoint, w: WhatIfTranslate): string {
  return w(`kind.${b.kind}.${b.side}`, { article: b.article, value: b.value, cap: b.cap ?? '' });
}
