// A failed contribution, said in the reader's language from its error code (403, 404, 409, 412…).
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../api/errors';

interface Props {
  error: ApiError | null;
  /** What a 409 means here, when the general text would mislead (a revert: "changed since"). */
  conflict?: string;
}

export function SubmitError({ error, conflict }: Props) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <p className="cform__error" role="alert" data-testid="submit-error" data-error-code={error.code}>
      {error.code === 'CONFLICT' && conflict ? conflict : t(`errors.${error.code}`)}
    </p>
  );
}
