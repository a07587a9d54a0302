// The actor seam: who is making a request and which visibility levels they may read. The session
// middleware (server/auth) puts the logged-in actor in `res.locals.actor`; without one the request is
// the anonymous visitor (public nodes only). Semis itself acts as `system` (the demo loader, a question's
// status following its seeds).
import type { Request } from 'express';
import type { GlobalRole } from '../../shared/auth';
import { SYSTEM_ACTOR_ID } from '../../shared/history';
import type { Visibility } from '../../shared/vocabulary';
import { AppError } from './errors';

export interface Actor {
  /** The account's Person id (recorded as createdBy and in events); 'anonymous' or 'system' otherwise. */
  readonly id: string;
  readonly name: string;
  readonly role: GlobalRole | 'system';
  /**
   * Visibility levels this actor may read everywhere. `private` nodes outside this list are still
   * visible to those who may edit them: their author, the authors, editors and animators of their seeds
   * (server/db/visibility.ts).
   */
  readonly canSee: readonly Visibility[];
}

export const ANONYMOUS: Actor = { id: 'anonymous', name: 'anonymous', role: 'visitor', canSee: ['public'] };
/** Semis itself: the demo loader, and the consequences the graph has (a question's status, seeds/). */
export const SYSTEM: Actor = {
  id: SYSTEM_ACTOR_ID,
  name: 'Semis',
  role: 'system',
  canSee: ['public', 'members', 'private'],
};

/** What a logged-in account may read by its global role. */
export function accountActor(personId: string, name: string, role: 'member' | 'admin'): Actor {
  return {
    id: personId,
    name,
    role,
    canSee: role === 'admin' ? ['public', 'members', 'private'] : ['public', 'members'],
  };
}

export function actorFrom(req: Request): Actor {
  return (req.res?.locals.actor as Actor | undefined) ?? ANONYMOUS;
}

/** Writes need an account: 401 for the anonymous visitor. */
export function requireAccount(actor: Actor): void {
  if (actor.role === 'visitor') {
    throw new AppError('UNAUTHENTICATED', 'Log in to do this: writes need an account');
  }
}
