// The actor seam: who is making a request and which visibility levels they may read. No accounts yet,
// so every request is `anonymous` (public nodes only) and the demo loader is `system`. The accounts
// issue replaces `actorFrom` and keeps every service signature.
import type { Request } from 'express';
import type { Visibility } from '../../shared/vocabulary';

export interface Actor {
  /** Recorded as createdBy / in events. */
  readonly id: string;
  /** Visibility levels this actor may read. */
  readonly canSee: readonly Visibility[];
}

export const ANONYMOUS: Actor = { id: 'anonymous', canSee: ['public'] };
export const SYSTEM: Actor = { id: 'system', canSee: ['public', 'members', 'private'] };

export function actorFrom(_req: Request): Actor {
  return ANONYMOUS;
}
