// The ARIA live region of the map: says the selection ("Selected: “title”, question, 4 neighbours") and
// the neighbour the arrow keys are on, for people who do not see the canvas.
import { useTranslation } from 'react-i18next';
import { useLang } from '../../../i18n';
import type { LandscapeGraph } from '../../../map/landscape';
import { neighbourOrder } from '../keyboard';

interface Props {
  graph: LandscapeGraph;
  selected: string | null;
  cursor: string | null;
  visibleNodes: ReadonlySet<string>;
}

export function SelectionAnnouncer({ graph, selected, cursor, visibleNodes }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const kindOf = (node: string) => t(`kinds.${graph.getNodeAttribute(node, 'kind')}`).toLocaleLowerCase(lang);

  let message = '';
  if (selected !== null && graph.hasNode(selected)) {
    const order = neighbourOrder(graph, selected, visibleNodes, lang);
    if (cursor !== null && graph.hasNode(cursor)) {
      message = t('nav.announce.cursor', {
        position: order.indexOf(cursor) + 1,
        total: order.length,
        title: graph.getNodeAttribute(cursor, 'label'),
        kind: kindOf(cursor),
      });
    } else {
      message = t('nav.announce.selected', {
        count: order.length,
        title: graph.getNodeAttribute(selected, 'label'),
        kind: kindOf(selected),
      });
    }
  }
  return (
    <div className="visually-hidden" role="status" aria-live="polite" data-testid="live-region">
      {message}
    </div>
  );
}
