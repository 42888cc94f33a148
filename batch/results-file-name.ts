/** The results file's name for a client list's name: `clients.xlsx` → `clients.测算结果.xlsx` / `clients.results.csv`. */
import type { BatchLang } from './i18n.ts';

export function resultsFileName(input: string, lang: BatchLang, ext: 'csv' | 'xlsx'): string {
  const base = input.replace(/\.[^.]*$/, '') || 'clients';
  return `${base}.${lang === 'zh-CN' ? '测算结果' : 'results'}.${ext}`;
}
