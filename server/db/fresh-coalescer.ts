// Shares one read among the requests that arrive while it waits, and never answers a request with a read
// that started before the request arrived. A read already running when a request arrives may miss a write
// committed just before that request (by this or another Semis process), so the request waits for the
// next read, which starts once the running one settles; every request arriving meanwhile shares that next
// read. Under 50 concurrent revalidations this turns 50 statements into about 2 per round trip, and each
// answer still reflects every commit made before its request arrived.

interface Lane<T> {
  running?: Promise<T>;
  next?: Promise<T>;
}

export function createFreshCoalescer<T>() {
  const lanes = new Map<string, Lane<T>>();

  function start(key: string, lane: Lane<T>, read: () => Promise<T>): Promise<T> {
    const running = read();
    lane.running = running;
    const settle = () => {
      if (lane.running === running) lane.running = undefined;
      if (!lane.running && !lane.next) lanes.delete(key);
    };
    running.then(settle, settle);
    return running;
  }

  return {
    /** `read()`'s result for `key`, from a read started after this call (shared with its neighbours). */
    read(key: string, read: () => Promise<T>): Promise<T> {
      let lane = lanes.get(key);
      if (!lane) {
        lane = {};
        lanes.set(key, lane);
      }
      if (lane.next) return lane.next; // not started yet: it will start after this arrival
      const running = lane.running;
      if (!running) return start(key, lane, read);
      const current = lane;
      const next = running
        .then(
          () => undefined,
          () => undefined,
        )
        .then(() => {
          current.next = undefined;
          return start(key, current, read);
        });
      current.next = next;
      return next;
    },
    /** Keys with a read running or waiting (for tests: empty once everything settled). */
    get pending(): number {
      return lanes.size;
    },
  };
}
