// "Poser une question": the person types, Semis suggests the questions and seeds it touches (with the
// reasons), warns above the duplicate threshold and offers to join the existing question instead; the
// person picks relations and seeds, chooses who can see it, and asks: the question appears on the map,
// selected. The action (follow-up, why, why not, founding question…) presets links from the selected node.
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Visibility } from '../../../../shared/vocabulary';
import type { ApiError } from '../../api/errors';
import { askQuestion } from '../../api/questions';
import { useLang } from '../../i18n';
import {
  type AskAction,
  buildAskRequest,
  likelyDuplicate,
  linkCount,
  linkRows,
  pickRelation,
  presetFor,
  type StartNode,
  toggleSeed,
} from '../../state/ask';
import { useSuggestions } from '../../state/ask/useSuggestions';
import { useContribute } from '../../state/contribute/context';
import { type FieldErrors, fieldErrors } from '../../state/forms';
import { asApiError } from '../../state/loadable';
import type { DialogProps } from '../contribute/registry';
import { SuggestionList } from './SuggestionList';
import { useStartNode } from './useStartNode';
import './ask.css';

const VISIBILITIES: readonly Visibility[] = ['public', 'members', 'private'];

export function AskDialog({ request, onClose }: DialogProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const start = useStartNode(request.nodeId, lang);
  const action = request.action as AskAction;
  if (start === undefined) {
    return (
      <div>
        <h2>{t(`ask.headings.${action}`)}</h2>
        <p className="ask-status">{t('ask.suggestions.searching')}</p>
      </div>
    );
  }
  return <AskForm key={start?.id ?? ''} action={action} start={start} onClose={onClose} />;
}

function AskForm({
  action,
  start,
  onClose,
}: {
  action: AskAction;
  start: StartNode | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const { showNode } = useContribute();
  const formId = useId();
  const titleRef = useRef<HTMLTextAreaElement>(null);
  const [preset] = useState(() => presetFor(action, start));
  const [draft, setDraft] = useState(() => {
    const prefix = preset.prefill ? t(`ask.prefill.${preset.prefill}`) : '';
    return { ...preset.draft, title: prefix ? `${prefix}?` : '' };
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const found = useSuggestions(draft.title, lang, preset.selected);
  const rows = linkRows(draft.kept, found.suggestions);
  const duplicate = likelyDuplicate(found.suggestions);
  const links = linkCount(draft);

  useEffect(() => {
    // "Pourquoi ?": the caret waits before the question mark
    const input = titleRef.current;
    if (input && preset.prefill) input.setSelectionRange(input.value.length - 1, input.value.length - 1);
  }, [preset.prefill]);

  const join = (id: string) => {
    onClose();
    void showNode(id);
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setErrors({});
    setFailure(null);
    try {
      const created = await askQuestion(buildAskRequest(draft, lang));
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

  const fieldError = (field: string) =>
    errors[field] ? (
      <span
        id={`${formId}-${field}-error`}
        className="field-error"
        data-testid="field-error"
        data-field={field}
      >
        {t(`ask.invalid.${field as 'title'}`)}
      </span>
    ) : null;

  return (
    <form className="ask-form" noValidate onSubmit={submit} data-testid="ask-form" data-action={action}>
      <h2>{t(`ask.headings.${action}`)}</h2>
      {start && <p className="ask-start">{t('ask.startsFrom', { title: start.title })}</p>}
      <div className="form-field">
        <label htmlFor={`${formId}-title`}>{t('ask.fields.title')}</label>
        <textarea
          id={`${formId}-title`}
          ref={titleRef}
          name="title"
          rows={2}
          value={draft.title}
          data-testid="ask-title"
          aria-invalid={errors.title ? true : undefined}
          aria-describedby={`${formId}-title-hint${errors.title ? ` ${formId}-title-error` : ''}`}
          onChange={(event) => {
            setDraft((d) => ({ ...d, title: event.target.value }));
            setErrors(({ title: _, ...others }) => others);
          }}
        />
        <span id={`${formId}-title-hint`} className="form-field__hint">
          {t('ask.titleHint')}
        </span>
        {fieldError('title')}
      </div>

      {duplicate && (
        <div
          className="ask-duplicate"
          role="status"
          data-testid="ask-duplicate-warning"
          data-id={duplicate.id}
        >
          <p>{t('ask.duplicate.warning', { title: duplicate.title })}</p>
          <button type="button" className="button" data-testid="ask-join" onClick={() => join(duplicate.id)}>
            {t('ask.duplicate.join')}
          </button>
        </div>
      )}

      <section className="ask-section" aria-live="polite" aria-busy={found.loading}>
        <h3 className="ask-section__title">
          {t('ask.suggestions.title')}
          {found.suggestions.length > 0 && (
            <span className="ask-section__count">
              {t('ask.suggestions.count', { count: found.suggestions.length })}
            </span>
          )}
        </h3>
        {rows.length > 0 && (
          <SuggestionList
            rows={rows}
            draft={draft}
            onRelation={(row, relation) => setDraft((d) => pickRelation(d, row, relation))}
            onSeed={(row, attached) => setDraft((d) => toggleSeed(d, row, attached))}
          />
        )}
        {found.error ? (
          <p className="ask-status">{t('ask.suggestions.failed')}</p>
        ) : found.loading && rows.length === 0 ? (
          <p className="ask-status">{t('ask.suggestions.searching')}</p>
        ) : (
          rows.length === 0 &&
          found.forText.length >= 3 && <p className="ask-status">{t('ask.suggestions.none')}</p>
        )}
        {fieldError('links')}
      </section>

      {draft.foundingOf && start && <p className="ask-note">{t('ask.foundingOf', { title: start.title })}</p>}
      {draft.promptedBy && start && <p className="ask-note">{t('ask.promptedBy', { title: start.title })}</p>}

      <div className="form-field">
        <label htmlFor={`${formId}-body`}>{t('ask.fields.body')}</label>
        <textarea
          id={`${formId}-body`}
          name="body"
          rows={2}
          value={draft.body}
          data-testid="ask-body"
          aria-invalid={errors.body ? true : undefined}
          onChange={(event) => setDraft((d) => ({ ...d, body: event.target.value }))}
        />
        {fieldError('body')}
      </div>

      <div className="form-field">
        <label htmlFor={`${formId}-visibility`}>{t('ask.fields.visibility')}</label>
        <select
          id={`${formId}-visibility`}
          name="visibility"
          value={draft.visibility}
          data-testid="ask-visibility"
          onChange={(event) => setDraft((d) => ({ ...d, visibility: event.target.value as Visibility }))}
        >
          {VISIBILITIES.map((v) => (
            <option key={v} value={v}>
              {t(`ask.visibility.${v}`)}
            </option>
          ))}
        </select>
        {fieldError('visibility')}
      </div>

      {failure && (
        <p className="form-error" role="alert" data-testid="ask-error" data-error-code={failure.code}>
          {t(`errors.${failure.code}`)}
        </p>
      )}
      <div className="form-actions form-actions--end">
        <button type="submit" className="button" disabled={busy} data-testid="ask-submit">
          {links > 0 ? t('ask.submitWithLinks', { count: links }) : t('ask.submit')}
        </button>
      </div>
    </form>
  );
}
