// The foot of a contribution form: Cancel, and the submit button, which says it is saving while it sends
// and stays off until the form can be sent.
import { useTranslation } from 'react-i18next';

interface Props {
  onCancel: () => void;
  submitLabel: string;
  testId: string;
  busy: boolean;
  /** The form cannot be sent yet (something to choose first). */
  disabled?: boolean;
}

export function FormActions({ onCancel, submitLabel, testId, busy, disabled = false }: Props) {
  const { t } = useTranslation();
  return (
    <div className="cform__actions">
      <button type="button" className="button button--quiet" onClick={onCancel}>
        {t('contribute.common.cancel')}
      </button>
      <button type="submit" className="button" data-testid={testId} disabled={busy || disabled}>
        {busy ? t('contribute.common.saving') : submitLabel}
      </button>
    </div>
  );
}
