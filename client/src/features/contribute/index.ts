// What a contribution request is: an action (a maieutic prompt's, or a panel button's) on a node, and
// the registry that says which dialog answers each action. Views open a request through the
// ContributeContext (./context.ts); the dialog host (features/contribute/views/ContributeHost.tsx) shows it.
import type { PromptAction } from '../panel/node-details/types';

/** Every action a dialog can answer: the prompts' and the panel's own buttons. */
export type ContributeAction =
  | PromptAction
  | 'login'
  | 'register'
  | 'edit-node'
  | 'delete-node'
  | 'link-node'
  | 'add-person'
  | 'add-community'
  | 'add-web-resource'
  | 'add-photo'
  | 'history'
  | 'erase-node'
  | 'erase-account';

export interface ContributeRequest {
  action: ContributeAction;
  /** The node the action starts from (the selected one), when there is one. */
  nodeId?: string;
}

/** Whether an action needs an account (all do, except logging in and registering). */
export const needsAccount = (action: ContributeAction) => action !== 'login' && action !== 'register';
