// Provides the contribution context (state/contribute/context.ts) to the page: who is logged in (asked at
// start and after login, register, logout), which dialog is open (a visitor is sent to log in first), and
// how a created, changed or deleted node reaches the map (fetched with its neighbourhood, then selected),
// and how the map follows a revert (state/contribute/revert-on-map.ts).
import { type ReactNode, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Me } from '../../../../shared/auth';
import type { RevertResponse } from '../../../../shared/history';
import type { Lang } from '../../../../shared/vocabulary';
import { fetchMe } from '../../api/auth';
import { fetchNeighborhood } from '../../api/endpoints';
import { type Contribute, ContributeContext } from '../../state/contribute/context';
import { closeStep, type DialogState, NO_DIALOG, openStep } from '../../state/contribute/flow';
import type { ContributeRequest } from '../../state/contribute/index';
import { revertOnMap } from '../../state/contribute/revert-on-map';
import { addEdge, dropEdge, dropNode, mergeNeighbourhood } from '../../state/contribute/show-node';
import type { LandscapeGraph } from '../../state/landscape';

interface Props {
  graph: LandscapeGraph;
  lang: Lang;
  /** Selects a node through the view state (panel, URL, camera follow). */
  selectNode: (nodeId: string) => void;
  clearSelection: () => void;
  selectedId: string | null;
  /**
   * Someone logged in or out (not the first answer at start): what the reader may see changed, so the
   * landscape is loaded again (members see `members` nodes, authors their private ones).
   */
  onAccountChange?: () => void;
  /** Embedded pages are read-only: nothing opens. */
  readOnly?: boolean;
  children: ReactNode;
}

const SHOW_LIMIT = 200;

export function ContributeProvider({
  graph,
  lang,
  selectNode,
  clearSelection,
  selectedId,
  readOnly = false,
  onAccountChange,
  children,
}: Props) {
  const [me, setMe] = useState<Me | null | undefined>(undefined);
  const [dialogs, setDialogs] = useState<DialogState>(NO_DIALOG);
  // Read by open/close right after a login resolves, before React re-renders.
  const meNow = useRef<Me | null | undefined>(undefined);
  const dialogsNow = useRef<DialogState>(NO_DIALOG);
  const accountChanged = useRef(onAccountChange);
  accountChanged.current = onAccountChange;
  const selectedNow = useRef(selectedId);
  selectedNow.current = selectedId;

  const setDialogState = useCallback((next: DialogState) => {
    dialogsNow.current = next;
    setDialogs(next);
  }, []);

  const refreshMe = useCallback(async () => {
    let next: Me | null;
    try {
      next = await fetchMe();
    } catch {
      next = null; // the server is unreachable: act as a visitor; writes will say why they fail
    }
    const before = meNow.current;
    meNow.current = next;
    setMe(next);
    if (before !== undefined && (before?.person.id ?? null) !== (next?.person.id ?? null)) {
      accountChanged.current?.();
    }
  }, []);

  useEffect(() => {
    void refreshMe();
  }, [refreshMe]);

  const open = useCallback(
    (request: ContributeRequest) => {
      if (readOnly) return;
      setDialogState(openStep(dialogsNow.current, request, meNow.current));
    },
    [readOnly, setDialogState],
  );

  const close = useCallback(
    () => setDialogState(closeStep(dialogsNow.current, meNow.current)),
    [setDialogState],
  );

  const showNode = useCallback(
    async (nodeId: string) => {
      const payload = await fetchNeighborhood(nodeId, { depth: 1, lang, limit: SHOW_LIMIT });
      mergeNeighbourhood(graph, payload);
      // What a person just wrote keeps its label on the map, even once another node is selected.
      if (graph.hasNode(nodeId)) graph.setNodeAttribute(nodeId, 'forceLabel', true);
      selectNode(nodeId);
    },
    [graph, lang, selectNode],
  );

  const forgetNode = useCallback(
    (nodeId: string) => {
      dropNode(graph, nodeId);
      if (selectedNow.current === nodeId) clearSelection();
    },
    [graph, clearSelection],
  );

  const followRevert = useCallback(
    async (revert: RevertResponse) => {
      const changes = (revert.actionEvents.length > 0 ? revert.actionEvents : [revert]).map(revertOnMap);
      const shown = changes.flatMap((change) => (change.do === 'show-node' ? [change.node] : []));
      for (const change of changes) {
        if (change.do === 'drop-edge') dropEdge(graph, change.edge);
        if (change.do === 'drop-node') forgetNode(change.node);
        // a node back on the map: with its neighbourhood; the action's last one is selected, below
        if (change.do === 'show-node' && change.node !== shown.at(-1))
          mergeNeighbourhood(
            graph,
            await fetchNeighborhood(change.node, { depth: 1, lang, limit: SHOW_LIMIT }),
          );
        if (change.do === 'add-edge' && addEdge(graph, change.edge) === 'missing-end') {
          // One end is not on the map (a truncated landscape): bring it with the other end's neighbourhood.
          const { source, target } = change.edge;
          const onMap = graph.hasNode(source) ? source : graph.hasNode(target) ? target : null;
          if (onMap)
            mergeNeighbourhood(graph, await fetchNeighborhood(onMap, { depth: 1, lang, limit: SHOW_LIMIT }));
        }
      }
      const last = shown.at(-1);
      if (last) await showNode(last);
    },
    [graph, lang, showNode, forgetNode],
  );

  const value = useMemo<Contribute>(
    () => ({ me, refreshMe, open, close, showNode, forgetNode, followRevert, current: dialogs.current }),
    [me, refreshMe, open, close, showNode, forgetNode, followRevert, dialogs.current],
  );
  return <ContributeContext.Provider value={value}>{children}</ContributeContext.Provider>;
}
