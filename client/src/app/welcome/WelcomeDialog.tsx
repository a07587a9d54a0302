// The first-visit welcome (issue 11 §3): what Semis is, what a seed is, and the ways to start — explore,
// ask a question, join. A native modal <dialog> labelled by its heading; dismissed by its buttons or
// Escape, and then remembered (app/welcome/state), so it does not come back; the header's « ? » entry opens it
// again. Not shown in the embed.
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContributeAction } from '../../features/contribute';
import { useContribute } from '../../features/contribute/context';
import './welcome.css';

interface Props {
  open: boolean;
  onDismiss: () => void;
}

export function WelcomeDialog({ open, onDismiss }: Props) {
  const { t } = useTranslation();
  const { me, open: openAction } = useContribute();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      // the way on (explore) has the focus, not the × that showModal would pick first
      dialog.querySelector<HTMLElement>('[data-testid="welcome-dismiss"]')?.focus();
    }
    if (!open && dialog.open) dialog.close();
  }, [open]);

  const start = (action: ContributeAction) => {
    onDismiss();
    openAction({ action });
  };

  return (
    <dialog
      ref={ref}
      className="welcome"
      data-testid="welcome"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault(); // Escape: dismissed through the state, like the buttons
        onDismiss();
      }}
    >
      {open && (
        <>
          <button
            type="button"
            className="close-button welcome__close"
            aria-label={t('welcome.close')}
            onClick={onDismiss}
          >
            ×
          </button>
          <h2 id={titleId}>{t('welcome.title')}</h2>
          <p>{t('welcome.what')}</p>
          <p>{t('welcome.seed')}</p>
          <h3>{t('welcome.startTitle')}</h3>
          <ul className="welcome__ways">
            <li>{t('welcome.explore')}</li>
            <li>{t('welcome.ask')}</li>
            <li>{t('welcome.join')}</li>
          </ul>
          <div className="welcome__actions">
            <button
              type="button"
              className="button welcome__dismiss"
              data-testid="welcome-dismiss"
              onClick={onDismiss}
            >
              {t('welcome.dismiss')}
            </button>
            <button
              type="button"
              className="button button--quiet"
              data-testid="welcome-ask"
              onClick={() => start('ask-question')}
            >
              {t('welcome.askButton')}
            </button>
            {me === null && (
              <button
                type="button"
                className="button button--quiet"
                data-testid="welcome-register"
                onClick={() => start('register')}
              >
                {t('welcome.joinButton')}
              </button>
            )}
          </div>
        </>
      )}
    </dialog>
  );
}

/** The header's entry that opens the welcome again. */
export function WelcomeButton({ onShow }: { onShow: () => void }) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className="button button--quiet button--small welcome-button"
      data-testid="welcome-button"
      aria-label={t('welcome.open')}
      title={`${t('welcome.open')} — ${t('welcome.openHint')}`}
      onClick={onShow}
    >
      {/* A bare « ? » in the wide header (it must fit beside the account tools); the word shows in the phone menu. */}
      <span aria-hidden="true">?</span>
      <span className="welcome-button__label" aria-hidden="true">
        {' '}
        {t('welcome.open')}
      </span>
    </button>
  );
}
