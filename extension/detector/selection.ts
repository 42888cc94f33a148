/**
 * An offer read from text the user selected on a page (the popup's "selected text"): the fallback for an offer the
 * scan did not badge. The user's choice stands for the page around it, so the page's signs (a news page, a comparison,
 * a forum) are not weighed; the words of the selection itself still are: a personal loan, a news report, a notice or
 * several lenders' figures selected at once get a reason, not an estimate.
 */
import { detectOffer, lastRejectedAgainst, lastRejection, MAX_BLOCK_CHARS, type Offer } from './detect.ts';
import { normalize } from './fold.ts';

/** Why a selection gives no estimate, in words the popup can explain. */
export type SelectionReason =
  /** A report or a headline about an offer (记者, 据…介绍, "said"). */
  | 'report'
  /** Talk about offers: a forum's or a comparison's words. */
  | 'talk'
  /** A loan or cover for a person, not an enterprise. */
  | 'personal'
  /** A notice's or a policy's words: a rule, not a lender's offer. */
  | 'notice'
  /** A product no longer offered. */
  | 'withdrawn'
  /** Several lenders' or products' figures at once. */
  | 'several'
  /** No rate (for a loan) or premium (for a cover) in the selection. */
  | 'no-terms';

export type SelectionReading =
  | { status: 'offer'; offer: Offer }
  | { status: 'empty' }
  | { status: 'too-long' }
  | { status: 'not-offer'; reason: SelectionReason; words?: string };

/**
 * The kind of loan a selection without a product name is read as: the user chose it as an offer, and the district's
 * measures are about enterprises' loans.
 */
const SELECTED_LOAN = { zh: '企业贷款', en: 'business loan' } as const;

const HAN_RE = /\p{Script=Han}/u;

/** The detector's rejection (lastRejection), as a reason a user can act on, and the page's words behind it. */
function reasonOf(rejection: string): { reason: SelectionReason; words?: string } {
  const [kind, words] = rejection.split(/:\s*/, 2) as [string, string | undefined];
  if (kind === 'personal') return { reason: 'personal', ...(words ? { words } : {}) };
  if (kind === 'policy') return { reason: 'notice', ...(words ? { words } : {}) };
  if (kind === 'news') return { reason: 'report', ...(words ? { words: words.replace(/\s*page \d+$/, '') } : {}) };
  if (kind === 'headline' || kind === 'a rate in words in a report') return { reason: 'report' };
  if (kind === 'forum words' || kind === 'comparison or forum page') return { reason: 'talk' };
  if (kind === 'no longer offered') return { reason: 'withdrawn' };
  if (kind === 'several lenders named' || kind === 'several products told at once') return { reason: 'several' };
  return { reason: 'no-terms' };
}

/** Reads the offer in a selected text, or says why there is none. */
export function readSelection(selected: string): SelectionReading {
  // (A whole page selected is not one offer: not worth folding its text first.)
  if (selected.length > MAX_BLOCK_CHARS * 4) return { status: 'too-long' };
  const text = normalize(selected);
  if (!text) return { status: 'empty' };
  if (text.length > MAX_BLOCK_CHARS) return { status: 'too-long' };
  const named = detectOffer(text);
  if (named) return { status: 'offer', offer: named };
  if (lastRejectedAgainst) return { status: 'not-offer', ...reasonOf(lastRejection) };
  // No product named ("年化3.45%起，最高300万元"): read as the kind of loan the user chose it as, as the detector reads a
  // card under a heading that names the loan. Everything else is still weighed on the selection's own words.
  const kind = HAN_RE.test(text) ? SELECTED_LOAN.zh : SELECTED_LOAN.en;
  const offer = detectOffer(text, { heading: kind });
  if (offer && offer.evidence.productFrom === 'heading' && offer.evidence.product === kind) {
    // (The audience the kind's words gave, 企业 or "business", is the user's choice, not the selection's words.)
    const { audience, ...evidence } = offer.evidence;
    const own = audience !== undefined && text.toLowerCase().includes(audience.toLowerCase());
    return {
      status: 'offer',
      offer: { ...offer, evidence: { ...evidence, ...(own ? { audience } : {}), productFrom: 'selection' } },
    };
  }
  if (offer) return { status: 'offer', offer };
  return { status: 'not-offer', ...reasonOf(lastRejection) };
}
