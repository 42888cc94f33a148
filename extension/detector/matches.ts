/**
 * Every match of a global regex in a text, as `String.prototype.matchAll` gives them, without its cost: matchAll
 * builds a copy of the regex for each call (through its species constructor) and an iterator over it, which took
 * four to ten times as long as the matching itself on a card's short text, and the detector runs a dozen regexes or
 * more on each block it reads (3,000 cards inserted at once: issue 8's budget).
 */

/** All matches of `re` (which must be global), in order; `re.lastIndex` is 0 before and after. */
export function matchesOf(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new TypeError(`matchesOf needs a global regex: /${re.source}/${re.flags}`);
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  // (The last exec, finding nothing, sets lastIndex back to 0.)
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(m);
    // An empty match moves on by one character (one code point under the u or v flag), as matchAll does.
    if (m[0] === '') re.lastIndex = advance(text, re.lastIndex, re.unicode || re.flags.includes('v'));
  }
  return out;
}

/** Just the matched texts of `re` (which must be global). */
export function matchedTexts(re: RegExp, text: string): string[] {
  if (!re.global) throw new TypeError(`matchedTexts needs a global regex: /${re.source}/${re.flags}`);
  // (match with a global regex starts at 0 and leaves lastIndex at 0, whatever it held.)
  return text.match(re) ?? [];
}

function advance(text: string, at: number, unicode: boolean): number {
  if (!unicode || at + 1 >= text.length) return at + 1;
  const c = text.charCodeAt(at);
  return c >= 0xd800 && c <= 0xdbff ? at + 2 : at + 1;
}
