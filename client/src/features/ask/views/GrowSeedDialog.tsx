// "Faire germer une graine": from the selected question, a seed with a name and a short summary; the
// person becomes its author, the question is marked seeded, and the seed appears on the map, selected.
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { growSeed } from '../../../api/questions';
import { useLang } from '../../../i18n';
import { FormField } from '../../../ui/forms/FormField';
import { useFieldSubmit } from '../../../ui/forms/use-field-submit';
import { useContribute } from '../../contribute/context';
import type { DialogProps } from '../../contribute/views/registry';
import { useStartNode } from './use-start-node';
import './ask.css';

export function GrowSeedDialog({ request, onClose }: DialogProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const { applyChange } = useContribute();
  const question = useStartNode(request.nodeId, lang);
  const [values, setValues] = useState({ title: '', summary: '' });
  const { busy, errors, failure, run, dismiss } = useFieldSubmit();
  const isQuestion = question?.kind === 'Question';

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!question || !isQuestion) return;
    await run(async () => {
      const summary = values.summary.trim();
      const created = await growSeed({
        question: question.id,
        title: values.title.trim(),
        lang,
        ...(summary ? { summary } : {}),
      });
      onClose();
      await applyChange({ type: 'written', ...created });
    });
  }

  return (
    <form className="ask-form" noValidate onSubmit={submit} data-testid="grow-form">
      <h2>{t('ask.grow.heading')}</h2>
      {question && isQuestion && <p className="ask-start">{t('ask.grow.from', { title: question.title })}</p>}
      {question !== undefined && !isQuestion && <p className="form-error">{t('ask.grow.notQuestion')}</p>}
      <FormField
        name="title"
        testId="grow-title"
        label={t('ask.grow.fields.title')}
        value={values.title}
        error={errors.title ? t('ask.grow.invalid.title') : undefined}
        onChange={(title) => {
          setValues((v) => ({ ...v, title }));
          dismiss('title');
        }}
      />
      <FormField
        as="textarea"
        name="summary"
        testId="grow-summary"
        label={t('ask.grow.fields.summary')}
        error={errors.summary ? t('ask.grow.invalid.summary') : undefined}
        value={values.summary}
        onChange={(summary) => setValues((v) => ({ ...v, summary }))}
      />
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
