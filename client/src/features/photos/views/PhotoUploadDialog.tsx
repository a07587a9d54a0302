// "Ajouter une photo": choose a JPEG, PNG or WebP (checked here for type and size as a courtesy; the
// server checks the bytes), see it, give it a title (and optionally a description and who may see it),
// upload it as multipart, then show the new photo on the map. Opened for 'add-photo' (and 'add-resource'
// until a dialog offers the choice web link / photo); the node it was opened from is what it informs.
import { type FormEvent, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_PHOTO_MAX_BYTES, PHOTO_TYPES } from '../../../../../shared/photos';
import type { Visibility } from '../../../../../shared/vocabulary';
import { ApiError } from '../../../api/errors';
import { uploadPhoto } from '../../../api/photos';
import { FormField } from '../../../ui/forms/FormField';
import { useContribute } from '../../contribute/context';
import type { DialogProps } from '../../contribute/views/registry';
import { type PhotoFileProblem, photoFileProblem, photoFormData, uploadProblemFields } from '..';
import './photos.css';

const MAX_MB = Math.round(DEFAULT_PHOTO_MAX_BYTES / 1_000_000);
const VISIBILITIES: Visibility[] = ['public', 'members', 'private'];

/**
 * A preview of the chosen file as a data: URL (the page's Content-Security-Policy allows `img-src 'self'
 * data:`, not blob:), read again whenever the file changes.
 */
function usePreview(file: File | null): string | null {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    setUrl(null);
    if (!file) return;
    const reader = new FileReader();
    reader.onload = () => setUrl(typeof reader.result === 'string' ? reader.result : null);
    reader.readAsDataURL(file);
    return () => reader.abort();
  }, [file]);
  return url;
}

export function PhotoUploadDialog({ request, onClose }: DialogProps) {
  const { t } = useTranslation();
  const { applyChange } = useContribute();
  const ids = { file: useId(), heading: useId() };
  const [file, setFile] = useState<File | null>(null);
  const [fileProblem, setFileProblem] = useState<PhotoFileProblem | 'missingFile' | null>(null);
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [visibility, setVisibility] = useState<Visibility>('public');
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [titleMissing, setTitleMissing] = useState(false);
  const preview = usePreview(file);
  const serverFields = uploadProblemFields(error);

  const choose = (chosen: File | null) => {
    setError(null);
    const problem = chosen ? photoFileProblem(chosen) : null;
    setFileProblem(problem);
    setFile(problem ? null : chosen);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const noTitle = title.trim() === '';
    setTitleMissing(noTitle);
    if (!file) setFileProblem((current) => current ?? 'missingFile');
    if (!file || noTitle || sending) return;
    setSending(true);
    setError(null);
    try {
      const form = photoFormData(file, { title, body, visibility, informs: request.nodeId });
      const photo = await uploadPhoto(form);
      onClose();
      // the answer is the photo alone, not the link to what it informs: its neighbourhood is fetched
      await applyChange({ type: 'touched', nodeId: photo.id });
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError('UNEXPECTED', String(caught)));
      setSending(false);
    }
  };

  const fileMessage = fileProblem
    ? t(`photos.problems.${fileProblem}`, { size: MAX_MB })
    : serverFields.file && t(serverFields.file);
  const titleMessage = titleMissing
    ? t('photos.problems.missingTitle')
    : serverFields.title && t(serverFields.title);
  const generalError = error && !serverFields.file && !serverFields.title ? error : null;
  return (
    <form className="photo-dialog" onSubmit={submit} aria-labelledby={ids.heading} noValidate>
      <h2 id={ids.heading} className="photo-dialog__heading">
        {t('photos.dialogTitle')}
      </h2>
      <p className="photo-dialog__intro">{t('photos.intro')}</p>

      <label htmlFor={ids.file} className="photo-dialog__label">
        {t('photos.file')}
      </label>
      <input
        id={ids.file}
        type="file"
        accept={PHOTO_TYPES.join(',')}
        data-testid="photo-file"
        aria-invalid={fileMessage ? true : undefined}
        aria-describedby={`${ids.file}-hint`}
        onChange={(e) => choose(e.currentTarget.files?.[0] ?? null)}
      />
      <p id={`${ids.file}-hint`} className="photo-dialog__hint">
        {t('photos.fileHint', { size: MAX_MB })}
      </p>
      {fileMessage && (
        <p className="photo-dialog__problem" role="alert">
          {fileMessage}
        </p>
      )}
      {preview && <img className="photo-dialog__preview" src={preview} alt={t('photos.preview')} />}

      <FormField
        name="title"
        testId="photo-title"
        label={t('photos.title')}
        maxLength={300}
        error={titleMessage || undefined}
        value={title}
        onChange={(value) => {
          setTitle(value);
          setTitleMissing(false);
        }}
      />
      <FormField as="textarea" name="body" label={t('photos.description')} value={body} onChange={setBody} />
      <FormField
        as="select"
        name="visibility"
        label={t('photos.visibility')}
        value={visibility}
        options={VISIBILITIES.map((v) => ({ value: v, label: t(`photos.visibilities.${v}`) }))}
        onChange={(value) => setVisibility(value as Visibility)}
      />

      {generalError && (
        <p className="photo-dialog__problem" role="alert" data-error-code={generalError.code}>
          {t('photos.failed')} {t(`errors.${generalError.code}`)}
        </p>
      )}
      <div className="photo-dialog__actions">
        <button type="button" className="button button--quiet" onClick={onClose}>
          {t('photos.cancel')}
        </button>
        <button type="submit" className="button" data-testid="photo-submit" disabled={sending}>
          {sending ? t('photos.sending') : t('photos.submit')}
        </button>
      </div>
    </form>
  );
}
