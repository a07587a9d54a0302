// The first-visit welcome's memory (client/src/app/welcome/state): shown until dismissed once, never in the
// embed, and a storage that throws only means "not remembered".
import { describe, expect, it } from 'vitest';
import {
  rememberWelcomeSeen,
  WELCOME_SEEN,
  WELCOME_STORAGE_KEY,
  welcomeAtFirst,
  welcomeSeen,
} from '../../client/src/app/welcome/state';

function memoryStorage(): Pick<Storage, 'getItem' | 'setItem'> {
  const values = new Map<string, string>();
  return {
    getItem: (key) => values.get(key) ?? null,
    setItem: (key, value) => void values.set(key, value),
  };
}

const throwing: Pick<Storage, 'getItem' | 'setItem'> = {
  getItem: () => {
    throw new Error('SecurityError');
  },
  setItem: () => {
    throw new Error('QuotaExceededError');
  },
};

describe('the welcome remembered', () => {
  it('is shown on a first visit, and no more once dismissed', () => {
    const storage = memoryStorage();
    expect(welcomeSeen(storage)).toBe(false);
    expect(welcomeAtFirst(false, storage)).toBe(true);
    rememberWelcomeSeen(storage);
    expect(storage.getItem(WELCOME_STORAGE_KEY)).toBe(WELCOME_SEEN);
    expect(welcomeSeen(storage)).toBe(true);
    expect(welcomeAtFirst(false, storage)).toBe(false);
  });

  it('is never shown in the embed', () => {
    expect(welcomeAtFirst(true, memoryStorage())).toBe(false);
  });

  it('counts another stored value as not seen', () => {
    const storage = memoryStorage();
    storage.setItem(WELCOME_STORAGE_KEY, 'maybe');
    expect(welcomeSeen(storage)).toBe(false);
  });

  it('shows it, and does not throw, when storage is unavailable', () => {
    expect(welcomeSeen(undefined)).toBe(false);
    expect(welcomeAtFirst(false, throwing)).toBe(true);
    expect(() => rememberWelcomeSeen(throwing)).not.toThrow();
    expect(() => rememberWelcomeSeen(undefined)).not.toThrow();
  });
});
