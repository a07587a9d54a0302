// Renders nothing: ties the camera to the shareable view. When a landscape is drawn, the frame is fixed to
// its extent (so nodes added by an expansion do not rescale the map, and a camera in a URL keeps its
// meaning); the first time, the camera the URL gave is restored. Then each camera move, once it settles,
// is reported (rounded, null for the default framing). The frame is grown, where needed, so that the
// default framing leaves no node under the legend (clear-of-cover.ts).
import { useEffect, useRef } from 'react';
import { type CameraView, cameraForView } from '../../features/explore/view';
import { cheaperSide, overlapWith } from './clear-of-cover';
import { type MapSigma, useSigma } from './context';

type Extent = { x: [number, number]; y: [number, number] };

const DEFAULT_CAMERA = { x: 0.5, y: 0.5, ratio: 1, angle: 0 };
/** Each pass grows the frame by what the last one measured; the drawing shrinks a little each time. */
const FRAMING_PASSES = 4;

/** The legend's box in the map's own pixels, when it is shown over the map. */
function legendBox(container: HTMLElement) {
  const legend = document.querySelector<HTMLElement>('[data-testid="legend"]');
  if (!legend) return null;
  const map = container.getBoundingClientRect();
  const box = legend.getBoundingClientRect();
  if (box.width === 0 || box.bottom <= map.top || box.top >= map.bottom) return null;
  return {
    left: box.left - map.left,
    top: box.top - map.top,
    right: box.right - map.left,
    bottom: box.bottom - map.top,
  };
}

/** Sets the frame to `extent`, grown down or left until no node sits under the legend at the default camera. */
function frameClearOfLegend(sigma: MapSigma, extent: Extent): void {
  const frame: Extent = { x: [...extent.x], y: [...extent.y] };
  sigma.setCustomBBox(frame);
  const cover = legendBox(sigma.getContainer());
  if (!cover) return;
  const graph = sigma.getGraph();
  const at = (point: { x: number; y: number }) =>
    sigma.graphToViewport(point, { cameraState: DEFAULT_CAMERA });
  for (let pass = 0; pass < FRAMING_PASSES; pass += 1) {
    sigma.refresh();
    const drawn = graph.mapNodes((id, attributes) => ({
      ...at({ x: attributes.x, y: attributes.y }),
      size: sigma.getNodeDisplayData(id)?.size ?? 0,
    }));
    const overlap = overlapWith(drawn, cover);
    if (!overlap) return;
    const low = at({ x: frame.x[0], y: frame.y[0] });
    const high = at({ x: frame.x[1], y: frame.y[1] });
    const { width, height } = sigma.getDimensions();
    if (cheaperSide(overlap, { width, height }) === 'bottom') {
      const unitsPerPx = (frame.y[1] - frame.y[0]) / Math.max(1, Math.abs(high.y - low.y));
      const grow = overlap.up * unitsPerPx * 1.1;
      // graph y may run up or down the screen: grow the end that is drawn lower
      if (low.y > high.y) frame.y[0] -= grow;
      else frame.y[1] += grow;
    } else {
      const unitsPerPx = (frame.x[1] - frame.x[0]) / Math.max(1, Math.abs(high.x - low.x));
      const grow = overlap.right * unitsPerPx * 1.1;
      if (low.x < high.x) frame.x[0] -= grow;
      else frame.x[1] += grow;
    }
    sigma.setCustomBBox(frame);
  }
  sigma.refresh();
}

/** How long the camera must stay still before the URL follows it. */
export const CAMERA_SETTLE_MS = 300;

interface Props {
  /** Changes when a new landscape is imported. */
  loaded: object | null;
  /** The camera of the URL the page was opened with. */
  initial: CameraView | null;
  onSettled: (camera: CameraView | null) => void;
}

export function CameraSync({ loaded, initial, onSettled }: Props) {
  const sigma = useSigma();
  const restored = useRef(false);

  useEffect(() => {
    if (!loaded) return;
    let stopped = false;
    // sigma/utils is in the lazily loaded sigma chunk, already fetched by the time a landscape is drawn.
    void import('sigma/utils').then(({ graphExtent }) => {
      if (stopped) return;
      const graph = sigma.getGraph();
      if (graph.order > 0) frameClearOfLegend(sigma, graphExtent(graph));
      else sigma.setCustomBBox(null);
      if (restored.current) return;
      restored.current = true;
      if (initial) sigma.getCamera().setState(initial);
    });
    return () => {
      stopped = true;
    };
  }, [sigma, loaded, initial]);

  useEffect(() => {
    const camera = sigma.getCamera();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const updated = () => {
      clearTimeout(timer);
      timer = setTimeout(() => onSettled(cameraForView(camera.getState())), CAMERA_SETTLE_MS);
    };
    camera.on('updated', updated);
    return () => {
      clearTimeout(timer);
      camera.off('updated', updated);
    };
  }, [sigma, onSettled]);

  return null;
}
