/** The extension's words (locales/<lang>/extension.json) for its pages and badges, read as every namespace is. */
import type { Lang } from '../../core/index.ts';
import { Words, type Translate } from '../../core/words.ts';
import zh from '../../locales/zh-CN/extension.json' with { type: 'json' };
import en from '../../locales/en/extension.json' with { type: 'json' };
import Decimal from 'decimal.js';

export { uiLang } from './ui-lang.ts';
export type { Translate as TFunction };

const words = new Words({ 'zh-CN': zh, en });

export function translator(lang: Lang): Translate {
  return words.translator(lang);
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** An amount in 万元 as the language writes money: the locale file gives the scale and the pattern. */
export function formatMoney(t: Translate, wan: string): string {
  const scale = new Decimal(t('money.scale'));
  const decimals = Number(t('money.decimals'));
  const value = new Decimal(wan).times(scale).toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP);
  const locale = t('money.locale');
  const key = `${locale}|${decimals}`;
  let nf = numberFormats.get(key);
  // Building an Intl.NumberFormat costs more than formatting with it: one per locale and precision.
  if (!nf)
    numberFormats.set(
      key,
      (nf = new Intl.NumberFormat(locale, { minimumFractionDigits: 0, maximumFractionDigits: decimals })),
    );
  const text = nf.format(value.toNumber());
  return t('money.pattern', { value: text });
}

/** A rate in percent, two decimals. */
export function formatRate(percent: string): string {
  return new Decimal(percent).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2) + '%';
}
