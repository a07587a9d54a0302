// The hook behind colours and sizes: computes, in a worker and only when a mode needs it, each measure
// once per loaded landscape, and gives the painter for what is at hand (kind / degree meanwhile).
import { useEffect, useMemo, useState } from 'react';
import type { LandscapeGraph } from '../../map/landscape';
import { clustersFrom } from './clusters';
import { measuresNeeded } from './index';
import { createPainter, type Painter } from './painter';
import { runMeasure } from './run-measure';
import type { Appearance, Clusters, Measure, NodeValues } from './types';

export interface AppearanceState {
  painter: Painter;
  /** Measures asked for and still being computed. */
  pending: Measure[];
  /** Measures whose computation failed (the map keeps kind / degree for them). */
  failed: Measure[];
}

type Outcome = { values: NodeValues } | { error: true };

/** One measure of the loaded landscape, computed when `wanted` and not yet known for this landscape. */
function useMeasure(graph: LandscapeGraph, loaded: object | null, measure: Measure, wanted: boolean) {
  const [known, setKnown] = useState<{ loaded: object; outcome: Outcome } | null>(null);
  const outcome = known && known.loaded === loaded ? known.outcome : null;
  const needed = wanted && loaded !== null && outcome === null;

  useEffect(() => {
    if (!needed || !loaded) return;
    const job = runMeasure(graph, measure);
    let live = true;
    job.result.then(
      (values) => live && setKnown({ loaded, outcome: { values } }),
      () => live && setKnown({ loaded, outcome: { error: true } }),
    );
    return () => {
      live = false;
      job.cancel();
    };
  }, [graph, loaded, measure, needed]);

  return outcome;
}

const valuesOf = (outcome: Outcome | null) => (outcome && 'values' in outcome ? outcome.values : undefined);

export function useAppearance(
  graph: LandscapeGraph,
  loaded: object | null,
  appearance: Appearance,
): AppearanceState {
  const needed = measuresNeeded(appearance);
  const wants = (measure: Measure) => needed.includes(measure);
  const outcomes: Record<Measure, Outcome | null> = {
    clusters: useMeasure(graph, loaded, 'clusters', wants('clusters')),
    betweenness: useMeasure(graph, loaded, 'betweenness', wants('betweenness')),
    pagerank: useMeasure(graph, loaded, 'pagerank', wants('pagerank')),
  };
  const partition = valuesOf(outcomes.clusters);
  const betweenness = valuesOf(outcomes.betweenness);
  const pagerank = valuesOf(outcomes.pagerank);

  // Clusters are named after node labels: recomputed from the same partition when labels change language.
  // biome-ignore lint/correctness/useExhaustiveDependencies: `loaded` marks a new graph content.
  const clusters: Clusters | undefined = useMemo(
    () => (partition ? clustersFrom(graph, partition) : undefined),
    [graph, loaded, partition],
  );
  // biome-ignore lint/correctness/useExhaustiveDependencies: `loaded` marks a new graph content.
  const painter = useMemo(
    () => createPainter(graph, appearance, { clusters, betweenness, pagerank }),
    [graph, loaded, appearance, clusters, betweenness, pagerank],
  );
  return {
    painter,
    pending: needed.filter((measure) => outcomes[measure] === null),
    failed: needed.filter((measure) => outcomes[measure] !== null && !valuesOf(outcomes[measure])),
  };
}
