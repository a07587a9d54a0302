// One API test file's set-up, in one line at the top of the file:
//   const { db, app, people: { alice, admin } } = await apiSuite({
//     people: { alice: { name: 'Alice' }, admin: { name: 'Marie Curie', admin: true } },
//   });
// opens the shared test database (migrated) and builds `testApp` on it now, closes the database in
// afterAll, and wipes it then signs the people up through the API before each test (`wipe: 'each'`, the
// default), once before the file's tests (`'once'`), or never (`'never'`; no people then). The file's own
// beforeAll/beforeEach run after these. Each person is one Session object for the whole file: its
// content is replaced by the new session at each sign-up, so destructuring it at the top is fine.
import { afterAll, beforeAll, beforeEach } from 'vitest';
import type { Database } from '../../server/db/database';
import { openTestDatabase, type TestAppOptions, testApp, wipe } from './database';
import { type Session, type SignUpOptions, signUp } from './session';

export interface ApiSuiteOptions<People extends Record<string, SignUpOptions>> {
  /** Options for `testApp`. */
  app?: TestAppOptions;
  /** Who signs up (in this order) after each wipe; the names are the keys of `people` in the answer. */
  people?: People;
  /** When the database is wiped (and the people signed up): before each test (default), once, never. */
  wipe?: 'each' | 'once' | 'never';
  /** Timeout of the hook that wipes and signs up (default: the config's hookTimeout). */
  hookTimeout?: number;
}

export interface ApiSuite<People> {
  db: Database;
  app: ReturnType<typeof testApp>;
  people: { [Name in keyof People]: Session };
}

export async function apiSuite<People extends Record<string, SignUpOptions> = Record<never, SignUpOptions>>(
  options: ApiSuiteOptions<People> = {},
): Promise<ApiSuite<People>> {
  const db = await openTestDatabase();
  afterAll(() => db.close());
  const app = testApp(db, options.app);
  const specs = Object.entries(options.people ?? {}) as [keyof People, SignUpOptions][];
  const people = Object.fromEntries(specs.map(([name]) => [name, {}])) as ApiSuite<People>['people'];
  const fresh = async () => {
    await wipe(db);
    for (const [name, spec] of specs) {
      const person = people[name] as unknown as Record<string, unknown>;
      for (const key of Object.keys(person)) delete person[key];
      Object.assign(person, await signUp(app, spec));
    }
  };
  if (options.wipe === 'once') beforeAll(fresh, options.hookTimeout);
  else if (options.wipe !== 'never') beforeEach(fresh, options.hookTimeout);
  else if (specs.length) throw new Error("apiSuite: people need a wipe ('each' or 'once')");
  return { db, app, people };
}
