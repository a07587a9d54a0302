// The map's keyboard path, on the whole page: with a node selected, the arrow keys move a cursor between
// its visible neighbours (clockwise from straight up: ArrowRight/ArrowDown forward, ArrowLeft/ArrowUp
// back), Enter selects the neighbour under the cursor (its panel opens), Escape drops the cursor, then
// closes what `onEscape` closes (the path box), then the selection. Keys that the focused element uses itself (text fields, selects, radios…) are left to it;
// the cursor is dropped when the focus moves or the selection changes.
import { useEffect, useRef, useState } from 'react';
import type { LandscapeGraph } from '../../../map/landscape';
import { neighbourOrder, ownsKey, stepThrough } from './index';

const FORWARD = new Set(['ArrowRight', 'ArrowDown']);
const BACKWARD = new Set(['ArrowLeft', 'ArrowUp']);

interface Options {
  graph: LandscapeGraph;
  selected: string | null;
  visibleNodes: ReadonlySet<string>;
  lang: string;
  onSelect: (nodeId: string) => void;
  onClear: () => void;
  /** Closes a layer above the selection (the path box); false when there is none open. */
  onEscape?: () => boolean;
}

/** Returns the neighbour under the cursor (null: none). */
export function useKeyboardNavigation({
  graph,
  selected,
  visibleNodes,
  lang,
  onSelect,
  onClear,
  onEscape,
}: Options): string | null {
  const [cursor, setCursor] = useState<string | null>(null);
  const latest = useRef({ graph, selected, visibleNodes, lang, onSelect, onClear, onEscape, cursor });
  latest.current = { graph, selected, visibleNodes, lang, onSelect, onClear, onEscape, cursor };

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new selection starts without a cursor.
  useEffect(() => setCursor(null), [selected]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      if (document.querySelector('dialog[open]')) return; // a modal dialog owns the keyboard (Escape closes it)
      const focused = document.activeElement === document.body ? null : document.activeElement;
      if (ownsKey(focused as HTMLElement | null, event.key)) return;
      const { graph, selected, visibleNodes, lang, onSelect, onClear, onEscape, cursor } = latest.current;
      if (event.key === 'Escape') {
        if (cursor !== null) setCursor(null);
        else if (onEscape?.()) {
          // a layer above the selection was closed
        } else if (selected !== null) onClear();
        else return;
      } else if ((FORWARD.has(event.key) || BACKWARD.has(event.key)) && selected !== null) {
        const order = neighbourOrder(graph, selected, visibleNodes, lang);
        const next = stepThrough(order, cursor, FORWARD.has(event.key) ? 1 : -1);
        if (next === null) return;
        setCursor(next);
      } else if (event.key === 'Enter' && cursor !== null) {
        onSelect(cursor);
      } else return;
      event.preventDefault();
    };
    const onFocusMoved = () => setCursor(null);
    window.addEventListener('keydown', onKeyDown);
    window.addEventListener('focusin', onFocusMoved);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      window.removeEventListener('focusin', onFocusMoved);
    };
  }, []);

  // A cursor on a node that left the map (collapsed, filtered out) is dropped.
  const valid = cursor !== null && graph.hasNode(cursor) && visibleNodes.has(cursor) ? cursor : null;
  return valid;
}
