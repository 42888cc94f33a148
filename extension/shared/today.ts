/** Today's date in the user's time zone, YYYY-MM-DD: the date the LPR table and art. 4's year are read for. */
export function localToday(): string {
  const d = new Date();
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}
