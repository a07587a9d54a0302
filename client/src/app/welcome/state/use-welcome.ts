// Whether the welcome is open: at first unless seen (app/welcome/state), closed and remembered on dismiss,
// opened again by the header's « ? » entry.
import { useCallback, useState } from 'react';
import { rememberWelcomeSeen, welcomeAtFirst } from '.';

/** The page's localStorage, or none: its very getter throws where storage is blocked (sandboxed frames). */
function storage(): Storage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.localStorage;
  } catch {
    return undefined;
  }
}

export interface Welcome {
  open: boolean;
  show: () => void;
  dismiss: () => void;
}

export function useWelcome(embed: boolean): Welcome {
  const [open, setOpen] = useState(() => welcomeAtFirst(embed, storage()));
  const show = useCallback(() => setOpen(true), []);
  const dismiss = useCallback(() => {
    rememberWelcomeSeen(storage());
    setOpen(false);
  }, []);
  return { open, show, dismiss };
}
