// Expand / collapse on the map: fetches a node's neighbourhood, adds what is missing (flying out from the
// node to the stored positions) and collapses what an expansion added. Starts over when a new landscape is
// imported (the graph was replaced). The bookkeeping itself is pure (./index.ts).
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Lang } from '../../../../shared/vocabulary';
import { fetchNeighborhood } from '../../api/endpoints';
import type { ApiError } from '../../api/errors';
import type { LandscapeGraph } from '../landscape';
import { asApiError } from '../loadable';
import {
  applyStep,
  collapseStep,
  type ExpansionDepth,
  type Expansions,
  expandStep,
  expansionOrigin,
  NO_EXPANSIONS,
  neighbourhoodOf,
} from './index';

/** Enough for any node of the demo and far beyond; the server caps at 2 000. */
export const NEIGHBOURHOOD_LIMIT = 200;
const FLY_OUT_MS = 500;

/** What the panel says about the last expand or collapse. */
export type ExpansionStatus =
  | { nodeId: string; state: 'loading'; depth: ExpansionDepth }
  | { nodeId: string; state: 'expanded'; added: number; truncated: boolean }
  | { nodeId: string; state: 'collapsed'; removed: number }
  | { nodeId: string; state: 'error'; depth: ExpansionDepth; error: ApiError };

type Targets = Record<string, { x: number; y: number }>;

export function useExpansion(graph: LandscapeGraph, lang: Lang, landscape: object | null) {
  const [expansions, setExpansions] = useState<Expansions>(NO_EXPANSIONS);
  const [status, setStatus] = useState<ExpansionStatus | null>(null);
  const current = useRef<Expansions>(NO_EXPANSIONS);
  const request = useRef<AbortController | null>(null);
  const animation = useRef<{ stop: () => void; targets: Targets } | null>(null);

  /** Ends a running fly-out at once, every node at its stored position. */
  const finishAnimation = useCallback(() => {
    const running = animation.current;
    animation.current = null;
    if (!running) return;
    running.stop();
    for (const [node, position] of Object.entries(running.targets)) {
      if (graph.hasNode(node)) graph.mergeNodeAttributes(node, position);
    }
  }, [graph]);

  const commit = useCallback((next: Expansions) => {
    current.current = next;
    setExpansions(next);
  }, []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new landscape (or language) replaced the graph.
  useEffect(() => {
    request.current?.abort();
    animation.current?.stop();
    animation.current = null;
    commit(NO_EXPANSIONS);
    setStatus(null);
  }, [landscape, commit]);

  useEffect(() => () => request.current?.abort(), []);

  const expand = useCallback(
    async (nodeId: string, depth: ExpansionDepth) => {
      request.current?.abort();
      const controller = new AbortController();
      request.current = controller;
      setStatus({ nodeId, state: 'loading', depth });
      try {
        // animateNodes is in the sigma chunk, already loaded with the map
        const [payload, { animateNodes }] = await Promise.all([
          fetchNeighborhood(nodeId, { depth, lang, limit: NEIGHBOURHOOD_LIMIT }, controller.signal),
          import('sigma/utils'),
        ]);
        if (controller.signal.aborted) return;
        finishAnimation();
        const step = expandStep(current.current, graph, nodeId, depth, neighbourhoodOf(payload));
        const targets = applyStep(graph, step, payload, expansionOrigin(graph, nodeId, payload));
        const stop = animateNodes(graph, targets, { duration: FLY_OUT_MS, easing: 'quadraticOut' }, () => {
          animation.current = null;
        });
        animation.current = { stop, targets };
        commit(step.expansions);
        setStatus({
          nodeId,
          state: 'expanded',
          added: step.addNodes.length,
          truncated: payload.attributes.truncated,
        });
      } catch (error) {
        if (!controller.signal.aborted)
          setStatus({ nodeId, state: 'error', depth, error: asApiError(error) });
      }
    },
    [graph, lang, finishAnimation, commit],
  );

  const collapse = useCallback(
    (nodeId: string) => {
      request.current?.abort();
      finishAnimation();
      const step = collapseStep(current.current, nodeId);
      applyStep(graph, step, null, null);
      commit(step.expansions);
      setStatus({ nodeId, state: 'collapsed', removed: step.removeNodes.length });
    },
    [graph, finishAnimation, commit],
  );

  return { expansions, status, expand, collapse };
}

export type ExpansionControls = ReturnType<typeof useExpansion>;
