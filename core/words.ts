/**
 * The one way every part of the project speaks: core, widget, extension, batch and CLI all read their namespace of
 * locales/<lang>/*.json through `Words` below. The files are i18next's JSON v4 format and `t()` answers as i18next's
 * `t()` does (test/locales/i18next-conformance.test.ts runs every key of every namespace through both):
 * - dotted keys into nested objects, the language's own text else Chinese (`fallbackLng: 'zh-CN'`), else the key
 *   (an empty string counts as missing);
 * - `{{name}}` interpolation with escaping off (results are text, rendered with textContent or Lit bindings); a name
 *   not among the options stays as written, one given as undefined or null leaves nothing;
 * - plurals: `count` picks `key_one` / `key_other` (… `_zero` for 0) by the language's `Intl.PluralRules`;
 *   `context` picks `key_<context>` (and `key_<context>_<plural>`);
 * - formats: `{{name, number}}`, `{{name, list}}` (`Intl.ListFormat`: `list(type: disjunction; style: short)`),
 *   `{{name, datetime}}`, options as i18next writes them.
 * Why not i18next itself: a full `t()` costs ~5–10 µs a call, and the core builds a dozen sentences in a scenario it
 * computes in ~30 µs (issue 3); and the widget's first bytes (≤ 65 KB, issue 12) have no room for its ~16 KB.
 * Here a template is looked up and split once per key (plural form and context), and each call only joins the parts.
 */
import type { Lang } from './types.ts';

export type Tree = { readonly [key: string]: string | Tree };
/** What a `t()` call may pass: placeholder values, and i18next's `count`, `context` and `defaultValue`. */
export type TOptions = { readonly [name: string]: unknown };
export type Translate = (key: string, options?: TOptions) => string;

export const FALLBACK: Lang = 'zh-CN';

/**
 * A placeholder: its name, for `{{name, format}}` the Intl formatter built once for the language, and the placeholder
 * as written (what i18next leaves in the text when no value is given).
 */
type Slot = { readonly name: string; readonly format?: (value: unknown) => string; readonly raw: string };
/** A template split once: text at even indexes, slots at odd ones. */
type Compiled = ReadonlyArray<string | Slot>;

const PLACEHOLDER = /\{\{(.+?)\}\}/g;
const plurals = new Map<string, Intl.PluralRules>();

/** Plural categories of the counts 0–999, per language: `select()` costs more than the rest of a `t()` call. */
const smallForms = new Map<string, string[]>();
function pluralForm(lang: string, count: number): string {
  if (count === 0) return 'zero';
  if (Number.isInteger(count) && count > 0 && count < 1000) {
    let forms = smallForms.get(lang);
    if (!forms) smallForms.set(lang, (forms = []));
    return (forms[count] ??= pluralRules(lang).select(count));
  }
  return pluralRules(lang).select(count);
}

function pluralRules(lang: string): Intl.PluralRules {
  let rules = plurals.get(lang);
  if (!rules) plurals.set(lang, (rules = new Intl.PluralRules(lang)));
  return rules;
}

function lookup(tree: Tree | undefined, key: string): string | Tree | undefined {
  let node: string | Tree | undefined = tree;
  for (const part of key.split('.')) {
    if (node === undefined || typeof node === 'string') return undefined;
    node = node[part];
  }
  return node;
}

/** `number(minimumFractionDigits: 2)` → { name: 'number', options: {…} }, as i18next parses a format. */
function parseFormat(text: string): { name: string; options: Record<string, string | number | boolean> } {
  const open = text.indexOf('(');
  const name = (open < 0 ? text : text.slice(0, open)).trim().toLowerCase();
  const options: Record<string, string | number | boolean> = {};
  if (open >= 0) {
    for (const opt of text.slice(open + 1, text.lastIndexOf(')')).split(';')) {
      if (!opt.trim()) continue;
      const [k = '', ...rest] = opt.split(':');
      const raw = rest
        .join(':')
        .trim()
        .replace(/^'+|'+$/g, '');
      options[k.trim()] = raw === 'true' ? true : raw === 'false' ? false : raw !== '' && !isNaN(+raw) ? +raw : raw;
    }
  }
  return { name, options };
}

function formatter(lang: Lang, text: string): ((value: unknown) => string) | undefined {
  const { name, options } = parseFormat(text);
  if (name === 'list') {
    const type = (options.type as Intl.ListFormatType | undefined) ?? 'conjunction';
    const style = (options.style as Intl.ListFormatStyle | undefined) ?? 'long';
    const join = listJoiner(lang, type, style);
    return (v) => join(Array.isArray(v) ? v.map(String) : [String(v)]);
  }
  if (name === 'number') {
    const nf = new Intl.NumberFormat(lang, options);
    return (v) => nf.format(v as number);
  }
  if (name === 'datetime') {
    const df = new Intl.DateTimeFormat(lang, options);
    return (v) => df.format(v as Date);
  }
  return undefined;
}

function compile(lang: Lang, text: string): Compiled {
  if (!text.includes('{{')) return [text];
  const parts: Array<string | Slot> = [];
  let last = 0;
  for (const m of text.matchAll(PLACEHOLDER)) {
    parts.push(text.slice(last, m.index));
    const [name = '', ...format] = m[1]!.split(',');
    const f = format.length ? formatter(lang, format.join(',')) : undefined;
    parts.push(f ? { name: name.trim(), format: f, raw: m[0] } : { name: name.trim(), raw: m[0] });
    last = m.index + m[0].length;
  }
  parts.push(text.slice(last));
  return parts;
}

