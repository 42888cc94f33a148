/**
 * The core's public contract (docs/scenario.md). Field names of the spec are fixed;
 * fields marked "added" are ours.
 */

import type { PolicyBook } from './policy/book.ts';

export type Lang = 'zh-CN' | 'en';

/** An amount as people give it: a number in 万元, or a string with a unit (see core/amount.ts). */
export type AmountInput = number | string;

export type Certification = 'beijing-specialized-sme' | 'national-high-tech' | 'national-little-giant';

export type InstitutionType =
  // licensed legal-person financial institutions (arts. 8, 13, 14)
  | 'bank'
  | 'auto-finance'
  | 'finance-company'
  | 'financial-leasing'
  | 'securities'
  | 'public-fund'
  | 'fund-sales'
  | 'insurer'
  | 'insurance-broker'
  | 'insurance-agent'
  | 'credit-reporting'
  | 'other-licensed'
  // local financial organisations (arts. 3, 10, 14)
  | 'financing-leasing'
  | 'commercial-factoring'
  | 'financing-guarantee'
  // branches (arts. 9, 14)
  | 'bank-branch'
  | 'securities-branch'
  | 'insurance-branch'
  // a private-fund manager reporting its revenue (art. 14)
  | 'fund-manager';

export type BranchEvent = 'new-tier1' | 'upgraded-tier2';

export interface Eligibility {
  inZone?: boolean;
  majorPenaltyInLast3Years?: boolean;
  criminalRecord?: boolean;
  seriousDishonestyList?: boolean;
}

export interface EnterpriseInput {
  smallOrMicro?: boolean;
  certifications?: Certification[];
  techInsurance?: { premium?: AmountInput; termMonths?: number | string };
  loanInterestPaid?: AmountInput;
  firstLoanMunicipalSupport?: AmountInput;
  startupGuaranteeLoan?: { municipalSupport?: AmountInput; interestPaid?: AmountInput };
}

export interface InstitutionInput {
  type?: InstitutionType;
  newlyEstablished?: boolean;
  paidInCapital?: AmountInput;
  capitalIncreases?: AmountInput[];
  revenue?: AmountInput;
  previousRevenue?: AmountInput;
  tradingVolume?: AmountInput;
  previousTradingVolume?: AmountInput;
  premiumIncome?: AmountInput;
  previousPremiumIncome?: AmountInput;
  superiorInZone?: boolean;
  contractAmount?: AmountInput;
  financingProvided?: AmountInput;
  branchEvent?: BranchEvent;
}

export interface QflpFundInput {
  paidIn?: AmountInput;
  currency?: 'USD' | 'CNY';
  stateCapital?: AmountInput;
}

export interface InvestmentInput {
  company?: string;
  amount?: AmountInput;
  fundedOn?: string;
  firstInvestment?: boolean;
  startup?: boolean;
  stateCapital?: AmountInput;
}

export interface FundInput {
  managerPaidInCapital?: AmountInput;
  managerStateCapital?: AmountInput;
  managedFundsPaidIn?: AmountInput;
  managerCapitalIncreases?: AmountInput[];
  qflpNewPilot?: boolean;
  qflpFunds?: QflpFundInput[];
  usdCnyRate?: number | string;
  investments?: InvestmentInput[];
}

export interface Scenario {
  year: number | string;
  asOf?: string;
  eligibility?: Eligibility;
  enterprise?: EnterpriseInput;
  institution?: InstitutionInput;
  fund?: FundInput;
}

export type ItemStatus = 'awarded' | 'excluded' | 'ineligible' | 'incomplete' | 'pending' | 'info';

export interface ResultItem {
  article: number;
  /** Stable id of the rule, e.g. "art8.establishment", "art4.interest". */
  rule: string;
  status: ItemStatus;
  /** 万元, 2 decimals, half-up; "0.00" when ineligible/incomplete/info. */
  amount: string;
  conditional: boolean;
  capped: boolean;
  /** Plain-language reason, in the chosen language. */
  explanation: string;
  /** The clause this item comes from, in the chosen language (the original Chinese for zh-CN). */
  clause: string;
  /** added: the article's short title, e.g. "科技保险" / "Tech insurance". */
  title: string;
  /** added: the calculation in one line, e.g. "40 × 50% = 20.00 (cap 25)". */
  calculation?: string;
  /** added: the cap in 万元 that applied to this item, as a string. */
  cap?: string;
  /** The rule that won this item's 就高不重复 group (status "excluded"). */
  excludedBy?: string;
  /** added: [interpretation] readings of docs/policy-rules.md that this figure depends on. */
  interpretations?: string[];
  /** added: fields the rule needs but the scenario lacks (status "incomplete"), as field paths. */
  missing?: string[];
  /** art. 15: ISO date from which the project can be claimed. */
  claimableFrom?: string;
  /** added: which entry of a list this item is about, e.g. "institution.capitalIncreases[1]", "fund.investments[0]". */
  subject?: string;
  /** added: art. 15 investee name. */
  company?: string;
}

export interface SubsidyResult {
  /** The id of the version of the measures the scenario's year selects, e.g. "etown-finance-2025". */
  policy: string;
  /** 万元, 2 decimals, sum of the awarded items. */
  total: string;
  items: ResultItem[];
  notes: string[];
  /** added: year of the scenario and the date used for art. 15. */
  year: number;
  asOf: string;
  lang: Lang;
  /** added: sum of awarded items that are conditional (经评定), and of pending estimates. */
  conditionalTotal: string;
  pendingTotal: string;
  /** added: eligibility facts that were not given and were assumed compliant (附则2). */
  assumed: string[];
}

export interface FieldError {
  /** Field path, e.g. "institution.capitalIncreases[1]". "" for the whole scenario. */
  path: string;
  /** Machine-readable reason, e.g. "amount", "required", "enum". */
  code: string;
  /** Full sentence in the chosen language, starting with the path. */
  message: string;
  /** What was given, when there was a value. */
  value?: unknown;
}

export type EstimateOutcome = { ok: true; result: SubsidyResult } | { ok: false; errors: FieldError[] };

export interface EstimateOptions {
  lang?: Lang;
  /** ISO date used when the scenario has no asOf (default: today's date, UTC). */
  today?: string;
  /**
   * Amounts only (batch runs, sweeps): the same statuses and figures, but no sentence is built: `explanation`,
   * `clause`, `title` are empty strings, `calculation` and `interpretations` absent, `notes` empty.
   */
  amountsOnly?: boolean;
  /**
   * The versions of the measures to compute under (default: the ones the calculator ships). A draft revision can be
   * tried out with `withRevisions(revision)` without changing the calculator.
   */
  policies?: PolicyBook;
}
