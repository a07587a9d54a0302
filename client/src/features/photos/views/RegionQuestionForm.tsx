// The form under a photo while a part of it is being chosen: the region as four percentages (the
// keyboard's way to draw, kept in step with the drag), the question, and "Poser la question", which asks
// it through POST /api/questions with `promptedBy: { resource, region }` and shows it on the map.
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/errors';
import { askQuestion } from '../../../api/questions';
import { useLang } from '../../../i18n';
import { FormField } from '../../../ui/forms/FormField';
import { useContribute } from '../../contribute/context';
import { isUsableRegion, type PhotoRegion, regionFromPercent, regionToPercent } from '..';

const FIELDS = ['x', 'y', 'w', 'h'] as const;
const LABELS = {
  x: 'photos.regionX',
  y: 'photos.regionY',
  w: 'photos.regionW',
  h: 'photos.regionH',
} as const;

interface Props {
  photoId: string;
  region: PhotoRegion | null;
  onRegionChange: (region: PhotoRegion | null) => void;
  onCancel: () => void;
}

export function RegionQuestionForm({ photoId, region, onRegionChange, onCancel }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const { applyChange } = useContribute();
  const baseId = useId();
  const [title, setTitle] = useState('');
  const [problem, setProblem] = useState<'needRegion' | 'needQuestion' | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [sending, setSending] = useState(false);
  const percent = region ? regionToPercent(region) : { x: 0, y: 0, w: 0, h: 0 };

  const setPercent = (field: (typeof FIELDS)[number], value: number) =>
    onRegionChange(regionFromPercent({ ...percent, [field]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!isUsableRegion(region)) return setProblem('needRegion');
    if (title.trim().length < 3) return setProblem('needQuestion');
    setProblem(null);
    setError(null);
    setSending(true);
    try {
      const asked = await askQuestion({
        title: title.trim(),
        lang,
        promptedBy: { resource: photoId, region },
      });
      onCancel();
      await applyChange({ type: 'written', ...asked });
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError('UNEXPECTED', String(caught)));
      setSending(false);
    }
  };

  return (
    <form className="region-form" onSubmit={submit} noValidate>
      <p className="region-form__help">{t('photos.drawHelp')}</p>
      <fieldset className="region-form__numbers">
        <legend>{t('photos.drawing')}</legend>
        {FIELDS.map((field) => (
          <label key={field} htmlFor={`${baseId}-${field}`}>
            <span>{t(LABELS[field])}</span>
            <input
              id={`${baseId}-${field}`}
              type="number"
              min={0}
              max={100}
              step={1}
              value={percent[field]}
              data-testid={`region-${field}`}
              onChange={(e) => setPercent(field, e.currentTarget.valueAsNumber)}
            />
          </label>
        ))}
      </fieldset>
      <FormField
        name="title"
        testId="region-question-title"
        label={t('photos.questionTitle')}
        placeholder={t('photos.questionPlaceholder')}
        maxLength={300}
        value={title}
        onChange={setTitle}
      />
      {problem && (
        <p className="photo-dialog__problem" role="alert">
          {t(`photos.${problem}`)}
        </p>
      )}
      {error && (
        <p className="photo-dialog__problem" role="alert" data-error-code={error.code}>
          {t('photos.askFailed')} {t(`errors.${error.code}`)}
        </p>
      )}
      <div className="photo-dialog__actions">
        <button type="button" className="button button--quiet" onClick={onCancel}>
          {t('photos.cancel')}
        </button>
        <button type="submit" className="button" data-testid="region-question-submit" disabled={sending}>
          {sending ? t('photos.sending') : t('photos.askSubmit')}
        </button>
      </div>
    </form>
  );
}
