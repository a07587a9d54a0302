// Renders nothing: draws the traces of recent activity as soft halos behind the nodes, on a canvas layer of
// its own between sigma's edges and nodes, after each frame. A halo's reach and opacity follow the trace's
// strength (halved each half-life: hints.ts); a node hidden or faded (filters, a selection, the lens, the
// time slider) gets none. Colours and sizes stay the appearance's, so the legend stays true; the graph is
// never touched. `data-halos` on the canvas says how many were drawn (for e2e tests).
import { useEffect, useRef } from 'react';
import { MAP_COLORS } from '../../../map/sigma/colors';
import { useSigma } from '../../../map/sigma/context';
import { haloOf } from '../hints';

const LAYER = 'traces';

export function TraceHalos({ strengths }: { strengths: ReadonlyMap<string, number> | null }) {
  const sigma = useSigma();
  const latest = useRef(strengths);
  latest.current = strengths;

  useEffect(() => {
    // createCanvasContext passes its options to createCanvas (beforeLayer), which its type does not say
    (sigma.createCanvasContext as (id: string, options: { beforeLayer: string }) => unknown).call(
      sigma,
      LAYER,
      {
        beforeLayer: 'nodes',
      },
    );
    const canvas = sigma.getCanvases()[LAYER] as HTMLCanvasElement;
    canvas.style.pointerEvents = 'none';
    sigma.resize(true);
    const context = canvas.getContext('2d') as CanvasRenderingContext2D;
    const draw = () => {
      const { width, height } = sigma.getDimensions();
      context.clearRect(0, 0, width, height);
      let drawn = 0;
      for (const [node, strength] of latest.current ?? []) {
        const data = sigma.getNodeDisplayData(node);
        if (!data || data.hidden || data.color === MAP_COLORS.faded) continue;
        const { x, y } = sigma.framedGraphToViewport(data);
        const radius = sigma.scaleSize(data.size);
        const halo = haloOf(strength, radius);
        if (x < -halo.outer || y < -halo.outer || x > width + halo.outer || y > height + halo.outer) continue;
        const gradient = context.createRadialGradient(x, y, radius * 0.8, x, y, halo.outer);
        gradient.addColorStop(0, `rgba(230, 159, 0, ${halo.alpha})`);
        gradient.addColorStop(1, 'rgba(230, 159, 0, 0)');
        context.fillStyle = gradient;
        context.beginPath();
        context.arc(x, y, halo.outer, 0, Math.PI * 2);
        context.fill();
        drawn++;
      }
      canvas.dataset.halos = String(drawn);
    };
    sigma.on('afterRender', draw);
    sigma.refresh({ skipIndexation: true });
    return () => {
      sigma.off('afterRender', draw);
      // sigma may be killed already (the map leaving the page): its layers went with it
      if (sigma.getCanvases()[LAYER]) sigma.killLayer(LAYER);
    };
  }, [sigma]);

  // new strengths: one frame again (the reducers are unchanged)
  useEffect(() => {
    if (strengths) sigma.scheduleRefresh({ partialGraph: { nodes: [], edges: [] } });
  }, [sigma, strengths]);

  return null;
}
