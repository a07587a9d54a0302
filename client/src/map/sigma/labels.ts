// Node labels that do not overlap. Sigma picks the labels to show (one per grid cell, big nodes first in
// each cell) but a long label runs over the next cells. So labels are only collected while sigma draws,
// then placed after the frame: forced ones (the selected node) first, then the biggest nodes; a label that
// would cross one already placed, or hide a bigger node, is left out. Each gets a halo.
import type { NodeLabelDrawingFunction } from 'sigma/rendering';
import type { Settings } from 'sigma/settings';
import type { GraphEdgeAttributes, GraphNodeAttributes } from '../../../../shared/graph';
import { MAP_COLORS } from './colors';

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface LabelCandidate {
  label: string;
  x: number;
  y: number;
  size: number;
  forced: boolean;
  box: Box;
}

export const boxesOverlap = (a: Box, b: Box): boolean =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** The gap between a node's disc and its label. */
const GAP = 4;

/** Where a label of `width` pixels goes, right of its node, with a small margin all round. */
export function labelBox(node: { x: number; y: number; size: number }, width: number, fontSize: number): Box {
  const left = node.x + node.size + GAP;
  return {
    left: left - 2,
    top: node.y - fontSize / 2 - 3,
    right: left + width + 2,
    bottom: node.y + fontSize / 2 + 3,
  };
}

const discBox = ({ x, y, size }: LabelCandidate): Box => ({
  left: x - size,
  top: y - size,
  right: x + size,
  bottom: y + size,
});

/**
 * The labels to draw: forced first, then by node size (ties: as sigma gave them). A label may not cross a
 * label already placed, nor hide a node at least as big as its own; and a node already covered by a placed
 * label gets none (its label would point at nothing visible).
 */
export function placeLabels(candidates: readonly LabelCandidate[]): LabelCandidate[] {
  const order = [...candidates].sort((a, b) => Number(b.forced) - Number(a.forced) || b.size - a.size);
  const placed: LabelCandidate[] = [];
  for (const candidate of order) {
    const fits =
      !placed.some(
        (other) => boxesOverlap(other.box, candidate.box) || boxesOverlap(other.box, discBox(candidate)),
      ) &&
      !candidates.some(
        (other) =>
          other !== candidate && other.size >= candidate.size && boxesOverlap(discBox(other), candidate.box),
      );
    if (candidate.forced || fits) placed.push(candidate);
  }
  return placed;
}

type MapSettings = Settings<GraphNodeAttributes, GraphEdgeAttributes>;
const fontOf = (settings: MapSettings) =>
  `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;

export interface LabelDrawer {
  /** sigma's `defaultDrawNodeLabel`: collects the label. */
  collect: NodeLabelDrawingFunction<GraphNodeAttributes, GraphEdgeAttributes>;
  /** Call on sigma's `afterRender`: draws the collected labels that fit. */
  paint: () => void;
  /** Forgets what was collected without drawing it (a frame drawn with another framing). */
  discard: () => void;
}

export function createLabelDrawer(): LabelDrawer {
  let frame: { context: CanvasRenderingContext2D; settings: MapSettings } | null = null;
  let candidates: LabelCandidate[] = [];
  return {
    collect: (context, data, settings) => {
      if (!data.label) return;
      frame = { context, settings };
      context.font = fontOf(settings);
      const box = labelBox(data, context.measureText(data.label).width, settings.labelSize);
      candidates.push({
        label: data.label,
        x: data.x,
        y: data.y,
        size: data.size,
        forced: !!data.forceLabel,
        box,
      });
    },
    discard: () => {
      candidates = [];
    },
    paint: () => {
      const todo = candidates;
      candidates = [];
      if (!frame) return;
      const { context, settings } = frame;
      context.font = fontOf(settings);
      context.lineJoin = 'round';
      context.lineWidth = 3;
      context.strokeStyle = MAP_COLORS.halo;
      context.fillStyle = settings.labelColor.color ?? MAP_COLORS.label;
      for (const { label, x, y, size } of placeLabels(todo)) {
        const textX = x + size + GAP;
        const textY = y + settings.labelSize / 3;
        context.strokeText(label, textX, textY);
        context.fillText(label, textX, textY);
      }
    },
  };
}
