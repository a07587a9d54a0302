// What a conflict view says about the change it missed, in the page's language: "Marie Curie l'a
// modifié à 14:02, pendant que vous écriviez…" (the date too when it was not today); "Semis" for what
// Semis did itself, "Quelqu'un" when that person is hidden from the reader; without a last change, the
// plain "Quelqu'un a enregistré une autre version…".
import { useTranslation } from 'react-i18next';
import type { LastChange } from '../../../../../shared/history';
import { useLang } from '../../../i18n';
import { changeMoment } from '../history-view';

export function useConflictSentence(): (lastChange: LastChange | null) => string {
  const { t } = useTranslation();
  const lang = useLang();
  return (lastChange) => {
    if (!lastChange) return t('contribute.conflict.explain', { actor: t('contribute.conflict.someone') });
    const by = lastChange.by;
    const actor =
      by?.kind === 'person'
        ? by.name
        : by?.kind === 'system'
          ? t('contribute.history.system')
          : t('contribute.conflict.someone');
    const moment = changeMoment(lastChange.at, Date.now(), lang);
    return moment.today
      ? t('contribute.conflict.explainAt', { actor, time: moment.text })
      : t('contribute.conflict.explainOn', { actor, date: moment.text });
  };
}
