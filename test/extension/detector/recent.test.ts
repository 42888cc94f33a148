/** The scan's memory of texts it read (issue 8, speed): the same answers, bounded, long texts never kept. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { recentlyRead } from '../../../extension/detector/recent.ts';
import { readable } from '../../../extension/detector/fold.ts';

/** A reader that counts how often it really reads. */
function counted(): { read: (text: string) => string; calls: () => number } {
  let n = 0;
  return { read: (text) => (n++, text.toUpperCase()), calls: () => n };
}

test('a text read again is answered from memory, with the same answer', () => {
  const c = counted();
  const read = recentlyRead(c.read, 4);
  assert.equal(read('科技贷 3.5%'), '科技贷 3.5%');
  assert.equal(read('loan'), 'LOAN');
  assert.equal(read('loan'), 'LOAN');
  // A copy of the text (as each textContent read makes) is the same text.
  assert.equal(read(['lo', 'an'].join('')), 'LOAN');
  assert.equal(c.calls(), 2);
});

test('the memory is bounded: when full it starts again, and the answers stay right', () => {
  const c = counted();
  const read = recentlyRead(c.read, 3);
  for (const t of ['a', 'b', 'c']) read(t);
  assert.equal(c.calls(), 3);
  // A fourth text empties the memory before it is kept: 'a' is read again.
  assert.equal(read('d'), 'D');
  assert.equal(read('a'), 'A');
  assert.equal(c.calls(), 5);
});

test('a text longer than a block is never kept', () => {
  const c = counted();
  const read = recentlyRead(c.read, 8, 10);
  const long = 'x'.repeat(11);
  assert.equal(read(long), long.toUpperCase());
  assert.equal(read(long), long.toUpperCase());
  assert.equal(c.calls(), 2);
});

test('readable answers from memory as it reads: full-width forms, whitespace and traditional characters', () => {
  for (let i = 0; i < 2; i++) {
    assert.equal(readable('  貸款額度最高５００萬\n\t年利率３．６５％ '), '贷款额度最高500万 年利率3.65%');
  }
});
