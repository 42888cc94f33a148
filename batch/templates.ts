/** The downloadable templates: headers of the layout plus two filled example rows (batch/templates/*.csv). */
import { templateHeaders } from './layout.ts';
import { toCsv } from './csv.ts';
import type { BatchLang } from './i18n.ts';

/** Example rows by field path; cells not named stay empty. */
const EXAMPLES: Record<BatchLang, Array<Record<string, string>>> = {
  'zh-CN': [
    {
      client: '示例：某科技小微企业', year: '2025', 'eligibility.inZone': '是', 'enterprise.smallOrMicro': '是',
      'enterprise.certifications': '国家级专精特新小巨人;国家高新技术企业', 'enterprise.techInsurance.premium': '20',
      'enterprise.techInsurance.termMonths': '12', 'enterprise.loanInterestPaid': '120万元',
    },
    {
      client: '示例：新设银行', year: '2025', 'eligibility.inZone': '是', 'institution.type': '银行',
      'institution.newlyEstablished': '是', 'institution.paidInCapital': '20亿元',
    },
  ],
  en: [
    {
      client: 'Example: small tech company', year: '2025', 'eligibility.inZone': 'yes', 'enterprise.smallOrMicro': 'yes',
      'enterprise.certifications': 'national-little-giant;national-high-tech', 'enterprise.techInsurance.premium': '20',
      'enterprise.techInsurance.termMonths': '12', 'enterprise.loanInterestPaid': '120',
    },
    {
      client: 'Example: new bank', year: '2025', 'eligibility.inZone': 'yes', 'institution.type': 'bank',
      'institution.newlyEstablished': 'yes', 'institution.paidInCapital': '200000',
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

export function templateFileName(lang: BatchLang): string {
  return lang === 'zh-CN' ? 'clients.zh-CN.csv' : 'clients.en.csv';
}
