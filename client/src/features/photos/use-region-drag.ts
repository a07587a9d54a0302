// Drawing a rectangle on a photo with the pointer (mouse, pen or finger): press, drag, release. The
// region is normalised to the image box; a drag too small to be a region leaves the previous one.
import { type PointerEvent, type RefObject, useRef } from 'react';
import { isUsableRegion, type PhotoRegion, regionBetween, toImagePoint } from './index';

export function useRegionDrag(
  box: RefObject<HTMLElement | null>,
  region: PhotoRegion | null,
  onChange: (region: PhotoRegion | null) => void,
) {
  const start = useRef<{ x: number; y: number } | null>(null);
  const before = useRef<PhotoRegion | null>(null);

  const pointAt = (event: PointerEvent) => {
    const rect = box.current?.getBoundingClientRect();
    return rect ? toImagePoint(event.clientX, event.clientY, rect) : null;
  };

  return {
    onPointerDown(event: PointerEvent<HTMLElement>) {
      if (event.button !== 0) return;
      const point = pointAt(event);
      if (!point) return;
      event.preventDefault();
      event.currentTarget.setPointerCapture(event.pointerId);
      start.current = point;
      before.current = region;
      onChange(regionBetween(point, point));
    },
    onPointerMove(event: PointerEvent<HTMLElement>) {
      const point = start.current && pointAt(event);
      if (start.current && point) onChange(regionBetween(start.current, point));
    },
    onPointerUp(event: PointerEvent<HTMLElement>) {
      const point = start.current && pointAt(event);
      if (!start.current || !point) return;
      const drawn = regionBetween(start.current, point);
      start.current = null;
      onChange(isUsableRegion(drawn) ? drawn : before.current);
    },
    onPointerCancel() {
      start.current = null;
      onChange(before.current);
    },
  };
}
