// Renders nothing: ties the camera to the shareable view. When a landscape is drawn, the frame is fixed to
// its extent (so nodes added by an expansion do not rescale the map, and a camera in a URL keeps its
// meaning); the first time, the camera the URL gave is restored. Then each camera move, once it settles,
// is reported (rounded, null for the default framing).
import { useEffect, useRef } from 'react';
import { type CameraView, cameraForView } from '../state/view';
import { useSigma } from './context';

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
      sigma.setCustomBBox(graph.order > 0 ? graphExtent(graph) : null);
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
