// The search box: the map's matching nodes at once and the full-text search as one types, hits in a
// drop-down list grouped by kind (ARIA combobox with a grouped listbox); Enter or a click picks a hit (the map flies to it and the panel opens), the
// arrows move through the hits across the groups, Escape closes the list. The picked title follows a
// language switch (the map relabels in place), and a clear button empties the box (the browser's own
// search-field cross overlapped the text).
import { type KeyboardEvent, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchHit } from '../../../../../shared/api';
import { useLang } from '../../../i18n';
import type { LandscapeGraph } from '../../../map/landscape';
import { hitToPick, moveActive, searchableQuery } from '../search';
import { groupHitsByKind } from '../search/groups';
import { useSearch } from '../search/use-search';
import { SearchResults } from './SearchResults';

interface Props {
  onPick: (hit: SearchHit) => void;
  /** The map's graph, for instant suggestions; `revision` changes with its content. */
  graph: LandscapeGraph | null;
  revision: number;
}

export function SearchBox({ onPick, graph, revision }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const listId = useId();
  const [input, setInput] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [pendingEnter, setPendingEnter] = useState(false);
  /** The hit last picked and the title it put in the box, so a language switch can retitle it. */
  const [picked, setPicked] = useState<{ id: string; title: string } | null>(null);
  const { results, hits: shownHits, query, settled } = useSearch(input, lang, graph, revision);
  // The groups' order is the order the arrows follow and Enter picks from.
  const { groups, ordered: hits } = groupHitsByKind(shownHits);

  const pick = (hit: SearchHit) => {
    onPick(hit);
    setInput(hit.title);
    setPicked({ id: hit.id, title: hit.title });
    setOpen(false);
    setPendingEnter(false);
  };

  // Enter pressed before the hits of what was typed arrived: pick the first one when they do.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the search settles, with that render's hits.
  useEffect(() => {
    if (!pendingEnter || !settled) return;
    setPendingEnter(false);
    if (hits[0]) pick(hits[0]);
  }, [pendingEnter, settled]);

  // The map's labels changed (a language switch): the box, if it still shows the picked title, follows.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the labels change, not on each keystroke.
  useEffect(() => {
    if (!picked || !graph?.hasNode(picked.id)) return;
    const label = String(graph.getNodeAttribute(picked.id, 'label'));
    if (label === picked.title) return;
    setInput((current) => (current === picked.title ? label : current));
    setPicked({ id: picked.id, title: label });
  }, [revision, lang]);

  const clear = () => {
    setInput('');
    setPicked(null);
    setActive(-1);
    setPendingEnter(false);
    document.getElementById(`${listId}-input`)?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      setActive((current) => moveActive(current, event.key === 'ArrowDown' ? 1 : -1, hits.length));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      // The highlighted hit is what the visitor sees; without one, the first hit of what was typed.
      const hit = hits[hitToPick(active, hits.length)];
      if (hit && (settled || active >= 0)) pick(hit);
      else if (!settled) setPendingEnter(true);
    } else if (event.key === 'Escape' && open) {
      event.stopPropagation(); // closes the list, not the node panel
      setOpen(false);
    }
  };

  const expanded = open && searchableQuery(input) !== null;
  const activeHit = hits[active];
  return (
    <div className="search">
      <label className="visually-hidden" htmlFor={`${listId}-input`}>
        {t('search.label')}
      </label>
      <input
        id={`${listId}-input`}
        className="search__input"
        data-testid="search-input"
        type="search"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        placeholder={t('search.placeholder')}
        value={input}
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={activeHit ? `${listId}-${active}` : undefined}
        onChange={(event) => {
          setInput(event.target.value);
          setOpen(true);
          setActive(-1);
          setPendingEnter(false);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      {input !== '' && (
        <button
          type="button"
          className="search__clear"
          data-testid="search-clear"
          aria-label={t('search.clear')}
          onMouseDown={(event) => event.preventDefault()}
          onClick={clear}
        >
          ×
        </button>
      )}
      {expanded && (
        <SearchResults
          listId={listId}
          query={query ?? ''}
          results={results}
          groups={groups}
          active={active}
          onPick={pick}
        />
      )}
    </div>
  );
}
