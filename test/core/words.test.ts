/** core/words.ts: the lists it joins by hand read exactly as Intl.ListFormat writes them. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { listJoiner } from '../../core/words.ts';
import type { Lang } from '../../core/types.ts';

const ITEMS = ['“营业收入”', 'paid-in capital, in 万元', 'C', 'D', 'E'];

for (const lang of ['zh-CN', 'en'] as Lang[])
  for (const type of ['conjunction', 'disjunction', 'unit'] as Intl.ListFormatType[])
    for (const style of ['long', 'short', 'narrow'] as Intl.ListFormatStyle[])
      test(`${lang} ${type} ${style}: 0 to 5 items as Intl.ListFormat joins them`, () => {
        const intl = new Intl.ListFormat(lang, { type, style });
        const join = listJoiner(lang, type, style);
        for (let n = 0; n <= ITEMS.length; n++) assert.equal(join(ITEMS.slice(0, n)), intl.format(ITEMS.slice(0, n)));
      });
