/** Articles 1, 5, 6, 7, 16–20 set no amount: they are shown as matched support for the applicant's kind. */
import { ARTICLES, INFO_ARTICLES, type Audience } from '../policy/measures-2025.ts';
import { ZERO } from '../money.ts';
import type { InstitutionType } from '../types.ts';
import type { Draft, RuleContext } from './draft.ts';
import { draft } from './compute.ts';

const LOCAL_ORGANISATIONS: InstitutionType[] = ['financing-leasing', 'commercial-factoring', 'financing-guarantee'];

/** Who the scenario describes, in the words the info articles use. */
export function audiencesOf({ scenario }: Pick<RuleContext, 'scenario'>): Set<Audience> {
  const found = new Set<Audience>();
  if (scenario.enterprise) found.add('enterprise');
  if (scenario.fund) found.add('investor');
  const type = scenario.institution?.type;
  if (type) {
    if (type === 'fund-manager') found.add('investor');
    else if (LOCAL_ORGANISATIONS.includes(type)) found.add('local-financial-organisation');
    else found.add('financial-institution');
    if (type === 'bank' || type === 'bank-branch') found.add('bank');
  }
  return found;
}

/** Which info articles speak to an audience mix: few mixes exist, so each is worked out once. */
const matched = new Map<string, readonly number[]>();

export function infoArticles(ctx: RuleContext): Draft[] {
  const who = audiencesOf(ctx);
  const key = [...who].join();
  let articles = matched.get(key);
  if (!articles) {
    articles = INFO_ARTICLES.filter((n) => ARTICLES[n]!.audiences!.some((a) => who.has(a)));
    matched.set(key, articles);
  }
  return articles.map((n) => draft({ article: n, rule: `art${n}.info` }, 'info', ZERO, { key: `info.${n}` }));
}
