// The header's contribution tools: "Add…" (a person, a community, a web resource) and, for a logged-in
// person, "Undo my last action" (reverts my newest event from /api/history/mine that is not reverted yet).
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchMyHistory } from '../../api/contribute';
import type { ContributeAction } from '../../state/contribute';
import { useContribute } from '../../state/contribute/context';
import { undoTarget } from '../../state/history-view';
import { SubmitError } from './SubmitError';
import { useRevert } from './useRevert';
import { useSubmit } from './useSubmit';
import './editing.css';

const ADDS: [ContributeAction, string, 'addPerson' | 'addCommunity' | 'addWebResource'][] = [
  ['add-person', 'add-person-button', 'addPerson'],
  ['add-community', 'add-community-button', 'addCommunity'],
  ['add-web-resource', 'add-web-resource-button', 'addWebResource'],
];

export function ContributeBar() {
  const { t } = useTranslation();
  const { me, open } = useContribute();
  const revert = useRevert();
  const submit = useSubmit();
  const [message, setMessage] = useState<'done' | 'nothing' | null>(null);
  const [menuOpen, setMenuOpen] = useState(false);

  // The result is said for a few seconds, then leaves the header.
  useEffect(() => {
    if (!message) return;
    const timer = setTimeout(() => setMessage(null), 6_000);
    return () => clearTimeout(timer);
  }, [message]);

  const undo = async () => {
    if (!me) return;
    setMessage(null);
    const result = await submit.run(async () => {
      const target = undoTarget(await fetchMyHistory(), me.person.id);
      if (!target) return 'nothing' as const;
      await revert(target);
      return 'done' as const;
    });
    if (result) setMessage(result);
  };

  return (
    <div className="contribute-bar">
      <details className="add-menu" open={menuOpen} onToggle={(e) => setMenuOpen(e.currentTarget.open)}>
        <summary className="button button--quiet button--small contribute-action" data-testid="add-menu">
          {t('contribute.buttons.add')}
        </summary>
        <div className="add-menu__list">
          {ADDS.map(([action, testId, label]) => (
            <button
              key={action}
              type="button"
              className="add-menu__item"
              data-testid={testId}
              onClick={() => {
                setMenuOpen(false);
                open({ action });
              }}
            >
              {t(`contribute.buttons.${label}`)}
            </button>
          ))}
        </div>
      </details>
      {me && (
        <button
          type="button"
          className="button button--quiet button--small contribute-action"
          data-testid="undo-button"
          aria-label={t('contribute.undo.button')}
          title={t('contribute.undo.button')}
          disabled={submit.busy}
          onClick={() => void undo()}
        >
          {submit.busy ? t('contribute.undo.working') : t('contribute.undo.short')}
        </button>
      )}
      <div
        className="contribute-bar__status"
        role="status"
        data-testid="undo-status"
        data-result={message ?? ''}
      >
        {message === 'done'
          ? t('contribute.undo.done')
          : message === 'nothing'
            ? t('contribute.undo.nothing')
            : ''}
        <SubmitError error={submit.error} conflict={t('contribute.history.revertConflict')} />
      </div>
    </div>
  );
}
