/** The batch namespace's words (locales/<lang>/batch.json), shared by the CLI, the worker and the panel. */
import i18next, { type TFunction } from 'i18next';
import zh from '../locales/zh-CN/batch.json' with { type: 'json' };
import en from '../locales/en/batch.json' with { type: 'json' };

export type BatchLang = 'zh-CN' | 'en';

const instance = i18next.createInstance();
void instance.init({
  lng: 'zh-CN',
  fallbackLng: 'zh-CN',
  ns: ['batch'],
  defaultNS: 'batch',
  resources: { 'zh-CN': { batch: zh }, en: { batch: en } },
  interpolation: { escapeValue: false },
  initAsync: false,
  showSupportNotice: false,
} as Parameters<typeof instance.init>[0]);

const cache = new Map<BatchLang, TFunction>();

/** A translate function fixed to one language. */
export function batchT(lang: BatchLang): TFunction {
  let t = cache.get(lang);
  if (!t) {
    t = instance.getFixedT(lang, 'batch');
    cache.set(lang, t);
  }
  return t;
}

export function isBatchLang(v: unknown): v is BatchLang {
  return v === 'zh-CN' || v === 'en';
}
