/**
 * The core's sentences, from locales/<lang>/core.json, read the one way every part reads its words (./words.ts).
 * The core explains every item of every scenario: each template is split once and each call only fills it.
 */
import zhCN from '../locales/zh-CN/core.json' with { type: 'json' };
import en from '../locales/en/core.json' with { type: 'json' };
import type { Lang } from './types.ts';
import { Words, type Translate, type Tree } from './words.ts';

export { Words, formatList, type Translate, type TOptions, type Tree } from './words.ts';

export const LANGS: readonly Lang[] = ['zh-CN', 'en'];

export type Params = Record<string, string | number> & { defaultValue?: string };

// Results are text: front ends render them with textContent or Lit bindings, never as HTML (nothing is escaped).
const words = new Words({ 'zh-CN': zhCN, en });

/**
 * Replaces one language's sentences. The built widget ships English in a file of its own (widget/lang-en.ts) and
 * hands it over here when first needed; everywhere else both languages are present from the start.
 */
export function addCoreResources(lang: Lang, tree: Tree): void {
  words.set(lang, tree);
}

export function translator(lang: Lang): Translate {
  return words.translator(lang);
}
