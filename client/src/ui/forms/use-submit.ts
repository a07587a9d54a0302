// Every form's sending state: busy while the request runs, the ApiError it failed with (translated by the
// view), and a guard against a second click. One hook for all forms; use-field-submit.ts adds the 400's
// field errors on top of it.
import { useCallback, useRef, useState } from 'react';
import type { ApiError } from '../../api/errors';
import { asApiError } from '../loadable';

export interface Submit {
  busy: boolean;
  error: ApiError | null;
  /** Runs `send`; its failure becomes `error` (and the promise resolves to undefined). */
  run: <T>(send: () => Promise<T>) => Promise<T | undefined>;
  clear: () => void;
}

export function useSubmit(): Submit {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const running = useRef(false);
  const run = useCallback(async <T>(send: () => Promise<T>) => {
    if (running.current) return undefined;
    running.current = true;
    setBusy(true);
    setError(null);
    try {
      return await send();
    } catch (failure) {
      setError(asApiError(failure));
      return undefined;
    } finally {
      running.current = false;
      setBusy(false);
    }
  }, []);
  const clear = useCallback(() => setError(null), []);
  return { busy, error, run, clear };
}
