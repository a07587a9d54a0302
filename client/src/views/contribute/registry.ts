// Which dialog answers each contribution action. Each feature adds its own lines; an action without a
// dialog here is shown as "coming soon" by the maieutic prompts, never faked.
import type { ComponentType } from 'react';
import type { ContributeAction, ContributeRequest } from '../../state/contribute';
import { AskDialog } from '../ask/AskDialog';
import { GrowSeedDialog } from '../ask/GrowSeedDialog';
import { LoginDialog, RegisterDialog } from '../auth/AuthDialog';
import { PhotoUploadDialog } from '../photos/PhotoUploadDialog';
import { AddNodeDialog } from './AddNodeDialog';
import { DeleteNodeDialog } from './DeleteNodeDialog';
import { EditNodeDialog } from './EditNodeDialog';
import { HistoryDialog } from './HistoryDialog';
import { LinkDialog } from './LinkDialog';
import { StanceDialog } from './StanceDialog';

export interface DialogProps {
  request: ContributeRequest;
  onClose: () => void;
}

export const DIALOGS: Partial<Record<ContributeAction, ComponentType<DialogProps>>> = {
  login: LoginDialog,
  register: RegisterDialog,
  'add-photo': PhotoUploadDialog,
  // the ask flow (views/ask)
  'ask-question': AskDialog,
  'ask-follow-up': AskDialog,
  'ask-why': AskDialog,
  'ask-why-not': AskDialog,
  'add-founding-question': AskDialog,
  'ask-prompted-question': AskDialog,
  'grow-seed': GrowSeedDialog,
  // editing (i4-ui):
  'edit-node': EditNodeDialog,
  'delete-node': DeleteNodeDialog,
  history: HistoryDialog,
  'add-person': AddNodeDialog,
  'add-community': AddNodeDialog,
  'add-web-resource': AddNodeDialog,
  'add-resource': AddNodeDialog,
  'take-stance': StanceDialog,
  'link-node': LinkDialog,
  'link-resource': LinkDialog,
  'propose-animator': LinkDialog,
  'propose-resource-person': LinkDialog,
  'propose-community': LinkDialog,
  'gather-seed': LinkDialog,
  'join-seed': LinkDialog,
  'join-community': LinkDialog,
  'add-asker': LinkDialog,
};
