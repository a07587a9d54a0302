// The time mode of the map: entered from the map tools (or a URL with `t=`), it loads the timeline once
// per language, puts on the map what the past had and the map lacks (map-store addMissing), and replays
// the landscape at a day: play (one step every PLAY_INTERVAL_MS, stopping at the last day), pause, a step
// back or forward by day, week or month, or a day picked on the slider. Leaving it takes those items off
// again and gives the live landscape back; the camera never moves.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { edgeOfLink, sizeFromDegree } from '../../../../shared/graph';
import type { Timeline } from '../../../../shared/time';
import type { Lang } from '../../../../shared/vocabulary';
import { fetchTimeline } from '../../api/endpoints';
import type { LandscapeGraph } from '../../map/landscape/types';
import { addMissing, removeAdded } from '../../map/map-store';
import { frameAt } from './time-frame';
import {
  clampTime,
  fadeWindow,
  formatDayParam,
  parseDayParam,
  rangeOf,
  stepTime,
  type TimeStep,
} from './time-state';

export const PLAY_INTERVAL_MS = 700;

type Loading = { status: 'idle' | 'loading' | 'error' } | { status: 'ready'; timeline: Timeline; lang: Lang };

/** The past's items as a payload for the map store: where they were, their last label then. */
function pastPayload(timeline: Timeline) {
  const degree = new Map<string, number>();
  for (const l of timeline.links)
    for (const end of [l.source, l.target]) degree.set(end, (degree.get(end) ?? 0) + 1);
  return {
    nodes: timeline.nodes.map((n) => ({
      key: n.id,
      attributes: {
        kind: n.kind,
        label: n.labels[n.labels.length - 1]?.label ?? n.id,
        x: n.x,
        y: n.y,
        size: sizeFromDegree(degree.get(n.id) ?? 0),
        degree: degree.get(n.id) ?? 0,
      },
    })),
    edges: timeline.links.map((l) =>
      edgeOfLink({
        id: l.id,
        source: l.source,
        target: l.target,
        relation: l.relation,
        stance: l.stance,
        role: l.role,
      }),
    ),
  };
}

export function useTimeMode(
  graph: LandscapeGraph,
  lang: Lang,
  loaded: object | null,
  initialDay: string | null,
) {
  const [active, setActive] = useState(initialDay !== null);
  const [at, setAt] = useState<number | null>(parseDayParam(initialDay));
  const [playing, setPlaying] = useState(false);
  const [step, setStep] = useState<TimeStep>('week');
  const [loading, setLoading] = useState<Loading>({ status: 'idle' });
  const [attempt, setAttempt] = useState(0);
  /** The day a comparison runs from (to the day shown); null: no comparison. */
  const [compareFrom, setCompareFrom] = useState<number | null>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` is the retry: a new one fetches again
  useEffect(() => {
    if (!active) return;
    const controller = new AbortController();
    setLoading({ status: 'loading' });
    fetchTimeline(lang, controller.signal).then(
      (timeline) => setLoading({ status: 'ready', timeline, lang }),
      () => {
        if (!controller.signal.aborted) setLoading({ status: 'error' });
      },
    );
    return () => controller.abort();
  }, [active, lang, attempt]);

  const timeline = active && loading.status === 'ready' ? loading.timeline : null;
  const range = useMemo(
    () => (timeline ? rangeOf(timeline.first, timeline.last, Date.now()) : null),
    [timeline],
  );

  // what the past had that the map lacks, put on the map while the replay lasts (again on a new landscape)
  useEffect(() => {
    if (!timeline || !loaded) return;
    const added = addMissing(graph, pastPayload(timeline));
    return () => removeAdded(graph, added);
  }, [graph, timeline, loaded]);

  const shownAt = range && at !== null ? clampTime(at, range) : (range?.last ?? null);
  const frame = useMemo(
    () => (timeline && shownAt !== null ? frameAt(timeline, shownAt, fadeWindow(step)) : null),
    [timeline, shownAt, step],
  );

  const latest = useRef({ shownAt, range, step });
  latest.current = { shownAt, range, step };
  useEffect(() => {
    if (!playing) return;
    const timer = setInterval(() => {
      const { shownAt: now, range: bounds, step: by } = latest.current;
      if (now === null || !bounds) return;
      const next = stepTime(now, by, 1);
      setAt(clampTime(next, bounds));
      if (next >= bounds.last) setPlaying(false);
    }, PLAY_INTERVAL_MS);
    return () => clearInterval(timer);
  }, [playing]);

  const play = useCallback(() => {
    const { shownAt: now, range: bounds } = latest.current;
    // playing from the last day starts again from the first
    if (bounds && now !== null && now >= bounds.last) setAt(bounds.first);
    setPlaying(true);
  }, []);
  const stepBy = useCallback((direction: 1 | -1) => {
    const { shownAt: now, range: bounds, step: by } = latest.current;
    if (now === null || !bounds) return;
    setPlaying(false);
    setAt(clampTime(stepTime(now, by, direction), bounds));
  }, []);
  const enter = useCallback(() => setActive(true), []);
  const leave = useCallback(() => {
    setActive(false);
    setPlaying(false);
    setAt(null);
    setCompareFrom(null);
  }, []);

  return {
    active,
    status: active ? loading.status : 'idle',
    retry: () => setAttempt((n) => n + 1),
    range,
    at: shownAt,
    /** The day the URL keeps (null out of time mode). */
    day: active && shownAt !== null ? formatDayParam(shownAt) : active ? initialDay : null,
    frame,
    playing,
    step,
    setStep,
    play,
    pause: useCallback(() => setPlaying(false), []),
    stepBy,
    pick: useCallback((t: number) => {
      setPlaying(false);
      setAt(t);
    }, []),
    enter,
    leave,
    timeline,
    compareFrom,
    startCompare: useCallback(() => setCompareFrom(latest.current.shownAt), []),
    stopCompare: useCallback(() => setCompareFrom(null), []),
  };
}

export type TimeMode = ReturnType<typeof useTimeMode>;
