import type { QueryState } from './use-api-query.ts';

export interface QueryStatusProps<Data> {
  state: QueryState<Data>;
  /** What is being loaded, e.g. 项目. */
  what: string;
  onRetry: () => void;
  onLogin: () => void;
}

/** 加载状态 — loading, or why the dashboard could not load something and what to do next. */
export function QueryStatus<Data>({ state, what, onRetry, onLogin }: QueryStatusProps<Data>) {
  if (state.status === 'ready') return null;
  if (state.status === 'loading') {
    return (
      <p className="hint" role="status">
        正在读取{what}…
      </p>
    );
  }
  return (
    <div className="banner error" role="alert">
      <p>
        无法读取{what}：{state.message}
      </p>
      {state.needsLogin ? (
        <button type="button" className="button secondary" onClick={onLogin}>
          重新登录
        </button>
      ) : (
        <button type="button" className="button secondary" onClick={onRetry}>
          重试
        </button>
      )}
    </div>
  );
}
