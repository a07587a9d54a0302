// The node's access card: who can see it, who can edit it (by role, then by name for the people I may
// see), and why I can or cannot (the open-process rule), in plain words, from GET /api/nodes/:id.
import { useTranslation } from 'react-i18next';
import type { Access } from '../../../../../shared/access';
import { useLang } from '../../../i18n';
import { accessLines, peopleSentence, type Translate } from '../../panel/access-card';

export function AccessCard({ access }: { access: Access }) {
  const { t } = useTranslation();
  const lang = useLang();
  const lines = accessLines(access);
  const editors = new Intl.ListFormat(lang, { type: 'conjunction' }).format(
    lines.editors.map((role) => t(`contribute.access.editors.${role}`)),
  );
  // The typed t() knows keys without their plural suffix; the sentence builds them as plain strings.
  const people = peopleSentence(lines, lang, t as unknown as Translate);
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
      {people && <p data-testid="access-people">{people}</p>}
      <p className="access-card__you" data-testid="access-because">
        {t(`contribute.access.because.${lines.because}`)}
      </p>
      <p className="access-card__rule">{t('contribute.access.rule')}</p>
    </section>
  );
}
