/**
 * An offer read from text the user selected on a page (the popup's "selected text"): the fallback for an offer the
 * scan did not badge. The user's choice stands for the page around it, so the page's signs (a news page, a comparison,
 * a forum) are not weighed. Nor do a report's, a thread's or a notice's words in the selection stand against it: the
 * estimate comes with a caution naming them. A personal product, several lenders' figures at once or a product no
 * longer sold still give a reason, not an estimate.
 */
import {
  detectOffer,
  lastCounterEvidence,
  lastCounterWords,
  MAX_BLOCK_CHARS,
  type CounterEvidence,
  type Offer,
} from './detect.ts';
import { normalize } from './fold.ts';

/**
 * What the selection's own words say against it (the detector's counter-evidence: a report, talk, a personal product,
 * a notice, a withdrawn product, several lenders' figures), or that it states no rate or premium: why it gives no
 * estimate, or, for a report, talk or a notice (SelectionCaution), the caution its estimate comes with.
 */
export type SelectionReason = CounterEvidence | 'no-terms';

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

/** Why the detector's last reading gave no offer, as a reason a user can act on, with the words behind it. */
function lastReason(): { reason: SelectionReason; words?: string } {
  if (!lastCounterEvidence) return { reason: 'no-terms' };
  const words = lastCounterWords.join(',');
  return { reason: lastCounterEvidence, ...(words ? { words } : {}) };
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
  const against = lastCounterEvidence && lastReason();
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
  if (lastCounterEvidence) return { status: 'not-offer', ...lastReason() };
  // No product named ("年化3.45%起，最高300万元"): read as the kind of loan the user chose it as, as the detector reads a
  // card under a heading that names the loan. Everything else is still weighed on the selection's own words.
  const kind = HAN_RE.test(text) ? SELECTED_LOAN.zh : SELECTED_LOAN.en;
  const offer = detectOffer(text, { selected: true, heading: kind });
  if (!offer) return { status: 'not-offer', ...lastReason() };
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
