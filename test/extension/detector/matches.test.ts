/** The detector's stand-in for String.prototype.matchAll (extension/detector/matches.ts): the same matches, cheaper. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { matchedTexts, matchesOf } from '../../../extension/detector/matches.ts';

/** What matchAll gives, as plain data: each match's text, index and groups. */
const shape = (ms: Iterable<RegExpMatchArray>) => [...ms].map((m) => [m.index, [...m], m.groups ?? null]);

const CASES: [RegExp, string][] = [
  [/(\d+(?:\.\d+)?)\s*(%|万元)/g, '年化利率低至3.45%，额度最高300万元，期限3年'],
  [/(?<label>利率|额度)[:：]?/g, '利率：4.35% 额度:100万 利率'],
  [/贷款?|loans?/giu, '科技贷 Business Loans 经营贷款 loan'],
  // Empty matches: matchAll steps one character, or one code point under the u flag (𠀀 is two UTF-16 units).
  [/x*/g, 'axxb'],
  [/x*/gu, '𠀀x𠀀'],
  [/(?=贷)/g, '贷贷款'],
  [/nothing/g, '科技贷'],
];

describe('matchesOf: every match of a global regex, as matchAll gives them', () => {
  for (const [re, text] of CASES)
    test(`/${re.source}/${re.flags} on "${text}"`, () => {
      assert.deepEqual(shape(matchesOf(re, text)), shape(text.matchAll(new RegExp(re))));
      assert.deepEqual(
        matchedTexts(re, text),
        [...text.matchAll(new RegExp(re))].map((m) => m[0]),
      );
    });

  test('the regex is left at lastIndex 0, whatever it held before or matched', () => {
    const re = /\d/g;
    re.lastIndex = 3;
    assert.deepEqual(
      matchesOf(re, 'a1b2c3').map((m) => m[0]),
      ['1', '2', '3'],
    );
    assert.equal(re.lastIndex, 0);
    re.lastIndex = 5;
    assert.deepEqual(matchedTexts(re, 'a1b2'), ['1', '2']);
    assert.equal(re.lastIndex, 0);
  });

  test('a regex without the g flag is refused by name, as matchAll refuses it', () => {
    assert.throws(() => matchesOf(/贷/, '科技贷'), /global regex: \/贷\//);
    assert.throws(() => matchedTexts(/贷/i, '科技贷'), /global regex/);
  });
});
