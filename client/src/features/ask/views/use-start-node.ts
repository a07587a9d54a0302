// The node an ask or grow action starts from (the selected node), fetched for its kind and title:
// undefined while loading, null when there is none or it cannot be read.
import { useEffect, useState } from 'react';
import type { Lang } from '../../../../../shared/vocabulary';
import { isAbort } from '../../../api/errors';
import { readNode } from '../../panel/node-details/read-node';
import type { StartNode } from '..';

export function useStartNode(nodeId: string | undefined, lang: Lang): StartNode | null | undefined {
  const [node, setNode] = useState<StartNode | null | undefined>(nodeId ? undefined : null);
  useEffect(() => {
    if (!nodeId) {
      setNode(null);
      return;
    }
    const controller = new AbortController();
    readNode(nodeId, lang, controller.signal)
      .then(({ node: n }) =>
        setNode({ id: n.id, kind: n.kind, title: (lang === 'fr' ? n.title_fr : n.title_en) ?? n.title }),
      )
      .catch((error: unknown) => {
        if (!isAbort(error)) setNode(null);
      });
    return () => controller.abort();
  }, [nodeId, lang]);
  return node;
}
