// The state of anything fetched from the API (loading, ready with data, failed with an ApiError), and the
// hook that runs a fetch when its inputs change, cancels the stale one, and can retry.
import { useCallback, useEffect, useState } from 'react';
import { ApiError } from '../api/errors';

export type Loadable<T> =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ready'; data: T }
  | { status: 'error'; error: ApiError };

export const asApiError = (error: unknown): ApiError =>
  error instanceof ApiError
    ? error
    : new ApiError('INTERNAL', error instanceof Error ? error.message : String(error));

/**
 * Runs `load` whenever `key` changes (null: nothing to load, state goes back to idle). `load` must read
 * only what `key` names: it is deliberately not a dependency, so callers can pass an inline function.
 */
export function useLoadable<T>(
  key: string | null,
  load: (signal: AbortSignal) => Promise<T>,
): [Loadable<T>, () => void] {
  const [state, setState] = useState<Loadable<T>>({ status: 'idle' });
  const [attempt, setAttempt] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for what `load` reads; `attempt` retries.
  useEffect(() => {
    if (key === null) {
      setState({ status: 'idle' });
      return;
    }
    const controller = new AbortController();
    setState({ status: 'loading' });
    load(controller.signal).then(
      (data) => !controller.signal.aborted && setState({ status: 'ready', data }),
      (error: unknown) =>
        !controller.signal.aborted && setState({ status: 'error', error: asApiError(error) }),
    );
    return () => controller.abort();
  }, [key, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return [state, retry];
}
