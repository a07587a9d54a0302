// The node panel's contribution buttons: Edit, Delete, Link, History — each only when the server's access
// card says the reader may (a visitor gets "log in to contribute" instead).
import { useTranslation } from 'react-i18next';
import type { Access } from '../../../../shared/access';
import { panelButtons } from '../../state/access-card';
import type { ContributeAction } from '../../state/contribute';
import { useContribute } from '../../state/contribute/context';
import './editing.css';

export function PanelContributeActions({ nodeId, access }: { nodeId: string; access: Access | undefined }) {
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
  if (!buttons.edit && !buttons.delete && !buttons.link && !buttons.history) return null;
  return (
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
    </div>
  );
}
