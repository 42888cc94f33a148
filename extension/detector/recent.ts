/**
 * Remembers what a pure function of a text gave for the texts it saw last. A scan reads one card's text several
 * times over (the detector, then the scanner's tests of its name, its neighbours, its list): thousands of times the
 * same work on a long list of cards, each card's repeats close together. The memory is bounded (at most about 1 MB
 * with the defaults): it is emptied when full, and texts over 2,000 characters are never kept (a block the detector
 * reads is at most MAX_BLOCK_CHARS).
 */
export function recentlyRead<T>(read: (text: string) => T, size = 128, maxChars = 2000): (text: string) => T {
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
