// The node's access card: who can see it, who can edit it, and why I can or cannot (the open-process
// rule), in plain words, from the `access` of GET /api/nodes/:id.
import { useTranslation } from 'react-i18next';
import type { Access } from '../../../../shared/access';
import { useLang } from '../../i18n';
import { accessLines } from '../../state/access-card';

export function AccessCard({ access }: { access: Access }) {
  const { t } = useTranslation();
  const lang = useLang();
  const lines = accessLines(access);
  const editors = new Intl.ListFormat(lang, { type: 'conjunction' }).format(
    lines.editors.map((role) => t(`contribute.access.editors.${role}`)),
  );
  return (
    <section
      className="access-card"
      data-testid="access-card"
      data-visibility={access.visibility}
      data-because={access.because}
      aria-label={t('contribute.access.title')}
    >
      <h3 className="panel-section__title">{t('contribute.access.title')}</h3>
      <p data-testid="access-see">{t(`contribute.access.see.${lines.see}`)}</p>
      <p data-testid="access-editors">
        {t('contribute.access.editIntro')} {editors}.
      </p>
      <p className="access-card__you" data-testid="access-because">
        {t(`contribute.access.because.${lines.because}`)}
      </p>
      <p className="access-card__rule">{t('contribute.access.rule')}</p>
    </section>
  );
}
