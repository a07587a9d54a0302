// The accessible alternative to the canvas: a table of the visible nodes (title, kind, links), most
// connected first, in pages of LIST_PAGE rows. Picking a row selects the node; the selected row follows
// the map's selection (scrolled into view) and the keyboard cursor is marked too.
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../../i18n';
import type { LandscapeGraph } from '../../../map/landscape';
import { KindDot } from '../../../ui/KindBadge';
import { listRows } from '../node-list';
import './navigation.css';

/** Rows drawn at first and per "show more": a 100k-node map must not put 100k rows in the page. */
export const LIST_PAGE = 200;

interface Props {
  graph: LandscapeGraph;
  /** Changes with the graph's structure. */
  revision: number;
  visibleNodes: ReadonlySet<string>;
  selected: string | null;
  cursor: string | null;
  onSelect: (nodeId: string) => void;
  /** Takes the place of the map (else it sits beside it). */
  alone: boolean;
}

export function NodeList({ graph, revision, visibleNodes, selected, cursor, onSelect, alone }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  // biome-ignore lint/correctness/useExhaustiveDependencies: `revision` stands for the graph's content (labels too).
  const rows = useMemo(() => listRows(graph, visibleNodes, lang), [graph, visibleNodes, lang, revision]);
  const [limit, setLimit] = useState(LIST_PAGE);
  const selectedRow = useRef<HTMLTableRowElement>(null);

  const selectedIndex = selected === null ? -1 : rows.findIndex((row) => row.id === selected);
  // A selection further down than the rows drawn: draw down to it.
  const shown = Math.max(limit, selectedIndex + 1);
  useEffect(() => {
    if (selected !== null) selectedRow.current?.scrollIntoView({ block: 'nearest' });
  }, [selected]);

  const more = Math.min(LIST_PAGE, rows.length - shown);
  return (
    <section
      className={`node-list${alone ? ' node-list--alone' : ''}`}
      data-testid="node-list"
      aria-labelledby="node-list-title"
    >
      <h2 id="node-list-title" className="node-list__title">
        {t('nav.list.title')}
      </h2>
      <p className="node-list__help">{t('nav.keyboardHelp')}</p>
      {rows.length === 0 ? (
        <p className="panel__note">{t('nav.list.empty')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('nav.list.name')}</th>
              <th scope="col">{t('nav.list.kind')}</th>
              <th scope="col" className="node-list__degree">
                {t('nav.list.degree')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, shown).map((row) => (
              <tr
                key={row.id}
                ref={row.id === selected ? selectedRow : undefined}
                data-testid="node-list-row"
                data-node-id={row.id}
                aria-current={row.id === selected ? 'true' : undefined}
                className={row.id === cursor ? 'node-list__row--cursor' : undefined}
              >
                <th scope="row">
                  <button type="button" className="node-list__pick" onClick={() => onSelect(row.id)}>
                    {row.label}
                  </button>
                </th>
                <td>
                  <span className="node-list__kind">
                    <KindDot kind={row.kind} />
                    {t(`kinds.${row.kind}`)}
                  </span>
                </td>
                <td className="node-list__degree">{row.degree}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {more > 0 && (
        <button type="button" className="button node-list__more" onClick={() => setLimit(shown + LIST_PAGE)}>
          {t('nav.list.more', { count: more })}
        </button>
      )}
    </section>
  );
}
