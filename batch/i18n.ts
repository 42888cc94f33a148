/**
 * The batch namespace's words (locales/<lang>/batch.json), shared by the CLI, the worker and the panel, read as every
 * namespace is (core/words.ts).
 */
import zh from '../locales/zh-CN/batch.json' with { type: 'json' };
import en from '../locales/en/batch.json' with { type: 'json' };
import { Words, type Translate } from '../core/words.ts';

export type BatchLang = 'zh-CN' | 'en';
export type BatchTranslate = Translate;

const words = new Words({ 'zh-CN': zh, en });

/** A translate function fixed to one language. */
export function batchT(lang: BatchLang): Translate {
  return words.translator(lang);
}

export function isBatchLang(v: unknown): v is BatchLang {
  return v === 'zh-CN' || v === 'en';
}
