/**
 * Keeps a failing panel from taking the whole app down. The design lives in its store, not
 * in the panel, so it stays safe; the fallback offers to download it all the same.
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { DownloadDesignButton } from './downloadDesign.tsx';
import './trust.css';

interface Props {
  readonly name: string;
  readonly children: ReactNode;
}

/**
 * `?crash=<name>` in the address makes the part of that name fail on purpose, so the
 * recovery path can be seen and tested in the built app. It only ever breaks that part.
 */
function CrashOnRequest({ name }: { name: string }) {
  const requested = typeof location === 'undefined' ? null : new URLSearchParams(location.search).get('crash');
  if (requested !== null && requested.toLowerCase() === name.toLowerCase()) throw new Error(`${name} was asked to fail (?crash=${requested}).`);
  return null;
}

export class ErrorBoundary extends Component<Props, { error: Error | undefined }> {
  override state = { error: undefined as Error | undefined };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error(`${this.props.name} failed`, error, info.componentStack);
  }

  override render() {
    if (!this.state.error) {
      return (
        <>
          <CrashOnRequest name={this.props.name} />
          {this.props.children}
        </>
      );
    }
    return (
      <div className="panel-error" role="alert" data-testid="panel-error">
        <strong>{this.props.name} stopped working.</strong>
        <p>{this.state.error.message}</p>
        <p className="muted">Your design is safe and still being saved; the rest of the app works as before.</p>
        <span className="trust-actions">
          <DownloadDesignButton />
          <button type="button" onClick={() => this.setState({ error: undefined })}>Try again</button>
        </span>
      </div>
    );
  }
}
