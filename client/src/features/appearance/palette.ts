// Colours of the Louvain clusters: Paul Tol's "muted" scheme (told apart by most colour-blind visitors),
// then one grey for the small clusters beyond it. Kind colours stay in map/sigma/colors.ts.

export const CLUSTER_COLORS = [
  '#CC6677',
  '#332288',
  '#DDCC77',
  '#117733',
  '#88CCEE',
  '#882255',
  '#44AA99',
  '#999933',
  '#AA4499',
] as const;

/** Clusters beyond the palette, and nodes alone in their cluster. */
export const OTHER_CLUSTERS_COLOR = '#a3acb5';
