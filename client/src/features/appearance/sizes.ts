// Node sizes from a measure: a square-root scale from 0 to the biggest value (areas grow with the value,
// hubs do not swallow the map), between fixed bounds in pixels.

/** A node with the smallest value: still a visible, clickable dot. */
export const MIN_NODE_SIZE = 3;
/** The biggest hub: about what the server's degree sizes reach on the demo landscape. */
export const MAX_NODE_SIZE = 14;

/** The size of `value` when values run from 0 to `max`: monotone, MIN_NODE_SIZE at 0, MAX_NODE_SIZE at `max`. */
export function sizeOfValue(value: number, max: number): number {
  if (!(max > 0) || !(value > 0)) return MIN_NODE_SIZE;
  const share = Math.min(value / max, 1);
  return MIN_NODE_SIZE + (MAX_NODE_SIZE - MIN_NODE_SIZE) * Math.sqrt(share);
}

/** The biggest value (0 for none): the top of the scale. */
export function maxValue(values: Iterable<number>): number {
  let max = 0;
  for (const value of values) if (value > max) max = value;
  return max;
}
