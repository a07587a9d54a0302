// A node's own content in the panel: status, resource type, credit, licence, skills, its safe link, and its
// texts (summary, purpose, bio, body, a community's rules, a seed's context document) as safe markdown.
import { useTranslation } from 'react-i18next';
import type { NodeView } from '../../../../shared/entities';
import type { Lang } from '../../../../shared/vocabulary';
import {
  isOneOf,
  questionStatusSchema,
  resourceKindSchema,
  seedStatusSchema,
} from '../../../../shared/vocabulary';
import { MarkdownText } from '../../ui/markdown/MarkdownText';
import { localized, safeLinkHref } from './node-details';

// The statuses and resource kinds the texts name (the vocabulary's own lists, so no language is needed).
const STATUSES = [...questionStatusSchema.options, ...seedStatusSchema.options];
const RESOURCE_KINDS = resourceKindSchema.options;

const present = (text: string | undefined): text is string => Boolean(text?.trim());

function Facts({ node }: { node: NodeView }) {
  const { t } = useTranslation();
  const skills = node.skills?.filter(present) ?? [];
  return (
    <dl className="facts">
      {node.status && (
        <>
          <dt>{t('panel.status')}</dt>
          <dd data-status={node.status}>
            {isOneOf(STATUSES, node.status) ? t(`statuses.${node.status}`) : node.status}
          </dd>
        </>
      )}
      {isOneOf(RESOURCE_KINDS, node.resourceKind) && (
        <>
          <dt>{t('panel.resourceKind')}</dt>
          <dd>{t(`resourceKinds.${node.resourceKind}`)}</dd>
        </>
      )}
      {present(node.credit) && (
        <>
          <dt>{t('nodePanel.credit')}</dt>
          <dd>{node.credit}</dd>
        </>
      )}
      {present(node.license) && (
        <>
          <dt>{t('nodePanel.license')}</dt>
          <dd>{node.license}</dd>
        </>
      )}
      {skills.length > 0 && (
        <>
          <dt>{t('nodePanel.skills')}</dt>
          <dd>{skills.join(', ')}</dd>
        </>
      )}
    </dl>
  );
}

export function NodeFacts({ node, lang }: { node: NodeView; lang: Lang }) {
  const { t } = useTranslation();
  const texts = (['summary', 'purpose', 'bio', 'body'] as const)
    .map((field) => [field, localized(node, field, lang)] as const)
    .filter((entry): entry is readonly [(typeof entry)[0], string] => present(entry[1]));
  const rules = localized(node, 'rules', lang);
  const href = safeLinkHref(node.url);

  return (
    <div className="panel__facts">
      <Facts node={node} />
      {href && (
        <p className="panel__link">
          <a href={href} target="_blank" rel="noopener noreferrer nofollow" data-testid="node-link">
            {t('panel.openLink')} ↗
          </a>
          <span className="panel__url">{href}</span>
        </p>
      )}
      {texts.map(([field, text]) => (
        <MarkdownText key={field} text={text} className={`panel__text panel__text--${field}`} />
      ))}
      {present(rules) && (
        <section className="panel__subtext">
          <h3 className="panel-section__title">{t('nodePanel.rules')}</h3>
          <MarkdownText text={rules} className="panel__text" />
        </section>
      )}
      {present(node.context) && (
        <section className="panel__subtext">
          <h3 className="panel-section__title">{t('nodePanel.context')}</h3>
          <MarkdownText text={node.context} className="panel__text" />
        </section>
      )}
    </div>
  );
}
