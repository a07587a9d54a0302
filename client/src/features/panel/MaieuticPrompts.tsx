// The maieutic prompts of the selected node: questions that invite the next step, each a button opening
// its action's dialog (contribute/registry.ts) on this node — a visitor is asked to log in first. Every
// prompt action has a dialog; one that had none would not be shown, never faked. In the read-only embed
// the prompts are only read.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useContribute } from '../contribute/context';
import { DIALOGS } from '../contribute/views/registry';
import type { MaieuticPrompt } from './node-details';
import type { PromptAction } from './node-details/types';

interface Props {
  prompts: readonly MaieuticPrompt[];
  nodeId: string;
  /** False in the read-only embed: the prompts are only read. */
  actionable?: boolean;
  /** Whether the reader may follow a prompt (the rules refuse some to some readers: not shown then). */
  allowed?: (action: PromptAction) => boolean;
}

export function MaieuticPrompts({ prompts, nodeId, actionable = true, allowed = () => true }: Props) {
  const { t } = useTranslation();
  const { open } = useContribute();
  const titleId = useId();
  const shown = prompts.filter(
    (prompt) => DIALOGS[prompt.action] !== undefined && (!actionable || allowed(prompt.action)),
  );
  if (shown.length === 0) return null;
  return (
    <section className="prompts" data-testid="maieutic-prompts" aria-labelledby={titleId}>
      <h3 id={titleId} className="panel-section__title">
        {t('nodePanel.promptsTitle')}
      </h3>
      <ul>
        {shown.map((prompt) => (
          <li key={prompt.id}>
            {actionable ? (
              <button
                type="button"
                className="row-button prompt"
                data-testid="maieutic-prompt"
                data-action={prompt.action}
                onClick={() => open({ action: prompt.action, nodeId })}
              >
                <span className="prompt__text">{t(`nodePanel.prompts.${prompt.id}`)}</span>
              </button>
            ) : (
              <span
                className="row-button prompt prompt--read"
                data-testid="maieutic-prompt"
                data-action={prompt.action}
              >
                <span className="prompt__text">{t(`nodePanel.prompts.${prompt.id}`)}</span>
              </span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
