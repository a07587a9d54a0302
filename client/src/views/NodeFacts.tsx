// A node's own content in the panel: status, resource type, link, and its texts as plain text.
import { useTranslation } from 'react-i18next';
import type { NodeView } from '../../../shared/entities';
import type { Lang } from '../../../shared/vocabulary';
import { fr } from '../i18n/fr';
import { localized, toPlainText } from '../state/node-details';

const isKnown = <T extends object>(table: T, key: string | undefined): key is Extract<keyof T, string> =>
  key !== undefined && Object.hasOwn(table, key);

/** Only http(s) addresses become links (a stored url could be anything). */
const safeHref = (url: string | undefined): string | null => (url && /^https?:\/\//i.test(url) ? url : null);

export function NodeFacts({ node, lang }: { node: NodeView; lang: Lang }) {
  const { t } = useTranslation();
  const texts = (['summary', 'purpose', 'bio', 'body'] as const)
    .map((field) => [field, localized(node, field, lang)] as const)
    .filter((entry): entry is readonly [(typeof entry)[0], string] => Boolean(entry[1]?.trim()));
  const href = safeHref(node.url);

  return (
    <div className="panel__facts">
      <dl className="facts">
        {node.status && (
          <>
            <dt>{t('panel.status')}</dt>
            <dd data-status={node.status}>
              {isKnown(fr.statuses, node.status) ? t(`statuses.${node.status}`) : node.status}
            </dd>
          </>
        )}
        {isKnown(fr.resourceKinds, node.resourceKind) && (
          <>
            <dt>{t('panel.resourceKind')}</dt>
            <dd>{t(`resourceKinds.${node.resourceKind}`)}</dd>
          </>
        )}
      </dl>
      {href && (
        <p className="panel__link">
          <a href={href} target="_blank" rel="noopener noreferrer">
            {t('panel.openLink')} ↗
          </a>
          <span className="panel__url">{href}</span>
        </p>
      )}
      {texts.map(([field, text]) => (
        <p key={field} className={`panel__text panel__text--${field}`}>
          {toPlainText(text)}
        </p>
      ))}
    </div>
  );
}
