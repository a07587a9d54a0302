// 'take-stance': on a question (the node, or one searched for when started from a person), my stance —
// supports, challenges or nuances — and a short statement, as TAKES_STANCE from my own Person.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchHit } from '../../../../../shared/api';
import { type Stance, stanceSchema } from '../../../../../shared/vocabulary';
import { createLink } from '../../../api/contribute';
import { ApiError } from '../../../api/errors';
import { useLang } from '../../../i18n';
import { FormField } from '../../../ui/forms/FormField';
import { useSubmit } from '../../../ui/forms/use-submit';
import { useLoadable } from '../../../ui/loadable';
import { localized } from '../../panel/node-details';
import { useContribute } from '../context';
import { linkBody } from '../linking';
import { FormActions } from './FormActions';
import { NodePicker } from './NodePicker';
import type { DialogProps } from './registry';
import { SubmitError } from './SubmitError';
import './editing.css';
import { readNode } from '../../panel/node-details/read-node';

export function StanceDialog({ request, onClose }: DialogProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const { me, applyChange } = useContribute();
  const nodeId = request.nodeId ?? '';
  const [loaded] = useLoadable(nodeId ? `stance:${nodeId}` : null, (signal) =>
    readNode(nodeId, lang, signal),
  );
  const [picked, setPicked] = useState<SearchHit | null>(null);
  const [stance, setStance] = useState<Stance | null>(null);
  const [statement, setStatement] = useState('');
  const submit = useSubmit();

  const node = loaded.status === 'ready' ? loaded.data.node : null;
  const question =
    node?.kind === 'Question'
      ? { id: node.id, title: localized(node, 'title', lang) ?? node.title }
      : picked
        ? { id: picked.id, title: picked.title }
        : null;

  const send = async () => {
    if (!question || !stance) return;
    const link = await submit.run(async () => {
      if (!me) throw new ApiError('UNAUTHENTICATED', 'not logged in', 401);
      const body = linkBody(
        me.person.id,
        question.id,
        { relation: 'TAKES_STANCE', forward: true },
        { stance, statement },
      );
      return createLink(body);
    });
    if (!link) return;
    onClose();
    await applyChange({ type: 'linked', link }, { select: question.id });
  };

  return (
    <form
      className="cform"
      data-testid="stance-dialog"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void send();
      }}
    >
      <h2 className="cform__title">{t('contribute.stance.title')}</h2>
      {loaded.status === 'loading' && <p role="status">{t('contribute.common.loading')}</p>}
      {loaded.status === 'error' && <SubmitError error={loaded.error} />}
      {node && node.kind !== 'Question' && (
        <NodePicker
          kinds={['Question']}
          picked={picked}
          onPick={setPicked}
          label={t('contribute.stance.pickQuestion')}
        />
      )}
      {node?.kind === 'Question' && question && (
        <p className="cform__note">{t('contribute.stance.on', { title: question.title })}</p>
      )}
      <fieldset className="cform__choices">
        <legend className="form-field__label">{t('contribute.stance.choose')}</legend>
        {stanceSchema.options.map((option) => (
          <label key={option} className="cform__choice" data-checked={stance === option}>
            <input
              type="radio"
              name="stance"
              value={option}
              checked={stance === option}
              data-testid="stance-choice"
              data-stance={option}
              onChange={() => setStance(option)}
            />
            {t(`contribute.stance.choices.${option}`)}
          </label>
        ))}
      </fieldset>
      <FormField
        as="textarea"
        name="statement"
        testId="stance-statement"
        label={t('contribute.stance.statement')}
        maxLength={1000}
        value={statement}
        onChange={setStatement}
      />
      <SubmitError error={submit.error} />
      <FormActions
        onCancel={onClose}
        submitLabel={t('contribute.stance.submit')}
        testId="stance-submit"
        busy={submit.busy}
        disabled={!question || !stance}
      />
    </form>
  );
}
