// Erasing (issue 13 §3): an admin erases a node, a person erases their own account. The rules (admins
// only; an account's person only with the account; the password asked again) are here, the writes in the
// write path (server/graph-writes/erasure.ts), in one transaction each. A photo's files are removed from
// disk once the transaction has committed: a failed erasure leaves them, a done one leaves nothing.
import type { EraseAccount, ErasedAnswer } from '../../shared/erasure';
import type { AuthService } from '../auth/auth.service';
import type { Database } from '../db/database';
import { eraseAccount, eraseNodes, isAccountPerson } from '../graph-writes/erasure';
import * as graph from '../graph-writes/graph-writes';
import { type Actor, requireAccount } from '../http/actor';
import { AppError, notFound } from '../http/errors';
import { mayErase } from '../permissions/permissions.rules';
import { forbidden } from '../permissions/permissions.service';
import type { PhotoStore } from '../photos/photo-store';

export function createErasureService(db: Database, auth: AuthService, photos: PhotoStore | null) {
  async function removePhotoFiles(names: string[]): Promise<void> {
    for (const name of names) await photos?.remove({ photoFile: name });
  }

  return {
    async eraseNode(actor: Actor, id: string, reason: string): Promise<ErasedAnswer> {
      requireAccount(actor);
      const erased = await db.write(async (tx) => {
        const w = graph.writer(tx, actor);
        const decision = mayErase(actor, { accountPerson: await isAccountPerson(w, id) });
        if (!decision.allowed) {
          throw decision.rule.startsWith('an account')
            ? new AppError('CONFLICT', `Node ${id} is an account's person: ${decision.rule}`, {
                rule: 'account-person',
              })
            : forbidden('erase this node', decision);
        }
        const done = await eraseNodes(w, [id], reason);
        if (done.nodeIds.length === 0) throw notFound(`Node ${id}`);
        return done;
      });
      await removePhotoFiles(erased.photoFiles);
      return { nodeIds: erased.nodeIds, scrubbedEvents: erased.scrubbedEvents };
    },

    async eraseAccount(actor: Actor, input: EraseAccount): Promise<ErasedAnswer> {
      requireAccount(actor);
      await auth.confirmPassword(actor.id, input.password);
      const erased = await db.write((tx) => eraseAccount(graph.writer(tx, actor), input.contributions));
      await removePhotoFiles(erased.photoFiles);
      return { nodeIds: erased.nodeIds, scrubbedEvents: erased.scrubbedEvents };
    },
  };
}

export type ErasureService = ReturnType<typeof createErasureService>;
