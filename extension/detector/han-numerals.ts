/** Chinese numerals as figures: sums before 万 ("三十万元") and percentages written in words ("百分之三点五"). */

export const HAN_DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const HAN_PLACES: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

/** A count under ten thousand in Chinese numerals ("三" 3, "十二" 12, "一百五十" 150, "一百零五" 105), or undefined. */
export function hanCount(written: string): number | undefined {
  if (!written) return undefined;
  let total = 0;
  // The digit read since the last place word; null before any ("十五": a bare 十 is one ten).
  let digit: number | null = null;
  for (const ch of written) {
    const value = HAN_DIGITS[ch];
    if (value !== undefined) {
      if (digit) return undefined;
      digit = value;
    } else if (ch in HAN_PLACES) {
      total += (digit ?? 1) * HAN_PLACES[ch]!;
      digit = null;
    } else return undefined;
  }
  return total + (digit ?? 0);
}
