// The pure part of hints and traces: a trace's strength by its age and the half-life (1 now, ½ after one
// half-life, ¼ after two…), the map's strengths from GET /api/traces, and the hints grouped by kind (in
// the contract's order, empty kinds left out) and by node (for the panel's « Besoin d'aide » line).
import {
  HINT_KINDS,
  type Hint,
  type HintKind,
  type HintsResponse,
  type TracesResponse,
} from '../../../../shared/hints';

const DAY_MS = 86_400_000;
/** Below this a halo would not be seen: the node is drawn as usual. */
export const TRACE_MIN_STRENGTH = 0.05;

/** 0.5^(age / half-life), between 0 and 1; an activity "in the future" (clocks apart) counts as now. */
export function traceStrength(ageMs: number, halfLifeDays: number): number {
  if (!(halfLifeDays > 0) || !Number.isFinite(ageMs)) return 0;
  return 0.5 ** (Math.max(0, ageMs) / (halfLifeDays * DAY_MS));
}

/** Each node's trace strength at `nowMs`, only those strong enough to be drawn. */
export function traceStrengths(traces: TracesResponse, nowMs: number): Map<string, number> {
  const strengths = new Map<string, number>();
  for (const { id, lastAt } of traces.nodes) {
    const strength = traceStrength(nowMs - Date.parse(lastAt), traces.halfLifeDays);
    if (strength >= TRACE_MIN_STRENGTH) strengths.set(id, strength);
  }
  return strengths;
}

export interface HintGroup {
  kind: HintKind;
  /** How many there are (may be more than listed). */
  count: number;
  hints: Hint[];
}

/** The hints by kind, in HINT_KINDS order, kinds with nothing left out. */
export function groupHints(answer: HintsResponse): HintGroup[] {
  return HINT_KINDS.flatMap((kind) => {
    const count = answer.counts[kind];
    const hints = answer.hints.filter((h) => h.kind === kind);
    return count > 0 || hints.length > 0 ? [{ kind, count: Math.max(count, hints.length), hints }] : [];
  });
}

/** For each node, the kinds of help it needs, in HINT_KINDS order. */
export function hintsByNode(hints: readonly Hint[]): Map<string, HintKind[]> {
  const byNode = new Map<string, HintKind[]>();
  for (const kind of HINT_KINDS)
    for (const hint of hints)
      if (hint.kind === kind) {
        const kinds = byNode.get(hint.nodeId) ?? [];
        if (!kinds.includes(kind)) kinds.push(kind);
        byNode.set(hint.nodeId, kinds);
      }
  return byNode;
}

/** Most a halo reaches beyond its node's edge, in pixels. */
export const HALO_MAX_REACH = 14;

/** A halo's outer radius (px) and its opacity at the node's edge, for a trace's strength and the node's radius:
 *  its reach grows with the node (so small nodes of a zoomed-out map do not melt into one glow) and the
 *  strength, up to HALO_MAX_REACH; half as opaque each half-life. */
export function haloOf(strength: number, radius: number): { outer: number; alpha: number } {
  const s = Math.min(1, Math.max(0, strength));
  const reach = Math.min(HALO_MAX_REACH, 2 + radius * (0.6 + 0.8 * s));
  return { outer: radius + reach, alpha: Number((0.55 * s).toFixed(3)) };
}
