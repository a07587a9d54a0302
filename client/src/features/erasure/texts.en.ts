// English texts of erasing (features/erasure): the same keys as texts.fr.ts.
import type { erasureFr } from './texts.fr';

export const erasureEn: typeof erasureFr = {
  node: {
    button: 'Erase for good',
    title: 'Erase “{{title}}” for good',
    explain:
      'Deleting can be undone; erasing cannot. The node is deleted and its text removed from the whole history (and from its links’): only its shape remains, “Erased content”. A photo is removed from the disk. No one will be able to bring it back.',
    reason: 'Why? (kept in the history, without the content)',
    confirm: 'Erase for good',
    done_one: 'Erased: {{count}} event of the history scrubbed.',
    done_other: 'Erased: {{count}} events of the history scrubbed.',
  },
  account: {
    open: 'My account',
    title: 'Your account',
    signedInAs: 'Logged in as {{name}}.',
    eraseTitle: 'Erase my account',
    explain:
      'Your account, your sessions, what you follow and your inbox are deleted, and nothing names you any more: the history will say “a person”. This cannot be undone.',
    choose: 'What you brought (questions, resources, stances, links)',
    keep: 'Leave it, attributed to “a person”',
    keepHint: 'Your card becomes “A person”, with no name, bio or skills.',
    remove: 'Erase it with me',
    removeHint: 'The nodes and links you created are erased, with your card.',
    password: 'Your password, to confirm',
    wrongPassword: 'That is not your password: nothing was erased.',
    confirm: 'Erase my account',
    close: 'Close',
  },
};
