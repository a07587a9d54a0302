// A failed contribution, said in the reader's language from its error code (403, 404, 409, 412…).
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../api/errors';

export function SubmitError({ error }: { error: ApiError | null }) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <p className="cform__error" role="alert" data-testid="submit-error" data-error-code={error.code}>
      {t(`errors.${error.code}`)}
    </p>
  );
}
