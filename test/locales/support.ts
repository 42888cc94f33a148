/** Every namespace's JSON in both languages, and helpers to walk its keys (i18next's JSON v4 format). */
import { readdirSync, readFileSync } from 'node:fs';

export type Tree = { [k: string]: string | Tree };
export const LANGS = ['zh-CN', 'en'] as const;
const dir = new URL('../../locales/', import.meta.url);

export const NAMESPACES = readdirSync(new URL('zh-CN/', dir))
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.slice(0, -'.json'.length))
  .sort();

export function load(lang: string, ns: string): Tree {
  return JSON.parse(readFileSync(new URL(`${lang}/${ns}.json`, dir), 'utf8')) as Tree;
}

/** Every string's dotted key and text. */
export function leaves(t: Tree, prefix = ''): Array<[string, string]> {
  return Object.entries(t).flatMap(([k, v]) =>
    typeof v === 'string' ? [[prefix + k, v] as [string, string]] : leaves(v, `${prefix}${k}.`),
  );
}

export const PLURAL = /_(zero|one|two|few|many|other)$/;

/** A key without its plural suffix, and the suffix ('' when none). */
export function pluralOf(key: string): { base: string; form: string } {
  const m = PLURAL.exec(key);
  return m ? { base: key.slice(0, m.index), form: m[1]! } : { base: key, form: '' };
}

/** The `{{…}}` placeholders of a text, as written (name and format), sorted. */
export function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{(.+?)\}\}/g)].map((m) => m[1]!.replace(/\s+/g, ' ').trim()).sort();
}
