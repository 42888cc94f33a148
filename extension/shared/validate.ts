/**
 * Field errors for a profile the user is about to save. Apart from profile.ts because it needs the core's amount
 * parser, and the content script's first stage must stay small.
 */
import { parseAmount } from '../../core/index.ts';
import type { Profile, Stored } from './profile.ts';

export type ProfileField = keyof Profile | 'lprOverride.oneYear' | 'lprOverride.fiveYear';

export interface ProfileError {
  field: ProfileField;
  /** i18n key in the extension namespace. */
  key: 'errors.amount' | 'errors.rate' | 'errors.required';
  value: string;
}

/** Field errors for a profile the user is about to save (empty when it can be saved). */
export function validate(stored: Pick<Stored, 'profile' | 'settings'>): ProfileError[] {
  const errors: ProfileError[] = [];
  const p = stored.profile;
  const amount = (field: ProfileField, value: string, required: boolean) => {
    if (value.trim() === '') {
      if (required) errors.push({ field, key: 'errors.required', value });
      return;
    }
    const r = parseAmount(value);
    if (!r.ok) errors.push({ field, key: 'errors.amount', value });
  };
  amount('expectedLoanAmount', p.expectedLoanAmount, false);
  amount('firstLoanMunicipalSupport', p.firstLoanMunicipalSupport, p.firstLoan);
  amount('startupMunicipalSupport', p.startupMunicipalSupport, p.startupGuaranteeLoan);
  if (p.expectedLoanAmount.trim() !== '') {
    const r = parseAmount(p.expectedLoanAmount);
    if (r.ok && r.value.isZero())
      errors.push({ field: 'expectedLoanAmount', key: 'errors.amount', value: p.expectedLoanAmount });
  }
  const o = stored.settings.lprOverride;
  if (o) {
    for (const k of ['oneYear', 'fiveYear'] as const) {
      const val = o[k];
      const n = Number(val);
      if (!/^\d{1,2}(\.\d{1,4})?$/.test(val) || !(n > 0 && n < 30))
        errors.push({ field: `lprOverride.${k}`, key: 'errors.rate', value: val });
    }
  }
  return errors;
}
