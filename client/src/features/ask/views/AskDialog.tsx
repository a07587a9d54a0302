// "Poser une question": the person types, Semis suggests the questions and seeds it touches (with the
// reasons), warns above the duplicate threshold and offers to join the existing question instead; the
// person picks relations and seeds, chooses who can see it, and asks: the question appears on the map,
// selected. The action (follow-up, why, why not, founding question…) presets links from the selected node.
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Visibility } from '../../../../../shared/vocabulary';
import { askQuestion, joinQuestion } from '../../../api/questions';
import { useLang } from '../../../i18n';
import { FormField } from '../../../ui/forms/FormField';
import { useFieldSubmit } from '../../../ui/forms/use-field-submit';
import { useContribute } from '../../contribute/context';
import type { DialogProps } from '../../contribute/views/registry';
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
} from '..';
import { useSuggestions } from '../use-suggestions';
import { SuggestionList } from './SuggestionList';
import { useStartNode } from './use-start-node';
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
  const { applyChange } = useContribute();
  const titleRef = useRef<HTMLTextAreaElement>(null);
  const [preset] = useState(() => presetFor(action, start));
  const [draft, setDraft] = useState(() => {
    const prefix = preset.prefill ? t(`ask.prefill.${preset.prefill}`) : '';
    return { ...preset.draft, title: prefix ? `${prefix}?` : '' };
  });
  const { busy, errors, failure, run, dismiss } = useFieldSubmit();
  const found = useSuggestions(draft.title, lang, preset.selected);
  const rows = linkRows(draft.kept, found.suggestions);
  const duplicate = likelyDuplicate(found.suggestions);
  const links = linkCount(draft);

  useEffect(() => {
    // "Pourquoi ?": the caret waits before the question mark
    const input = titleRef.current;
    if (input && preset.prefill) input.setSelectionRange(input.value.length - 1, input.value.length - 1);
  }, [preset.prefill]);

  const join = (id: string, keepWording: boolean) =>
    run(async () => {
      await joinQuestion(id, keepWording ? { reformulation: draft.title, lang } : { lang });
      onClose();
      await applyChange({ type: 'touched', nodeId: id });
    });

  async function submit(event: FormEvent) {
    event.preventDefault();
    await run(async () => {
      const created = await askQuestion(buildAskRequest(draft, lang));
      onClose();
      await applyChange({ type: 'written', ...created });
    });
  }

  type AskField = 'title' | 'body' | 'visibility' | 'links';
  const invalid = (field: AskField) => (errors[field] ? t(`ask.invalid.${field}`) : undefined);

  return (
    <form className="ask-form" noValidate onSubmit={submit} data-testid="ask-form" data-action={action}>
      <h2>{t(`ask.headings.${action}`)}</h2>
      {start && <p className="ask-start">{t('ask.startsFrom', { title: start.title })}</p>}
      <FormField
        as="textarea"
        name="title"
        testId="ask-title"
        inputRef={titleRef}
        rows={2}
        label={t('ask.fields.title')}
        hint={t('ask.titleHint')}
        error={invalid('title')}
        value={draft.title}
        onChange={(title) => {
          setDraft((d) => ({ ...d, title }));
          dismiss('title');
        }}
      />

      {duplicate && (
        <div
          className="ask-duplicate"
          role="status"
          data-testid="ask-duplicate-warning"
          data-id={duplicate.id}
        >
          <p>{t('ask.duplicate.warning', { title: duplicate.title })}</p>
          <button
            type="button"
            className="button"
            data-testid="ask-join"
            onClick={() => join(duplicate.id, false)}
          >
            {t('ask.duplicate.join')}
          </button>
          <button
            type="button"
            className="button"
            data-testid="ask-join-reformulation"
            onClick={() => join(duplicate.id, true)}
          >
            {t('ask.duplicate.joinKeepingWording')}
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
        {errors.links && (
          <span className="field-error" data-testid="field-error" data-field="links">
            {invalid('links')}
          </span>
        )}
      </section>

      {draft.foundingOf && start && <p className="ask-note">{t('ask.foundingOf', { title: start.title })}</p>}
      {draft.promptedBy && start && <p className="ask-note">{t('ask.promptedBy', { title: start.title })}</p>}

      <FormField
        as="textarea"
        name="body"
        testId="ask-body"
        rows={2}
        label={t('ask.fields.body')}
        error={invalid('body')}
        value={draft.body}
        onChange={(body) => setDraft((d) => ({ ...d, body }))}
      />

      <FormField
        as="select"
        name="visibility"
        testId="ask-visibility"
        label={t('ask.fields.visibility')}
        error={invalid('visibility')}
        value={draft.visibility}
        options={VISIBILITIES.map((v) => ({ value: v, label: t(`ask.visibility.${v}`) }))}
        onChange={(visibility) => setDraft((d) => ({ ...d, visibility: visibility as Visibility }))}
      />

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
