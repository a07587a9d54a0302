// The selected node's neighbours, one heading per relation and direction; a click selects a neighbour.
import { useTranslation } from 'react-i18next';
import type { RelationSummary } from '../../../shared/api';
import type { Lang } from '../../../shared/vocabulary';
import { groupRelations, type Neighbour } from '../state/node-details';
import { KindDot } from './KindBadge';

interface Props {
  relations: readonly RelationSummary[];
  lang: Lang;
  onSelect: (nodeId: string) => void;
}

function Qualifier({ neighbour }: { neighbour: Neighbour }) {
  const { t } = useTranslation();
  if (neighbour.role) return <span className="neighbour__tag">{t(`roles.${neighbour.role}`)}</span>;
  if (neighbour.stance) return <span className="neighbour__tag">{t(`stances.${neighbour.stance}`)}</span>;
  return null;
}

export function RelationGroups({ relations, lang, onSelect }: Props) {
  const { t } = useTranslation();
  const groups = groupRelations(relations, lang);
  return (
    <section className="relations" aria-labelledby="relations-title">
      <h3 id="relations-title" className="relations__title">
        {t('panel.relations')}
      </h3>
      {groups.length === 0 && <p className="panel__note">{t('panel.noRelations')}</p>}
      {groups.map((group) => (
        <div
          key={`${group.relation}:${group.direction}`}
          className="relations__group"
          data-relation={group.relation}
        >
          <h4>{t(`relations.${group.relation}.${group.direction}`)}</h4>
          <ul>
            {group.neighbours.map((neighbour) => (
              <li key={neighbour.linkId}>
                <button type="button" className="neighbour" onClick={() => onSelect(neighbour.id)}>
                  <KindDot kind={neighbour.kind} />
                  <span className="neighbour__title">{neighbour.title}</span>
                  <Qualifier neighbour={neighbour} />
                </button>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
