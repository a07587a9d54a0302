// An event in one sentence of the page's language: "Marie a modifié le titre et le résumé"; what Semis
// does itself (a question's status following its seeds) is said "Semis a modifié le statut".
import { useTranslation } from 'react-i18next';
import { useLang } from '../../../i18n';
import type { EventSummary } from '../history-view';

export function useEventSentence(): (summary: EventSummary) => string {
  const { t } = useTranslation();
  const lang = useLang();
  const plain = t as unknown as (key: string, options?: Record<string, unknown>) => string;
  return (summary) => {
    const names = summary.changes.map((change) =>
      plain(`contribute.fieldNames.${change.field}`, { defaultValue: change.field }),
    );
    const fields =
      names.length > 0
        ? new Intl.ListFormat(lang, { type: 'conjunction' }).format(names)
        : t('contribute.fieldNames.other');
    const relation = summary.relation
      ? t(`relations.${summary.relation}.out`)
      : t('contribute.history.aLink');
    const title = summary.title
      ? t('contribute.common.quoted', { text: summary.title })
      : t('contribute.history.thisNode');
    const actor = summary.bySystem
      ? t('contribute.history.system')
      : summary.byHidden
        ? t('contribute.history.someone')
        : summary.byErased
          ? t('contribute.history.erasedPerson')
          : summary.actor;
    return t(`contribute.history.verbs.${summary.verb}`, { actor, fields, relation, title });
  };
}
