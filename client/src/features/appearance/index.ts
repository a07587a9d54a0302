// The map's appearance as pure functions: which measures a mode needs, clusters from Louvain's partition,
// node sizes from a measure, and the painter that the node reducer and the legend share. The measures
// themselves (measures.ts) run in a worker and are imported from there only.
import type { Appearance, ColorBy, Measure, SizeBy } from './types';

export { clustersFrom } from './clusters';
export { createPainter, legendEntries, type MeasuresAtHand, type Painter } from './painter';
export { MAX_NODE_SIZE, MIN_NODE_SIZE, sizeOfValue } from './sizes';
export type {
  Appearance,
  ClusterInfo,
  Clusters,
  ColorBy,
  LegendEntry,
  LegendGroup,
  Measure,
  NodeStyle,
  NodeValues,
  SizeBy,
  SizeKey,
} from './types';

export const COLOR_BY: readonly ColorBy[] = ['kind', 'cluster'];
export const SIZE_BY: readonly SizeBy[] = ['degree', 'betweenness', 'pagerank'];

export const DEFAULT_APPEARANCE: Appearance = { colorBy: 'kind', sizeBy: 'degree' };

/** The measures a mode needs computed (degree is read from the graph directly). */
export function measuresNeeded({ colorBy, sizeBy }: Appearance): Measure[] {
  const needed: Measure[] = [];
  if (colorBy === 'cluster') needed.push('clusters');
  if (sizeBy !== 'degree') needed.push(sizeBy);
  return needed;
}

/** From this many nodes on, betweenness (about nodes × links operations) takes seconds to minutes: the legend says so. */
export const SLOW_BETWEENNESS_NODES = 5_000;
