// Loads the selected node and its relations in the page's language.
import type { NodeResponse } from '../../../../shared/api';
import type { Lang } from '../../../../shared/vocabulary';
import { fetchNode } from '../../api/endpoints';
import { type Loadable, useLoadable } from '../loadable';

export function useNodeDetails(nodeId: string | null, lang: Lang): [Loadable<NodeResponse>, () => void] {
  return useLoadable(nodeId === null ? null : `${nodeId}:${lang}`, (signal) =>
    fetchNode(nodeId ?? '', lang, signal),
  );
}
