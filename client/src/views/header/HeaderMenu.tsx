// The header's tools (add, undo/redo, language, account) inline on wide screens; on narrow ones (phones,
// ≤ 720 px) behind a "Menu" button that opens them as a panel under the header, so every control stays
// reachable from 360 px up. The panel closes on Escape (focus back to the button) and on a click outside it.
import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import './header.css';

export function HeaderMenu({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);

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

  return (
    <div className="header-menu" ref={root}>
      <button
        ref={toggle}
        type="button"
        className="header-menu__toggle button button--quiet button--small"
        data-testid="header-menu-toggle"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((was) => !was)}
      >
        <span aria-hidden="true">☰</span> {t('app.menu')}
      </button>
      <div
        id={panelId}
        className={open ? 'header-menu__tools header-menu__tools--open' : 'header-menu__tools'}
        data-testid="header-tools"
      >
        {children}
      </div>
    </div>
  );
}
