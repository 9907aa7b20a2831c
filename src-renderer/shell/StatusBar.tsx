import type { ConnectionState } from '../api/connection';

interface StatusBarProps {
  connection: ConnectionState;
  mode: 'desktop' | 'browser';
}

const CONNECTION_WORDS: Record<ConnectionState, string> = {
  connecting: 'Connecting…',
  online: 'Saved on this computer',
  offline: 'Undersigned on this computer is not reachable — reconnecting…',
  unauthorized: 'This page’s link is no longer valid. Open the address Undersigned printed.',
};

/** The bottom line: whether work is safe, and where the app runs. */
export function StatusBar({ connection, mode }: StatusBarProps) {
  return (
    <footer className="status-bar">
      <span role="status" className={`connection ${connection}`}>
        <span className="connection-dot" aria-hidden="true" />
        {CONNECTION_WORDS[connection]}
      </span>
      <span className="mode">{mode === 'browser' ? 'Browser mode' : 'Desktop'}</span>
    </footer>
  );
}
