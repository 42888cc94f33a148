/**
 * Writes the Excel templates shipped in batch/templates/ (`npx tsx batch/write-templates.ts`), from the same headers
 * and example rows as the CSV templates; test/cli/batch-xlsx.test.ts checks that the shipped files match.
 */
import { writeFileSync } from 'node:fs';
import { templateFileName, templateSheet } from './templates.ts';
import { writeWorkbook } from './xlsx.ts';

for (const lang of ['zh-CN', 'en'] as const) {
  writeFileSync(
    new URL(`./templates/${templateFileName(lang, 'xlsx')}`, import.meta.url),
    writeWorkbook([templateSheet(lang)]),
  );
}
