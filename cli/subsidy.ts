/**
 * The command line: `npm run --silent subsidy -- estimate <file|-> [--json] [--lang en|zh-CN] [--as-of YYYY-MM-DD]`
 * and `… batch <clients.csv> --out <results.csv>`. Exit codes: 0 computed, 2 the input can't be used (errors on stderr,
 * nothing on stdout); batch adds 1 for files where some rows had errors.
 */
import { readFileSync } from 'node:fs';
import {
  estimate,
  isIsoDate,
  coreTranslator as translator,
  formatReport,
  whatIfTranslator,
  type EstimateOutcome,
  type Lang,
} from '../core/index.ts';

export interface EstimateArgs {
  file: string;
  json: boolean;
  lang: Lang;
  asOf?: string;
}

type Parsed = { ok: true; args: EstimateArgs } | { ok: false; message: string };

export function parseEstimateArgs(rawArgv: string[]): Parsed {
  // --lang=en and --lang en alike
  const argv = rawArgv.flatMap((a) =>
    /^--[\w-]+=/.test(a) ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a],
  );
  let lang: Lang = 'zh-CN';
  const langAt = argv.indexOf('--lang');
  if (langAt >= 0) {
    const l = argv[langAt + 1];
    if (l !== 'en' && l !== 'zh-CN') return { ok: false, message: translator('zh-CN')('report.badLang') };
    lang = l;
  }
  const t = translator(lang);
  const args: EstimateArgs = { file: '', json: false, lang };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--json') args.json = true;
    else if (a === '--lang') i++;
    else if (a === '--as-of') {
      const d = argv[++i];
      if (!isIsoDate(d)) return { ok: false, message: t('report.badAsOf') };
      args.asOf = d;
    } else if (a.startsWith('--'))
      return { ok: false, message: `${t('report.unknownOption', { option: a })}\n${t('report.usage')}` };
    else if (!args.file) args.file = a;
    else return { ok: false, message: t('report.usage') };
  }
  if (!args.file) return { ok: false, message: t('report.usage') };
  return { ok: true, args };
}

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  readStdin: () => string;
}

export function runEstimate(argv: string[], io: Io): number {
  const parsed = parseEstimateArgs(argv);
  if (!parsed.ok) {
    io.stderr(parsed.message);
    return 2;
  }
  const { file, json, lang, asOf } = parsed.args;
  const t = translator(lang);
  let text: string;
  try {
    text = file === '-' ? io.readStdin() : readFileSync(file, 'utf8');
  } catch (e) {
    // "ENOENT" alone means nothing to most users: say it in words, keep the code for those who search it.
    const code = (e as NodeJS.ErrnoException).code;
    const reason = code
      ? `${t(`report.fsError.${code}`, { defaultValue: '' }) || (e as Error).message} (${code})`
      : (e as Error).message;
    io.stderr(t('report.cannotRead', { file, reason }));
    return 2;
  }
  let input: unknown;
  try {
    input = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    io.stderr(t('report.notJson', { file: file === '-' ? 'stdin' : file, reason: (e as Error).message }));
    return 2;
  }
  const many = Array.isArray(input);
  const scenarios = many ? (input as unknown[]) : [input];
  const outcomes: EstimateOutcome[] = scenarios.map((s) =>
    estimate(asOf && isObject(s) && s.asOf == null ? { ...s, asOf } : s, { lang }),
  );
  const errors = outcomes.flatMap((o, n) =>
    o.ok ? [] : o.errors.map((e) => (many ? `[${n}]${e.path ? '.' : ' '}${e.message}` : e.message)),
  );
  if (errors.length) {
    io.stderr([t('report.invalid', { count: errors.length }), ...errors.map((e) => `  ${e}`)].join('\n'));
    return 2;
  }
  const results = outcomes.map((o) => (o as Extract<EstimateOutcome, { ok: true }>).result);
  if (json) io.stdout(JSON.stringify(many ? results : results[0], null, 2));
  else
    io.stdout(
      results.map((r, n) => (many ? `${t('report.scenario', { n: n + 1 })}\n` : '') + formatReport(r)).join('\n\n'),
    );
  return 0;
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const io: Io = {
    stdout: (s) => process.stdout.write(s + '\n'),
    stderr: (s) => process.stderr.write(s + '\n'),
    readStdin: () => readFileSync(0, 'utf8'),
  };
  if (command === 'estimate') return runEstimate(rest, io);
  if (command === 'what-if') {
    const { runWhatIf } = await import('./what-if.ts');
    return runWhatIf(rest, io);
  }
  if (command === 'batch') {
    const { runBatch } = await import('./batch.ts');
    return runBatch(rest);
  }
  const lang = rest.includes('en') ? 'en' : 'zh-CN';
  // what-if's usage is in its own locale file (the widget bundles core.json; see core/what-if/messages.ts).
  const usage = translator(lang)('report.usage');
  const indent = /\n(\s*)/.exec(usage)?.[1] ?? '';
  io.stderr(`${usage}\n${whatIfTranslator(lang)('errors.usage').replace(/^[^:：]+[:：]\s*/, indent)}`);
  return 2;
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('cli/subsidy.ts')) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e) => {
      process.stderr.write(`${(e as Error).message}\n`);
      process.exitCode = 2;
    },
  );
}
