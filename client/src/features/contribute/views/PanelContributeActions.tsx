// The node panel's contribution buttons: Edit, Delete, Link, History — each only when the server's access
// card says the reader may (a visitor gets "log in to contribute" instead) — and the action bar: every
// action of the node's kind (features/panel/access-card/actions.ts), always at hand, those the rules refuse this
// reader shown disabled with the reason next to them.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Access } from '../../../../../shared/access';
import type { Kind } from '../../../../../shared/vocabulary';
import { panelButtons } from '../../panel/access-card';
import { type PanelAction, panelActions } from '../../panel/access-card/actions';
import type { ContributeAction } from '..';
import { useContribute } from '../context';
import { DIALOGS } from './registry';
import './editing.css';

interface Props {
  nodeId: string;
  kind: Kind;
  access: Access | undefined;
}

export function PanelContributeActions({ nodeId, kind, access }: Props) {
  const { t } = useTranslation();
  const { me, open } = useContribute();
  const buttons = panelButtons(access, me);
  const button = (
    action: ContributeAction,
    testId: string,
    label: string,
    className = 'button button--quiet button--small contribute-action',
  ) => (
    <button type="button" className={className} data-testid={testId} onClick={() => open({ action, nodeId })}>
      {label}
    </button>
  );
  if (buttons.loginHint) {
    return (
      <div className="contribute-actions">
        <button
          type="button"
          className="button button--quiet button--small contribute-action"
          data-testid="login-to-contribute"
          onClick={() => open({ action: 'login', nodeId })}
        >
          {t('contribute.buttons.loginHint')}
        </button>
      </div>
    );
  }
  const actions = panelActions(kind, access, me).filter(({ action }) => DIALOGS[action] !== undefined);
  const anyButton = buttons.edit || buttons.delete || buttons.link || buttons.history || me?.role === 'admin';
  if (!anyButton && actions.length === 0) return null;
  return (
    <>
      {actions.length > 0 && <ActionBar nodeId={nodeId} actions={actions} />}
      {anyButton && (
        <div className="contribute-actions" data-testid="contribute-actions">
          {buttons.edit && button('edit-node', 'edit-button', t('contribute.buttons.edit'))}
          {buttons.link && button('link-node', 'link-button', t('contribute.buttons.link'))}
          {buttons.history && button('history', 'history-button', t('contribute.buttons.history'))}
          {buttons.delete &&
            button(
              'delete-node',
              'delete-button',
              t('contribute.buttons.delete'),
              'button button--quiet button--danger button--small contribute-action',
            )}
          {me?.role === 'admin' &&
            button(
              'erase-node',
              'erase-button',
              t('erasure.node.button'),
              'button button--quiet button--danger button--small contribute-action',
            )}
        </div>
      )}
    </>
  );
}

/** The kind's actions: a button each; one the reader may not take is disabled, described by its reason. */
function ActionBar({ nodeId, actions }: { nodeId: string; actions: PanelAction[] }) {
  const { t } = useTranslation();
  const { open } = useContribute();
  const reasonsId = useId();
  const reasons = [...new Set(actions.flatMap(({ why }) => (why ? [why] : [])))];
  return (
    <section className="action-bar" aria-label={t('contribute.actionBar.label')} data-testid="action-bar">
      <div className="contribute-actions">
        {actions.map(({ action, allowed, why }) => (
          <button
            key={action}
            type="button"
            className="button button--quiet button--small contribute-action"
            data-testid="node-action"
            data-action={action}
            disabled={!allowed}
            aria-describedby={why ? `${reasonsId}-${why}` : undefined}
            title={why ? t(`contribute.actionBar.why.${why}`) : undefined}
            onClick={() => open({ action, nodeId })}
          >
            {t(`contribute.actionBar.actions.${action}`)}
          </button>
        ))}
      </div>
      {reasons.map((why) => (
        <p key={why} id={`${reasonsId}-${why}`} className="action-bar__why" data-testid="action-why">
          {t(`contribute.actionBar.why.${why}`)}
        </p>
      ))}
    </section>
  );
}
