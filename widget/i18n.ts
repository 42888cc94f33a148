/**
 * The widget's own i18next instance, so that a host page that also uses i18next keeps its own configuration.
 * Resources are bundled (no network); every component asks for a fixed `t` in its own language, so two widgets
 * on one page can speak different languages.
 */
import i18next, { type TFunction } from 'i18next';
import zhCN from '../locales/zh-CN/widget.json' with { type: 'json' };
import en from '../locales/en/widget.json' with { type: 'json' };
import type { Lang } from '../core/index.ts';

export const LANGS: readonly Lang[] = ['zh-CN', 'en'];
export const NS = 'widget';

const instance = i18next.createInstance();
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

/** Any value of a `lang` attribute to a language we have: "en-US" → "en", unknown → "zh-CN". */
export function normalizeLang(value: string | null | undefined): Lang {
  const v = (value ?? '').trim().toLowerCase();
  if (v === 'en' || v.startsWith('en-')) return 'en';
  return 'zh-CN';
}

export type Translate = (key: string, options?: Record<string, unknown>) => string;

const cache = new Map<Lang, Translate>();
export function translator(lang: Lang): Translate {
  let t = cache.get(lang);
  if (!t) {
    const fixed: TFunction = instance.getFixedT(lang, NS);
    // A render asks for ~150 labels and hints; plain lookups (no interpolation) never change, so look each up once.
    const plain = new Map<string, string>();
    t = (key, options) => {
      if (options) return String(fixed(key, options));
      let text = plain.get(key);
      if (text === undefined) plain.set(key, (text = String(fixed(key))));
      return text;
    };
    cache.set(lang, t);
  }
  return t;
}
