// The title of a chosen path end: the map's label when the map shows the node, else its details fetched
// in the page's language (a node outside a truncated landscape).
import type { Lang } from '../../../../../shared/vocabulary';
import type { LandscapeGraph } from '../../../map/landscape';
import { KindDot } from '../../../ui/KindBadge';
import { localized } from '../../panel/node-details';
import { useNodeDetails } from '../../panel/node-details/use-node-details';

interface Props {
  nodeId: string;
  graph: LandscapeGraph;
  lang: Lang;
  testId: string;
}

export function PathEnd({ nodeId, graph, lang, testId }: Props) {
  const onMap = graph.hasNode(nodeId) ? graph.getNodeAttributes(nodeId) : null;
  const [details] = useNodeDetails(onMap ? null : nodeId, lang);
  const node = details.status === 'ready' ? details.data.node : null;
  const kind = onMap?.kind ?? node?.kind;
  const title = onMap?.label ?? (node ? localized(node, 'title', lang) : undefined) ?? '…';
  return (
    <span className="path-end" data-testid={testId} data-node-id={nodeId}>
      {kind && <KindDot kind={kind} />}
      <span className="path-end__title">{title}</span>
    </span>
  );
}
