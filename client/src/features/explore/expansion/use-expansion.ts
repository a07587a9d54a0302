// Expand / collapse on the map: fetches a node's neighbourhood, adds what is missing (flying out from the
// node to the stored positions) and collapses what an expansion added. When a landscape is imported (the
// graph was replaced), what was expanded is made again on it, in order: the first time, the expansions of
// the URL the page was opened with. `entries` is what the shareable view keeps, those still being made
// again included. The bookkeeping itself is pure (./index.ts).
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Lang } from '../../../../../shared/vocabulary';
import { fetchNeighbourhood } from '../../../api/endpoints';
import type { ApiError } from '../../../api/errors';
import type { LandscapeGraph } from '../../../map/landscape';
import { applyStep } from '../../../map/map-store';
import { asApiError } from '../../../ui/loadable';
import {
  collapseStep,
  type ExpansionDepth,
  type ExpansionEntry,
  type Expansions,
  entriesOf,
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

const fetchIn = (lang: Lang, { nodeId, depth }: ExpansionEntry, signal: AbortSignal) =>
  fetchNeighbourhood(nodeId, { depth, lang, limit: NEIGHBOURHOOD_LIMIT }, signal);

/**
 * `landscape` changes each time a landscape is imported (null while one loads); `initial`: the expansions
 * of the URL the page was opened with, made once the first landscape is there.
 */
export function useExpansion(
  graph: LandscapeGraph,
  lang: Lang,
  landscape: object | null,
  initial: readonly ExpansionEntry[] = [],
) {
  const [expansions, setExpansions] = useState<Expansions>(NO_EXPANSIONS);
  const [status, setStatus] = useState<ExpansionStatus | null>(null);
  /** The expansions to make again on the next landscape (null: none waiting), as state for the URL. */
  const [restoring, setRestoring] = useState<readonly ExpansionEntry[] | null>(
    initial.length > 0 ? initial : null,
  );
  const waiting = useRef(restoring);
  const current = useRef<Expansions>(NO_EXPANSIONS);
  const request = useRef<AbortController | null>(null);
  const animation = useRef<{ stop: () => void; targets: Targets } | null>(null);
  // The language of the moment: a neighbourhood that arrives in another one is asked for again.
  const currentLang = useRef(lang);
  currentLang.current = lang;

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

  /** Makes the expansions `wanted` again, in order, on the landscape just imported; those that fail go. */
  const restore = useCallback(
    async (wanted: readonly ExpansionEntry[], signal: AbortSignal) => {
      const lang = currentLang.current;
      const answers = await Promise.allSettled(wanted.map((entry) => fetchIn(lang, entry, signal)));
      if (signal.aborted) return;
      finishAnimation();
      let next = current.current;
      wanted.forEach(({ nodeId, depth }, index) => {
        const answer = answers[index];
        if (answer?.status !== 'fulfilled') return; // gone, hidden from this reader, or unreachable
        const step = expandStep(next, graph, nodeId, depth, neighbourhoodOf(answer.value));
        applyStep(graph, step, answer.value, null); // straight to the stored positions: a view restored
        next = step.expansions;
      });
      waiting.current = null;
      setRestoring(null);
      commit(next);
    },
    [graph, finishAnimation, commit],
  );

  // A new landscape replaced the graph (or is loading to replace it): the bookkeeping starts over, and what
  // was expanded is made again once the landscape is there.
  useEffect(() => {
    request.current?.abort();
    animation.current?.stop();
    animation.current = null;
    if (current.current.size > 0) waiting.current = entriesOf(current.current);
    commit(NO_EXPANSIONS);
    setStatus(null);
    const wanted = waiting.current;
    setRestoring(wanted);
    if (!landscape || !wanted) return;
    const controller = new AbortController();
    void restore(wanted, controller.signal);
    return () => controller.abort();
  }, [landscape, commit, restore]);

  useEffect(() => () => request.current?.abort(), []);

  const expand = useCallback(
    async (nodeId: string, depth: ExpansionDepth) => {
      request.current?.abort();
      const controller = new AbortController();
      request.current = controller;
      setStatus({ nodeId, state: 'loading', depth });
      try {
        // animateNodes is in the sigma chunk, already loaded with the map
        const entry = { nodeId, depth };
        let asked = currentLang.current;
        let [payload, { animateNodes }] = await Promise.all([
          fetchIn(asked, entry, controller.signal),
          import('sigma/utils'),
        ]);
        while (!controller.signal.aborted && asked !== currentLang.current) {
          asked = currentLang.current; // the language changed meanwhile: titles in the new one
          payload = await fetchIn(asked, entry, controller.signal);
        }
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
    [graph, finishAnimation, commit],
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

  /** What the shareable view keeps: the expansions, or those waiting to be made again. */
  const entries = useMemo(() => restoring ?? entriesOf(expansions), [restoring, expansions]);

  return { expansions, entries, restoring: restoring !== null, status, expand, collapse };
}

export type ExpansionControls = ReturnType<typeof useExpansion>;
