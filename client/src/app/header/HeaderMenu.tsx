// The header's tools (add, undo/redo, language, account) inline when they fit; when they do not (phones,
// but also a member's longer header on a 1024 px tablet) behind a "Menu" button that opens them as a panel
// under the header, so every control stays reachable from 360 px up. Whether they fit is measured
// (use-fits-inline.ts), not guessed from a breakpoint: the tools' width depends on the language and on who is
// logged in. The panel closes on Escape (focus back to the button), on a click outside it, and once one of
// its tools is used.
import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import './header.css';
import { useFitsInline } from './use-fits-inline';

export function HeaderMenu({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const tools = useRef<HTMLDivElement>(null);
  const fits = useFitsInline(root, tools, open);

  useEffect(() => {
    if (fits) setOpen(false);
  }, [fits]);

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      toggle.current?.focus();
    };
    const onPointer = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [open]);

  // A tool used from the open panel closes it (a summary only opens its own sub-menu, and the language
  // switch keeps the panel to show the result: they leave it open). Keyboard activation fires click too.
  useEffect(() => {
    const panel = tools.current;
    if (!open || !panel) return;
    const closeAfterUse = (event: MouseEvent) => {
      const used = (event.target as HTMLElement).closest('button, a, summary');
      if (used && used.tagName !== 'SUMMARY' && !used.closest('.lang-switch')) setOpen(false);
    };
    panel.addEventListener('click', closeAfterUse);
    return () => panel.removeEventListener('click', closeAfterUse);
  }, [open]);

  return (
    <div className={fits ? 'header-menu' : 'header-menu header-menu--collapsed'} ref={root}>
      <button
        ref={toggle}
        type="button"
        className="header-menu__toggle button button--quiet button--small"
        data-testid="header-menu-toggle"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((was) => !was)}
      >
        <span aria-hidden="true">☰</span> <span className="header-menu__label">{t('app.menu')}</span>
      </button>
      <div
        ref={tools}
        id={panelId}
        className={open ? 'header-menu__tools header-menu__tools--open' : 'header-menu__tools'}
        data-testid="header-tools"
      >
        {children}
      </div>
    </div>
  );
}
