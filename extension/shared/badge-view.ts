/**
 * What a badge says, as text in the user's language: built in the service worker from the offer the content script
 * read and the saved profile (through the core, in subsidy.ts), and sent back to the tab. The content script only
 * lays it out; it never holds the profile's figures in a form the page could read (see inject/private-text.ts).
 */
import type { Lang } from '../../core/index.ts';
import type { Offer } from '../detector/detect.ts';
import { formatMoney, formatRate, translator } from './i18n.ts';
import type { Stored } from './profile.ts';
import { figuresFor, type Figures } from './subsidy.ts';

/** Where the "Why?" panel says the product's name was found. */
const WHY_PRODUCT = {
  block: 'why.product',
  heading: 'why.productHeading',
  page: 'why.productPage',
  selection: 'why.productSelection',
} as const;

export interface ViewSection {
  heading?: string;
  lines: string[];
  /** The clause's original text: shown set off. */
  clause?: boolean;
  small?: boolean;
}

export interface BadgeView {
  tone: 'awarded' | 'none' | 'info';
  /** The one line the badge shows, also what the popup lists. */
  summary: string;
  flags: string[];
  /** "Why?" panel. */
  sections: ViewSection[];
  labels: { badge: string; open: string; close: string; setup: string; hide: string; hidden: string; undo: string };
  /** No profile saved yet: the badge offers the way to set it up. */
  setup: boolean;
}

/** The badge's one line for the figures. */
export function summaryOf(t: ReturnType<typeof translator>, f: Figures): string {
  if (f.status === 'needs-amount') return t('badge.needsAmount');
  if (f.status === 'error') return t('badge.error');
  if (f.status === 'none') return t(f.kind === 'loan' ? 'badge.noneLoan' : 'badge.noneInsurance');
  const amount = formatMoney(t, f.subsidy);
  if (f.kind === 'insurance') return t('badge.insurance', { amount });
  return t(f.rateHigh ? 'badge.loanFrom' : 'badge.loan', { amount, rate: formatRate(f.effectiveRate ?? '0') });
}

function recognised(t: ReturnType<typeof translator>, offer: Offer): ViewSection {
  const e = offer.evidence;
  const lines = [t(WHY_PRODUCT[e.productFrom], { product: offer.product })];
  if (e.rateText) lines.push(t(e.rateFromSubsidy ? 'why.rateFromSubsidy' : 'why.rate', { text: e.rateText }));
  if (e.sharedRate) lines.push(t('why.sharedRate', { text: e.sharedRate }));
  if (e.amountText)
    lines.push(
      t(offer.kind === 'insurance' ? 'why.premium' : e.amountOnPage ? 'why.amountOnPage' : 'why.amount', {
        text: e.amountText,
      }),
    );
  if (e.audience) lines.push(t('why.audience', { text: e.audience }));
  if (e.outweighed.length) lines.push(t('why.outweighed', { words: e.outweighed.join(t('why.separator')) }));
  return { heading: t('why.heading'), lines, small: true };
}

function lprLine(t: ReturnType<typeof translator>, f: Figures): string | undefined {
  const lpr = 'lpr' in f ? f.lpr : undefined;
  if (!lpr) return undefined;
  return lpr.published
    ? t('badge.lprTable', {
        oneYear: formatRate(lpr.oneYear),
        fiveYear: formatRate(lpr.fiveYear),
        date: lpr.published,
        source: t('badge.lprSource'),
      })
    : t('badge.lprOverride', { oneYear: formatRate(lpr.oneYear), fiveYear: formatRate(lpr.fiveYear) });
}

export function buildView(offer: Offer, stored: Stored, lang: Lang, today: string): BadgeView {
  const t = translator(lang);
  const labels = {
    badge: t('badge.label'),
    open: t('badge.details'),
    close: t('badge.close'),
    setup: t('badge.setup'),
    hide: t('badge.hide'),
    hidden: t('badge.hidden'),
    undo: t('badge.undo'),
  };
  const setup = !stored.settings.profileSaved;
  const assumptions: ViewSection | undefined = setup
    ? { heading: t('badge.assumedHeading'), lines: [t('badge.assumed')], small: true }
    : undefined;
  // The district's measures pay on loans in yuan taken by enterprises in the zone: a foreign-currency offer gets
  // no yuan figure computed on it.
  if (offer.currency !== 'CNY') {
    // XXX (ISO 4217's "no currency", detector/amount.ts UNKNOWN_CURRENCY; not imported, so that this view does not
    // pull the detector's word lists into the pages that render it): a currency the page does not make known ("Rs."
    // on a page of no known country), still no yuan.
    const currency = offer.currency === 'XXX' ? t('badge.unknownCurrency') : offer.currency;
    return {
      tone: 'info',
      summary: t('badge.foreignCurrency', { currency }),
      flags: [],
      sections: [{ lines: [t('badge.foreignCurrencyWhy', { currency })] }, recognised(t, offer)],
      labels,
      setup: false,
    };
  }
  const f = figuresFor(offer, stored.profile, stored.settings, lang, today);
  const sections: ViewSection[] = [];
  if (assumptions) sections.push(assumptions);
  if (f.status === 'error') sections.push({ lines: f.messages });
  else if (f.status === 'needs-amount') {
    const lpr = lprLine(t, f);
    if (lpr) sections.push({ lines: [lpr] });
  } else {
    const lines: string[] = [];
    if (f.kind === 'loan' && f.principal && f.rate) {
      lines.push(
        t(f.principalFrom === 'offer-max' ? 'badge.principalOfferMax' : 'badge.principalProfile', {
          amount: formatMoney(t, f.principal),
          rate: formatRate(f.rate),
        }),
      );
    } else if (f.premium) {
      // The term the estimate assumed: art. 2's minimum for the year, as the scenario gave it to the core.
      const term = f.scenario.enterprise?.techInsurance?.termMonths ?? '';
      lines.push(t('badge.premium', { amount: formatMoney(t, f.premium), term }));
    }
    if (f.rateHigh && f.rate)
      lines.push(t('badge.rateRange', { low: formatRate(f.rate), high: formatRate(f.rateHigh) }));
    const lpr = lprLine(t, f);
    if (lpr) lines.push(lpr);
    sections.push({ lines });
    const item = f.item;
    if (item) {
      sections.push({ heading: item.title, lines: [item.explanation] });
      const small = [
        ...(item.calculation ? [`${t('badge.calculation')}: ${item.calculation}`] : []),
        ...(item.interpretations ?? []),
      ];
      if (small.length) sections.push({ lines: small, small: true });
      sections.push({ heading: t('badge.clause', { article: item.article }), lines: [item.clause], clause: true });
    }
    if (f.notes.length) sections.push({ heading: t('badge.notes'), lines: f.notes, small: true });
  }
  sections.push(recognised(t, offer));
  sections.push({ lines: [t('badge.disclaimer')], small: true });
  const flags: string[] = [];
  if (f.status === 'awarded' && f.capped) flags.push(t('badge.capped'));
  if (f.status === 'awarded' && f.item?.conditional) flags.push(t('badge.conditional'));
  if (setup) flags.push(t('badge.assumedFlag'));
  return {
    tone: f.status === 'awarded' ? 'awarded' : f.status === 'none' ? 'none' : 'info',
    summary: summaryOf(t, f),
    flags,
    sections,
    labels,
    setup,
  };
}
