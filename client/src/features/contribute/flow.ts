// Which dialog is open, as pure steps: a visitor asking for an action that needs an account is shown the
// login dialog first, and the action waits (`pending`) until the dialog closes logged in. Switching
// between login and register keeps the waiting action.
import type { Me } from '../../../../shared/auth';
import { type ContributeRequest, needsAccount } from './index';

export interface DialogState {
  current: ContributeRequest | null;
  /** The action a visitor asked for, shown once they are logged in. */
  pending: ContributeRequest | null;
}

export const NO_DIALOG: DialogState = { current: null, pending: null };

const isAuth = (request: ContributeRequest) => !needsAccount(request.action);

export function openStep(
  state: DialogState,
  request: ContributeRequest,
  me: Me | null | undefined,
): DialogState {
  if (needsAccount(request.action) && !me) {
    return { current: { action: 'login', nodeId: request.nodeId }, pending: request };
  }
  return { current: request, pending: isAuth(request) ? state.pending : null };
}

/** Closing: the waiting action opens when the visitor is now logged in; otherwise everything closes. */
export function closeStep(state: DialogState, me: Me | null | undefined): DialogState {
  if (state.current && isAuth(state.current) && state.pending && me) {
    return { current: state.pending, pending: null };
  }
  return NO_DIALOG;
}
