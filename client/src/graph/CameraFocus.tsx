// Renders nothing: flies the camera to a node chosen in the search box or the panel (a click on the map
// leaves the camera where the visitor put it).
import { useEffect } from 'react';
import { type Selection, shouldFlyTo } from '../state/selection';
import { useSigma } from './context';

/** Closer than the overview, but not so close that the neighbours leave the screen. */
const FOCUS_RATIO = 0.45;
const FLIGHT_MS = 600;

export function CameraFocus({ selection }: { selection: Selection | null }) {
  const sigma = useSigma();

  useEffect(() => {
    if (!selection || !shouldFlyTo(selection)) return;
    const graph = sigma.getGraph();
    if (!graph.hasNode(selection.nodeId)) return; // not on the map (outside a truncated landscape)
    // From the graph's own coordinates: the display data may not be normalised yet in this frame (a new
    // reducer was just set for the same selection). Both conversions get the camera state explicitly so
    // they use the same matrix (without it, one uses the matrix of the last render, the other a fresh one).
    const { x, y } = graph.getNodeAttributes(selection.nodeId);
    const camera = sigma.getCamera();
    const override = { cameraState: camera.getState() };
    const target = sigma.viewportToFramedGraph(sigma.graphToViewport({ x, y }, override), override);
    const ratio = Math.min(camera.getState().ratio, FOCUS_RATIO);
    camera.animate({ ...target, ratio }, { duration: FLIGHT_MS, easing: 'quadraticInOut' });
  }, [sigma, selection]);

  return null;
}
