// Which dialog answers each contribution action. Each feature adds its own lines; an action without a
// dialog here is not offered by the maieutic prompts, never faked.
import { type ComponentType, lazy } from 'react';
import type { ContributeAction, ContributeRequest } from '..';

export interface DialogProps {
  request: ContributeRequest;
  onClose: () => void;
}

// Each dialog is its own chunk, loaded when the page is idle (preloadDialogs) or when first opened, so
// contributing adds nothing to the JavaScript the map waits for.
const loaders: (() => Promise<unknown>)[] = [];
function lazyDialog(load: () => Promise<ComponentType<DialogProps>>): ComponentType<DialogProps> {
  loaders.push(load);
  return lazy(async () => ({ default: await load() }));
}

/** Fetches every dialog's chunk ahead of use (called once the map is drawn and the page is idle). */
export function preloadDialogs(): void {
  for (const load of loaders) void load().catch(() => undefined);
}

const AskDialog = lazyDialog(() => import('../../ask/views/AskDialog').then((m) => m.AskDialog));
const GrowSeedDialog = lazyDialog(() =>
  import('../../ask/views/GrowSeedDialog').then((m) => m.GrowSeedDialog),
);
const LoginDialog = lazyDialog(() => import('../../auth/AuthDialog').then((m) => m.LoginDialog));
const RegisterDialog = lazyDialog(() => import('../../auth/AuthDialog').then((m) => m.RegisterDialog));
const PhotoUploadDialog = lazyDialog(() =>
  import('../../photos/views/PhotoUploadDialog').then((m) => m.PhotoUploadDialog),
);
const AddNodeDialog = lazyDialog(() => import('./AddNodeDialog').then((m) => m.AddNodeDialog));
const DeleteNodeDialog = lazyDialog(() => import('./DeleteNodeDialog').then((m) => m.DeleteNodeDialog));
const EditNodeDialog = lazyDialog(() => import('./EditNodeDialog').then((m) => m.EditNodeDialog));
const HistoryDialog = lazyDialog(() => import('./HistoryDialog').then((m) => m.HistoryDialog));
const LinkDialog = lazyDialog(() => import('./LinkDialog').then((m) => m.LinkDialog));
const EraseNodeDialog = lazyDialog(() =>
  import('../../erasure/EraseNodeDialog').then((m) => m.EraseNodeDialog),
);
const EraseAccountDialog = lazyDialog(() =>
  import('../../erasure/EraseAccountDialog').then((m) => m.EraseAccountDialog),
);
const StanceDialog = lazyDialog(() => import('./StanceDialog').then((m) => m.StanceDialog));

export const DIALOGS: Partial<Record<ContributeAction, ComponentType<DialogProps>>> = {
  login: LoginDialog,
  register: RegisterDialog,
  'add-photo': PhotoUploadDialog,
  // the ask flow (features/ask/views)
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
  // erasing (features/erasure): an admin's, a person's own account
  'erase-node': EraseNodeDialog,
  'erase-account': EraseAccountDialog,
};
