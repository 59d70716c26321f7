import * as React from "react";

/** Props of an error boundary. */
export interface ErrorBoundaryProps {
  /** What is inside, for the message ("The grid"). */
  readonly what: string;
  readonly onError: (message: string) => void;
  readonly children: React.ReactNode;
}

interface State {
  readonly failed: string | undefined;
}

/**
 * Keeps a crash in one part of the page (grid, pane) from blanking the rest: shows a short note
 * in its place, reports the message, and offers to retry.
 *
 * @example
 * <ErrorBoundary what="The grid" onError={show}><SheetGrid … /></ErrorBoundary>
 */
export class ErrorBoundary extends React.Component<ErrorBoundaryProps, State> {
  override state: State = { failed: undefined };

  static getDerivedStateFromError(error: unknown): State {
    return { failed: error instanceof Error ? error.message : String(error) };
  }

  override componentDidCatch(error: unknown): void {
    this.props.onError(`${this.props.what} failed: ${error instanceof Error ? error.message : String(error)}`);
  }

  override render(): React.ReactNode {
    if (this.state.failed === undefined) return this.props.children;
    return (
      <div role="alert" style={{ padding: 16 }} data-testid="wb-crashed">
        <p>
          {this.props.what} stopped: {this.state.failed}
        </p>
        <button type="button" onClick={() => this.setState({ failed: undefined })}>
          Retry
        </button>
      </div>
    );
  }
}
