/**
 * The user's saved profile: the applicant facts the subsidy depends on (arts. 2 and 4) and the extension's settings.
 * Stored in chrome.storage.local under one key with a schema version. Reading never throws and never drops what it
 * does not understand: unknown fields survive a save, older shapes are migrated, bad values fall back per field.
 */
import * as v from 'valibot';
import { CERTIFICATIONS, type Certification } from '../../core/index.ts';

import { STORAGE_KEY } from './site-settings.ts';
import { readHiddenEntries } from './hidden-offers.ts';

export { STORAGE_KEY, siteKey, isSiteDisabled } from './site-settings.ts';
export const SCHEMA_VERSION = 3;

/** The certifications the policy names (arts. 2 and 4), from the core: the options page lists them. */
export { CERTIFICATIONS };

export interface Profile {
  smallOrMicro: boolean;
  certifications: Certification[];
  /** Received Beijing's 首贷贴息 (art. 4 b) and how much, 万元 as typed. */
  firstLoan: boolean;
  firstLoanMunicipalSupport: string;
  /** Has a Beijing 创业担保贷款 with municipal support (art. 4 c), 万元 as typed. */
  startupGuaranteeLoan: boolean;
  startupMunicipalSupport: string;
  /** The amount the enterprise means to borrow, as typed ("500万", "5,000,000元"); empty = use the offer's maximum. */
  expectedLoanAmount: string;
  /** Operates inside 亦庄新城 (附则2). */
  inZone: boolean;
}

export interface LprOverride {
  oneYear: string;
  fiveYear: string;
}

export interface Settings {
  /** Global pause: no badges anywhere. */
  paused: boolean;
  /** Hostnames where the user turned annotation off. */
  disabledSites: string[];
  /** The user's own LPR figures, used instead of the built-in table when set. */
  lprOverride: LprOverride | null;
  /** The user saved the profile in the options page at least once; until then badges say what they assumed. */
  profileSaved: boolean;
  /** Badges the user hid as "not an offer" (hidden-offers.ts); added within version 3, empty when absent. */
  hiddenOffers: string[];
}

export interface Stored {
  schemaVersion: number;
  profile: Profile;
  settings: Settings;
}

export function defaultStored(): Stored {
  return {
    schemaVersion: SCHEMA_VERSION,
    profile: {
      smallOrMicro: true,
      certifications: [],
      firstLoan: false,
      firstLoanMunicipalSupport: '',
      startupGuaranteeLoan: false,
      startupMunicipalSupport: '',
      expectedLoanAmount: '',
      inZone: true,
    },
    settings: { paused: false, disabledSites: [], lprOverride: null, profileSaved: false, hiddenOffers: [] },
  };
}

// An amount written as a number (an older or hand-edited profile) is kept as the text the form shows, not dropped.
const amountText = v.union([
  v.pipe(v.string(), v.maxLength(40)),
  v.pipe(
    v.number(),
    v.finite(),
    v.transform((n) => String(n)),
  ),
]);
const rateText = v.pipe(v.string(), v.regex(/^\d{1,2}(\.\d{1,4})?$/));
const d = defaultStored();

// Each field falls back on its own: one bad value must not wipe the rest of the profile.
const ProfileSchema = v.looseObject({
  smallOrMicro: v.fallback(v.boolean(), d.profile.smallOrMicro),
  certifications: v.fallback(
    v.pipe(
      v.array(v.picklist(CERTIFICATIONS)),
      v.transform((a) => [...new Set(a)]),
    ),
    [],
  ),
  firstLoan: v.fallback(v.boolean(), false),
  firstLoanMunicipalSupport: v.fallback(amountText, ''),
  startupGuaranteeLoan: v.fallback(v.boolean(), false),
  startupMunicipalSupport: v.fallback(amountText, ''),
  expectedLoanAmount: v.fallback(amountText, ''),
  inZone: v.fallback(v.boolean(), true),
});

const SettingsSchema = v.looseObject({
  paused: v.fallback(v.boolean(), false),
  disabledSites: v.fallback(
    v.pipe(
      v.array(v.pipe(v.string(), v.maxLength(253))),
      v.transform((a) => [...new Set(a)]),
    ),
    [],
  ),
  lprOverride: v.fallback(v.nullable(v.object({ oneYear: rateText, fiveYear: rateText })), null),
  profileSaved: v.fallback(v.boolean(), false),
  hiddenOffers: v.fallback(
    v.pipe(
      v.array(v.unknown()),
      v.transform((a: unknown[]) => readHiddenEntries(a)),
    ),
    [],
  ),
});

type Migration = (raw: Record<string, unknown>) => Record<string, unknown>;

/**
 * Migrations from each old version to the next. Version 1 (the first prototype) kept the facts flat beside the
 * settings, one certification in `certification`, and the loan amount in yuan as a number.
 */
const MIGRATIONS: Record<number, Migration> = {
  1: (raw) => {
    const { certification, loanAmountYuan, paused, disabledSites, ...facts } = raw;
    const profile: Record<string, unknown> = { ...facts };
    delete profile.schemaVersion;
    profile.certifications = typeof certification === 'string' && certification ? [certification] : [];
    if (typeof loanAmountYuan === 'number' && Number.isFinite(loanAmountYuan) && loanAmountYuan > 0) {
      profile.expectedLoanAmount = `${loanAmountYuan}元`;
    }
    return { schemaVersion: 2, profile, settings: { paused, disabledSites, lprOverride: null } };
  },
  // Version 3 adds `profileSaved`. A version-2 profile was written by the options page or the popup of a user who
  // has been using the extension: its figures are the user's, so no assumption note is due.
  2: (raw) => {
    const settings = isRecord(raw.settings) ? raw.settings : {};
    return { ...raw, schemaVersion: 3, settings: { ...settings, profileSaved: true } };
  },
};

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** Turns whatever is in storage (nothing, an old version, a damaged value, a newer version) into a usable Stored. */
export function migrate(raw: unknown): Stored {
  if (!isRecord(raw)) return defaultStored();
  let current: Record<string, unknown> = raw;
  let version = typeof current.schemaVersion === 'number' ? current.schemaVersion : 1;
  while (version < SCHEMA_VERSION) {
    const step = MIGRATIONS[version];
    if (!step) return defaultStored();
    current = step(current);
    version = typeof current.schemaVersion === 'number' ? current.schemaVersion : version + 1;
  }
  return {
    ...current,
    // A newer version written by a later release keeps its number so that this one never downgrades it.
    schemaVersion: version,
    profile: v.parse(ProfileSchema, isRecord(current.profile) ? current.profile : {}) as Profile,
    settings: v.parse(SettingsSchema, isRecord(current.settings) ? current.settings : {}) as Settings,
  };
}

/** Storage access (chrome.storage.local). Kept apart from the pure functions above so they test without Chrome. */
export async function loadStored(): Promise<Stored> {
  const got = await chrome.storage.local.get(STORAGE_KEY);
  return migrate(got[STORAGE_KEY]);
}

export async function saveStored(stored: Stored): Promise<void> {
  await chrome.storage.local.set({ [STORAGE_KEY]: stored });
}

/** Changes some settings as they are stored now, keeping the profile and the other settings as stored. */
export async function updateSettings(change: (settings: Settings) => Partial<Settings>): Promise<void> {
  const stored = await loadStored();
  await saveStored({ ...stored, settings: { ...stored.settings, ...change(stored.settings) } });
}
