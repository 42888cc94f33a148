/**
 * An offer read from text the user selected on a page (the popup's "selected text"): the fallback for an offer the
 * scan did not badge. The user's choice stands for the page around it, so the page's signs (a news page, a comparison,
 * a forum) are not weighed. Nor do a report's, a thread's or a notice's words in the selection stand against it: the
 * estimate comes with a caution naming them. A personal product, several lenders' figures at once or a product no
 * longer sold still give a reason, not an estimate.
 */
import { detectOffer, lastRejectedAgainst, lastRejection, MAX_BLOCK_CHARS, type Offer } from './detect.ts';
import { normalize } from './fold.ts';

/**
 * What the selection's own words say against it, in words the popup can explain: why it gives no estimate, or, for a
 * report, talk or a notice (SelectionCaution), the caution its estimate comes with.
 */
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

/** Words a selection may hold and still be estimated, with a caution: the user chose the text as an offer. */
export type SelectionCaution = Extract<SelectionReason, 'report' | 'talk' | 'notice'>;

const CAUTIONS: readonly SelectionReason[] = ['report', 'talk', 'notice'];

export type SelectionReading =
  | {
      status: 'offer';
      offer: Offer;
      /** The selection reads like a report, talk or a notice: its figures may be quoted, not offered. */
      caution?: SelectionCaution;
      words?: string;
    }
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
  const own = detectOffer(text);
  if (own) return { status: 'offer', offer: own };
  // A report's, a thread's or a notice's words do not stand against the user's choice: the estimate comes with a
  // caution. A personal product, several lenders' figures or a product no longer sold still give no estimate.
  const against = lastRejectedAgainst ? reasonOf(lastRejection) : undefined;
  if (against && !CAUTIONS.includes(against.reason)) return { status: 'not-offer', ...against };
  const caution = (offer: Offer) => {
    if (!against) return {};
    // (The words behind the caution: the rejection's own, or those the reading noted; a bare "?" says nothing.)
    const noted = offer.evidence.outweighed.filter((w) => /\p{L}/u.test(w)).join(',');
    const words = against.words ?? noted;
    return { caution: against.reason as SelectionCaution, ...(words ? { words } : {}) };
  };
  const chosen = detectOffer(text, { selected: true });
  if (chosen) return { status: 'offer', offer: chosen, ...caution(chosen) };
  if (lastRejectedAgainst) return { status: 'not-offer', ...reasonOf(lastRejection) };
  // No product named ("年化3.45%起，最高300万元"): read as the kind of loan the user chose it as, as the detector reads a
  // card under a heading that names the loan. Everything else is still weighed on the selection's own words.
  const kind = HAN_RE.test(text) ? SELECTED_LOAN.zh : SELECTED_LOAN.en;
  const offer = detectOffer(text, { selected: true, heading: kind });
  if (!offer) return { status: 'not-offer', ...reasonOf(lastRejection) };
  if (offer.evidence.productFrom !== 'heading' || offer.evidence.product !== kind)
    return { status: 'offer', offer, ...caution(offer) };
  // (The audience the kind's words gave, 企业 or "business", is the user's choice, not the selection's words.)
  const { audience, ...evidence } = offer.evidence;
  const stated = audience !== undefined && text.toLowerCase().includes(audience.toLowerCase());
  return {
    status: 'offer',
    offer: { ...offer, evidence: { ...evidence, ...(stated ? { audience } : {}), productFrom: 'selection' } },
    ...caution(offer),
  };
}
