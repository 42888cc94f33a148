/**
 * The widget's words (locales/<lang>/widget.json); every component asks for a fixed `t` in its own language, so two
 * widgets on one page can speak different languages. From sources both languages are here. In the built widget each
 * language's words (widget's and core's) are a file of their own (vite.config.ts, `lazyLocales`), fetched from beside
 * the widget's file the first time an element speaks it: `isLoaded` / `loadLang` below, issue 12 "Load".
 *
 * Every lookup is a label, a hint or a sentence with `{{name}}` placeholders, read straight from the JSON and filled
 * here, each template split once (a first render asks for ~150: i18next's full `t()` for each cost more than the
 * core's whole estimate, issue 3). Plurals (`count`, `_one`/`_other` keys, i18next's JSON v4 format) are picked with
 * `Intl.PluralRules`, so the widget's first bytes carry no i18next (issue 12).
 */
// Stubs in the built widget (vite.config.ts `lazyLocales`): filled by ./lang-<lang>.ts when first needed.
import zhCN from '../locales/zh-CN/widget.json' with { type: 'json' };
import en from '../locales/en/widget.json' with { type: 'json' };
import type { Lang } from '../core/index.ts';

export const LANGS: readonly Lang[] = ['zh-CN', 'en'];
export const NS = 'widget';

export type Tree = { readonly [key: string]: string | Tree };
const RESOURCES: Record<Lang, Tree> = { 'zh-CN': zhCN, en };

/** Whether a language's words are here (always from sources; English in the built widget once fetched). */
export function isLoaded(lang: Lang): boolean {
  return lookup(RESOURCES[lang], 'calc.title') !== undefined;
}

const loading = new Map<Lang, Promise<void>>();
// One literal import per language, so the bundler makes each a file of its own.
const fetchWords = (lang: Lang) => (lang === 'en' ? import('./lang-en.ts') : import('./lang-zh-CN.ts'));
/**
 * Brings a language's words (the widget's and the core's) in. A failed fetch is not remembered, so a later attempt
 * tries again; the error says which file and why it usually happens (a cross-origin embed without CORS headers).
 */
export function loadLang(lang: Lang): Promise<void> {
  if (isLoaded(lang)) return Promise.resolve();
  let p = loading.get(lang);
  if (!p) {
    p = fetchWords(lang).then(
      (m) => {
        RESOURCES[lang] = m.widgetWords;
        cache.delete(lang);
      },
      (e: unknown) => {
        loading.delete(lang);
        throw e;
      },
    );
    loading.set(lang, p);
  }
  return p;
}

/** `key_one` / `key_other`…, chosen as i18next does (its JSON v4 plural suffixes), by the language's own rules. */
const pluralRules = new Map<Lang, Intl.PluralRules>();
function pluralKey(lang: Lang, key: string, count: number): string {
  let rules = pluralRules.get(lang);
  if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(lang)));
  return `${key}_${rules.select(count)}`;
}

/** Any value of a `lang` attribute to a language we have: "en-US" → "en", unknown → "zh-CN". */
export function normalizeLang(value: string | null | undefined): Lang {
  const v = (value ?? '').trim().toLowerCase();
  if (v === 'en' || v.startsWith('en-')) return 'en';
  return 'zh-CN';
}

export type Translate = (key: string, options?: Record<string, unknown>) => string;

function lookup(tree: Tree, key: string): string | undefined {
  let node: string | Tree | undefined = tree;
  for (const part of key.split('.')) {
    if (node === undefined || typeof node === 'string') return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

const PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/;

/** A template split once into text (even indexes) and placeholder names (odd indexes); undefined: no such key. */
type Compiled = readonly string[] | undefined;

const cache = new Map<Lang, Translate>();
export function translator(lang: Lang): Translate {
  let t = cache.get(lang);
  if (!t) {
    const templates = new Map<string, Compiled>();
    const compiled = (key: string): Compiled => {
      let parts = templates.get(key);
      if (parts === undefined && !templates.has(key)) {
        // The chosen language, else Chinese (i18next's fallbackLng), as i18next resolves it.
        const text = lookup(RESOURCES[lang], key) ?? lookup(RESOURCES['zh-CN'], key);
        parts = text === undefined ? undefined : text.split(PLACEHOLDER);
        templates.set(key, parts);
      }
      return parts;
    };
    t = (key, options) => {
      // Plurals pick `key_one` / `key_other` by the language's plural rules (zh-CN has only `_other`).
      let parts: Compiled;
      if (options && typeof options.count === 'number')
        parts = compiled(pluralKey(lang, key, options.count)) ?? compiled(`${key}_other`);
      parts ??= compiled(key);
      if (!parts) return key; // a missing key reads as itself, as i18next returns it
      if (parts.length === 1) return parts[0]!;
      // As i18next interpolates (escaping off): a placeholder with no such option stays as written; an option given
      // as undefined or null leaves nothing (a label asked for with `{ n: undefined }` outside a list row).
      let out = parts[0]!;
      for (let i = 1; i < parts.length; i += 2) {
        const name = parts[i]!;
        const value = options && name in options ? (options[name] ?? '') : `{{${name}}}`;
        out += String(value) + parts[i + 1]!;
      }
      return out;
    };
    cache.set(lang, t);
  }
  return t;
}
