// What the « Où aider ? » lens changes in what sigma draws, on top of the other reducers
// (map/sigma/HighlightReducers): every node that needs no help is faded (no label, behind), the selection
// stays. Writes into the display object the reducers already made; the graph is never touched. (Traces are
// drawn on a layer of their own: views/TraceHalos.tsx.)
import type { NodeDisplayData } from 'sigma/types';
import { MAP_COLORS } from '../../map/sigma/colors';

export function lensNodeDisplay<D extends Partial<NodeDisplayData>>(
  node: string,
  display: D,
  lens: ReadonlySet<string> | null,
): D {
  if (!lens || display.hidden) return display;
  if (lens.has(node)) {
    if ((display.zIndex ?? 0) < 2) display.zIndex = 2;
    return display;
  }
  if (display.highlighted) return display; // the selection stays drawn
  display.color = MAP_COLORS.faded;
  display.label = '';
  display.zIndex = 0;
  return display;
}
