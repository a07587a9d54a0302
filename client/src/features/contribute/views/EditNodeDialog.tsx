// 'edit-node': the fields of the node's kind, sent as a PATCH of only what changed with If-Match (the
// version loaded). A 412 opens the conflict view (their saved version beside mine, and who changed it
// when); a 400 puts each problem next to its field.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NodeView } from '../../../../../shared/entities';
import type { LastChange } from '../../../../../shared/history';
import { patchNode, staleChange, staleNode } from '../../../api/contribute';
import { fetchNode } from '../../../api/endpoints';
import type { ApiError } from '../../../api/errors';
import { useLang } from '../../../i18n';
import { useSubmit } from '../../../ui/forms/use-submit';
import { useLoadable } from '../../../ui/loadable';
import { useContribute } from '../context';
import {
  type EditField,
  editFields,
  type FieldProblem,
  fieldProblems,
  formValues,
  patchOf,
} from '../node-edit';
import { ConflictView } from './ConflictView';
import { EditFormField } from './EditFormField';
import { FormActions } from './FormActions';
import type { DialogProps } from './registry';
import { SubmitError } from './SubmitError';
import './editing.css';
import { isOneOf, questionStatusSchema } from '../../../../../shared/vocabulary';

export function EditNodeDialog({ request, onClose }: DialogProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const nodeId = request.nodeId ?? '';
  const [loaded, retry] = useLoadable(nodeId ? `edit:${nodeId}` : null, (signal) =>
    fetchNode(nodeId, lang, signal),
  );
  if (loaded.status === 'ready') {
    const canChangeVisibility = loaded.data.access?.you.changeVisibility ?? true;
    return (
      <EditForm
        node={loaded.data.node}
        fields={editFields(loaded.data.node.kind, canChangeVisibility)}
        onClose={onClose}
      />
    );
  }
  return (
    <div className="cform" data-testid="edit-dialog">
      <h2 className="cform__title">{t('contribute.buttons.edit')}</h2>
      {loaded.status === 'error' ? (
        <>
          <SubmitError error={loaded.error} />
          <button type="button" className="button button--quiet" onClick={retry}>
            {t('contribute.common.retry')}
          </button>
        </>
      ) : (
        <p role="status">{t('contribute.common.loading')}</p>
      )}
    </div>
  );
}

interface FormProps {
  node: NodeView;
  fields: EditField[];
  onClose: () => void;
}

function EditForm({ node, fields, onClose }: FormProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const { applyChange } = useContribute();
  const [base] = useState(node);
  const [initial] = useState(() => formValues(node, fields));
  const [values, setValues] = useState(initial);
  const [problems, setProblems] = useState<Record<string, FieldProblem>>({});
  const [nothing, setNothing] = useState(false);
  const [conflict, setConflict] = useState<{
    theirs: NodeView;
    patch: Record<string, unknown>;
    lastChange: LastChange | null;
  } | null>(null);
  const submit = useSubmit();

  /** Mine saved, or theirs kept: the node as it now is. */
  const saved = async (now: NodeView) => {
    onClose();
    await applyChange({ type: 'written', node: now });
  };

  /** A 412: their version from the error's details, else as it is stored now. */
  const toConflict = async (error: ApiError, patch: Record<string, unknown>) => {
    const theirs = staleNode(error.details) ?? (await fetchNode(node.id, lang)).node;
    setConflict({ theirs, patch, lastChange: staleChange(error.details) });
  };

  const send = async (version: number, patch: Record<string, unknown>) => {
    setProblems({});
    const result = await submit.run(async () => {
      try {
        return await patchNode(node.id, version, patch);
      } catch (error) {
        const apiError = error as ApiError;
        if (apiError.status === 412) {
          await toConflict(apiError, patch);
          return null;
        }
        if (apiError.code === 'VALIDATION_FAILED') setProblems(fieldProblems(apiError.details));
        throw error;
      }
    });
    if (result) await saved(result);
  };

  if (conflict) {
    return (
      <ConflictView
        title={base.title}
        fields={fields}
        loaded={base}
        theirs={conflict.theirs}
        lastChange={conflict.lastChange}
        patch={conflict.patch}
        busy={submit.busy}
        error={submit.error}
        onKeepTheirs={() => saved(conflict.theirs)}
        onApplyMine={() => {
          const { theirs, patch } = conflict;
          setConflict(null);
          void send(theirs.version, patch);
        }}
      />
    );
  }

  return (
    <form
      className="cform"
      data-testid="edit-dialog"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const patch = patchOf(fields, initial, values);
        setNothing(Object.keys(patch).length === 0);
        if (Object.keys(patch).length > 0) void send(base.version, patch);
      }}
    >
      <h2 className="cform__title">{t('contribute.edit.title', { title: base.title })}</h2>
      <p className="cform__note">{t('contribute.edit.langNote', { lang: t(`languages.${base.lang}`) })}</p>
      {base.kind === 'Question' && isOneOf(questionStatusSchema.options, base.status) && (
        <p className="cform__note" data-testid="edit-automatic-status">
          {t('contribute.edit.automaticStatus', { status: t(`statuses.${base.status}`) })}
        </p>
      )}
      {fields.map((field) => (
        <EditFormField
          key={field.name}
          field={field}
          value={values[field.name] ?? ''}
          problem={problems[field.name]}
          onChange={(value) => setValues((current) => ({ ...current, [field.name]: value }))}
        />
      ))}
      {nothing && (
        <p className="cform__note" role="status">
          {t('contribute.edit.nothingChanged')}
        </p>
      )}
      {problems[''] && <p className="cform__error">{t(`contribute.problems.${problems['']}`)}</p>}
      <SubmitError error={submit.error?.code === 'VALIDATION_FAILED' ? null : submit.error} />
      <FormActions
        onCancel={onClose}
        submitLabel={t('contribute.common.save')}
        testId="edit-submit"
        busy={submit.busy}
      />
    </form>
  );
}
