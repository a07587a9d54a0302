// The contribution context: who is logged in, how to open a dialog, and how to show on the map a node
// that was just created or changed (fetched with its neighbourhood, placed, selected). App provides it.
import { createContext, useContext } from 'react';
import type { Me } from '../../../../shared/auth';
import type { RevertResponse } from '../../../../shared/history';
import type { ContributeRequest } from './index';

export interface Contribute {
  /** The logged-in account, null for a visitor, undefined while it is being asked. */
  me: Me | null | undefined;
  /** Asks the server again who is logged in (after login, register, logout). */
  refreshMe: () => Promise<void>;
  /** Opens the dialog answering this request (a visitor is sent to log in first). */
  open: (request: ContributeRequest) => void;
  close: () => void;
  /** Puts a created or changed node on the map (with its neighbourhood) and selects it. */
  showNode: (nodeId: string) => Promise<void>;
  /** A node was deleted: take it off the map and clear the selection if it was selected. */
  forgetNode: (nodeId: string) => void;
  /**
   * An action was reverted: the map follows every event of the revert's answer (links taken off or drawn
   * again, nodes taken off, or shown again — the last one selected).
   */
  followRevert: (revert: RevertResponse) => Promise<void>;
  /** The request being answered, if any. */
  current: ContributeRequest | null;
}

export const ContributeContext = createContext<Contribute | null>(null);

export function useContribute(): Contribute {
  const value = useContext(ContributeContext);
  if (!value) throw new Error('useContribute needs a ContributeContext provider (App)');
  return value;
}
