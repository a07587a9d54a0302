// The page's shareable view as React state, started from the view the URL described: the selection, the
// filters, the list display, the appearance modes and the settled camera. `currentView` puts it back
// together (with the page's language and the expansions, kept by features/explore/expansion) for the URL.
import { useCallback, useState } from 'react';
import type { Lang } from '../../../../../shared/vocabulary';
import type { Appearance } from '../../appearance';
import type { ExpansionEntry } from '../expansion/types';
import type { Filters } from '../filters';
import { type Selection, type SelectionOrigin, select } from '../selection';
import type { CameraView, DisplayMode, View } from './types';

export function useViewState(initial: View) {
  const [selection, setSelection] = useState<Selection | null>(
    initial.node === null ? null : select(initial.node, 'url'),
  );
  const [filters, setFilters] = useState<Filters>(initial.filters);
  const [display, setDisplay] = useState<DisplayMode>(initial.display);
  const [appearance, setAppearance] = useState<Appearance>({
    colorBy: initial.color,
    sizeBy: initial.size,
  });
  const [camera, setCamera] = useState<CameraView | null>(initial.camera);

  const selectNode = useCallback(
    (nodeId: string, origin: SelectionOrigin) => setSelection(select(nodeId, origin)),
    [],
  );
  const clearSelection = useCallback(() => setSelection(null), []);

  return {
    selection,
    selectNode,
    clearSelection,
    filters,
    setFilters,
    display,
    setDisplay,
    appearance,
    setAppearance,
    camera,
    setCamera,
    /** Fixed for the page's life. */
    embed: initial.embed,
    max: initial.max,
  };
}

export type ViewState = ReturnType<typeof useViewState>;

export function currentView(state: ViewState, lang: Lang, expanded: readonly ExpansionEntry[]): View {
  return {
    node: state.selection?.nodeId ?? null,
    expanded,
    filters: state.filters,
    camera: state.camera,
    lang,
    embed: state.embed,
    color: state.appearance.colorBy,
    size: state.appearance.sizeBy,
    display: state.display,
    max: state.max,
    time: null, // the time slider's day: App puts it (features/time)
  };
}
