// Renders nothing: sets sigma's node and edge reducers from the selection, the hovered node, the keyboard
// cursor and the filters, so highlight and filtering change what is drawn without touching the graph. A
// shown path (pathDisplay.ts) is drawn on top and replaces the neighbourhood highlight while it is there;
// the time slider's moment (features/time) hides or fades what did not stand then, over everything. The
// « Où aider ? » lens (features/hints) fades what needs no help.
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { Visible } from '../../features/explore/filters';
import { type Highlight, highlightOf } from '../../features/explore/selection';
import { lensNodeDisplay } from '../../features/hints/hints-display';
import type { PathHighlight } from '../../features/paths';
import { type TimeFrame, timeEdgeDisplay, timeNodeDisplay } from '../../features/time';
import { useSigma } from './context';
import { pathEdgeDisplay, pathNodeDisplay } from './path-display';
import { edgeDisplay, type NodeView, nodeDisplay } from './reducers';

/** How long the pointer rests on a node before its neighbourhood is previewed. */
export const HOVER_INTENT_MS = 150;

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
  /** The time slider's moment (features/time): what stood then, drawn over the rest. */
  time?: TimeFrame | null;
  /** The « Où aider ? » lens: the nodes that need help; the others faded. Null: no lens. */
  lens?: ReadonlySet<string> | null;
}

export function HighlightReducers({
  selected,
  style,
  loaded,
  visible,
  cursor = null,
  path = null,
  time = null,
  lens = null,
}: Props) {
  const sigma = useSigma();
  const [hovered, setHovered] = useState<string | null>(null);

  // Hovering previews a node's neighbourhood once the pointer rests on it (HOVER_INTENT_MS): a pointer
  // passing over nodes, or on its way to click one, does not redraw the whole map for each of them.
  const hoverTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  /** The hovered node as the pointer left it, for a click handled before React re-renders. */
  const hoveredNow = useRef<string | null>(null);
  useEffect(() => {
    const enter = ({ node }: { node: string }) => {
      clearTimeout(hoverTimer.current);
      hoverTimer.current = setTimeout(() => {
        hoveredNow.current = node;
        setHovered(node);
      }, HOVER_INTENT_MS);
    };
    const leave = () => {
      clearTimeout(hoverTimer.current);
      hoveredNow.current = null;
      setHovered(null);
    };
    sigma.on('enterNode', enter);
    sigma.on('leaveNode', leave);
    return () => {
      clearTimeout(hoverTimer.current);
      sigma.off('enterNode', enter);
      sigma.off('leaveNode', leave);
    };
  }, [sigma]);

  // What the reducers draw, for a selection and a hovered node, with the latest props.
  const latest = useRef({ style, visible, cursor, path, loaded, time, lens });
  latest.current = { style, visible, cursor, path, loaded, time, lens };
  /** What the reducers were last set from: the same inputs again would redraw the same map. */
  const applied = useRef<readonly unknown[]>([]);
  const apply = useCallback(
    (selectedNode: string | null, hoveredNode: string | null) => {
      const { style, visible, cursor, path, loaded, time, lens } = latest.current;
      const inputs = [sigma, selectedNode, hoveredNode, style, visible, cursor, path, loaded, time, lens];
      if (inputs.every((input, i) => input === applied.current[i])) return;
      applied.current = inputs;
      // The selection wins over hovering; hovering alone previews a node's neighbourhood.
      const graph = sigma.getGraph();
      const highlight: Highlight | null = path ? null : highlightOf(graph, selectedNode ?? hoveredNode);
      // Filters that leave everything visible need no lookup per node and per edge.
      const visibleNodes = visible && visible.nodes.size < graph.order ? visible.nodes : undefined;
      const visibleEdges = visible && visible.edges.size < graph.size ? visible.edges : undefined;
      const view: NodeView = {
        highlight,
        selected: selectedNode,
        hovered: hoveredNode,
        cursor,
        visible: visibleNodes,
        style,
      };
      // Both reducers in one call: each setting change makes sigma run every reducer over the whole graph.
      sigma.setSettings({
        nodeReducer: (node, data) =>
          timeNodeDisplay(
            node,
            pathNodeDisplay(node, data, lensNodeDisplay(node, nodeDisplay(node, data, view), lens), path),
            time,
          ),
        edgeReducer: (edge, data) =>
          timeEdgeDisplay(
            edge,
            pathEdgeDisplay(edge, edgeDisplay(edge, data, highlight, visibleEdges), path),
            time,
          ),
      });
    },
    [sigma],
  );

  // A layout effect: on a new landscape it runs before SigmaMap draws the first frame, whose synchronous
  // render then replaces the one these settings schedule (no second full render after load).
  // biome-ignore lint/correctness/useExhaustiveDependencies: these are what `apply` reads through `latest`; `loaded` marks a new graph content.
  useLayoutEffect(() => {
    apply(selected, hovered);
  }, [apply, selected, hovered, style, loaded, visible, cursor, path, time, lens]);

  // A click on a node shows its highlight at once, in sigma's own event, before the page re-renders for
  // the new selection (the panel, the list, the URL…); the effect above then sets the same reducers.
  useEffect(() => {
    const clicked = ({ node }: { node: string }) => {
      clearTimeout(hoverTimer.current);
      sigma.once('afterRender', () => performance.mark('semis:highlight')); // for bench/client-bench.ts
      apply(node, hoveredNow.current);
    };
    sigma.on('clickNode', clicked);
    return () => {
      sigma.off('clickNode', clicked);
    };
  }, [sigma, apply]);

  return null;
}
