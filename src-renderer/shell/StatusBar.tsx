import type { ReactNode } from 'react';
import type { ConnectionState } from '../api/connection';

/** Words for the link to the backend. */
export const CONNECTION_WORDS: Record<ConnectionState, string> = {
  connecting: 'Connecting…',
  online: 'Ready',
  offline: 'Undersigned on this computer is not reachable — reconnecting…',
  unauthorized: 'This page’s link is no longer valid. Open the address Undersigned printed.',
};

interface StatusBarProps {
  /** The live message: announced to screen readers when it changes. */
  status: ReactNode;
  tone: 'ok' | 'busy' | 'warn' | 'danger';
  children?: ReactNode;
}

/** The bottom line: whether work is safe, plus facts about the current screen. */
export function StatusBar({ status, tone, children }: StatusBarProps) {
  return (
    <footer className="status-bar">
      <span role="status" className={`connection ${tone}`}>
        <span className="connection-dot" aria-hidden="true" />
        {status}
      </span>
      <span className="status-facts">{children}</span>
    </footer>
  );
}

/** The tone of a connection state. */
export function connectionTone(state: ConnectionState): StatusBarProps['tone'] {
  return state === 'online'
    ? 'ok'
    : state === 'connecting'
      ? 'busy'
      : state === 'offline'
        ? 'warn'
        : 'danger';
}
