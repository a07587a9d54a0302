// A failed API call, said in the visitor's language from its error code, with a button to try again.
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../api/errors';

interface Props {
  /** What failed, e.g. "The landscape could not be loaded." */
  title: string;
  error: ApiError;
  onRetry: () => void;
}

export function ErrorMessage({ title, error, onRetry }: Props) {
  const { t } = useTranslation();
  return (
    <div className="error" role="alert" data-error-code={error.code}>
      <p className="error__title">{title}</p>
      <p className="error__reason">{t(`errors.${error.code}`)}</p>
      <button type="button" className="button" onClick={onRetry}>
        {t('map.retry')}
      </button>
    </div>
  );
}
