/** Articles 1, 5, 6, 7, 16–20 set no amount: they are shown as matched support for the applicant's kind. */
import { ZERO } from '../money.ts';
import { typesOf, type Audience } from '../policy/vocabulary.ts';
import type { Draft, RuleContext } from './draft.ts';
import { draft } from './compute.ts';

/** Who the scenario describes, in the words the info articles use; the local group is art. 10's list. */
export function audiencesOf({ scenario, policy }: Pick<RuleContext, 'scenario' | 'policy'>): Set<Audience> {
  const found = new Set<Audience>();
  if (scenario.enterprise) found.add('enterprise');
  if (scenario.fund) found.add('investor');
  const type = scenario.institution?.type;
  if (type) {
    if (typesOf('manager').includes(type)) found.add('investor');
    else if (policy.art10.types.includes(type)) found.add('local-financial-organisation');
    else found.add('financial-institution');
    if (type === 'bank' || type === 'bank-branch') found.add('bank');
  }
  return found;
}

/** Which info articles speak to an audience mix: few mixes exist, so each is worked out once per version. */
export function infoArticles(ctx: RuleContext): Draft[] {
  return infoArticleNumbers(ctx).map((n) =>
    draft({ article: n, rule: INFO_RULES[n] ?? `art${n}.info` }, 'info', ZERO, { key: `info.${n}` }),
  );
}

/** `art${n}.info`, made once. */
export const INFO_RULES: readonly string[] = Array.from({ length: 64 }, (_, n) => `art${n}.info`);

/** The numbers of the info articles that speak to the scenario's applicant, in article order. */
export function infoArticleNumbers(ctx: RuleContext): readonly number[] {
  // The mix follows from these three facts alone (audiencesOf): a key made without working the mix out every time.
  const { enterprise, fund, institution } = ctx.scenario;
  const key = (enterprise ? 'e|' : '|') + (fund ? 'f|' : '|') + (institution?.type ?? '');
  const byMix = ctx.policy.infoByMix;
  let articles = byMix.get(key);
  if (!articles) {
    const who = audiencesOf(ctx);
    const texts = ctx.policy.articles;
    articles = ctx.policy.infoArticles.filter((n) => texts[n]!.audiences!.some((a) => who.has(a)));
    byMix.set(key, articles);
  }
  return articles;
}
