// Provides the contribution context (state/contribute/context.ts) to the page: who is logged in (asked at
// start and after login, register, logout), which dialog is open (a visitor is sent to log in first), and
// how a created, changed or deleted node reaches the map (fetched with its neighbourhood, then selected).
import { type ReactNode, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Me } from '../../../../shared/auth';
import type { Lang } from '../../../../shared/vocabulary';
import { fetchMe } from '../../api/auth';
import { fetchNeighborhood } from '../../api/endpoints';
import { type Contribute, ContributeContext } from '../../state/contribute/context';
import { closeStep, type DialogState, NO_DIALOG, openStep } from '../../state/contribute/flow';
import type { ContributeRequest } from '../../state/contribute/index';
import { dropNode, mergeNeighbourhood } from '../../state/contribute/show-node';
import type { LandscapeGraph } from '../../state/landscape';

interface Props {
  graph: LandscapeGraph;
  lang: Lang;
  /** Selects a node through the view state (panel, URL, camera follow). */
  selectNode: (nodeId: string) => void;
  clearSelection: () => void;
  selectedId: string | null;
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
  children,
}: Props) {
  const [me, setMe] = useState<Me | null | undefined>(undefined);
  const [dialogs, setDialogs] = useState<DialogState>(NO_DIALOG);
  // Read by open/close right after a login resolves, before React re-renders.
  const meNow = useRef<Me | null | undefined>(undefined);
  const dialogsNow = useRef<DialogState>(NO_DIALOG);
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
    meNow.current = next;
    setMe(next);
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

  const value = useMemo<Contribute>(
    () => ({ me, refreshMe, open, close, showNode, forgetNode, current: dialogs.current }),
    [me, refreshMe, open, close, showNode, forgetNode, dialogs.current],
  );
  return <ContributeContext.Provider value={value}>{children}</ContributeContext.Provider>;
}
