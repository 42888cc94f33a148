/** Public API of the core. Every front end (widget, extension, CLI, batch) calls only this. */
export type * from './types.ts';
export { estimate, estimateMany } from './engine.ts';
export { parseAmount } from './amount.ts';
export { isIsoDate } from './dates.ts';
// For the command line: the core's own sentences and its plain-text report.
export { translator as coreTranslator } from './i18n.ts';
export { formatReport, pad as padToWidth, width as displayWidth } from './report.ts';
// The policy as dated data: every figure, term, year, type and certification comes from here, never from a copy.
export {
  POLICY_BOOK,
  CURRENT_POLICY,
  POLICY_ID,
  POLICY_TITLE,
  ARTICLES,
  AMOUNT_ARTICLES,
  INFO_ARTICLES,
  POLICY_YEARS,
  PERIOD,
  policyFor,
  withRevisions,
} from './policy/versions.ts';
export { versionOn } from './policy/lookup.ts';
// The measures' own words (titles, clauses, the version's name) in a language: the Chinese original or its translation.
export { articleTitle, articleClause, policyName, policyTitle } from './policy-text.ts';
export {
  policyBook,
  type PolicyBook,
  type PolicyVersion,
  type Figure,
  type Threshold,
  type ArticleText,
} from './policy/book.ts';
export { PolicyDataError, type PolicyData, type RevisionData, type PolicyProblem } from './policy/schema.ts';
export {
  CERTIFICATIONS,
  CERTIFICATION_NAMES,
  INSTITUTION_TYPES,
  INSTITUTION_TYPE_GROUPS,
  BRANCH_EVENTS,
  BRANCH_EVENT_NAMES,
  AUDIENCES,
  typesOf,
  type Audience,
  type InstitutionGroup,
} from './policy/vocabulary.ts';
export { LPR_TABLE, LPR_SOURCE, LPR_UNIT, lprOn, lprTable, type LprEntry } from './lpr.ts';
export { whatIf, whatIfRange, WHAT_IF_MAX_POINTS } from './what-if/what-if.ts';
export type {
  WhatIfItem,
  WhatIfPoint,
  WhatIfResult,
  WhatIfOutcome,
  WhatIfRange,
  Breakpoint,
  BreakpointKind,
  BreakpointSide,
} from './what-if/what-if.ts';
export { breakpointsOf } from './what-if/breakpoints.ts';
export { whatIfTranslator, type WhatIfTranslate } from './what-if/messages.ts';
