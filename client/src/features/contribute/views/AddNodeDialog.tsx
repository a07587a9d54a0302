// 'add-person', 'add-community', 'add-web-resource' and the prompt 'add-resource': a new node of that kind
// (POST /api/nodes, in the page's language); a web resource started from a question or a seed also
// informs it (Resource -INFORMS {stance?}-> that node), written with it in one request and one action
// (`informs`). Then the new node is shown on the map, selected.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CreateNode } from '../../../../../shared/entities';
import { type Stance, stanceSchema } from '../../../../../shared/vocabulary';
import { createNode } from '../../../api/contribute';
import type { ApiError } from '../../../api/errors';
import { useLang } from '../../../i18n';
import { FormField } from '../../../ui/forms/FormField';
import { useSubmit } from '../../../ui/forms/use-submit';
import { useLoadable } from '../../../ui/loadable';
import { localized } from '../../panel/node-details';
import type { ContributeAction } from '..';
import { useContribute } from '../context';
import { type EditField, type FieldProblem, fieldProblems, requestValue } from '../node-edit';
import { EditFormField } from './EditFormField';
import { FormActions } from './FormActions';
import type { DialogProps } from './registry';
import { SubmitError } from './SubmitError';
import './editing.css';
import { readNode } from '../../panel/node-details/read-node';

type NewKind = 'Person' | 'Community' | 'Resource';

const FORMS: Record<NewKind, EditField[]> = {
  Person: [
    { name: 'title', input: 'text', required: true },
    { name: 'bio', input: 'textarea' },
    { name: 'skills', input: 'list' },
  ],
  Community: [
    { name: 'title', input: 'text', required: true },
    { name: 'purpose', input: 'textarea' },
    { name: 'rules', input: 'textarea' },
  ],
  Resource: [
    { name: 'title', input: 'text', required: true },
    { name: 'url', input: 'url', required: true },
    { name: 'body', input: 'textarea' },
  ],
};

const kindOf = (action: ContributeAction): NewKind =>
  action === 'add-person' ? 'Person' : action === 'add-community' ? 'Community' : 'Resource';

const HEADINGS = { Person: 'person', Community: 'community', Resource: 'webResource' } as const;

export function AddNodeDialog({ request, onClose }: DialogProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const { applyChange } = useContribute();
  const kind = kindOf(request.action);
  const fields = FORMS[kind];
  const nodeId = kind === 'Resource' ? (request.nodeId ?? null) : null;
  const [from] = useLoadable(nodeId ? `add:${nodeId}` : null, (signal) =>
    readNode(nodeId ?? '', lang, signal),
  );
  const informed =
    from.status === 'ready' && (from.data.node.kind === 'Question' || from.data.node.kind === 'Seed')
      ? { id: from.data.node.id, title: localized(from.data.node, 'title', lang) ?? from.data.node.title }
      : null;
  const [values, setValues] = useState<Record<string, string>>({});
  const [stance, setStance] = useState<Stance | ''>('');
  const [problems, setProblems] = useState<Record<string, FieldProblem>>({});
  const submit = useSubmit();

  const label = (field: EditField) =>
    field.name !== 'title'
      ? field.name === 'body' && kind === 'Resource'
        ? t('contribute.add.description')
        : undefined
      : kind === 'Resource'
        ? t('contribute.add.resourceTitle')
        : kind === 'Person'
          ? t('contribute.add.name')
          : undefined;

  const send = async () => {
    setProblems({});
    const input: Record<string, unknown> = { kind, lang };
    if (kind === 'Resource') input.resourceKind = 'web';
    if (informed) input.informs = { target: informed.id, ...(stance ? { stance } : {}) };
    for (const field of fields) {
      const value = requestValue(field, values[field.name] ?? '');
      if (Array.isArray(value) ? value.length > 0 : value !== '' || field.required) input[field.name] = value;
    }
    const created = await submit.run(async () => {
      try {
        return await createNode(input as CreateNode);
      } catch (error) {
        if ((error as ApiError).code === 'VALIDATION_FAILED')
          setProblems(fieldProblems((error as ApiError).details));
        throw error;
      }
    });
    if (!created) return;
    onClose();
    // the answer is the node; the link it was written with comes with its neighbourhood
    await applyChange(
      informed ? { type: 'touched', nodeId: created.id } : { type: 'written', node: created },
    );
  };

  return (
    <form
      className="cform"
      data-testid="add-dialog"
      data-kind={kind}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void send();
      }}
    >
      <h2 className="cform__title">{t(`contribute.add.${HEADINGS[kind]}`)}</h2>
      {informed && <p className="cform__note">{t('contribute.add.informs', { title: informed.title })}</p>}
      {fields.map((field) => (
        <EditFormField
          key={field.name}
          field={field}
          label={label(field)}
          value={values[field.name] ?? ''}
          problem={problems[field.name]}
          onChange={(value) => setValues((current) => ({ ...current, [field.name]: value }))}
        />
      ))}
      {informed && (
        <FormField
          as="select"
          name="stance"
          testId="add-stance"
          label={t('contribute.add.stance')}
          value={stance}
          options={[
            { value: '', label: t('contribute.add.stanceNone') },
            ...stanceSchema.options.map((option) => ({ value: option, label: t(`stances.${option}`) })),
          ]}
          onChange={(value) => {
            const parsed = stanceSchema.safeParse(value);
            setStance(parsed.success ? parsed.data : '');
          }}
        />
      )}
      <SubmitError error={submit.error?.code === 'VALIDATION_FAILED' ? null : submit.error} />
      <FormActions
        onCancel={onClose}
        submitLabel={t('contribute.add.submit')}
        testId="add-submit"
        busy={submit.busy}
      />
    </form>
  );
}
