// Which dialog answers each contribution action. Each feature adds its own lines; an action without a
// dialog here is shown as "coming soon" by the maieutic prompts, never faked.
import type { ComponentType } from 'react';
import type { ContributeAction, ContributeRequest } from '../../state/contribute';
import { LoginDialog, RegisterDialog } from '../auth/AuthDialog';

export interface DialogProps {
  request: ContributeRequest;
  onClose: () => void;
}

export const DIALOGS: Partial<Record<ContributeAction, ComponentType<DialogProps>>> = {
  login: LoginDialog,
  register: RegisterDialog,
  // 'ask-follow-up': AskDialog, …    (ask flow)
  // 'add-photo': PhotoUploadDialog … (photos)
  // 'edit-node': EditNodeDialog, …   (editing)
};
