// The filters beside the map: node kinds, relations, stances, communities of interest and "hide isolated
// nodes", as labelled checkboxes (ticked: shown); each with how many the map has. Only the relations and
// stances the map has are offered (and any hidden by the URL). "Show everything" resets.
import { type ReactNode, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { KINDS, RELATIONS, stanceSchema } from '../../../../../shared/vocabulary';
import { useLang } from '../../../i18n';
import { countByKind, type LandscapeGraph } from '../../../map/landscape';
import { KindDot } from '../../../ui/KindBadge';
import { communitiesOf, edgeCounts, type Filters, isFiltering, NO_FILTERS, toggled } from '../filters';
import './navigation.css';

interface Props {
  id: string;
  graph: LandscapeGraph;
  /** Changes with the graph's structure. */
  revision: number;
  filters: Filters;
  onChange: (filters: Filters) => void;
  onClose: () => void;
}

function Check(props: {
  testId: string;
  checked: boolean;
  onChange: (on: boolean) => void;
  children: ReactNode;
  count?: number;
}) {
  return (
    <label className="filter-check">
      <input
        type="checkbox"
        data-testid={props.testId}
        checked={props.checked}
        onChange={(event) => props.onChange(event.target.checked)}
      />
      <span className="filter-check__label">{props.children}</span>
      {props.count !== undefined && <span className="filter-check__count">{props.count}</span>}
    </label>
  );
}

export function FilterPanel({ id, graph, revision, filters, onChange, onClose }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  // biome-ignore lint/correctness/useExhaustiveDependencies: `revision` stands for the graph's content.
  const counts = useMemo(
    () => ({ kinds: countByKind(graph), ...edgeCounts(graph), communities: communitiesOf(graph, lang) }),
    [graph, revision, lang],
  );
  const set = (changes: Partial<Filters>) => onChange({ ...filters, ...changes });
  const relations = RELATIONS.filter((r) => counts.relations[r] || filters.hiddenRelations.includes(r));
  const stances = stanceSchema.options;
  const showStances = stances.some((s) => counts.stances[s] || filters.hiddenStances.includes(s));
  const communityIds = counts.communities.map((c) => c.id);
  const strayCommunities = filters.communities.filter((c) => !communityIds.includes(c));

  return (
    <aside id={id} className="filters" data-testid="filters-panel" aria-labelledby={`${id}-title`}>
      <div className="filters__top">
        <h2 id={`${id}-title`} className="filters__title">
          {t('nav.filters.title')}
        </h2>
        <button type="button" className="close-button" onClick={onClose} aria-label={t('nav.filters.close')}>
          ×
        </button>
      </div>

      <fieldset>
        <legend>{t('nav.filters.kinds')}</legend>
        {KINDS.map((kind) => (
          <Check
            key={kind}
            testId={`filter-kind-${kind}`}
            checked={!filters.hiddenKinds.includes(kind)}
            onChange={(on) => set({ hiddenKinds: toggled(filters.hiddenKinds, kind, !on, KINDS) })}
            count={counts.kinds[kind]}
          >
            <KindDot kind={kind} />
            {t(`kinds.${kind}`)}
          </Check>
        ))}
      </fieldset>

      <Check
        testId="filter-isolated"
        checked={filters.hideIsolated}
        onChange={(on) => set({ hideIsolated: on })}
      >
        {t('nav.filters.isolated')}
      </Check>

      {(counts.communities.length > 0 || strayCommunities.length > 0) && (
        <fieldset>
          <legend>{t('nav.filters.communities')}</legend>
          <p className="filters__hint">{t('nav.filters.communitiesHint')}</p>
          {[...counts.communities, ...strayCommunities.map((c) => ({ id: c, label: c }))].map((community) => (
            <Check
              key={community.id}
              testId={`filter-community-${community.id}`}
              checked={filters.communities.includes(community.id)}
              onChange={(on) =>
                set({
                  communities: toggled(filters.communities, community.id, on, [
                    ...communityIds,
                    ...strayCommunities,
                  ]),
                })
              }
            >
              {community.label}
            </Check>
          ))}
        </fieldset>
      )}

      {showStances && (
        <fieldset>
          <legend>{t('nav.filters.stances')}</legend>
          {stances.map((stance) => (
            <Check
              key={stance}
              testId={`filter-stance-${stance}`}
              checked={!filters.hiddenStances.includes(stance)}
              onChange={(on) => set({ hiddenStances: toggled(filters.hiddenStances, stance, !on, stances) })}
              count={counts.stances[stance] ?? 0}
            >
              {t(`nav.stanceNames.${stance}`)}
            </Check>
          ))}
        </fieldset>
      )}

      <fieldset>
        <legend>{t('nav.filters.relations')}</legend>
        {relations.map((relation) => (
          <Check
            key={relation}
            testId={`filter-relation-${relation}`}
            checked={!filters.hiddenRelations.includes(relation)}
            onChange={(on) =>
              set({ hiddenRelations: toggled(filters.hiddenRelations, relation, !on, RELATIONS) })
            }
            count={counts.relations[relation] ?? 0}
          >
            {t(`nav.relationNames.${relation}`)}
          </Check>
        ))}
      </fieldset>

      <button
        type="button"
        className="button filters__reset"
        data-testid="filters-reset"
        disabled={!isFiltering(filters)}
        onClick={() => onChange(NO_FILTERS)}
      >
        {t('nav.filters.reset')}
      </button>
    </aside>
  );
}
