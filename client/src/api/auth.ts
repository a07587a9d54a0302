// The accounts API: register, log in and log out (CSRF header, checked answers), and who is logged in (a
// visitor gets `{ person: null }`, which is null here) — each a `call` of the shared contract.
import { ENDPOINTS } from '../../../shared/api';
import type { Login, Me, Register } from '../../../shared/auth';
import { call } from './call';

export function register(body: Register): Promise<Me> {
  return call(ENDPOINTS.register, { body });
}

export function logIn(body: Login): Promise<Me> {
  return call(ENDPOINTS.login, { body });
}

export async function logOut(): Promise<void> {
  await call(ENDPOINTS.logout, {});
}

/** The logged-in account, or null for a visitor. */
export async function fetchMe(signal?: AbortSignal): Promise<Me | null> {
  const answer = await call(ENDPOINTS.me, { signal });
  return answer.person ? answer : null;
}
