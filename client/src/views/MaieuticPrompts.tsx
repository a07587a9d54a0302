// The maieutic prompts of the selected node: questions that invite the next step. A prompt whose action
// has a dialog (contribute/registry.ts) opens it on this node; one without is shown as a visibly disabled
// "coming soon" link with the reason, never a fake action.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useContribute } from '../state/contribute/context';
import type { MaieuticPrompt } from '../state/node-details';
import { DIALOGS } from './contribute/registry';

interface Props {
  prompts: readonly MaieuticPrompt[];
  nodeId: string;
  /** False in the read-only embed: the prompts are only read. */
  actionable?: boolean;
}

export function MaieuticPrompts({ prompts, nodeId, actionable = true }: Props) {
  const { t } = useTranslation();
  const { open } = useContribute();
  const explanationId = useId();
  const titleId = useId();
  if (prompts.length === 0) return null;
  const hasDialog = (prompt: MaieuticPrompt) => actionable && DIALOGS[prompt.action] !== undefined;
  const someSoon = actionable && prompts.some((prompt) => !hasDialog(prompt));
  return (
    <section className="prompts" data-testid="maieutic-prompts" aria-labelledby={titleId}>
      <h3 id={titleId} className="panel-section__title">
        {t('nodePanel.promptsTitle')}
      </h3>
      <ul>
        {prompts.map((prompt) =>
          !actionable ? (
            <li key={prompt.id}>
              <span className="prompt prompt--read" data-testid="maieutic-prompt" data-action={prompt.action}>
                <span className="prompt__text">{t(`nodePanel.prompts.${prompt.id}`)}</span>
              </span>
            </li>
          ) : hasDialog(prompt) ? (
            <li key={prompt.id}>
              <button
                type="button"
                className="prompt"
                data-testid="maieutic-prompt"
                data-action={prompt.action}
                onClick={() => open({ action: prompt.action, nodeId })}
              >
                <span className="prompt__text">{t(`nodePanel.prompts.${prompt.id}`)}</span>
              </button>
            </li>
          ) : (
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
          ),
        )}
      </ul>
      {someSoon && (
        <p id={explanationId} className="prompts__note">
          {t('nodePanel.soonExplanation')}
        </p>
      )}
    </section>
  );
}
