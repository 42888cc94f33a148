/**
 * The what-if sentences (locales/<lang>/what-if.json), for the core's errors, the CLI's table and the widget's panel.
 * A namespace of its own rather than core.json: the widget bundles core.json into the file every page loads, and
 * these sentences are needed only once someone asks "what if".
 */
import zhCN from '../../locales/zh-CN/what-if.json' with { type: 'json' };
import en from '../../locales/en/what-if.json' with { type: 'json' };
import type { Lang } from '../types.ts';

type Tree = { readonly [key: string]: string | Tree };
const RESOURCES: Record<Lang, Tree> = { 'zh-CN': zhCN, en };

export type WhatIfTranslate = (key: string, params?: Record<string, string | number>) => string;

function lookup(tree: Tree, key: string): string | undefined {
  let node: string | Tree | undefined = tree;
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return typeof node === 'string' ? node : undefined;
}

/** `{{name}}` placeholders filled from params; a missing key reads as itself, as i18next returns it. */
export function whatIfTranslator(lang: Lang): WhatIfTranslate {
  return (key, params = {}) => {
    const text = lookup(RESOURCES[lang], key) ?? lookup(RESOURCES['zh-CN'], key) ?? key;
    return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) =>
      name in params ? String(params[name]) : whole,
    );
  };
}
