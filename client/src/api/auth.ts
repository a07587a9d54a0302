// The accounts API: register, log in and log out through sendJson (CSRF header, checked answers), and
// who is logged in (a visitor gets `{ person: null }`, which is null here).
import { type Login, type Me, meSchema, type Register, whoAmISchema } from '../../../shared/auth';
import { getJson } from './http';
import { sendJson } from './send';

export async function register(body: Register): Promise<Me> {
  return (await sendJson('POST /api/auth/register', 'POST', '/api/auth/register', meSchema, { body })).data;
}

export async function logIn(body: Login): Promise<Me> {
  return (await sendJson('POST /api/auth/login', 'POST', '/api/auth/login', meSchema, { body })).data;
}

export async function logOut(): Promise<void> {
  await sendJson('POST /api/auth/logout', 'POST', '/api/auth/logout', null);
}

/** The logged-in account, or null for a visitor. */
export async function fetchMe(signal?: AbortSignal): Promise<Me | null> {
  const answer = await getJson('GET /api/auth/me', '/api/auth/me', whoAmISchema, signal);
  return answer.person ? answer : null;
}
