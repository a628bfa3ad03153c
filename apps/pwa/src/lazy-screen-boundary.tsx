import { Component, type ReactNode } from 'react';

export interface LazyScreenBoundaryProps {
  /** What failed to load, e.g. 绩效看板. */
  what: string;
  children: ReactNode;
}

/**
 * Catches a lazily loaded screen that could not be fetched (no network, or an app update
 * replaced its file) and offers a reload instead of a blank page.
 */
export class LazyScreenBoundary extends Component<LazyScreenBoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <main className="screen">
        <p className="banner error" role="alert">
          无法打开{this.props.what}，请在有网络时重新加载。
        </p>
        <button type="button" className="button primary" onClick={() => window.location.reload()}>
          重新加载
        </button>
      </main>
    );
  }
}
