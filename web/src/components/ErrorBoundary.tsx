import { Component } from 'react';
import type { ErrorInfo, ReactNode } from 'react';

/**
 * Catches a render error in a page (an API answer of an unexpected shape, say) and shows its
 * message instead of a blank screen; the header stays usable. `resetKey` clears it on navigation.
 */
export class ErrorBoundary extends Component<{ children: ReactNode; title: string; resetKey: string }, { error: Error | null; key: string }> {
  override state: { error: Error | null; key: string } = { error: null, key: this.props.resetKey };

  static getDerivedStateFromError(error: Error): { error: Error } {
    return { error };
  }

  static getDerivedStateFromProps(props: { resetKey: string }, state: { error: Error | null; key: string }) {
    return props.resetKey !== state.key ? { error: null, key: props.resetKey } : null;
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('marsad web:', error, info.componentStack);
  }

  override render(): ReactNode {
    if (!this.state.error) return this.props.children;
    return (
      <div className="state state-error" role="alert" data-state="error">
        <strong>{this.props.title}</strong>
        <p>
          <bdi>{this.state.error.message}</bdi>
        </p>
      </div>
    );
  }
}
