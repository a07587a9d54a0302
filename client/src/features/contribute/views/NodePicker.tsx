// Picks the other end of a link through the full-text search, restricted to the kinds that fit; shows
// the chosen node with a button to choose again. The node the dialog started from is never offered.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchHit } from '../../../../../shared/api';
import type { Kind } from '../../../../../shared/vocabulary';
import { searchOfKinds } from '../../../api/contribute';
import { useLang } from '../../../i18n';
import { FormField } from '../../../ui/forms/FormField';
import { KindBadge } from '../../../ui/KindBadge';
import { useLoadable } from '../../../ui/loadable';
import { SEARCH_DEBOUNCE_MS, searchableQuery } from '../../explore/search';

interface Props {
  kinds: readonly Kind[];
  /** Left out of the hits (the node the dialog started from). */
  exclude?: string;
  picked: SearchHit | null;
  onPick: (hit: SearchHit | null) => void;
  label?: string;
}

export function NodePicker({ kinds, exclude, picked, onPick, label }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const [input, setInput] = useState('');
  const [query, setQuery] = useState<string | null>(null);
  useEffect(() => {
    const timer = setTimeout(() => setQuery(searchableQuery(input)), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [input]);
  const kindsKey = kinds.join(',');
  const [results] = useLoadable(query === null ? null : `${lang}:${kindsKey}:${query}`, (signal) =>
    searchOfKinds(query ?? '', kinds, lang, signal),
  );
  if (picked) {
    return (
      <div className="picker picker--picked" data-testid="link-target" data-node-id={picked.id}>
        <span className="form-field__label">{label ?? t('contribute.link.search')}</span>
        <div className="picker__chosen">
          <KindBadge kind={picked.kind} />
          <strong>{picked.title}</strong>
          <button type="button" className="button button--quiet" onClick={() => onPick(null)}>
            {t('contribute.link.change')}
          </button>
        </div>
      </div>
    );
  }
  const hits = results.status === 'ready' ? results.data.filter((hit) => hit.id !== exclude) : [];
  return (
    <div className="picker">
      <FormField
        name="search"
        type="search"
        autoComplete="off"
        testId="link-target-search"
        label={label ?? t('contribute.link.search')}
        placeholder={t('contribute.link.searchPlaceholder')}
        value={input}
        onChange={setInput}
      />
      {results.status === 'loading' && <p className="cform__note">{t('contribute.link.searching')}</p>}
      {results.status === 'ready' && hits.length === 0 && (
        <p className="cform__note">{t('contribute.link.none')}</p>
      )}
      {hits.length > 0 && (
        <ul className="picker__hits">
          {hits.map((hit) => (
            <li key={hit.id}>
              <button
                type="button"
                className="picker__hit"
                data-testid="link-target-hit"
                data-node-id={hit.id}
                onClick={() => onPick(hit)}
              >
                <KindBadge kind={hit.kind} />
                <span>{hit.title}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
