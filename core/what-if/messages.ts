/**
 * The what-if sentences (locales/<lang>/what-if.json), for the core's errors, the CLI's table and the widget's panel.
 * A namespace of its own rather than core.json: the widget bundles core.json into the file every page loads, and
 * these sentences are needed only once someone asks "what if". Read as every namespace is (../words.ts).
 */
import zhCN from '../../locales/zh-CN/what-if.json' with { type: 'json' };
import en from '../../locales/en/what-if.json' with { type: 'json' };
import type { Lang } from '../types.ts';
import { Words, type Translate } from '../words.ts';

export type WhatIfTranslate = Translate;

const words = new Words({ 'zh-CN': zhCN, en });

export function whatIfTranslator(lang: Lang): WhatIfTranslate {
  return words.translator(lang);
}
