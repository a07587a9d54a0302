// Reverting an event (from the history, or "undo my last action"), then bringing the map and the panels
// up to date: a node whose creation was undone leaves the map, one whose edit or deletion was is shown.
import { useCallback } from 'react';
import type { HistoryEvent } from '../../../../shared/history';
import { revertEvent } from '../../api/contribute';
import { useContribute } from '../../state/contribute/context';
import { afterRevert } from '../../state/history-view';
import { announceChangeOfAll } from '../../state/node-changes';

export function useRevert(): (event: HistoryEvent) => Promise<void> {
  const { showNode, forgetNode } = useContribute();
  return useCallback(
    async (event: HistoryEvent) => {
      await revertEvent(event.id);
      announceChangeOfAll();
      const next = afterRevert(event);
      if (next.forget) forgetNode(next.forget);
      if (next.show) await showNode(next.show).catch(() => undefined);
    },
    [showNode, forgetNode],
  );
}
