/** i18next for the extension's pages and badges. Strings live in locales/<lang>/extension.json. */
import i18next, { type i18n, type TFunction } from 'i18next';
import type { Lang } from '../../core/index.ts';
import zh from '../../locales/zh-CN/extension.json' with { type: 'json' };
import en from '../../locales/en/extension.json' with { type: 'json' };
import Decimal from 'decimal.js';

export { uiLang } from './ui-lang.ts';

const instances = new Map<Lang, i18n>();

export function translator(lang: Lang): TFunction {
  let inst = instances.get(lang);
  if (!inst) {
    inst = i18next.createInstance();
    void inst.init({
      lng: lang,
      fallbackLng: false,
      ns: ['extension'],
      defaultNS: 'extension',
      resources: { 'zh-CN': { extension: zh }, en: { extension: en } },
      interpolation: { escapeValue: false },
      initAsync: false,
    });
    instances.set(lang, inst);
  }
  return inst.t.bind(inst);
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** An amount in 万元 as the language writes money: the locale file gives the scale and the pattern. */
export function formatMoney(t: TFunction, wan: string): string {
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
