// Reverting the user action an event belongs to (from the history, or "undo my last action"), then bringing
// the panels and the map up to date from every event of the revert's answer: a link whose creation was undone
// leaves the map, one whose removal was comes back; a node whose creation was undone leaves it, one whose
// edit or deletion was is shown.
import { useCallback } from 'react';
import type { HistoryEvent, RevertResponse } from '../../../../../shared/history';
import { revertEvent } from '../../../api/contribute';
import { useContribute } from '../context';

/** Resolves to the revert's own event (the header keeps an undo's, to redo it). */
export function useRevert(): (event: HistoryEvent) => Promise<RevertResponse> {
  const { applyChange } = useContribute();
  return useCallback(
    async (event: HistoryEvent) => {
      const revert = await revertEvent(event.id);
      await applyChange({ type: 'reverted', revert });
      return revert;
    },
    [applyChange],
  );
}
