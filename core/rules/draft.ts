/** What a rule returns before the engine applies the gate, the period, the 就高不重复 groups and rounding. */
import type { Decimal } from '../money.ts';
import type { ItemStatus } from '../types.ts';
import type { NormalizedScenario } from '../scenario-schema.ts';
import type { PolicyBook, PolicyVersion } from '../policy/book.ts';

/** A sentence from locales/<lang>/core.json with its parameters (figures already formatted). */
export interface Message {
  key: string;
  params?: Record<string, string | number>;
}

/** A calculation in one line: the formula (language-neutral) and the cap that bounded it. */
export interface Calculation {
  formula: string;
  cap?: Decimal;
  capped?: boolean;
}

export interface Draft {
  article: number;
  rule: string;
  status: ItemStatus;
  /** Unrounded, after caps. Zero for ineligible / incomplete / info. */
  amount: Decimal;
  conditional?: boolean;
  capped?: boolean;
  cap?: Decimal;
  reason: Message;
  calc?: Calculation;
  /** Keys under `interpretation.` in the locales. */
  interpretations?: string[];
  missing?: string[];
  claimableFrom?: string;
  subject?: string;
  company?: string;
  excludedBy?: string;
  /** 就高不重复 inside one article (art. 4): the items of one group compete. */
  group?: string;
  /** Excluded by an item (or article total) of the same amount: the explanation must not say the winner "gives more". */
  tie?: boolean;
  /** Excluded by another article of its group (arts. 3/13/14, 11/12): the article totals compared, rounded. */
  totals?: { own: Decimal; winner: Decimal };
}

export interface RuleContext {
  scenario: NormalizedScenario;
  /** The version of the measures the scenario's year selects: every figure a rule uses comes from it. */
  policy: PolicyVersion;
  /** Every version: art. 15 dates each project by its own payment. */
  book: PolicyBook;
  /** The date art. 15 counts to. */
  asOf: string;
}

export type Rule = (ctx: RuleContext) => Draft[];
