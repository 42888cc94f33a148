/** The core's sentences, from locales/<lang>/core.json through i18next. One instance, initialised synchronously. */
import i18next, { type TFunction } from 'i18next';
import zhCN from '../locales/zh-CN/core.json' with { type: 'json' };
import en from '../locales/en/core.json' with { type: 'json' };
import type { Lang } from './types.ts';

export const LANGS: readonly Lang[] = ['zh-CN', 'en'];

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
  returnNull: false,
});

const fixed = new Map<Lang, TFunction>();

export function translator(lang: Lang): TFunction {
  let t = fixed.get(lang);
  if (!t) {
    t = i18n.getFixedT(lang, 'core');
    fixed.set(lang, t);
  }
  return t;
}
