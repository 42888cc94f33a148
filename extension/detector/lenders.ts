/**
 * Lenders named in a text, as no fixed list could know them all: an offer is one lender's, while a market round-up,
 * a comparison or a report names several. English names end in Bank (with "of India", "of Ireland"…), Bancorp,
 * Fincorp, Credit Union or Building Society after a capitalised word; Chinese ones in 银行.
 */
import { matchesOf } from './matches.ts';

const ENGLISH_NAME_RE =
  /\b([A-Z][\w&'.-]*)\s+(?:Bank|Bancorp|Fincorp|Credit Union|Building Society)\b(?:\s+of\s+([A-Z][a-z]+))?/g;
/** Words that start a phrase, not a name: "The Bank", "Our Bank". */
const NOT_A_NAME = /^(?:the|our|your|a|an|this|that|any|each|every)$/i;
/** 工商银行, 中国工商银行, 江苏银行常州分行: the two characters before 银行 tell one bank from another. */
const CHINESE_NAME_RE = /(\p{Script=Han}{2})银行/gu;
/**
 * Words before 银行 that name no bank: 合作银行, 商业银行, 各家银行, 十余家银行, 手机银行, "超过银行可接受范围", and a verb or
 * preposition before the word ("利率看银行审批", "需在银行利息之外另付").
 */
const NOT_A_BANK =
  /^(?:合作|商业|各家|多家|不同|部分|国有|股份|城市|农村|村镇|外资|开户|贷款|放款|经办|承办|中资|政策|开发|民营|其他|相关|指定|全国|境内|境外|代理|收款|付款|托管|结算|手机|网上|电子|直销|微信|超过|通过|高于|低于|前往|联系|咨询|到访|各类|主办)$|家$|^.(?:看|在|向|到|由|从|给|找|去|让|跟|被)$/;

/**
 * How many different lenders the text names, each English one by the word just before "Bank" and the place after
 * "of" ("Hong Leong Bank" and "Careers Hong Leong Bank" in a menu are one; "State Bank of India" and "Union Bank of
 * India" are two), each Chinese one by the two characters before 银行.
 */
export function lendersNamed(text: string): number {
  const names = englishNames(text);
  for (const m of matchesOf(CHINESE_NAME_RE, text))
    if (!NOT_A_BANK.test(m[1]!) && !contactAfter(text, m.index + m[0].length)) names.add(m[1]!);
  return names.size;
}

/**
 * A contact's name and telephone (a mobile, or a landline with its area code) right after a lender's name, however
 * they are set apart ("中国建设银行 · 连佳斌 15888802636", "杭州银行：杨科").
 */
const CONTACT_AFTER = /^\s*[\p{Script=Han}\s·・•:：、,，()（）-]{0,10}(?:1[3-9]\d{9}|0\d{2,3}-\d{7,8})/u;

/**
 * Whether a lender named at `end` is followed by whom to call there ("中国建设银行 连佳斌 15888802636"): a scheme's
 * list of partner banks to contact compares no terms.
 */
export function contactAfter(text: string, end: number): boolean {
  return CONTACT_AFTER.test(text.slice(end, end + 30));
}

/** The English names only: Chinese round-ups are weighed block by block, and a page may list partner banks. */
export function englishLendersNamed(text: string): number {
  return englishNames(text).size;
}

function englishNames(text: string): Set<string> {
  const names = new Set<string>();
  for (const m of matchesOf(ENGLISH_NAME_RE, text))
    if (!NOT_A_NAME.test(m[1]!)) names.add(`${m[1]} ${m[2] ?? ''}`.toLowerCase());
  return names;
}
