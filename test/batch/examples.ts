/** The contract's worked cases (test/data/examples), laid out as rows of the batch template. */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export interface Example {
  name: string;
  scenario: Record<string, unknown>;
  expected: { total: string; awarded: Record<string, string>; pending?: Record<string, string> };
}

export const EXAMPLES_DIR = fileURLToPath(new URL('../data/examples/', import.meta.url));

export function loadExamples(): Example[] {
  return readdirSync(EXAMPLES_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const data = JSON.parse(readFileSync(join(EXAMPLES_DIR, f), 'utf8'));
      return { name: f.replace(/\.json$/, ''), scenario: data.scenario, expected: data.expected };
    });
}
