/**
 * The chart's geometry: points and breakpoints to SVG coordinates. Pixels are display figures, so plain numbers are
 * fine here; every amount shown as text stays the core's exact string.
 */
import type { Breakpoint, WhatIfPoint } from '../../core/index.ts';

export interface Frame {
  width: number;
  height: number;
  /** Room for the axes' labels. */
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export const FRAME: Frame = { width: 640, height: 280, left: 64, right: 16, top: 16, bottom: 40 };

export interface Geometry {
  /** The total as one line through every point: tier edges show as near-vertical steps, caps as flat runs. */
  path: string;
  x: (value: string) => number;
  y: (total: string) => number;
  maxValue: number;
  maxTotal: number;
  /** Four ticks on each axis, as figures for labels. */
  xTicks: number[];
  yTicks: number[];
}

function ticks(max: number): number[] {
  return [0, 0.25, 0.5, 0.75, 1].map((f) => Number((max * f).toPrecision(6)));
}

export function geometry(points: readonly WhatIfPoint[], end: string, frame: Frame = FRAME): Geometry {
  const maxValue = Math.max(Number(end), ...points.map((p) => Number(p.value)), 1);
  const maxTotal = Math.max(...points.map((p) => Number(p.total)), 1) * 1.1;
  const w = frame.width - frame.left - frame.right;
  const h = frame.height - frame.top - frame.bottom;
  const x = (value: string) => frame.left + (Number(value) / maxValue) * w;
  const y = (total: string) => frame.top + h - (Number(total) / maxTotal) * h;
  const path = points.map((p, i) => `${i ? 'L' : 'M'}${x(p.value).toFixed(1)} ${y(p.total).toFixed(1)}`).join(' ');
  return { path, x, y, maxValue, maxTotal, xTicks: ticks(maxValue), yTicks: ticks(maxTotal) };
}

/** The point at or just below a value: what the curve shows there. */
export function pointAt(points: readonly WhatIfPoint[], value: string): WhatIfPoint | undefined {
  const v = Number(value);
  let found: WhatIfPoint | undefined;
  for (const p of points) if (Number(p.value) <= v) found = p;
  return found;
}

/** Breakpoints inside the chart's range (a range ends at `end`). */
export function visibleBreakpoints(breakpoints: readonly Breakpoint[], end: string): Breakpoint[] {
  return breakpoints.filter((b) => Number(b.value) <= Number(end));
}
