// Renders nothing: flies the camera to a node chosen in the search box or the panel (a click on the map
// leaves the camera where the visitor put it). On a phone the panel is a bottom sheet over the map: the
// flight aims at the middle of what the sheet leaves in view, and a node clicked under the sheet's edge is
// slid up into view (same zoom), so the selected node is never hidden by its own panel. A flight also keeps
// the node's label inside the map (it ran under the side panel, or off a phone's screen).
import { useEffect } from 'react';
import { type Selection, shouldFlyTo } from '../../features/explore/selection';
import { useSigma } from './context';
import { LABEL_FONT } from './settings';
import {
  aimWithLabel,
  type Box,
  coveredBottom,
  hiddenBySheet,
  type Point,
  uncoveredCentre,
} from './uncovered-area';

/** Closer than the overview, but not so close that the neighbours leave the screen. */
const FOCUS_RATIO = 0.45;
const FLIGHT_MS = 600;
const SLIDE_MS = 300;

let measuring: CanvasRenderingContext2D | null | undefined;

/** How wide a label is drawn (the map's label font); 0 where no canvas can measure it. */
function labelWidth(label: string, size: number): number {
  if (measuring === undefined) measuring = document.createElement('canvas').getContext('2d');
  if (!measuring) return 0;
  measuring.font = `500 ${size}px ${LABEL_FONT}`;
  return measuring.measureText(label).width;
}

/** The node panel's box when it is on the page (a bottom sheet on phones, a side panel elsewhere). */
function sheetBox(): Box | null {
  const panel = document.querySelector<HTMLElement>('[data-testid="node-panel"]');
  return panel ? panel.getBoundingClientRect() : null;
}

export function CameraFocus({ selection }: { selection: Selection | null }) {
  const sigma = useSigma();

  useEffect(() => {
    if (!selection) return;
    const graph = sigma.getGraph();
    if (!graph.hasNode(selection.nodeId)) return; // not on the map (outside a truncated landscape)
    const flying = shouldFlyTo(selection);
    if (!flying && selection.origin !== 'map') return; // restored from the URL: the URL's camera stands
    const container = sigma.getContainer();
    const { width, height } = sigma.getDimensions();
    const covered = coveredBottom(container.getBoundingClientRect(), sheetBox());
    // From the graph's own coordinates: the display data may not be normalised yet in this frame (a new
    // reducer was just set for the same selection). Both conversions get the camera state explicitly so
    // they use the same matrix (without it, one uses the matrix of the last render, the other a fresh one).
    const { x, y } = graph.getNodeAttributes(selection.nodeId);
    const camera = sigma.getCamera();
    const now = camera.getState();
    const middle = uncoveredCentre(width, height, covered);
    const centre: Point = { x: width / 2, y: height / 2 };
    if (flying) {
      const ratio = Math.min(now.ratio, FOCUS_RATIO);
      // the selected node's label is drawn in full to its right: it must end inside the map
      const label = String(graph.getNodeAttribute(selection.nodeId, 'label') ?? '');
      const labelSize = Number(sigma.getSetting('labelSize') ?? 13);
      const radius = Number(graph.getNodeAttribute(selection.nodeId, 'size') ?? 5) / Math.sqrt(ratio);
      const aim = aimWithLabel(middle, width, labelWidth(label, labelSize) + 12, radius);
      const onNode = {
        ...now,
        ...framed(sigma, sigma.graphToViewport({ x, y }, { cameraState: now }), now),
        ratio,
      };
      // centred on the node, then shifted so that the node sits at `aim` instead of the centre
      const target = framed(sigma, { x: 2 * centre.x - aim.x, y: 2 * centre.y - aim.y }, onNode);
      camera.animate({ ...target, ratio }, { duration: FLIGHT_MS, easing: 'quadraticInOut' });
      return;
    }
    const at = sigma.graphToViewport({ x, y }, { cameraState: now });
    if (!hiddenBySheet(at, height, covered)) return;
    const target = framed(sigma, { x: centre.x + at.x - middle.x, y: centre.y + at.y - middle.y }, now);
    camera.animate(target, { duration: SLIDE_MS, easing: 'quadraticInOut' });
  }, [sigma, selection]);

  return null;
}

type CameraState = ReturnType<ReturnType<ReturnType<typeof useSigma>['getCamera']>['getState']>;

/** The framed-graph point drawn at viewport point `at` under camera state `state`. */
function framed(sigma: ReturnType<typeof useSigma>, at: Point, state: CameraState): Point {
  const { x, y } = sigma.viewportToFramedGraph(at, { cameraState: state });
  return { x, y };
}
