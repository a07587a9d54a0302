// What Semis knows of its database right now (up, down, or being restarted) — the circuit that lets
// requests fail fast with 503 while it is down instead of waiting on driver timeouts. A periodic probe
// (Database.startProbe) and the embedded launcher's supervisor move it; every change is logged.
import type { DatabaseStatus } from '../../shared/api';

export interface HealthLogger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

const silent: HealthLogger = { info() {}, warn() {}, error() {} };

export class DatabaseHealth {
  private status: DatabaseStatus;
  /** Only a supervised database (a probe running) may be marked down by a failing request. */
  supervised = false;
  private readonly listeners = new Set<(status: DatabaseStatus) => void>();

  constructor(
    readonly managed: DatabaseStatus['managed'],
    private readonly log: HealthLogger = silent,
  ) {
    this.status = { state: 'up', since: new Date().toISOString(), managed, message: 'reachable' };
  }

  get available(): boolean {
    return this.status.state === 'up';
  }

  snapshot(): DatabaseStatus {
    return { ...this.status };
  }

  /** Called with every change of state (the database layer aborts its in-flight work on a fall). */
  onChange(listener: (status: DatabaseStatus) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The probe or a request found the database unreachable (ignored while a restart is under way). */
  markDown(reason: string): void {
    if (this.status.state !== 'up') return;
    // the public message stays generic (no address, no path): the reason goes to the log
    this.set({ state: 'down', message: 'down (unreachable)' });
    this.log.error(`the database is down (${reason}); requests answer 503 until it answers again`);
  }

  /** A request met an unreachable database: opens the circuit when a probe will close it again. */
  markDownIfSupervised(reason: string): void {
    if (this.supervised) this.markDown(reason);
  }

  /** The embedded launcher is being restarted; `attempt` counts from 1. */
  markRestarting(attempt: number, reason: string): void {
    const wasUp = this.status.state !== 'restarting'; // the first attempt (the probe may have seen it first)
    this.set({ state: 'restarting', attempt, message: `restarting (attempt ${attempt})` });
    const line = `the embedded database ${wasUp ? 'stopped' : 'is still down'} (${reason}); restarting it (attempt ${attempt})`;
    if (wasUp) this.log.error(line);
    else this.log.warn(line);
  }

  markUp(): void {
    if (this.status.state === 'up') return;
    const downFor = (Date.now() - Date.parse(this.status.since)) / 1000;
    this.set({ state: 'up', message: 'reachable' });
    this.log.warn(`the database answers again (after ${downFor.toFixed(1)} s down)`);
  }

  private set(next: Pick<DatabaseStatus, 'state' | 'message' | 'attempt'>): void {
    // `since` is when the state last changed: restart attempts keep the moment the database fell
    const since = next.state === this.status.state ? this.status.since : new Date().toISOString();
    this.status = { ...next, since, managed: this.managed };
    if (next.attempt === undefined) delete this.status.attempt;
    for (const listener of this.listeners) listener(this.snapshot());
  }
}
