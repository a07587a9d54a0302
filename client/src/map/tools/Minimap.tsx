// The always-visible overview in the map's corner: the whole landscape small, coloured as on the map, the
// selected node ringed and the viewport framed ("you are here"). Click or drag in it to move the map
// there; with the keyboard, the arrow keys pan the map.
import { type KeyboardEvent, type PointerEvent, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { createMinimap, type Minimap as MinimapDrawer, type MinimapOptions } from '../minimap/minimap';
import { useSigma } from '../sigma/context';
import './map-tools.css';

const ARROW_PAN: Record<string, [number, number]> = {
  ArrowLeft: [-0.25, 0],
  ArrowRight: [0.25, 0],
  ArrowUp: [0, -0.25],
  ArrowDown: [0, 0.25],
};

export function Minimap({ style, selected }: MinimapOptions) {
  const { t } = useTranslation();
  const sigma = useSigma();
  const canvas = useRef<HTMLCanvasElement>(null);
  const drawer = useRef<MinimapDrawer | null>(null);
  const options = useRef<MinimapOptions>({ style, selected });
  options.current = { style, selected };

  useEffect(() => {
    if (!canvas.current) return;
    const minimap = createMinimap(sigma, canvas.current, options.current);
    drawer.current = minimap;
    return () => {
      minimap.destroy();
      drawer.current = null;
    };
  }, [sigma]);

  useEffect(() => {
    drawer.current?.update({ style, selected });
  }, [style, selected]);

  const moveTo = (event: PointerEvent<HTMLCanvasElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    drawer.current?.moveCameraTo({ x: event.clientX - box.left, y: event.clientY - box.top });
  };
  const onPointerDown = (event: PointerEvent<HTMLCanvasElement>) => {
    event.currentTarget.setPointerCapture(event.pointerId);
    moveTo(event);
  };
  const onPointerMove = (event: PointerEvent<HTMLCanvasElement>) => {
    if (event.currentTarget.hasPointerCapture(event.pointerId)) moveTo(event);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const pan = ARROW_PAN[event.key];
    if (!pan) return;
    event.preventDefault();
    drawer.current?.panBy(...pan);
  };

  return (
    <section
      className="minimap"
      data-testid="minimap"
      role="application"
      aria-roledescription={t('mapTools.minimap.role')}
      aria-label={t('mapTools.minimap.label')}
      aria-describedby="minimap-description"
      // biome-ignore lint/a11y/noNoninteractiveTabindex: "application" is the ARIA role of a widget with its own keys (arrows pan the map).
      tabIndex={0}
      onKeyDown={onKeyDown}
    >
      <p id="minimap-description" className="visually-hidden">
        {t('mapTools.minimap.description')}
      </p>
      <canvas
        ref={canvas}
        className="minimap__canvas"
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
      />
    </section>
  );
}
