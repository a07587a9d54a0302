// Account use cases: register (an :Account, its public :Entity:Person node and the node.create event, in
// one transaction — the node through the write path, server/graph-writes), log in (a new session each time), log out, and who a session token belongs to
// (idle and absolute expiry; an expired session is deleted).
import { randomUUID } from 'node:crypto';
import { Neo4jError } from 'neo4j-driver';
import type { Login, Me, Register } from '../../shared/auth';
import type { Database, Tx } from '../db/database';
import * as graph from '../graph-writes/graph-writes';
import { type Actor, accountActor } from '../http/actor';
import { AppError } from '../http/errors';
import type { AuthOptions } from './auth.options';
import * as repo from './auth.repository';
import { hashPassword, newToken, sha256, verifyAgainstDummy, verifyPassword } from './secrets';

/** lastSeenAt is written at most this often, so reads stay reads. */
const TOUCH_EVERY_MS = 60_000;

const emailTaken = () => new AppError('EMAIL_TAKEN', 'An account already uses this email');
const invalidCredentials = () =>
  new AppError('INVALID_CREDENTIALS', 'The email or the password is not right');

const isConstraintViolation = (error: unknown) =>
  error instanceof Neo4jError && error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed';

export interface LoggedIn {
  me: Me;
  /** The session token for the cookie; only its SHA-256 is stored. */
  token: string;
}

export function createAuthService(db: Database, options: AuthOptions) {
  const roleFor = (email: string) => (options.adminEmails.includes(email) ? 'admin' : 'member');

  async function openSession(tx: Tx, accountId: string) {
    const token = newToken();
    await repo.insertSession(tx, {
      tokenHash: sha256(token),
      accountId,
      expiresAt: Date.now() + options.maxAgeMs,
    });
    return token;
  }

  return {
    async register(input: Register): Promise<LoggedIn> {
      const passwordHash = await hashPassword(input.password);
      const role = roleFor(input.email);
      const personId = randomUUID();
      const accountId = randomUUID();
      const actor = accountActor(personId, input.name, role);
      try {
        const token = await db.write(async (tx) => {
          if (await repo.findAccountByEmail(tx, input.email)) throw emailTaken();
          await graph.createNode(
            graph.writer(tx, actor),
            { kind: 'Person', title: input.name },
            { id: personId },
          );
          await repo.insertAccount(tx, { id: accountId, email: input.email, passwordHash, role, personId });
          return openSession(tx, accountId);
        });
        return { me: { person: { id: personId, name: input.name }, role }, token };
      } catch (error) {
        throw isConstraintViolation(error) ? emailTaken() : error;
      }
    },

    async login(input: Login): Promise<LoggedIn> {
      const account = await db.read((tx) => repo.findAccountByEmail(tx, input.email));
      if (!account) {
        await verifyAgainstDummy(input.password);
        throw invalidCredentials();
      }
      if (!(await verifyPassword(account.passwordHash, input.password))) throw invalidCredentials();
      // The admin list is read at every login: adding or removing an email takes effect at the next one.
      const role = roleFor(account.email);
      const token = await db.write(async (tx) => {
        if (role !== account.role) await repo.setAccountRole(tx, account.id, role);
        return openSession(tx, account.id);
      });
      return { me: { person: { id: account.personId, name: account.name }, role }, token };
    },

    /** Checks a logged-in person's password again (before erasing their account): 401 when it is not right. */
    async confirmPassword(personId: string, password: string): Promise<void> {
      const account = await db.read((tx) => repo.findAccountByPerson(tx, personId));
      if (!account) {
        await verifyAgainstDummy(password);
        throw invalidCredentials();
      }
      if (!(await verifyPassword(account.passwordHash, password))) throw invalidCredentials();
    },

    async logout(token: string): Promise<void> {
      await db.write((tx) => repo.deleteSession(tx, sha256(token)));
    },

    /**
     * The actor a session token stands for now, without counting as activity (a live stream's check: an open
     * page must not keep its session from idling out); null when unknown or expired.
     */
    async standingOf(token: string): Promise<Actor | null> {
      const session = await db.read((tx) => repo.findSession(tx, sha256(token)));
      if (!session) return null;
      const now = Date.now();
      if (now >= session.expiresAt || now - session.lastSeenAt >= options.idleMs) return null;
      return accountActor(session.personId, session.name, session.role);
    },

    /** The actor of a session token; null when unknown or expired (an expired one is deleted). */
    async actorForToken(token: string): Promise<Actor | null> {
      const tokenHash = sha256(token);
      const session = await db.read((tx) => repo.findSession(tx, tokenHash));
      if (!session) return null;
      const now = Date.now();
      if (now >= session.expiresAt || now - session.lastSeenAt >= options.idleMs) {
        await db.write((tx) => repo.deleteSession(tx, tokenHash));
        return null;
      }
      if (now - session.lastSeenAt >= TOUCH_EVERY_MS)
        await db.write((tx) => repo.touchSession(tx, tokenHash));
      return accountActor(session.personId, session.name, session.role);
    },
  };
}

export type AuthService = ReturnType<typeof createAuthService>;
