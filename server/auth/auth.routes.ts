// HTTP routes for accounts: register and log in (rate-limited; both set the session cookie), log out
// (deletes the session, clears the cookie) and who am I (`{ person: null }` for a visitor: not an error).
import { Router } from 'express';
import { ENDPOINTS } from '../../shared/api';
import type { WhoAmI } from '../../shared/auth';
import { actorFrom } from '../http/actor';
import { parseBody } from '../http/validate';
import type { AuthOptions } from './auth.options';
import type { AuthService } from './auth.service';
import { clearSessionCookie, setSessionCookie } from './cookies';
import { authRateLimit } from './rate-limit';
import { sessionToken } from './session.middleware';

/** `onLogout`: a session ended here (its live streams end with it). */
export function authRoutes(
  auth: AuthService,
  options: AuthOptions,
  onLogout: (token: string) => void = () => {},
): Router {
  const router = Router();
  const limited = authRateLimit(options);

  router.post(ENDPOINTS.register.path, limited, async (req, res) => {
    const input = parseBody(ENDPOINTS.register.body, req);
    const { me, token } = await auth.register(input);
    setSessionCookie(res, options, token);
    res.status(201).json(me);
  });

  router.post(ENDPOINTS.login.path, limited, async (req, res) => {
    const input = parseBody(ENDPOINTS.login.body, req);
    const previous = sessionToken(req.cookies, options);
    const { me, token } = await auth.login(input);
    if (previous) {
      await auth.logout(previous); // logging in again replaces the session this browser had
      onLogout(previous);
    }
    setSessionCookie(res, options, token);
    res.json(me);
  });

  router.post(ENDPOINTS.logout.path, async (req, res) => {
    const token = sessionToken(req.cookies, options);
    if (token) {
      await auth.logout(token);
      onLogout(token);
    }
    clearSessionCookie(res, options);
    res.status(204).end();
  });

  router.get(ENDPOINTS.me.path, (req, res) => {
    const actor = actorFrom(req);
    const me: WhoAmI =
      actor.role === 'member' || actor.role === 'admin'
        ? { person: { id: actor.id, name: actor.name }, role: actor.role }
        : { person: null, role: null };
    res.json(me);
  });

  return router;
}
