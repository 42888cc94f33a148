/**
 * Field paths as the core's errors write them ("enterprise.loanInterestPaid", "fund.investments[0].amount"): parsed,
 * read and written on a plain JSON scenario. Writing copies the scenario first, so the caller's object is never changed.
 */
export type Segment = string | number;

const PATH = /^[A-Za-z]\w*(?:\.[A-Za-z]\w*|\[\d+\])*$/;

/** The path's segments, or undefined when it is not written like a field path. */
export function parsePath(path: string): Segment[] | undefined {
  if (!PATH.test(path)) return undefined;
  return [...path.matchAll(/([A-Za-z]\w*)|\[(\d+)\]/g)].map((m) => (m[1] !== undefined ? m[1] : Number(m[2])));
}

/** The value at a path, undefined when any step is missing. */
export function getAt(root: unknown, segments: readonly Segment[]): unknown {
  let node = root;
  for (const s of segments) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[s];
  }
  return node;
}

/**
 * The first list index along the path that the scenario does not have: a what-if varies an entry that exists, it
 * does not invent investments. Returns the list's path and the index, or undefined when every index exists.
 */
export function missingEntry(root: unknown, segments: readonly Segment[]): { list: string; entry: number } | undefined {
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i]!;
    if (typeof s !== 'number') continue;
    const list = getAt(root, segments.slice(0, i));
    if (!Array.isArray(list) || s >= list.length) return { list: format(segments.slice(0, i)), entry: s };
  }
  return undefined;
}

/** A copy of the scenario with `value` at the path; missing objects on the way are created (a section not given yet). */
export function withValueAt(
  root: Record<string, unknown>,
  segments: readonly Segment[],
  value: unknown,
): Record<string, unknown> {
  const copy = clone(root);
  let node: Record<string | number, unknown> = copy;
  segments.forEach((s, i) => {
    if (i === segments.length - 1) {
      node[s] = value;
      return;
    }
    const next = node[s];
    if (next === null || typeof next !== 'object') node[s] = {};
    node = node[s] as Record<string | number, unknown>;
  });
  return copy;
}

export function format(segments: readonly Segment[]): string {
  return segments.map((s, i) => (typeof s === 'number' ? `[${s}]` : i ? `.${s}` : s)).join('');
}

/** A deep copy of plain objects and arrays; any other value is kept as it is (the core reads it as given). */
function clone<T>(value: T): T {
  if (Array.isArray(value)) return value.map(clone) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, clone(v)])) as T;
  }
  return value;
}
