// The header's "Poser une question" button: opens the ask dialog with the selected node as its context
// (a visitor is asked to log in first, then the dialog opens).
import { useTranslation } from 'react-i18next';
import { useContribute } from '../../contribute/context';
import './ask.css';

export function AskButton({ selectedId }: { selectedId?: string | null }) {
  const { t } = useTranslation();
  const { open } = useContribute();
  return (
    <button
      type="button"
      className="button ask-button"
      data-testid="ask-button"
      onClick={() => open({ action: 'ask-question', ...(selectedId ? { nodeId: selectedId } : {}) })}
    >
      {t('ask.button')}
    </button>
  );
}
