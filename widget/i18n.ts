/**
 * The widget's words (locales/<lang>/widget.json). Resources are bundled (no network); every component asks for a
 * fixed `t` in its own language, so two widgets on one page can speak different languages.
 *
 * Most lookups are a label, a hint or a sentence with `{{name}}` placeholders: those are read straight from the JSON
 * and filled here, each template split once. A first render asks for ~150 of them, and going through i18next's full
 * `t()` for each cost more than the core's whole estimate (profile of the first result, issue 3). Only plurals
 * (`count`, `_one`/`_other` keys) need i18next's plural rules: the widget's own i18next instance (separate from the
 * host page's, if it has one) is created on the first of those, which is never on the way to the first result.
 */
import i18next, { type i18n as I18n } from 'i18next';
import zhCN from '../locales/zh-CN/widget.json' with { type: 'json' };
import en from '../locales/en/widget.json' with { type: 'json' };
import type { Lang } from '../core/index.ts';

export const LANGS: readonly Lang[] = ['zh-CN', 'en'];
export const NS = 'widget';

type Tree = { readonly [key: string]: string | Tree };
const RESOURCES: Record<Lang, Tree> = { 'zh-CN': zhCN, en };

let instance: I18n | undefined;
/** The widget's i18next instance, made on first use (plurals). */
function i18n(): I18n {
  if (!instance) {
    instance = i18next.createInstance();
    void instance.init({
      resources: { 'zh-CN': { [NS]: zhCN }, en: { [NS]: en } },
      lng: 'zh-CN',
      fallbackLng: 'zh-CN',
      ns: [NS],
      defaultNS: NS,
      initAsync: false,
      interpolation: { escapeValue: false }, // Lit escapes text bindings itself
      returnNull: false,
      showSupportNotice: false,
    } as Parameters<typeof instance.init>[0]);
  }
  return instance;
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
      // Plurals pick `key_one` / `key_other` by the language's plural rules: i18next's job.
      if (options && 'count' in options) return String(i18n().getFixedT(lang, NS)(key, options));
      const parts = compiled(key);
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
