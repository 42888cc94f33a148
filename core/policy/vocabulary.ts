/**
 * The words the policy names and the scenario contract uses (docs/scenario.md): certifications, kinds of financial
 * institution, branch events, audiences. They are the same in every dated version of the measures: a version's
 * figures refer to them (art. 2's rates by certification, art. 8's tiers for the licensed group…), and the loader
 * refuses a version naming one that is not here. A new word is a contract change (core/types.ts and the docs), not a
 * revision. Each list is here once; the scenario schema, the widget, the extension and the batch read it through
 * core/index.ts.
 */
import type { BranchEvent, Certification, InstitutionType } from '../types.ts';

/** 第二条, 第四条: the certifications whose holders get a higher rate or cap. */
export const CERTIFICATION_NAMES: ReadonlyArray<{ id: Certification; clause: string }> = [
  { id: 'beijing-specialized-sme', clause: '北京市“专精特新”中小企业' },
  { id: 'national-high-tech', clause: '国家高新技术企业' },
  { id: 'national-little-giant', clause: '国家级专精特新“小巨人”' },
];

export type InstitutionGroup = 'licensed' | 'local' | 'branch' | 'manager';

/**
 * The kinds of financial institution, in the groups the articles name: art. 8's licensed legal persons (also arts. 13
 * and 14), art. 10's local financial organisations (also art. 3), art. 9's branches, and art. 11's fund managers
 * (who report revenue for art. 14, 对符合本措施奖励对象的所有金融类机构).
 */
export const INSTITUTION_TYPE_GROUPS: ReadonlyArray<{
  group: InstitutionGroup;
  article: number;
  clause: string;
  types: readonly InstitutionType[];
}> = [
  {
    group: 'licensed',
    article: 8,
    clause: '经国家金融管理部门批准设立的持牌法人金融机构',
    types: [
      'bank',
      'auto-finance',
      'finance-company',
      'financial-leasing',
      'securities',
      'public-fund',
      'fund-sales',
      'insurer',
      'insurance-broker',
      'insurance-agent',
      'credit-reporting',
      'other-licensed',
    ],
  },
  {
    group: 'local',
    article: 10,
    clause: '融资租赁公司、商业保理公司、融资担保公司',
    types: ['financing-leasing', 'commercial-factoring', 'financing-guarantee'],
  },
  {
    group: 'branch',
    article: 9,
    clause: '银行一级分行以及证券公司、保险公司一级分支机构',
    types: ['bank-branch', 'securities-branch', 'insurance-branch'],
  },
  { group: 'manager', article: 11, clause: '基金管理人', types: ['fund-manager'] },
];

/** 第九条: what happened to a branch during the year. */
export const BRANCH_EVENT_NAMES: ReadonlyArray<{ id: BranchEvent; clause: string }> = [
  { id: 'new-tier1', clause: '新设立的银行一级分行以及证券公司、保险公司一级分支机构' },
  { id: 'upgraded-tier2', clause: '新升格的银行二级分行' },
];

/** Whom an article without an amount speaks to (shown as matched `info`). */
export const AUDIENCES = [
  'enterprise',
  'bank',
  'financial-institution',
  'local-financial-organisation',
  'investor',
] as const;
export type Audience = (typeof AUDIENCES)[number];

export const CERTIFICATIONS: readonly Certification[] = CERTIFICATION_NAMES.map((c) => c.id);
export const INSTITUTION_TYPES: readonly InstitutionType[] = INSTITUTION_TYPE_GROUPS.flatMap((g) => g.types);
export const BRANCH_EVENTS: readonly BranchEvent[] = BRANCH_EVENT_NAMES.map((e) => e.id);

/** The types of one group, in the order above. */
export function typesOf(group: InstitutionGroup): readonly InstitutionType[] {
  return INSTITUTION_TYPE_GROUPS.find((g) => g.group === group)!.types;
}
