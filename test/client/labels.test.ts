// Which labels the map draws: forced first, then big nodes; none crossing a placed label or a node.
import { describe, expect, it } from 'vitest';
import {
  boxesOverlap,
  createLabelDrawer,
  type LabelCandidate,
  labelBox,
  placeLabels,
} from '../../client/src/map/sigma/labels';

const FONT = 13;
const candidate = (label: string, x: number, y: number, size: number, forced = false): LabelCandidate => ({
  label,
  x,
  y,
  size,
  forced,
  box: labelBox({ x, y, size }, label.length * 7, FONT),
});

describe('labelBox', () => {
  it('sits right of the node, centred on it, with a margin', () => {
    expect(labelBox({ x: 100, y: 50, size: 10 }, 70, FONT)).toEqual({
      left: 112,
      top: 40.5,
      right: 186,
      bottom: 59.5,
    });
  });
});

describe('boxesOverlap', () => {
  it('is true for crossing boxes, false for boxes that only touch', () => {
    const a = { left: 0, top: 0, right: 10, bottom: 10 };
    expect(boxesOverlap(a, { left: 5, top: 5, right: 15, bottom: 15 })).toBe(true);
    expect(boxesOverlap(a, { left: 10, top: 0, right: 20, bottom: 10 })).toBe(false);
    expect(boxesOverlap(a, { left: 0, top: 11, right: 10, bottom: 20 })).toBe(false);
  });
});

describe('placeLabels', () => {
  it('keeps the bigger node’s label when two labels cross', () => {
    const small = candidate('small node label', 60, 100, 5);
    const big = candidate('big node label', 100, 104, 12);
    expect(placeLabels([small, big]).map((c) => c.label)).toEqual(['big node label']);
  });

  it('keeps labels that do not cross, biggest first', () => {
    const a = candidate('a', 0, 0, 5);
    const b = candidate('b', 0, 100, 9);
    expect(placeLabels([a, b]).map((c) => c.label)).toEqual(['b', 'a']);
  });

  it('lets a big node’s label run over a smaller node, which then gets no label', () => {
    const hub = candidate('a long label running right', 0, 0, 12);
    const covered = candidate('x', 80, 0, 6);
    expect(placeLabels([covered, hub]).map((c) => c.label)).toEqual(['a long label running right']);
  });

  it('leaves out a label that would hide a node at least as big', () => {
    const small = candidate('a long label running right', 0, 0, 6);
    const big = candidate('y', 80, 40, 12);
    const hidden = candidate('z', 80, 0, 12);
    expect(placeLabels([small, big, hidden]).map((c) => c.label)).toEqual(['y', 'z']);
  });

  it('always draws a forced label (the selected node), first', () => {
    const big = candidate('big node label', 60, 104, 12);
    const selected = candidate('selected node label', 100, 100, 5, true);
    expect(placeLabels([big, selected]).map((c) => c.label)).toEqual(['selected node label']);
  });
});

describe('createLabelDrawer', () => {
  /** A 2D context that only records the texts filled. */
  function recordingContext() {
    const filled: Array<[string, number, number]> = [];
    const context = {
      font: '',
      lineJoin: '',
      lineWidth: 0,
      strokeStyle: '',
      fillStyle: '',
      measureText: (text: string) => ({ width: text.length * 7 }),
      strokeText: () => undefined,
      fillText: (text: string, x: number, y: number) => filled.push([text, x, y]),
    };
    return { context: context as unknown as CanvasRenderingContext2D, filled };
  }
  const settings = { labelSize: 13, labelWeight: '500', labelFont: 'sans-serif', labelColor: {} } as never;
  const node = (label: string, x: number) => ({ label, x, y: 50, size: 5, color: '#000' }) as never;

  it('paints only the frame collected after a discard (the export’s copy renders twice)', () => {
    const drawer = createLabelDrawer();
    const { context, filled } = recordingContext();
    drawer.collect(context, node('Compost', 10), settings); // the copy's first frame, default framing
    drawer.discard();
    drawer.collect(context, node('Compost', 300), settings); // with the map's camera and frame
    drawer.paint();
    expect(filled.map(([text, x]) => [text, x])).toEqual([['Compost', 300 + 5 + 4]]);
  });
});
