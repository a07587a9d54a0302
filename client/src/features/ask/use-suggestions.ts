// Suggestions that follow the typing: asked ~200 ms after the last keystroke, the previous request
// aborted as soon as the text changes, nothing asked below 3 characters. A failure leaves the list empty
// and says why (the dialog still lets the person ask).
import { useEffect, useState } from 'react';
import type { Suggestion } from '../../../../shared/questions';
import type { Lang } from '../../../../shared/vocabulary';
import type { ApiError } from '../../api/errors';
import { isAbort } from '../../api/errors';
import { fetchSuggestions } from '../../api/questions';
import { asApiError } from '../../ui/loadable';
import { cleanTitle } from './index';

export const SUGGEST_DELAY_MS = 200;
const MIN_LENGTH = 3;

export interface SuggestionsState {
  suggestions: Suggestion[];
  /** The text the suggestions answer (they may lag the typing by one request). */
  forText: string;
  loading: boolean;
  error: ApiError | null;
}

export function useSuggestions(text: string, lang: Lang, selected?: string): SuggestionsState {
  const [state, setState] = useState<SuggestionsState>({
    suggestions: [],
    forText: '',
    loading: false,
    error: null,
  });
  const cleaned = cleanTitle(text);

  useEffect(() => {
    if (cleaned.length < MIN_LENGTH) {
      setState({ suggestions: [], forText: cleaned, loading: false, error: null });
      return;
    }
    const controller = new AbortController();
    setState((s) => ({ ...s, loading: true }));
    const timer = setTimeout(() => {
      fetchSuggestions(
        { text: cleaned, lang, limit: 8, ...(selected ? { context: { selected } } : {}) },
        controller.signal,
      )
        .then((suggestions) => setState({ suggestions, forText: cleaned, loading: false, error: null }))
        .catch((error: unknown) => {
          if (isAbort(error)) return;
          setState({ suggestions: [], forText: cleaned, loading: false, error: asApiError(error) });
        });
    }, SUGGEST_DELAY_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [cleaned, lang, selected]);

  return state;
}
