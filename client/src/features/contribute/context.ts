// The contribution context: who is logged in, how to open a dialog, and how a write's answer reaches the
// map and the panels (applyChange, map/apply-change.ts). App provides it.
import { createContext, useContext } from 'react';
import type { Me } from '../../../../shared/auth';
import type { ApplyChange } from '../../map/apply-change';
import type { ContributeRequest } from './index';

export interface Contribute {
  /** The logged-in account, null for a visitor, undefined while it is being asked. */
  me: Me | null | undefined;
  /** Asks the server again who is logged in (after login, register, logout). */
  refreshMe: () => Promise<void>;
  /** Opens the dialog answering this request (a visitor is sent to log in first). */
  open: (request: ContributeRequest) => void;
  close: () => void;
  /** A write's answer onto the map and the panels; the node acted on (or `select`) is selected. */
  applyChange: ApplyChange;
  /** The request being answered, if any. */
  current: ContributeRequest | null;
}

export const ContributeContext = createContext<Contribute | null>(null);

export function useContribute(): Contribute {
  const value = useContext(ContributeContext);
  if (!value) throw new Error('useContribute needs a ContributeContext provider (App)');
  return value;
}
