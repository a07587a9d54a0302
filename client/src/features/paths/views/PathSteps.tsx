// One shortest path told step by step: each node (clickable: selects it; flagged when the map does not
// show it) and, between two nodes, the relationship in words in its real direction.
import { useTranslation } from 'react-i18next';
import { useLang } from '../../../i18n';
import { shortLabel } from '../../../map/sigma/reducers';
import { KindDot } from '../../../ui/KindBadge';
import { asVerb, nodesNotOnMap, type Path, pathSteps } from '..';

/** Titles inside a sentence are cut a little longer than map labels; the node rows show them whole. */
const STEP_TITLE_LENGTH = 48;

interface Props {
  path: Path;
  isOnMap: (nodeId: string) => boolean;
  onSelect: (nodeId: string) => void;
}

export function PathSteps({ path, isOnMap, onSelect }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const steps = pathSteps(path);
  const offMap = new Set(nodesNotOnMap(path, isOnMap));
  return (
    <ol className="path-walk">
      {/* A shortest path never passes a node twice: its ids are unique keys. */}
      {path.nodes.map((node, i) => {
        const step = steps[i];
        return (
          <li key={node.id} className="path-walk__item">
            <button
              type="button"
              className="row-button path-walk__node"
              data-testid="path-node"
              data-node-id={node.id}
              onClick={() => onSelect(node.id)}
            >
              <KindDot kind={node.kind} />
              <span className="path-walk__title">{node.title}</span>
              {offMap.has(node.id) && <span className="path-walk__tag">{t('paths.notOnMap')}</span>}
            </button>
            {step && (
              <p
                className="path-walk__step"
                data-testid="path-step"
                data-relation={step.relation}
                data-forward={String(step.forward)}
              >
                {t('paths.step', {
                  source: shortLabel(step.source.title, STEP_TITLE_LENGTH),
                  relation: asVerb(t(`relations.${step.relation}.out`), lang),
                  target: shortLabel(step.target.title, STEP_TITLE_LENGTH),
                })}
              </p>
            )}
          </li>
        );
      })}
    </ol>
  );
}
