// What the replay changes in what sigma draws, on top of the other reducers (map/sigma/HighlightReducers):
// an item not born yet or long gone is hidden, one just removed is drawn faded without its label, and a
// node's label is the one it had then. Writes into the display object the reducers already made.
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import { MAP_COLORS } from '../../map/sigma/colors';
import { shortLabel } from '../../map/sigma/reducers';
import type { TimeFrame } from './time-frame';

export function timeNodeDisplay<D extends Partial<NodeDisplayData>>(
  node: string,
  display: D,
  frame: TimeFrame | null,
): D {
  const state = frame?.nodes.get(node);
  if (!frame || !state) return display;
  if (state === 'hidden') {
    display.hidden = true;
    return display;
  }
  if (state === 'fading') {
    display.color = MAP_COLORS.faded;
    display.label = '';
    display.zIndex = 0;
    return display;
  }
  const label = frame.labels.get(node);
  if (label !== undefined && display.label) display.label = display.forceLabel ? label : shortLabel(label);
  return display;
}

export function timeEdgeDisplay<D extends Partial<EdgeDisplayData>>(
  edge: string,
  display: D,
  frame: TimeFrame | null,
): D {
  const state = frame?.edges.get(edge);
  if (!frame || !state) return display;
  if (state === 'hidden') display.hidden = true;
  else if (state === 'fading') display.color = MAP_COLORS.fadedEdge;
  return display;
}
