// Deterministic pseudo-random numbers for the benchmark (mulberry32): the same --seed always gives the
// same synthetic landscape and the same request inputs, so two runs measure the same work.

export interface Prng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [0, n). */
  int(n: number): number;
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** True with probability p. */
  chance(p: number): boolean;
  /** A standard normal deviate (Box–Muller). */
  gaussian(): number;
}

export function mulberry32(seed: number): Prng {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 0x1_0000_0000;
  };
  const int = (n: number) => Math.floor(next() * n);
  return {
    next,
    int,
    pick: <T>(items: readonly T[]): T => items[int(items.length)] as T,
    chance: (p: number) => next() < p,
    gaussian: () => Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next()),
  };
}

/** A random permutation of 0..n-1 (Fisher–Yates). */
export function permutation(prng: Prng, n: number): Int32Array {
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = prng.int(i + 1);
    const swap = order[i] as number;
    order[i] = order[j] as number;
    order[j] = swap;
  }
  return order;
}

/**
 * A rank in [0, n) drawn with a heavy head: floor(n · u^skew). skew 1 is uniform; with skew 2 the first
 * rank gets about 1/√n of all draws, so a few ranks become hubs while the median stays near the mean.
 */
export function skewedRank(prng: Prng, n: number, skew: number): number {
  return Math.min(n - 1, Math.floor(n * prng.next() ** skew));
}
