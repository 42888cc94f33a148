/**
 * Every namespace speaks both languages alike: the same keys in zh-CN and en (each plural key in exactly the forms
 * its language has: English `_one`/`_other`, Chinese `_other` only), and the same `{{placeholders}}` in every form.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { LANGS, NAMESPACES, leaves, load, placeholders, pluralOf } from './support.ts';

/**
 * English keys with no Chinese twin: translations of the measures' own text, keyed by the version they translate (its
 * name, each article's title and clause), whose Chinese original is the policy data itself (core/policy), shown verbatim.
 */
const TRANSLATION_ONLY: Record<string, RegExp> = { core: /^translation\./ };

describe('locales: the two languages match', () => {
  it('every namespace exists in both languages', () => {
    assert.ok(NAMESPACES.length >= 6, NAMESPACES.join());
    for (const ns of NAMESPACES) for (const lang of LANGS) assert.doesNotThrow(() => load(lang, ns), `${lang}/${ns}`);
  });

  for (const ns of NAMESPACES) {
    describe(ns, () => {
      const forms = Object.fromEntries(
        LANGS.map((lang) => {
          const byBase = new Map<string, Map<string, string>>();
          for (const [key, text] of leaves(load(lang, ns))) {
            const { base, form } = pluralOf(key);
            if (!byBase.has(base)) byBase.set(base, new Map());
            byBase.get(base)!.set(form, text);
          }
          return [lang, byBase];
        }),
      ) as Record<(typeof LANGS)[number], Map<string, Map<string, string>>>;

      it('zh-CN and en have the same keys (plural suffixes aside)', () => {
        const only = TRANSLATION_ONLY[ns];
        const en = [...forms.en.keys()].filter((k) => !only?.test(k) || forms['zh-CN'].has(k));
        assert.deepEqual(en.sort(), [...forms['zh-CN'].keys()].sort());
      });

      it('a plural key has exactly its language’s plural forms', () => {
        for (const lang of LANGS) {
          const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories.sort();
          for (const [base, byForm] of forms[lang]) {
            if (byForm.has('')) {
              assert.equal(byForm.size, 1, `${lang} ${ns}:${base} is both plain and plural`);
              continue;
            }
            assert.deepEqual([...byForm.keys()].sort(), categories, `${lang} ${ns}:${base}`);
          }
        }
        // A key plural in one language is plural in the other: the caller passes `count` either way.
        for (const [base, zhForms] of forms['zh-CN']) {
          const enForms = forms.en.get(base);
          if (enForms) assert.equal(zhForms.has(''), enForms.has(''), `${ns}:${base} plural in one language only`);
        }
      });

      it('every form of a key has the same placeholders in both languages', () => {
        for (const [base, zhForms] of forms['zh-CN']) {
          const expected = placeholders([...zhForms.values()][0]!);
          for (const lang of LANGS)
            for (const [form, text] of forms[lang].get(base) ?? [])
              assert.deepEqual(placeholders(text), expected, `${lang} ${ns}:${base}${form ? `_${form}` : ''}: ${text}`);
        }
      });
    });
  }
});
