// 'link-node' and the prompts that are links (link-resource, propose-animator, propose-resource-person,
// propose-community, gather-seed, join-seed, join-community, add-asker): pick the other node through the
// search, among the kinds that fit; pick a relation among those RELATION_RULES allows for the two kinds,
// either way (or the prompt's own); give its properties; POST /api/links. 400/403/404 said in words.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchHit } from '../../../../../shared/api';
import type { Kind } from '../../../../../shared/vocabulary';
import { createLink } from '../../../api/contribute';
import { ApiError } from '../../../api/errors';
import { useLang } from '../../../i18n';
import { FormField } from '../../../ui/forms/FormField';
import { useSubmit } from '../../../ui/forms/use-submit';
import { useLoadable } from '../../../ui/loadable';
import { localized } from '../../panel/node-details';
import { useContribute } from '../context';
import {
  choiceKey,
  type LinkPlan,
  type LinkProperties as LinkValues,
  linkableKinds,
  linkBody,
  linkPlan,
  type RelationChoice,
  relationChoices,
  stanceRequired,
} from '../linking';
import { FormActions } from './FormActions';
import { LinkProperties } from './LinkProperties';
import { linkSentence } from './link-words';
import { NodePicker } from './NodePicker';
import type { DialogProps } from './registry';
import { SubmitError } from './SubmitError';
import './editing.css';
import { readNode } from '../../panel/node-details/read-node';

interface End {
  id: string;
  kind: Kind;
  title: string;
}

export function LinkDialog({ request, onClose }: DialogProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const nodeId = request.nodeId ?? '';
  const [loaded] = useLoadable(nodeId ? `link:${nodeId}` : null, (signal) => readNode(nodeId, lang, signal));
  if (loaded.status !== 'ready') {
    return (
      <div className="cform" data-testid="link-dialog">
        <h2 className="cform__title">{t('contribute.link.plans.link-node')}</h2>
        {loaded.status === 'error' ? (
          <SubmitError error={loaded.error} />
        ) : (
          <p role="status">{t('contribute.common.loading')}</p>
        )}
      </div>
    );
  }
  const node = loaded.data.node;
  const end: End = { id: node.id, kind: node.kind, title: localized(node, 'title', lang) ?? node.title };
  return (
    <LinkForm
      action={request.action}
      node={end}
      plan={linkPlan(request.action, node.kind)}
      onClose={onClose}
    />
  );
}

interface FormProps {
  action: string;
  node: End;
  plan: LinkPlan | null;
  onClose: () => void;
}

function LinkForm({ action, node, plan, onClose }: FormProps) {
  const { t } = useTranslation();
  const { me, applyChange } = useContribute();
  const [picked, setPicked] = useState<SearchHit | null>(null);
  const [choiceId, setChoiceId] = useState<string | null>(null);
  const [values, setValues] = useState<LinkValues>({});
  const submit = useSubmit();

  const meEnd: End | null = me ? { id: me.person.id, kind: 'Person', title: me.person.name } : null;
  const anchor: End | null = plan?.anchor === 'me' ? meEnd : node;
  const other: End | null = plan?.otherIsNode ? node : picked;
  const choices: RelationChoice[] = plan
    ? [plan.choice]
    : anchor && other
      ? relationChoices(anchor.kind, other.kind)
      : [];
  const choice = choices.find((c) => choiceKey(c) === choiceId) ?? choices[0] ?? null;
  const properties = { ...values, ...plan?.fixed };
  const sentence = (c: RelationChoice) =>
    anchor && other
      ? c.forward
        ? linkSentence(t, c.relation, anchor.title, other.title)
        : linkSentence(t, c.relation, other.title, anchor.title)
      : '';
  const missingStance = choice !== null && stanceRequired(choice.relation) && !properties.stance;

  const send = async () => {
    if (!anchor || !other || !choice) return;
    const link = await submit.run(async () => {
      if (!meEnd && plan?.anchor === 'me') throw new ApiError('UNAUTHENTICATED', 'not logged in', 401);
      return createLink(linkBody(anchor.id, other.id, choice, properties));
    });
    if (!link) return;
    onClose();
    await applyChange({ type: 'linked', link }, { select: node.id });
  };

  return (
    <form
      className="cform"
      data-testid="link-dialog"
      data-action={action}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void send();
      }}
    >
      <h2 className="cform__title">
        {plan
          ? t(`contribute.link.plans.${action as 'link-node'}`)
          : t('contribute.link.title', { title: node.title })}
      </h2>
      {plan && <p className="cform__note">«&nbsp;{node.title}&nbsp;»</p>}
      {action === 'propose-animator' && (
        <p className="cform__note" data-testid="link-consent-note">
          {t('contribute.link.appointsNow')}
        </p>
      )}
      {!plan?.otherIsNode && (
        <NodePicker
          kinds={plan ? plan.kinds : linkableKinds(node.kind)}
          exclude={anchor?.id}
          picked={picked}
          onPick={(hit) => {
            setPicked(hit);
            setChoiceId(null);
          }}
        />
      )}
      {anchor && other && choices.length === 0 && (
        <p className="cform__error">{t('contribute.link.noRelation')}</p>
      )}
      {choice && !plan && (
        <FormField
          as="select"
          name="relation"
          testId="link-relation"
          label={t('contribute.link.relation')}
          value={choiceKey(choice)}
          options={choices.map((c) => ({
            value: choiceKey(c),
            label: sentence(c),
            data: { 'data-relation': c.relation },
          }))}
          onChange={setChoiceId}
        />
      )}
      {choice && other && (
        <>
          <LinkProperties
            relation={choice.relation}
            values={values}
            fixed={plan?.fixed}
            onChange={setValues}
          />
          <p className="cform__preview" data-testid="link-preview" data-relation={choice.relation}>
            {t('contribute.link.preview')} {sentence(choice)}
            {plan?.fixed?.role ? ` (${t(`roles.${plan.fixed.role}`)})` : ''}
          </p>
        </>
      )}
      {!other && <p className="cform__note">{t('contribute.link.pickFirst')}</p>}
      <SubmitError error={submit.error} />
      <FormActions
        onCancel={onClose}
        submitLabel={t('contribute.link.submit')}
        testId="link-submit"
        busy={submit.busy}
        disabled={!choice || !other || !anchor || missingStance}
      />
    </form>
  );
}
