// A form that sends and shows a refusal next to its fields (accounts, ask, grow): useSubmit's sending
// state (busy, a second click ignored), plus the 400's field errors (ui/forms/state); any other failure is
// `failure`, said above the button. Typing in a field may dismiss its error.
import { useCallback, useState } from 'react';
import type { ApiError } from '../../api/errors';
import { type FieldErrors, fieldErrors } from './state';
import { useSubmit } from './use-submit';

export interface FieldSubmit {
  busy: boolean;
  /** Field → the code of its first issue, until sent again or dismissed. */
  errors: FieldErrors;
  /** A failure that names no field. */
  failure: ApiError | null;
  /** Sends; resolves to what `send` returned, or undefined when it failed. */
  run: <T>(send: () => Promise<T>) => Promise<T | undefined>;
  /** The reader changed this field: its error leaves. */
  dismiss: (field: string) => void;
}

export function useFieldSubmit(): FieldSubmit {
  const submit = useSubmit();
  const [errors, setErrors] = useState<FieldErrors>({});
  const { run: runSubmit } = submit;
  const run = useCallback(
    <T>(send: () => Promise<T>) => {
      setErrors({});
      return runSubmit(async () => {
        try {
          return await send();
        } catch (error) {
          setErrors(fieldErrors(error));
          throw error;
        }
      });
    },
    [runSubmit],
  );
  const dismiss = useCallback(
    (field: string) => setErrors(({ [field]: _dismissed, ...others }) => others),
    [],
  );
  const namesNoField = Object.keys(fieldErrors(submit.error)).length === 0;
  return { busy: submit.busy, errors, failure: namesNoField ? submit.error : null, run, dismiss };
}
