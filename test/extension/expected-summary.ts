/**
 * What a badge should say for a fixture card: the core's figures for the card's scenario, formatted as the zh-CN
 * badge writes them. Shared by the Chromium and Firefox end-to-end tests.
 */
import assert from 'node:assert/strict';
import Decimal from 'decimal.js';
import { estimate } from '../../core/index.ts';
import type { Profile } from '../../extension/shared/profile.ts';

export const TODAY = (() => {
  const d = new Date();
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
})();

export function expectedSummary(card: { kind: string; rate?: string; amount?: string }, profile: Profile): string {
  const year = Number(TODAY.slice(0, 4));
  const fmt = (wan: Decimal) =>
    new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 }).format(wan.toDecimalPlaces(2).toNumber()) + '万元';
  if (card.kind === 'insurance') {
    const out = estimate(
      {
        year,
        asOf: TODAY,
        eligibility: { inZone: profile.inZone },
        enterprise: {
          smallOrMicro: profile.smallOrMicro,
          certifications: profile.certifications as never,
          techInsurance: { premium: card.amount!, termMonths: 12 },
        },
      },
      { lang: 'zh-CN', today: TODAY },
    );
    assert.ok(out.ok);
    const item = out.result.items.find((i) => i.article === 2 && i.status === 'awarded');
    return item && new Decimal(item.amount).gt(0)
      ? `亦庄科技保险补贴 ≈ ${fmt(new Decimal(item.amount))}/年`
      : '按您的企业信息，暂无亦庄科技保险补贴';
  }
  const low = new Decimal(card.rate!.split('-')[0]!);
  const principal = new Decimal(card.amount!);
  const interest = principal.times(low).div(100);
  const out = estimate(
    {
      year,
      asOf: TODAY,
      eligibility: { inZone: profile.inZone },
      enterprise: {
        smallOrMicro: profile.smallOrMicro,
        certifications: profile.certifications as never,
        loanInterestPaid: interest.toFixed(),
      },
    },
    { lang: 'zh-CN', today: TODAY },
  );
  assert.ok(out.ok);
  const item = out.result.items.find((i) => i.article === 4 && i.status === 'awarded');
  if (!item || new Decimal(item.amount).isZero()) return '按您的企业信息，暂无亦庄贴息';
  const eff = interest
    .minus(item.amount)
    .div(principal)
    .times(100)
    .toDecimalPlaces(2, Decimal.ROUND_HALF_UP)
    .toFixed(2);
  return `亦庄贴息 ≈ ${fmt(new Decimal(item.amount))}/年 → 实际利率${card.rate!.includes('-') ? '低至' : ''} ≈ ${eff}%`;
}
