/**
 * Remembers what a pure function of a text gave for the texts it saw last. A scan reads one card's text several
 * times over (the detector, then the scanner's tests of its name, its neighbours, its list): thousands of times the
 * same work on a long list of cards. The memory is bounded: it is emptied when full, and texts longer than a block
 * (MAX_BLOCK_CHARS) are never kept, as they are read once.
 */
export function recentlyRead<T>(read: (text: string) => T, size = 512, maxChars = 4000): (text: string) => T {
  const seen = new Map<string, T>();
  return (text) => {
    if (text.length > maxChars) return read(text);
    let out = seen.get(text);
    if (out === undefined) {
      if (seen.size >= size) seen.clear();
      seen.set(text, (out = read(text)));
    }
    return out;
  };
}
