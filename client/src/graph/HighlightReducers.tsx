// Renders nothing: sets sigma's node and edge reducers from the selection and the hovered node, so the
// highlight changes what is drawn without touching the graph.
import { useEffect, useState } from 'react';
import { type Highlight, highlightOf } from '../state/selection';
import { useSigma } from './context';
import { edgeDisplay, type NodeView, nodeDisplay } from './reducers';

interface Props {
  selected: string | null;
  /** Colour and size of each node by the current appearance (the painter's style). */
  style?: NodeView['style'];
  /** Changes when a new landscape is imported: the highlight is computed again on it. */
  loaded: object | null;
}

export function HighlightReducers({ selected, style, loaded }: Props) {
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
    const highlight: Highlight | null = highlightOf(graph, selected ?? hovered);
    const view: NodeView = { highlight, selected, hovered, style };
    sigma.setSetting('nodeReducer', (node, data) => nodeDisplay(node, data, view));
    sigma.setSetting('edgeReducer', (edge, data) => edgeDisplay(edge, data, highlight));
  }, [sigma, selected, hovered, style, loaded]);

  return null;
}
