// The first-visit welcome: shown until the visitor dismisses it once, then remembered in localStorage
// (reopened on demand from the header). localStorage can throw (privacy modes, sandboxed frames): then
// the welcome counts as not seen, and dismissing it only holds for this visit.
export const WELCOME_STORAGE_KEY = 'semis.welcome';
export const WELCOME_SEEN = 'seen';

export function welcomeSeen(storage: Pick<Storage, 'getItem'> | undefined): boolean {
  try {
    return storage?.getItem(WELCOME_STORAGE_KEY) === WELCOME_SEEN;
  } catch {
    return false;
  }
}

export function rememberWelcomeSeen(storage: Pick<Storage, 'setItem'> | undefined): void {
  try {
    storage?.setItem(WELCOME_STORAGE_KEY, WELCOME_SEEN);
  } catch {
    // not remembered: it comes back on the next visit
  }
}

/** Shown at first: never in the embed (a page of someone else's site), else until seen once. */
export function welcomeAtFirst(embed: boolean, storage: Pick<Storage, 'getItem'> | undefined): boolean {
  return !embed && !welcomeSeen(storage);
}
