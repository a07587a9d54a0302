// The header's contribution tools: "Add…" (a person, a community, a web resource) and, for a logged-in
// person, "Défaire" / Undo (reverts my newest event from /api/history/mine that is not reverted yet) and,
// after an undo, "Rétablir" / Redo (reverts that undo: the server makes the change again, with its rights).
// The undos that can be redone are kept for the visit, newest last.
import { type ReactNode, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HistoryEvent } from '../../../../../shared/history';
import { fetchMyHistory } from '../../../api/contribute';
import { useSubmit } from '../../../ui/forms/use-submit';
import type { ContributeAction } from '..';
import { useContribute } from '../context';
import { undoTarget } from '../history-view';
import { SubmitError } from './SubmitError';
import { useRevert } from './use-revert';
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
  const [message, setMessage] = useState<'done' | 'nothing' | 'redone' | null>(null);
  // The undos that can be redone belong to the account that made them: another account starts with none.
  const person = me?.person.id ?? null;
  const [kept, setKept] = useState<{ person: string | null; undos: HistoryEvent[] }>({ person, undos: [] });
  const undos = kept.person === person ? kept.undos : [];
  const setUndos = (next: (list: HistoryEvent[]) => HistoryEvent[]) =>
    setKept((was) => ({ person, undos: next(was.person === person ? was.undos : []) }));
  const redoable = useMemo(() => new Set(undos.map((u) => u.id)), [undos]);
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
      const target = undoTarget(await fetchMyHistory(), me.person.id, redoable);
      if (!target) return 'nothing' as const;
      const undone = await revert(target);
      setUndos((list) => [...list, undone]);
      return 'done' as const;
    });
    if (result) setMessage(result);
  };

  const redo = async () => {
    const last = undos.at(-1);
    if (!last) return;
    setMessage(null);
    // Redone or refused (changed since, no right any more): either way it is no longer offered.
    setUndos((list) => list.slice(0, -1));
    const result = await submit.run(async () => {
      await revert(last);
      return 'redone' as const;
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
        <StepButton
          testId="undo-button"
          label={t('contribute.undo.button')}
          busy={submit.busy}
          onClick={undo}
        >
          {submit.busy ? t('contribute.undo.working') : t('contribute.undo.short')}
        </StepButton>
      )}
      {me && undos.length > 0 && (
        <StepButton
          testId="redo-button"
          label={t('contribute.undo.redoButton')}
          busy={submit.busy}
          onClick={redo}
        >
          {t('contribute.undo.redo')}
        </StepButton>
      )}
      <div
        className="contribute-bar__status"
        role="status"
        data-testid="undo-status"
        data-result={message ?? ''}
      >
        {message ? t(`contribute.undo.${message}`) : ''}
        <SubmitError error={submit.error} conflict={t('contribute.history.revertConflict')} />
        {submit.error && (
          <button
            type="button"
            className="contribute-bar__dismiss"
            data-testid="undo-error-dismiss"
            aria-label={t('contribute.close')}
            onClick={submit.clear}
          >
            ×
          </button>
        )}
      </div>
    </div>
  );
}

/** A step back or forward through my own changes (undo, redo): its full name as label and tooltip. */
function StepButton(props: {
  testId: string;
  label: string;
  busy: boolean;
  onClick: () => Promise<void>;
  children: ReactNode;
}) {
  return (
    <button
      type="button"
      className="button button--quiet button--small contribute-action"
      data-testid={props.testId}
      aria-label={props.label}
      title={props.label}
      disabled={props.busy}
      onClick={() => void props.onClick()}
    >
      {props.children}
    </button>
  );
}
