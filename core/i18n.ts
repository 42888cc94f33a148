/**
 * The core's sentences, from locales/<lang>/core.json through i18next. i18next holds the resources and the fallback;
 * each sentence's template is looked up once per language and then filled directly, because the core explains every
 * item of every scenario and i18next's full `t()` path costs more than the whole computation.
 */
import i18next from 'i18next';
import zhCN from '../locales/zh-CN/core.json' with { type: 'json' };
import en from '../locales/en/core.json' with { type: 'json' };
import type { Lang } from './types.ts';

export const LANGS: readonly Lang[] = ['zh-CN', 'en'];

export type Params = Record<string, string | number> & { defaultValue?: string };
export type Translate = (key: string, params?: Params) => string;

const i18n = i18next.createInstance();
void i18n.init({
  resources: { 'zh-CN': { core: zhCN }, en: { core: en } },
  lng: 'zh-CN',
  fallbackLng: 'zh-CN',
  ns: ['core'],
  defaultNS: 'core',
  initAsync: false,
  // Results are text: front ends render them with textContent or Lit bindings, never as HTML.
  interpolation: { escapeValue: false },
});

const PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/;
const translators = new Map<Lang, Translate>();

/** A template split once into text (even indexes) and parameter names (odd indexes). */
type Compiled = string[] | undefined;

function compile(template: unknown): Compiled {
  return typeof template === 'string' ? template.split(PLACEHOLDER) : undefined;
}

export function translator(lang: Lang): Translate {
  let t = translators.get(lang);
  if (!t) {
    const templates = new Map<string, Compiled>();
    t = (key, params) => {
      let parts = templates.get(key);
      if (parts === undefined && !templates.has(key)) {
        parts = compile(i18n.getResource(lang, 'core', key) ?? i18n.getResource('zh-CN', 'core', key));
        templates.set(key, parts);
      }
      if (!parts) return params?.defaultValue ?? key;
      if (parts.length === 1) return parts[0]!;
      let out = parts[0]!;
      for (let i = 1; i < parts.length; i += 2) {
        const name = parts[i]!;
        out += (params && name in params ? String(params[name]) : `{{${name}}}`) + parts[i + 1]!;
      }
      return out;
    };
    translators.set(lang, t);
  }
  return t;
}
