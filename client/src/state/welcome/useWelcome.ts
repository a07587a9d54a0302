// Whether the welcome is open: at first unless seen (state/welcome), closed and remembered on dismiss,
// opened again by the header's « ? » entry.
import { useCallback, useState } from 'react';
import { rememberWelcomeSeen, welcomeAtFirst } from '.';

const storage = (): Storage | undefined => (typeof localStorage === 'undefined' ? undefined : localStorage);

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
