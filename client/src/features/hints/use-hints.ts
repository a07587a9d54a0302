// Hints and traces for the page: GET /api/hints and GET /api/traces, read once the landscape is drawn; the
// hints again (after a short pause) when the language changes, and when the map's structure changes while
// the « Où aider ? » lens is on; the lens on or off. A failed read leaves the map as it is (no lens nodes, no halo) and says so in the panel.
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { HintsResponse } from '../../../../shared/hints';
import type { Lang } from '../../../../shared/vocabulary';
import { fetchHints, fetchTraces } from '../../api/endpoints';
import { groupHints, hintsByNode, traceStrengths } from './hints';

/** Changes come in bursts (a question asked with its links): read once they settle. */
export const HINTS_REFRESH_MS = 600;

type Loading = { status: 'idle' | 'loading' | 'error' } | { status: 'ready'; answer: HintsResponse };

export function useHints(lang: Lang, loaded: object | null, revision: number) {
  const [active, setActive] = useState(false);
  const [hints, setHints] = useState<Loading>({ status: 'idle' });
  const [traces, setTraces] = useState<Map<string, number> | null>(null);
  const [attempt, setAttempt] = useState(0);

  // the hints: read once the landscape is drawn, and again on a change of the map only while the lens is
  // on (a write's cost stays its own requests when nobody looks at the hints)
  const changes = active ? revision : -1;
  // biome-ignore lint/correctness/useExhaustiveDependencies: `changes` and `attempt` mean: read again
  useEffect(() => {
    if (!loaded) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      setHints((h) => (h.status === 'ready' ? h : { status: 'loading' }));
      fetchHints(lang, controller.signal).then(
        (answer) => setHints({ status: 'ready', answer }),
        () => {
          if (!controller.signal.aborted) setHints({ status: 'error' });
        },
      );
    }, HINTS_REFRESH_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [lang, loaded, changes, attempt]);

  // the traces: read with the landscape (their halos age with the clock, not with each change)
  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` means: read again
  useEffect(() => {
    if (!loaded) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      fetchTraces(controller.signal).then(
        (answer) => setTraces(traceStrengths(answer, Date.now())),
        () => undefined,
      );
    }, HINTS_REFRESH_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [loaded, attempt]);

  const answer = hints.status === 'ready' ? hints.answer : null;
  const groups = useMemo(() => (answer ? groupHints(answer) : []), [answer]);
  const byNode = useMemo(() => hintsByNode(answer?.hints ?? []), [answer]);
  const lens = useMemo(() => (active ? new Set(byNode.keys()) : null), [active, byNode]);
  const toggle = useCallback(() => setActive((on) => !on), []);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);

  return { active, toggle, status: hints.status, groups, byNode, lens, traces, retry };
}
export type HintsMode = ReturnType<typeof useHints>;
