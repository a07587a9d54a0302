// Provides the contribution context (features/contribute/context.ts) to the page: who is logged in (asked at
// start and after login, register, logout), which dialog is open (a visitor is sent to log in first), and
// applyChange, through which every write's answer reaches the map (map/apply-change.ts).
import { type ReactNode, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Me } from '../../../../../shared/auth';
import type { Lang } from '../../../../../shared/vocabulary';
import { fetchMe } from '../../../api/auth';
import { fetchNeighbourhood } from '../../../api/endpoints';
import { createApplyChange } from '../../../map/apply-change';
import type { LandscapeGraph } from '../../../map/landscape';
import { forgetReadings } from '../../panel/node-details/read-node';
import { type Contribute, ContributeContext } from '../context';
import { closeStep, type DialogState, NO_DIALOG, openStep } from '../flow';
import type { ContributeRequest } from '../index';

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
      forgetReadings(); // another reader: other access cards
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

  // the map writer reads the moment's language and selection, so applyChange stays one function
  const langNow = useRef(lang);
  langNow.current = lang;
  const applyChange = useMemo(
    () =>
      createApplyChange({
        graph,
        lang: () => langNow.current,
        fetchNeighbourhood: (nodeId) =>
          fetchNeighbourhood(nodeId, { depth: 1, lang: langNow.current, limit: SHOW_LIMIT }),
        selectNode: (nodeId) => selectNow.current(nodeId),
        clearSelection: () => clearNow.current(),
        selectedId: () => selectedNow.current,
      }),
    [graph],
  );
  const selectNow = useRef(selectNode);
  selectNow.current = selectNode;
  const clearNow = useRef(clearSelection);
  clearNow.current = clearSelection;

  const value = useMemo<Contribute>(
    () => ({ me, refreshMe, open, close, applyChange, current: dialogs.current }),
    [me, refreshMe, open, close, applyChange, dialogs.current],
  );
  return <ContributeContext.Provider value={value}>{children}</ContributeContext.Provider>;
}
