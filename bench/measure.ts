// Timing and percentiles for the benchmark. Percentiles interpolate linearly between the two closest
// ranks (the "linear" method of numpy/Excel PERCENTILE.INC), so p95 of 300 samples sits between the
// 285th and the 286th smallest.
import { performance } from 'node:perf_hooks';

export interface Summary {
  count: number;
  p50: number;
  p95: number;
  mean: number;
  min: number;
  max: number;
}

/** The q-quantile (0 ≤ q ≤ 1) of ascending `sorted` values. */
export function percentile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const position = (sorted.length - 1) * Math.min(1, Math.max(0, q));
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  const low = sorted[lower] as number;
  const high = sorted[upper] as number;
  return low + (high - low) * (position - lower);
}

export function summarise(samples: readonly number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  const sum = sorted.reduce((total, value) => total + value, 0);
  return {
    count: sorted.length,
    p50: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
    mean: sorted.length ? sum / sorted.length : Number.NaN,
    min: sorted[0] ?? Number.NaN,
    max: sorted[sorted.length - 1] ?? Number.NaN,
  };
}

/** Runs `work` and returns its result with the elapsed wall-clock milliseconds. */
export async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await work();
  return { ms: performance.now() - started, value };
}

/** Rate per second, for import throughput. */
export const perSecond = (count: number, ms: number) => (ms > 0 ? (count * 1000) / ms : Number.NaN);
