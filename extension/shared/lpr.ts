/** The LPR the extension resolves "LPR+50BP" against: the user's own figures, or the dated table's entry for today. */
import { LPR_TABLE, lprOn, type LprEntry } from '../../core/lpr.ts';
import type { Settings } from './profile.ts';

export interface LprInUse {
  oneYear: string;
  fiveYear: string;
  /** Publication date of the table entry, or null for the user's own figures. */
  published: string | null;
}

export function lprInUse(settings: Pick<Settings, 'lprOverride'>, today: string): LprInUse | undefined {
  if (settings.lprOverride) return { ...settings.lprOverride, published: null };
  const e: LprEntry | undefined = lprOn(today, LPR_TABLE);
  return e ? { oneYear: e.oneYear, fiveYear: e.fiveYear, published: e.published } : undefined;
}
