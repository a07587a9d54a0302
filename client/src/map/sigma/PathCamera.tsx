// Renders nothing: when a path is shown, moves the camera so that all of its nodes on the map are in
// view with their labels, centred in the part of the map the path box does not cover.
import { useEffect } from 'react';
import type { Coordinates } from 'sigma/types';
import type { PathHighlight } from '../../features/paths';
import { type MapSigma, useSigma } from './context';

/** The path box's share of the map's left side: 16 px margin + 360 px box + 16 px (PathFinder.css). */
export const PATH_BOX_INSET = 392;
/** Below this map width the box sits over the map's top, not its side (PathFinder.css media query). */
const SIDE_BOX_MIN_WIDTH = 720;
/** Labels are drawn right of their node: room kept on the right so the rightmost one is not cut. */
const LABEL_ROOM = 200;
const FLIGHT_MS = 600;
/** Room around the path, so its end labels stay on screen. */
const MARGIN = 1.4;
const MIN_RATIO = 0.05;
const MAX_RATIO = 1.5;

/**
 * The camera state framing `nodeIds` in the map minus `insetLeft` pixels on the left and room for labels
 * on the right; null when none of them is on the map.
 */
function framing(sigma: MapSigma, nodeIds: Iterable<string>, insetLeft: number) {
  const graph = sigma.getGraph();
  const state = sigma.getCamera().getState();
  // Both conversions get the camera state explicitly, so they use the same matrix (see CameraFocus).
  const now = { cameraState: state };
  const points: Coordinates[] = [];
  for (const id of nodeIds) {
    if (!graph.hasNode(id)) continue;
    const { x, y } = graph.getNodeAttributes(id);
    points.push(sigma.viewportToFramedGraph(sigma.graphToViewport({ x, y }, now), now));
  }
  if (points.length === 0) return null;
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const box = { minX: Math.min(...xs), maxX: Math.max(...xs), minY: Math.min(...ys), maxY: Math.max(...ys) };
  const { width, height } = sigma.getDimensions();
  const freeWidth = Math.max(1, width - insetLeft - Math.min(LABEL_ROOM, width / 4));
  // Framed-graph units per pixel at ratio 1; the ratio scales them linearly.
  const unit = { cameraState: { ...state, ratio: 1 } };
  const a = sigma.viewportToFramedGraph({ x: 0, y: 0 }, unit);
  const b = sigma.viewportToFramedGraph({ x: 100, y: 100 }, unit);
  const perPixel = { x: Math.abs(b.x - a.x) / 100 || 1, y: Math.abs(b.y - a.y) / 100 || 1 };
  const needed = Math.max(
    (box.maxX - box.minX) / (freeWidth * perPixel.x),
    (box.maxY - box.minY) / (height * perPixel.y),
  );
  const ratio = Math.min(MAX_RATIO, Math.max(MIN_RATIO, needed * MARGIN));
  // Centre the path in the free part: find where that part's centre falls with the path centred, then shift.
  const centre = { x: (box.minX + box.maxX) / 2, y: (box.minY + box.maxY) / 2 };
  const centred = { cameraState: { ...state, ...centre, ratio } };
  const freeCentre = sigma.viewportToFramedGraph({ x: insetLeft + freeWidth / 2, y: height / 2 }, centred);
  return { x: 2 * centre.x - freeCentre.x, y: 2 * centre.y - freeCentre.y, ratio };
}

export function PathCamera({ path }: { path: PathHighlight | null }) {
  const sigma = useSigma();

  useEffect(() => {
    if (!path) return;
    const fly = () => {
      const inset = sigma.getDimensions().width > SIDE_BOX_MIN_WIDTH ? PATH_BOX_INSET : 0;
      const target = framing(sigma, path.nodes, inset);
      if (target) sigma.getCamera().animate(target, { duration: FLIGHT_MS, easing: 'quadraticInOut' });
    };
    // A new path sets new reducers, and until sigma has processed them its graph extent is reset (and
    // with it the coordinate conversions): frame the path after the next render.
    sigma.once('afterRender', fly);
    sigma.scheduleRender();
    return () => {
      sigma.off('afterRender', fly);
    };
  }, [sigma, path]);

  return null;
}
