/**
 * The words of the Excel path (locales/<lang>/batch-xlsx.json: workbook problems, notes, sheet and column names),
 * with the batch namespace's, for the modules of the xlsx file only (./excel.ts). Kept out of batch.json so that the
 * widget's own file, which every page loads, does not carry them.
 */
import zh from '../locales/zh-CN/batch.json' with { type: 'json' };
import en from '../locales/en/batch.json' with { type: 'json' };
import zhXlsx from '../locales/zh-CN/batch-xlsx.json' with { type: 'json' };
import enXlsx from '../locales/en/batch-xlsx.json' with { type: 'json' };
import { Words, type Translate } from '../core/words.ts';
import type { BatchLang } from './i18n.ts';

const words = new Words({ 'zh-CN': { ...zh, ...zhXlsx }, en: { ...en, ...enXlsx } });

export function xlsxT(lang: BatchLang): Translate {
  return words.translator(lang);
}
