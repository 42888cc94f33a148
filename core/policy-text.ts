/**
 * The measures' own words in the reader's language. The Chinese text is the policy data itself (core/policy/); the
 * English one is an unofficial translation kept in locales/en/core.json under `translation.<version id>`, beside the
 * other English words so that a Chinese page never downloads it. A translation belongs to the text it translates:
 * an article a revision left alone keeps the translation of the version its text comes from (ArticleText's
 * `titleFrom`, `clauseFrom`), and a version or an article without one shows the Chinese original with a note
 * (`untranslated.*`), never the translation of another text.
 */
import { translator, type Translate } from './i18n.ts';
import type { ArticleText, PolicyVersion } from './policy/book.ts';
import type { Lang } from './types.ts';

const MISSING = { defaultValue: '' } as const;

function translated(t: Translate, key: string, original: string, note: string): string {
  const text = t(key, MISSING);
  return text !== '' ? text : t(note, { text: original });
}

/**
 * Each article's translation keys, made once: the engine asks for a title and a clause per item of every English
 * estimate, and a string made anew is hashed anew at each lookup (paired in one process, under load: English
 * estimates took 1.17× the CPU of the literal keys before with keys built per call, 1.00× with these).
 */
const keysOf = new WeakMap<ArticleText, { title: string; clause: string }>();
function keys(a: ArticleText): { title: string; clause: string } {
  let k = keysOf.get(a);
  if (!k)
    keysOf.set(
      a,
      (k = {
        title: `translation.${a.titleFrom}.title.${a.number}`,
        clause: `translation.${a.clauseFrom}.clause.${a.number}`,
      }),
    );
  return k;
}

/** An article's title: the version's own in Chinese, its translation (or the original with a note) in English. */
export function articleTitleIn(t: Translate, lang: Lang, policy: PolicyVersion, article: number): string {
  const a = policy.articles[article]!;
  if (lang === 'zh-CN') return a.title;
  return translated(t, keys(a).title, a.title, 'untranslated.title');
}

/** An article's text: the version's own in Chinese, its translation (or the original with a note) in English. */
export function articleClauseIn(t: Translate, lang: Lang, policy: PolicyVersion, article: number): string {
  const a = policy.articles[article]!;
  if (lang === 'zh-CN') return a.clause;
  return translated(t, keys(a).clause, a.clause, 'untranslated.clause');
}

/** The version's short name ("经开区产业金融若干措施（2025年修订版）"), as headings and intros name it. */
export function policyNameIn(t: Translate, lang: Lang, policy: PolicyVersion): string {
  if (lang === 'zh-CN') return policy.shortTitle;
  return translated(t, `translation.${policy.id}.shortTitle`, policy.shortTitle, 'untranslated.title');
}

/** The version's full title, as it is published (the Chinese one) or translated. */
export function policyTitleIn(t: Translate, lang: Lang, policy: PolicyVersion): string {
  if (lang === 'zh-CN') return policy.title;
  return translated(t, `translation.${policy.id}.name`, policy.title, 'untranslated.title');
}

/** For front ends (through core/index.ts): the same, with the core's own words. */
export const articleTitle = (policy: PolicyVersion, article: number, lang: Lang): string =>
  articleTitleIn(translator(lang), lang, policy, article);
export const articleClause = (policy: PolicyVersion, article: number, lang: Lang): string =>
  articleClauseIn(translator(lang), lang, policy, article);
export const policyName = (policy: PolicyVersion, lang: Lang): string => policyNameIn(translator(lang), lang, policy);
export const policyTitle = (policy: PolicyVersion, lang: Lang): string => policyTitleIn(translator(lang), lang, policy);
