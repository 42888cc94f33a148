/** Scenario → the layout's cells (keyed by field path): to fill a template from saved scenarios or examples. */
import type { BatchLang } from './i18n.ts';
import { LISTS } from './layout.ts';

const listPaths = new Set(LISTS.map((l) => l.path));

export function scenarioToPathRow(
  scenario: Record<string, unknown>,
  client: string,
  lang: BatchLang,
): Record<string, string> {
  const row: Record<string, string> = { client };
  const yes = lang === 'zh-CN' ? '是' : 'yes';
  const no = lang === 'zh-CN' ? '否' : 'no';
  const cell = (v: unknown): string => (typeof v === 'boolean' ? (v ? yes : no) : String(v));
  const walk = (value: unknown, path: string): void => {
    if (Array.isArray(value)) {
      if (listPaths.has(path)) value.forEach((entry, i) => walk(entry, `${path}[${i}]`));
      else row[path] = value.map(cell).join(';');
    } else if (value !== null && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) walk(v, path ? `${path}.${k}` : k);
    } else if (value !== undefined && value !== null) {
      row[path] = cell(value);
    }
  };
  walk(scenario, '');
  return row;
}
