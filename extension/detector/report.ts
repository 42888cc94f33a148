/**
 * Whether a page tells of offers in a reporter's voice rather than making one. A news story attributes the terms it
 * quotes to someone ("the bank said", "told reporters", "according to the Ministry", 记者 but not 登記者, a registrant,
 * folded; 本报讯, 据介绍) and opens with a dateline ("KUALA LUMPUR:"); an offer page states its terms to the borrower.
 * Page metadata is not needed: many news pages carry no og:type or byline markup, and a bank's media page reprinting a
 * story is still a story.
 * DOM-free: the page context gives it the page's leading text.
 */

/**
 * Words that attribute what follows to a speaker. Only forms a product page does not use: "according to" before a
 * name ("according to the Ministry"), not "according to your needs"; 说 before a quotation ("龔明鑫說：「…").
 */
const ATTRIBUTION_RE =
  /\b(?:said|says|told reporters|told the press|in a statement|spokes(?:person|man|woman)|announced)\b|\bRead more at\b|\b[Aa]ccording to (?:the )?[A-Z]|(?<!登)记者|本报讯|[网台报社端]讯|消息[:：]|据(?:了解|介绍|悉)|(?:表示|指出|强调)[,，:：]|透露|说[:：]\s*[「“"]/g;
/**
 * Attributions a story has and an offer page never has: one of them is enough. A quotation closed and attributed
 * ('…to the borrowers," said John Tsang'; a page quoting its own staff says "says our head of lending"), a statement
 * dated by the day it was made ("GMEA said yesterday that…"), an announcement made "today" or by a minister
 * ("Business Secretary Jacob Rees-Mogg announced today", "the Chancellor announced"), and a source credited for the
 * rest ("Read more at: GOV.UK", "（民視新聞／綜合報導）") are a reporter's; so is a newspaper's note that a story goes on
 * from or to another page of the paper ("（上接A1版）", "（下转第3版）").
 */
const STRONG_ATTRIBUTION_RE =
  /told reporters|told the press|(?<!登)记者|本报讯|[网台报社端]讯|[网台报社端]消息[:：]|[,.!?]["”’]\s*said\b(?! (?:our|one of our)\b)|\bannounced today\b|\bsaid (?:yesterday|today|on (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b|\b(?:Minister|Secretary|Chancellor|Treasurer|Governor|Premier|Mayor)\b[\w\s.-]{0,40}\bannounced\b|\bRead more at:|[/／]\s*[\p{Script=Han}]{0,3}报[道导]\s*[)）]|[(（]\s*(?:上接|下转)[^)）]{0,12}[)）]/u;
/**
 * A dateline opening the story: a place in capitals, a colon and a sentence ("KUALA LUMPUR: Micro entrepreneurs…",
 * "PETALING JAYA (April 21): …"); labels in capitals ("NOTE:", a bank's ticker "LATEST UPDATES:") are not places.
 */
const DATELINE_RE =
  /(?:^|\s)(?!(?:NOTES?|NOTICE|IMPORTANT|WARNING|DISCLAIMER|UPDATE[DS]?|ENQUIRIES|CONTACT|LATEST|ALERTS?|ANNOUNCEMENTS?|ATTENTION|CAUTION|REMINDER|BEWARE)\b)(?:[A-Z]{5,}|[A-Z]{2,}(?: [A-Z]{2,}){1,2})(?: \([A-Z][a-z]+ \d{1,2}\))?: [A-Z\p{Script=Han}]/u;
/**
 * A Chinese story's opening: a paragraph that starts with when it happened ("近日，", "日前，", "6月5日，"), or a
 * news outlet's name and the date under the headline ("民視新聞 2020-04-18"), the way a dateline opens an English one.
 * Product pages state their terms; they do not date an event.
 */
const CHINESE_DATELINE_RE =
  /(?:^|\s)(?:近日|日前|\d{1,2}月\d{1,2}日)[,，]|(?:新闻|新闻网|日报|晚报|时报|商报|电视台|通讯社)\s*\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}/;
/** A byline or editor line: weighed only beside another sign (a product article on a loan portal has one too). */
const BYLINE_RE = /\bBy (?:[A-Z][\w.]*|the) (?:[A-Z][\w.]* ?){0,3}|作者[:：]|责任编辑|编辑[:：]|来源[:：]/;

/**
 * How much the text reads as a report: 0 (no sign), 1 (one sign: attribution or dateline), 2 or 3 (a story:
 * attributions and a dateline or a byline).
 */
export function reportSigns(text: string): number {
  const attributions = text.match(ATTRIBUTION_RE)?.length ?? 0;
  const attributed = attributions >= 2 || STRONG_ATTRIBUTION_RE.test(text);
  // Three attributions ("…, said the bank's president", "Mr Mongkol said", "he said") are a story by themselves.
  const dateline = DATELINE_RE.test(text) || CHINESE_DATELINE_RE.test(text);
  const primary = (attributed ? (attributions >= 3 ? 2 : 1) : 0) + (dateline ? 1 : 0);
  return primary ? primary + (BYLINE_RE.test(text) ? 1 : 0) : 0;
}
