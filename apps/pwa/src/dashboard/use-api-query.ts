import type { AnyVariables, TypedDocumentNode } from '@urql/core';
import { useCallback, useEffect, useState } from 'react';
import { AuthRequiredError, errorMessage } from '../api/api-errors.ts';
import { useServices } from '../ui/services-context.ts';

/**
 * A query of the dashboard, run through the session manager (token refresh included) whenever
 * its variables change. The dashboard reads the server directly: nothing of it is kept offline.
 */
export type QueryState<Data> =
  | { status: 'loading'; previous: Data | null }
  | { status: 'ready'; data: Data }
  | { status: 'failed'; message: string; needsLogin: boolean };

export interface ApiQuery<Data> {
  state: QueryState<Data>;
  /** Runs the query again (after an edit), keeping the shown data until the answer. */
  reload: () => void;
}

export function useApiQuery<Data, Variables extends AnyVariables>(
  document: TypedDocumentNode<Data, Variables>,
  variables: Variables | null,
): ApiQuery<Data> {
  const { session } = useServices();
  const [state, setState] = useState<QueryState<Data>>({ status: 'loading', previous: null });
  const [generation, setGeneration] = useState(0);
  const key = variables === null ? null : JSON.stringify(variables);
  useEffect(() => {
    if (key === null || variables === null) return;
    let current = true;
    setState((before) => ({
      status: 'loading',
      previous: before.status === 'ready' ? before.data : null,
    }));
    session.query(document, variables).then(
      (data) => {
        if (current) setState({ status: 'ready', data });
      },
      (error: unknown) => {
        if (!current) return;
        setState({
          status: 'failed',
          message: errorMessage(error),
          needsLogin: error instanceof AuthRequiredError,
        });
      },
    );
    return () => {
      current = false;
    };
  }, [session, document, key, generation]);

  const reload = useCallback(() => setGeneration((value) => value + 1), []);
  return { state, reload };
}

/** The data to show: the answer, or while reloading the previous answer. */
export function shownData<Data>(state: QueryState<Data>): Data | null {
  if (state.status === 'ready') return state.data;
  if (state.status === 'loading') return state.previous;
  return null;
}
