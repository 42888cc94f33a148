/**
 * The core's sentences, from locales/<lang>/core.json. Each sentence's template is looked up once per language and
 * then filled directly, because the core explains every item of every scenario. The lookup is what i18next did here
 * (dotted keys into the JSON, Chinese as the fallback) without the library: the widget's first bytes no longer carry
 * it (issue 12).
 */
import zhCN from '../locales/zh-CN/core.json' with { type: 'json' };
import en from '../locales/en/core.json' with { type: 'json' };
import type { Lang } from './types.ts';

export const LANGS: readonly Lang[] = ['zh-CN', 'en'];

export type Params = Record<string, string | number> & { defaultValue?: string };
export type Translate = (key: string, params?: Params) => string;

type Tree = { readonly [key: string]: unknown };
// Results are text: front ends render them with textContent or Lit bindings, never as HTML (nothing is escaped).
const resources: Record<Lang, Tree> = { 'zh-CN': zhCN, en };

/**
 * Replaces one language's sentences. The built widget ships English in a file of its own (widget/lang-en.ts) and
 * hands it over here when first needed; everywhere else both languages are present from the start.
 */
export function addCoreResources(lang: Lang, tree: Tree): void {
  resources[lang] = tree;
  translators.delete(lang);
}

function getResource(lang: Lang, key: string): unknown {
  let node: unknown = resources[lang];
  for (const part of key.split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Tree)[part];
  }
  return node;
}

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
        parts = compile(getResource(lang, key) ?? getResource('zh-CN', key));
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
