/**
 * The words of the Excel path (locales/<lang>/batch-xlsx.json: workbook problems, notes, sheet and column names),
 * with the batch namespace's, for the modules of the xlsx file only (./excel.ts). Kept out of batch.json so that the
 * widget's own file, which every page loads, does not carry them.
 */
import i18next, { type TFunction } from 'i18next';
import zh from '../locales/zh-CN/batch.json' with { type: 'json' };
import en from '../locales/en/batch.json' with { type: 'json' };
import zhXlsx from '../locales/zh-CN/batch-xlsx.json' with { type: 'json' };
import enXlsx from '../locales/en/batch-xlsx.json' with { type: 'json' };
import type { BatchLang } from './i18n.ts';

const instance = i18next.createInstance();
void instance.init({
  lng: 'zh-CN',
  fallbackLng: 'zh-CN',
  ns: ['batch'],
  defaultNS: 'batch',
  resources: { 'zh-CN': { batch: { ...zh, ...zhXlsx } }, en: { batch: { ...en, ...enXlsx } } },
  interpolation: { escapeValue: false },
  initAsync: false,
  showSupportNotice: false,
} as Parameters<typeof instance.init>[0]);

const cache = new Map<BatchLang, TFunction>();

export function xlsxT(lang: BatchLang): TFunction {
  let t = cache.get(lang);
  if (!t) cache.set(lang, (t = instance.getFixedT(lang, 'batch')));
  return t;
}
