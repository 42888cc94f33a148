/** The downloadable templates: headers of the layout plus two filled example rows (batch/templates/*.csv). */
import { templateHeaders } from './layout.ts';
import { toCsv } from './csv.ts';
import type { BatchLang } from './i18n.ts';
import type { CellValue, SheetModel } from './xlsx.ts';

/** Example rows by field path; cells not named stay empty. */
const EXAMPLES: Record<BatchLang, Array<Record<string, string>>> = {
  'zh-CN': [
    {
      client: '示例：某科技小微企业',
      year: '2025',
      'eligibility.inZone': '是',
      'enterprise.smallOrMicro': '是',
      'enterprise.certifications': '国家级专精特新小巨人;国家高新技术企业',
      'enterprise.techInsurance.premium': '20',
      'enterprise.techInsurance.termMonths': '12',
      'enterprise.loanInterestPaid': '120万元',
    },
    {
      client: '示例：新设银行',
      year: '2025',
      'eligibility.inZone': '是',
      'institution.type': '银行',
      'institution.newlyEstablished': '是',
      'institution.paidInCapital': '20亿元',
    },
  ],
  en: [
    {
      client: 'Example: small tech company',
      year: '2025',
      'eligibility.inZone': 'yes',
      'enterprise.smallOrMicro': 'yes',
      'enterprise.certifications': 'national-little-giant;national-high-tech',
      'enterprise.techInsurance.premium': '20',
      'enterprise.techInsurance.termMonths': '12',
      'enterprise.loanInterestPaid': '120',
    },
    {
      client: 'Example: new bank',
      year: '2025',
      'eligibility.inZone': 'yes',
      'institution.type': 'bank',
      'institution.newlyEstablished': 'yes',
      'institution.paidInCapital': '200000',
    },
  ],
};

/** Field path of each template column, in order (numbered groups as fund.investments[0].amount). */
export function templatePaths(): string[] {
  return templateHeadersWithPaths('en').map((h) => h.path);
}

import { resolveHeader, targetPath } from './layout.ts';

function templateHeadersWithPaths(lang: BatchLang): Array<{ header: string; path: string }> {
  return templateHeaders(lang).map((header) => {
    const t = resolveHeader(header);
    if (!t) throw new Error(`template header not in layout: ${header}`);
    return { header, path: targetPath(t) };
  });
}

/** A template as CSV text (with BOM), from a list of rows keyed by field path. */
export function csvFromPathRows(lang: BatchLang, rows: Array<Record<string, string>>): string {
  const cols = templateHeadersWithPaths(lang);
  return toCsv([cols.map((c) => c.header), ...rows.map((r) => cols.map((c) => r[c.path] ?? ''))]);
}

export function templateCsv(lang: BatchLang): string {
  return csvFromPathRows(lang, EXAMPLES[lang]);
}

/** An Excel serial day for YYYY-MM-DD (days since 1899-12-30), as Excel stores a date. */
export function isoToSerial(iso: string): number {
  return (Date.parse(`${iso}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000;
}

/**
 * A template as a workbook's sheet, from rows keyed by field path: cells as a person types them in Excel, so that
 * figures are numbers and dates are dates (numbers with a date format), not text.
 */
export function sheetFromPathRows(lang: BatchLang, rows: Array<Record<string, string>>): SheetModel {
  const cols = templateHeadersWithPaths(lang).map((c) => ({ ...c, kind: kindOf(c.header) }));
  const cell = (kind: string, v: string | undefined): CellValue => {
    if (v === undefined || v === '') return null;
    if (kind === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(v)) return { n: isoToSerial(v), z: 'yyyy-mm-dd' };
    if ((kind === 'amount' || kind === 'number') && /^-?\d+(\.\d+)?$/.test(v)) return Number(v);
    return v;
  };
  return {
    name: lang === 'zh-CN' ? '客户清单' : 'Clients',
    rows: [cols.map((c) => c.header), ...rows.map((r) => cols.map((c) => cell(c.kind, r[c.path])))],
    widths: cols.map((c) => Math.min(40, Math.max(10, [...c.header].length + 4))),
    freezeHeader: true,
  };
}

function kindOf(header: string): string {
  const t = resolveHeader(header)!;
  return t.type === 'column' ? t.column.kind : t.field.kind;
}

export function templateSheet(lang: BatchLang): SheetModel {
  return sheetFromPathRows(lang, EXAMPLES[lang]);
}

export function templateFileName(lang: BatchLang, ext: 'csv' | 'xlsx' = 'csv'): string {
  return lang === 'zh-CN' ? `clients.zh-CN.${ext}` : `clients.en.${ext}`;
}
