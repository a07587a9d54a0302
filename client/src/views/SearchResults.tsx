// The search drop-down: the hits (kind, title, excerpt as plain text), or searching / no result / failure.
import { useTranslation } from 'react-i18next';
import type { SearchHit } from '../../../shared/api';
import type { Loadable } from '../state/loadable';
import { KindDot } from './KindBadge';

interface Props {
  listId: string;
  query: string;
  results: Loadable<SearchHit[]>;
  active: number;
  onPick: (hit: SearchHit) => void;
}

export function SearchResults({ listId, query, results, active, onPick }: Props) {
  const { t } = useTranslation();
  let note: string | null = null;
  if (results.status === 'idle' || results.status === 'loading') note = t('search.searching');
  else if (results.status === 'error') note = t(`errors.${results.error.code}`);
  else if (results.data.length === 0) note = t('search.empty', { query });
  const hits = results.status === 'ready' ? results.data : [];

  return (
    <div className="search__dropdown">
      <div id={listId} className="search__hits" role="listbox" aria-label={t('search.results')}>
        {hits.map((hit, index) => (
          // Options are chosen with the keyboard from the combobox input (arrows + Enter), as ARIA intends.
          // biome-ignore lint/a11y/useKeyWithClickEvents: the input handles the keys for the whole list
          <div
            key={hit.id}
            id={`${listId}-${index}`}
            role="option"
            tabIndex={-1}
            aria-selected={index === active}
            className="search__hit"
            data-testid="search-hit"
            data-node-id={hit.id}
            onMouseDown={(event) => event.preventDefault()} // keep the focus in the input
            onClick={() => onPick(hit)}
          >
            <span className="search__hit-title">
              <KindDot kind={hit.kind} />
              {hit.title}
            </span>
            {hit.snippet && <span className="search__hit-snippet">{hit.snippet}</span>}
          </div>
        ))}
      </div>
      {note && (
        <p className="search__note" role="status">
          {note}
        </p>
      )}
    </div>
  );
}
