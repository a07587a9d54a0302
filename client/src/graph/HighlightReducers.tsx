// Renders nothing: sets sigma's node and edge reducers from the selection, the hovered node, the keyboard
// cursor and the filters, so highlight and filtering change what is drawn without touching the graph. A
// shown path (pathDisplay.ts) is drawn on top and replaces the neighbourhood highlight while it is there.
import { useEffect, useState } from 'react';
import type { Visible } from '../state/filters';
import type { PathHighlight } from '../state/paths';
import { type Highlight, highlightOf } from '../state/selection';
import { useSigma } from './context';
import { pathEdgeDisplay, pathNodeDisplay } from './pathDisplay';
import { edgeDisplay, type NodeView, nodeDisplay } from './reducers';

interface Props {
  selected: string | null;
  /** Colour and size of each node by the current appearance (the painter's style). */
  style?: NodeView['style'];
  /** Changes when a new landscape is imported: the highlight is computed again on it. */
  loaded: object | null;
  /** What the filters leave visible (a new object when it changes, the graph's structure included). */
  visible?: Visible;
  /** The neighbour the arrow keys are on. */
  cursor?: string | null;
  /** The path shown by the path finder, if any. */
  path?: PathHighlight | null;
}

export function HighlightReducers({ selected, style, loaded, visible, cursor = null, path = null }: Props) {
  const sigma = useSigma();
  const [hovered, setHovered] = useState<string | null>(null);

  useEffect(() => {
    const enter = ({ node }: { node: string }) => setHovered(node);
    const leave = () => setHovered(null);
    sigma.on('enterNode', enter);
    sigma.on('leaveNode', leave);
    return () => {
      sigma.off('enterNode', enter);
      sigma.off('leaveNode', leave);
    };
  }, [sigma]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `loaded` marks a new graph content to highlight.
  useEffect(() => {
    const graph = sigma.getGraph();
    // The selection wins over hovering; hovering alone previews a node's neighbourhood.
    const highlight: Highlight | null = path ? null : highlightOf(graph, selected ?? hovered);
    const view: NodeView = { highlight, selected, hovered, cursor, visible: visible?.nodes, style };
    sigma.setSetting('nodeReducer', (node, data) =>
      pathNodeDisplay(node, data, nodeDisplay(node, data, view), path),
    );
    sigma.setSetting('edgeReducer', (edge, data) =>
      pathEdgeDisplay(edge, edgeDisplay(edge, data, highlight, visible?.edges), path),
    );
  }, [sigma, selected, hovered, style, loaded, visible, cursor, path]);

  // The frame that first shows a new selection is marked for the client benchmark (bench/client-bench.ts).
  useEffect(() => {
    if (selected === null) return;
    const mark = () => performance.mark('semis:highlight');
    sigma.once('afterRender', mark);
    return () => {
      sigma.off('afterRender', mark);
    };
  }, [sigma, selected]);

  return null;
}
