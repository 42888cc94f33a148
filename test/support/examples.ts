/** The worked cases of test/data/examples (see docs/scenario.md), and a way to compare a result with their `expected` maps. */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { SubsidyResult } from '../../core/index.ts';

export const EXAMPLES_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../data/examples');

export interface Example {
  file: string;
  title: string;
  scenario: unknown;
  expected: { total: string; awarded: Record<string, string>; pending?: Record<string, string> };
}

export function loadExamples(): Example[] {
  return readdirSync(EXAMPLES_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => ({ file, ...JSON.parse(readFileSync(path.join(EXAMPLES_DIR, file), 'utf8')) }));
}

/** Sums item amounts per article for one status, as the examples' `expected.awarded` / `expected.pending` maps. */
export function byArticle(result: Pick<SubsidyResult, 'items'>, status: 'awarded' | 'pending'): Record<string, string> {
  const sums = new Map<number, number>();
  for (const i of result.items)
    if (i.status === status) sums.set(i.article, (sums.get(i.article) ?? 0) + Math.round(Number(i.amount) * 100));
  return Object.fromEntries([...sums].map(([a, cents]) => [String(a), (cents / 100).toFixed(2)]));
}
