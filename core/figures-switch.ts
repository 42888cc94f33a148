/**
 * Whether the rules' sentences want their figures. Off while an amounts-only estimate runs its rules: the figures
 * their sentences quote would be thrown away. Its own module so that core/money.ts and the bench's float twin of it
 * (bench/float-money.ts) share one switch.
 */
let wanted = true;

export const figuresWanted = (): boolean => wanted;

/** Runs `f` with figure() and ratioPercent() giving '' (nothing else changes: no rule decides anything on them). */
export function withoutFigures<T>(f: () => T): T {
  wanted = false;
  try {
    return f();
  } finally {
    wanted = true;
  }
}
