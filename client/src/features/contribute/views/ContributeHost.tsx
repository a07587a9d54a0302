// Shows the dialog answering the open contribution request (DIALOGS in ./registry.ts) in one accessible
// modal: a native <dialog> opened with showModal (the rest of the page is inert, so focus stays inside),
// labelled by the dialog's own first heading, closed by Escape or its close button. While it is open the
// map's keyboard stands aside (features/explore/keyboard/use-keyboard-navigation.ts). An action without a
// dialog yet says so, never faked.
import { Suspense, useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useContribute } from '../context';
import { DIALOGS, preloadDialogs } from './registry';
import './contribute.css';

export function ContributeHost() {
  const { t } = useTranslation();
  const { current, close } = useContribute();
  const ref = useRef<HTMLDialogElement>(null);
  const fallbackTitle = useId();
  const Dialog = current ? DIALOGS[current.action] : undefined;

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (current && !dialog.open) dialog.showModal();
    if (!current && dialog.open) dialog.close();
    if (!current) return;
    // Labelled by the dialog's own heading, whichever component rendered it, and focused on its first
    // field — once its (lazily loaded) content is there. A dialog that changes its content (loading, then
    // the form) gets a new heading: it is labelled again, so it never loses its accessible name.
    let focused = false;
    const labelAndFocus = () => {
      const heading = dialog.querySelector('h1, h2, h3');
      if (!heading) return;
      if (!heading.id) heading.id = `${fallbackTitle}-heading`;
      if (dialog.getAttribute('aria-labelledby') !== heading.id)
        dialog.setAttribute('aria-labelledby', heading.id);
      const field = focused
        ? null
        : dialog.querySelector<HTMLElement>('[autofocus], input, textarea, select');
      if (!field) return;
      focused = true;
      field.focus();
    };
    labelAndFocus();
    const observer = new MutationObserver(labelAndFocus);
    observer.observe(dialog, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [current, fallbackTitle]);

  // Every dialog's chunk is fetched once the page is idle, so opening one does not wait for the network.
  useEffect(() => {
    const idle = window.requestIdleCallback ?? ((run: () => void) => window.setTimeout(run, 2_000));
    idle(() => preloadDialogs());
  }, []);

  return (
    <dialog
      ref={ref}
      className="contribute-dialog"
      aria-modal="true"
      data-testid="contribute-dialog"
      data-action={current?.action ?? ''}
      onCancel={(event) => {
        event.preventDefault(); // Escape: closed through the state, like every other way out
        close();
      }}
    >
      {current && (
        <>
          <button
            type="button"
            className="close-button contribute-dialog__close"
            aria-label={t('contribute.close')}
            onClick={close}
          >
            ×
          </button>
          {Dialog ? (
            <Suspense fallback={null}>
              <Dialog key={current.action} request={current} onClose={close} />
            </Suspense>
          ) : (
            <div>
              <h2 id={fallbackTitle}>{t('contribute.comingSoonTitle')}</h2>
              <p>{t('contribute.comingSoon')}</p>
            </div>
          )}
        </>
      )}
    </dialog>
  );
}
