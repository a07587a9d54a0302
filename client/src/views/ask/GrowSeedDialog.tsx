// "Faire germer une graine": from the selected question, a seed with a name and a short summary; the
// person becomes its author, the question is marked seeded, and the seed appears on the map, selected.
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../api/errors';
import { growSeed } from '../../api/questions';
import { useLang } from '../../i18n';
import { useContribute } from '../../state/contribute/context';
import { type FieldErrors, fieldErrors } from '../../state/forms';
import { asApiError } from '../../state/loadable';
import { FormField } from '../auth/FormField';
import type { DialogProps } from '../contribute/registry';
import { useStartNode } from './useStartNode';
import './ask.css';

export function GrowSeedDialog({ request, onClose }: DialogProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const { showNode } = useContribute();
  const formId = useId();
  const question = useStartNode(request.nodeId, lang);
  const [values, setValues] = useState({ title: '', summary: '' });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const isQuestion = question?.kind === 'Question';

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!question || !isQuestion) return;
    setBusy(true);
    setErrors({});
    setFailure(null);
    try {
      const summary = values.summary.trim();
      const created = await growSeed({
        question: question.id,
        title: values.title.trim(),
        lang,
        ...(summary ? { summary } : {}),
      });
      onClose();
      await showNode(created.node.id);
    } catch (error) {
      const byField = fieldErrors(error);
      setErrors(byField);
      if (Object.keys(byField).length === 0) setFailure(asApiError(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="ask-form" noValidate onSubmit={submit} data-testid="grow-form">
      <h2>{t('ask.grow.heading')}</h2>
      {question && isQuestion && <p className="ask-start">{t('ask.grow.from', { title: question.title })}</p>}
      {question !== undefined && !isQuestion && <p className="form-error">{t('ask.grow.notQuestion')}</p>}
      <FormField
        id={`${formId}-title`}
        name="title"
        testId="grow-title"
        label={t('ask.grow.fields.title')}
        value={values.title}
        error={errors.title ? t('ask.grow.invalid.title') : undefined}
        onChange={(title) => {
          setValues((v) => ({ ...v, title }));
          setErrors(({ title: _, ...others }) => others);
        }}
      />
      <div className="form-field">
        <label htmlFor={`${formId}-summary`}>{t('ask.grow.fields.summary')}</label>
        <textarea
          id={`${formId}-summary`}
          name="summary"
          rows={3}
          value={values.summary}
          data-testid="grow-summary"
          aria-invalid={errors.summary ? true : undefined}
          onChange={(event) => setValues((v) => ({ ...v, summary: event.target.value }))}
        />
        {errors.summary && (
          <span className="field-error" data-testid="field-error" data-field="summary">
            {t('ask.grow.invalid.summary')}
          </span>
        )}
      </div>
      {failure && (
        <p className="form-error" role="alert" data-testid="grow-error" data-error-code={failure.code}>
          {t(`errors.${failure.code}`)}
        </p>
      )}
      <div className="form-actions form-actions--end">
        <button type="submit" className="button" disabled={busy || !isQuestion} data-testid="grow-submit">
          {t('ask.grow.submit')}
        </button>
      </div>
    </form>
  );
}
