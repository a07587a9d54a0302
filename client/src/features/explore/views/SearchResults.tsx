// The search drop-down: the hits grouped by kind under a heading each (kind, title, excerpt as plain text),
// or searching / no result / failure.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchHit } from '../../../../../shared/api';
import { KindDot } from '../../../ui/KindBadge';
import type { Loadable } from '../../../ui/loadable';
import type { HitGroup } from '../search/groups';
import './navigation.css';

interface Props {
  listId: string;
  query: string;
  results: Loadable<SearchHit[]>;
  groups: HitGroup[];
  /** Index of the active hit in the groups' flattened order. */
  active: number;
  onPick: (hit: SearchHit) => void;
}

export function SearchResults({ listId, query, results, groups, active, onPick }: Props) {
  const { t } = useTranslation();
  useEffect(() => {
    if (active >= 0) document.getElementById(`${listId}-${active}`)?.scrollIntoView({ block: 'nearest' });
  }, [listId, active]);

  let note: string | null = null;
  if (results.status === 'idle' || results.status === 'loading')
    note = groups.length ? null : t('search.searching');
  else if (results.status === 'error') note = t(`errors.${results.error.code}`);
  else if (groups.length === 0) note = t('search.empty', { query });

  return (
    <div className="search__dropdown" data-testid="search-results" data-query={query}>
      <div id={listId} className="search__hits" role="listbox" aria-label={t('search.results')}>
        {groups.map((group) => (
          // A listbox's option groups are role="group" (WAI-ARIA listbox pattern); a fieldset is no option group.
          // biome-ignore lint/a11y/useSemanticElements: see above
          <div
            key={group.kind}
            role="group"
            className="search__group"
            aria-labelledby={`${listId}-${group.kind}`}
            data-testid="search-group"
            data-kind={group.kind}
          >
            <div role="presentation" id={`${listId}-${group.kind}`} className="search__group-title">
              {t(`nav.kindGroups.${group.kind}`)}
            </div>
            {group.hits.map(({ hit, index }) => (
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
