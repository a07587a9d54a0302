// Loads the selected node and its relations in the page's language.
import type { NodeResponse } from '../../../../../shared/api';
import type { Lang } from '../../../../../shared/vocabulary';
import { type Loadable, useLoadable } from '../../../ui/loadable';
import { readNode } from './read-node';

/** `changes`: a token that changes when the node was changed through the page (features/panel/node-changes). */
export function useNodeDetails(
  nodeId: string | null,
  lang: Lang,
  changes = '',
): [Loadable<NodeResponse>, () => void] {
  return useLoadable(nodeId === null ? null : `${nodeId}:${lang}:${changes}`, (signal) =>
    readNode(nodeId ?? '', lang, signal),
  );
}