function fill(parts: Compiled, options: TOptions | undefined): string {
  let out = parts[0] as string;
  for (let i = 1; i < parts.length; i += 2) {
    const slot = parts[i] as Slot;
    let text: string;
    if (!options || !(slot.name in options)) text = slot.raw;
    else {
      const v = options[slot.name];
      text = v == null ? '' : slot.format ? slot.format(v) : String(v);
    }
    out += text + (parts[i + 1] as string);
  }
  return out;
}

/** One namespace's words in every language, and a `t()` per language that reads them. */
export class Words {
  private readonly trees: Partial<Record<Lang, Tree>>;
  private readonly compiled = new Map<Lang, Map<string, Compiled | null>>();
  private readonly translators = new Map<Lang, Translate>();

  constructor(trees: Partial<Record<Lang, Tree>>) {
    this.trees = { ...trees };
  }

  /** Replaces a language's words (the built widget fetches them); translators already handed out read the new ones. */
  set(lang: Lang, tree: Tree): void {
    this.trees[lang] = tree;
    for (const byKey of this.compiled.values()) byKey.clear();
  }

  private cacheOf(lang: Lang): Map<string, Compiled | null> {
    let byKey = this.compiled.get(lang);
    if (!byKey) this.compiled.set(lang, (byKey = new Map()));
    return byKey;
  }

  /** Whether the language's own words have this key (no fallback). */
  has(lang: Lang, key: string): boolean {
    return typeof lookup(this.trees[lang], key) === 'string';
  }

  private resolve(lang: Lang, key: string, count: number | undefined, context: string | undefined): Compiled | null {
    // A count's plural form is the same for every count of its category: cached by category, not by number.
    const form = count === undefined ? '' : pluralForm(lang, count);
    const cacheKey = count === undefined && !context ? key : `${key}\0${context ?? ''}\0${form}`;
    const byKey = this.cacheOf(lang);
    const cached = byKey.get(cacheKey);
    if (cached !== undefined) return cached;
    let found: Compiled | null = null;
    for (const code of lang === FALLBACK ? [lang] : [lang, FALLBACK]) {
      const candidates: string[] = [];
      if (context) {
        if (count !== undefined) {
          if (count === 0) candidates.push(`${key}_${context}_zero`);
          candidates.push(`${key}_${context}_${pluralRules(code).select(count)}`);
        }
        candidates.push(`${key}_${context}`);
      }
      if (count !== undefined) {
        if (count === 0) candidates.push(`${key}_zero`);
        candidates.push(`${key}_${pluralRules(code).select(count)}`);
      }
      candidates.push(key);
      for (const k of candidates) {
        const text = lookup(this.trees[code], k);
        // An empty string counts as missing, as in i18next (`returnEmptyString: false`): the fallback's text is used.
        if (typeof text === 'string' && text !== '') {
          found = compile(lang, text);
          break;
        }
      }
      if (found) break;
    }
    byKey.set(cacheKey, found);
    return found;
  }

  /** The `t()` of one language, made once: components and the engine keep it. */
  translator(lang: Lang): Translate {
    let t = this.translators.get(lang);
    if (!t) {
      const byKey = this.cacheOf(lang);
      t = (key, options) => {
        let parts: Compiled | null | undefined;
        if (options === undefined || (options.count === undefined && options.context === undefined)) {
          // The common case (no plural, no context): one map lookup.
          parts = byKey.get(key);
          if (parts === undefined) parts = this.resolve(lang, key, undefined, undefined);
        } else {
          const count = typeof options.count === 'number' ? options.count : undefined;
          const context = typeof options.context === 'string' && options.context ? options.context : undefined;
          parts = this.resolve(lang, key, count, context);
        }
        if (!parts) return typeof options?.defaultValue === 'string' ? options.defaultValue : key;
        return parts.length === 1 ? (parts[0] as string) : fill(parts, options);
      };
      this.translators.set(lang, t);
    }
    return t;
  }
}

/**
 * Joins a list as Intl.ListFormat does. The first Intl.ListFormat a page creates loads its locale data: 50–100 ms
 * (up to 670) measured in Chromium, on the path of the widget's first result (issue 12). The long style of the two
 * languages the project speaks is written out here (test/core/words.test.ts checks it against Intl.ListFormat);
 * anything else goes to Intl.
 */
const LIST_PATTERNS: Partial<Record<string, { pair: string; middle: string; end: string }>> = {
  'en|conjunction|long': { pair: ' and ', middle: ', ', end: ', and ' },
  'en|disjunction|long': { pair: ' or ', middle: ', ', end: ', or ' },
  'zh-CN|conjunction|long': { pair: '和', middle: '、', end: '和' },
  'zh-CN|disjunction|long': { pair: '或', middle: '、', end: '或' },
};

export function listJoiner(
  lang: Lang,
  type: Intl.ListFormatType = 'conjunction',
  style: Intl.ListFormatStyle = 'long',
): (items: readonly string[]) => string {
  const p = LIST_PATTERNS[`${lang}|${type}|${style}`];
  if (p)
    return (items) =>
      items.length <= 1
        ? (items[0] ?? '')
        : items.length === 2
          ? `${items[0]}${p.pair}${items[1]}`
          : `${items.slice(0, -1).join(p.middle)}${p.end}${items[items.length - 1]}`;
  const lf = new Intl.ListFormat(lang, { type, style });
  return (items) => lf.format(items);
}

/** A list as the language writes it ("a, b, and c", "a、b和c"), for lists built in code rather than in a sentence. */
const listJoiners = new Map<string, (items: readonly string[]) => string>();
export function formatList(lang: Lang, items: readonly string[], type: Intl.ListFormatType = 'conjunction'): string {
  const k = `${lang}|${type}`;
  let join = listJoiners.get(k);
  if (!join) listJoiners.set(k, (join = listJoiner(lang, type)));
  return join(items);
}
