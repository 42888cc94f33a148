/**
 * What the what-if panel's own file (ezone-subsidy-what-if.js) takes from the calculator's file instead of carrying
 * copies: Lit (one Lit per page, one set of custom-element base classes), the core's estimate and exact decimals (so
 * a what-if point is computed by the very core that computed the estimate shown), and the widget's words. The
 * calculator's file puts them under a global symbol just before it imports the panel's file; that file's build
 * (widget/what-if/what-if-chunk.ts) turns these modules' imports into reads of it. The names are listed once, here.
 */
export const SHARED_KEY = 'ezone-subsidy.what-if.shared';

/** Module (as the panel's sources import it) → the names taken from the calculator's file. */
export const SHARED_MODULES = {
  lit: ['LitElement', 'html', 'svg', 'css', 'nothing'],
  'core/engine.ts': ['estimate'],
  'core/money.ts': ['Decimal', 'fig'],
  'core/amount.ts': ['parseAmount'],
  // The policy data, compiled and checked once by the calculator's file: the panel reads the same versions.
  'core/policy/versions.ts': ['POLICY_BOOK'],
  'widget/i18n.ts': ['translator', 'normalizeLang'],
} as const;

export type SharedModules = { [M in keyof typeof SHARED_MODULES]: Record<(typeof SHARED_MODULES)[M][number], unknown> };
