// The maieutic prompts of the selected node: questions that invite the next step. Each will lead to its
// action (data-action) once contributing arrives; until then it is shown as a visibly disabled link with
// the reason, never a fake action.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { MaieuticPrompt } from '../state/node-details';

export function MaieuticPrompts({ prompts }: { prompts: readonly MaieuticPrompt[] }) {
  const { t } = useTranslation();
  const explanationId = useId();
  const titleId = useId();
  if (prompts.length === 0) return null;
  return (
    <section className="prompts" data-testid="maieutic-prompts" aria-labelledby={titleId}>
      <h3 id={titleId} className="panel-section__title">
        {t('nodePanel.promptsTitle')}
      </h3>
      <ul>
        {prompts.map((prompt) => (
          <li key={prompt.id}>
            <button
              type="button"
              className="prompt"
              aria-disabled="true"
              aria-describedby={explanationId}
              title={t('nodePanel.soonExplanation')}
              data-testid="maieutic-prompt"
              data-action={prompt.action}
            >
              <span className="prompt__text">{t(`nodePanel.prompts.${prompt.id}`)}</span>
              <span className="prompt__soon">{t('nodePanel.soon')}</span>
            </button>
          </li>
        ))}
      </ul>
      <p id={explanationId} className="prompts__note">
        {t('nodePanel.soonExplanation')}
      </p>
    </section>
  );
}
