/**
 * No sentence writes a fact of the policy that its data holds: the zone's area and 附则2's look-back, the version's
 * name and the years it covers are filled in from core/policy (`{{zoneAreaKm2}}`, `{{count}}`, `{{policy}}`,
 * `{{firstYear}}–{{lastYear}}`), so a revision changes them as data. The translations of the measures' own text
 * (`translation.<version id>` in locales/en/core.json) quote their figures as the text does, and are left out.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { POLICY_BOOK } from '../../core/index.ts';
import { LANGS, NAMESPACES, leaves, load, type Tree } from './support.ts';

/** How people write a small number in words (近三年, "last three years"). */
const EN_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const ZH_WORDS = ['零', '一', '两|二', '三', '四', '五', '六', '七', '八', '九', '十'];
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const anyOf = (n: number) => [String(n), EN_WORDS[n], ZH_WORDS[n]].filter(Boolean).join('|');

/** What no sentence may write, for every version the calculator ships. */
function forbidden(): Array<{ what: string; re: RegExp }> {
  const out: Array<{ what: string; re: RegExp }> = [];
  for (const v of POLICY_BOOK.versions) {
    const area = v.gate.zoneArea.value;
    const years = v.gate.lookBack.count;
    const from = v.from.slice(0, 4);
    out.push(
      { what: `${v.id}: the zone's area`, re: new RegExp(`(^|\\D)${area}\\s*(km²|km2|平方公里|square)`, 'i') },
      {
        what: `${v.id}: 附则2's look-back`,
        re: new RegExp(`(近|last|past|within)\\s*(${anyOf(years)})\\s*(个)?\\s*(年|years?)`, 'i'),
      },
      { what: `${v.id}: the version's name`, re: new RegExp(`${escape(v.shortTitle)}|${escape(v.title)}`) },
      {
        what: `${v.id}: the version's year as its name`,
        re: new RegExp(`${from}\\s*(年修订|年版|年产业金融|revision|finance measures)|measures \\(${from}\\)`, 'i'),
      },
    );
  }
  out.push({
    what: 'the years the measures cover',
    re: new RegExp(`${POLICY_BOOK.firstYear}\\s*[–—~-]\\s*${POLICY_BOOK.lastYear}`),
  });
  return out;
}

/** Every sentence of every namespace, and the extension's manifest words (_locales/<lang>/messages.json). */
function sentences(): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const lang of LANGS)
    for (const ns of NAMESPACES)
      for (const [key, text] of leaves(load(lang, ns)))
        if (!(ns === 'core' && key.startsWith('translation.'))) out.push([`${lang}/${ns}:${key}`, text]);
  const manifest = new URL('../../extension/public/_locales/', import.meta.url);
  for (const dir of readdirSync(manifest)) {
    const messages = JSON.parse(readFileSync(new URL(`${dir}/messages.json`, manifest), 'utf8')) as Tree;
    for (const [key, text] of leaves(messages)) out.push([`_locales/${dir}:${key}`, text]);
  }
  return out;
}

describe('locales: the policy’s facts come from its data', () => {
  const all = sentences();
  const rules = forbidden();

  it('the checks know what to look for (they catch the sentences the data replaced)', () => {
    const caught = (text: string) => rules.some((r) => r.re.test(text));
    for (const text of [
      'Actually operates inside E-Town’s 225 km² area',
      '在亦庄新城225平方公里范围内实际经营',
      'Major penalty in last 3 years (yes/no)',
      'E.g. a large fine or a revoked licence in the last three years.',
      '近三年重大行政处罚(是/否)',
      '近3年有刑事犯罪记录',
      'E-Town industrial-finance measures (2025 revision): estimate for 2025',
      '经开区产业金融若干措施（2025年修订版）：2025 年度估算',
      'what the E-Town measures (2025) would give',
      'what Beijing E-Town’s 2025 finance measures give',
      '按经开区2025年产业金融措施',
      'the policy covers 2025–2028',
    ])
      assert.ok(caught(text), text);
    assert.ok(all.length > 500, `${all.length} sentences`);
  });

  for (const { what, re } of rules)
    it(`no sentence writes ${what}`, () => {
      const found = all.filter(([, text]) => re.test(text)).map(([where, text]) => `${where}: ${text}`);
      assert.deepEqual(found, []);
    });
});
