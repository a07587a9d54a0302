// The selected node's neighbours in its kind's sections (lineage, seeds, people, stances…), each group
// under its heading; a click on a neighbour selects it. Empty sections never reach here.
import { useTranslation } from 'react-i18next';
import { KindDot } from '../../ui/KindBadge';
import type { Neighbour, PanelGroup, PanelSection } from './node-details';

interface Props {
  sections: readonly PanelSection[];
  onSelect: (nodeId: string) => void;
}

function Tags({ neighbour }: { neighbour: Neighbour }) {
  const { t } = useTranslation();
  return (
    <>
      {neighbour.role && <span className="neighbour__tag">{t(`roles.${neighbour.role}`)}</span>}
      {neighbour.stance && <span className="neighbour__tag">{t(`stances.${neighbour.stance}`)}</span>}
      {neighbour.featured && <span className="neighbour__tag">{t('nodePanel.featured')}</span>}
    </>
  );
}

function GroupTitle({ group }: { group: PanelGroup }) {
  const { t } = useTranslation();
  if (!group.title) return null;
  const text =
    'group' in group.title
      ? t(`nodePanel.groups.${group.title.group}`)
      : t(`relations.${group.title.relation}.${group.title.direction}`);
  return <h4 className="panel-group__title">{text}</h4>;
}

function Group({ group, onSelect }: { group: PanelGroup; onSelect: Props['onSelect'] }) {
  return (
    <div className="panel-group" data-group={group.id}>
      <GroupTitle group={group} />
      <ul>
        {group.neighbours.map((neighbour) => (
          <li key={neighbour.linkId}>
            <button
              type="button"
              className="neighbour"
              data-testid="panel-neighbour"
              data-node-id={neighbour.id}
              onClick={() => onSelect(neighbour.id)}
            >
              <KindDot kind={neighbour.kind} />
              <span className="neighbour__title">{neighbour.title}</span>
              <Tags neighbour={neighbour} />
            </button>
            {neighbour.statement && <q className="neighbour__statement">{neighbour.statement}</q>}
          </li>
        ))}
      </ul>
    </div>
  );
}

export function PanelSections({ sections, onSelect }: Props) {
  const { t } = useTranslation();
  if (sections.length === 0) return <p className="panel__note">{t('panel.noRelations')}</p>;
  return (
    <div className="panel-sections">
      {sections.map((section) => (
        <section
          key={section.id}
          className="panel-section"
          data-testid="panel-section"
          data-section={section.id}
          aria-labelledby={`panel-section-${section.id}`}
        >
          <h3 id={`panel-section-${section.id}`} className="panel-section__title">
            {t(`nodePanel.sections.${section.id}`)}
          </h3>
          {section.groups.map((group) => (
            <Group key={group.id} group={group} onSelect={onSelect} />
          ))}
        </section>
      ))}
    </div>
  );
}
