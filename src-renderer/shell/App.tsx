import { useEffect, useState, useSyncExternalStore } from 'react';
import { ApiProvider } from '../api/api-context';
import type { Backend, NoBackend } from '../api/backend';
import { HomeScreen } from '../home/HomeScreen';
import { ProfileDialog } from '../profile/ProfileDialog';
import { useSettings } from '../profile/use-settings';
import { SharingLock } from '../collab/SharingLock';
import { useLetterZoom } from './letter-zoom';
import { ProfileButton } from './ProfileButton';
import { ShortcutSheet } from './ShortcutSheet';
import { matchesShortcut } from './shortcuts';
import { StartupNotice } from './StartupNotice';
import { LetterRoute, preloadLetterScreen } from './LetterRoute';
import { CONNECTION_WORDS, connectionTone, StatusBar } from './StatusBar';
import { routeOf, useRoute } from './use-route';
import { RestartToUpdate } from '../update/RestartToUpdate';
import './shell.css';

interface AppProps {
  backend: Backend | NoBackend;
}

/** The whole window: a header, the current screen, and the status bar. */
export function App({ backend }: AppProps) {
  if ('problem' in backend) {
    return (
      <main className="problem-screen">
        <h1>Undersigned</h1>
        <p role="alert">{backend.problem}</p>
      </main>
    );
  }
  return (
    <ApiProvider api={backend.api}>
      <Workspace backend={backend} />
    </ApiProvider>
  );
}

function Workspace({ backend }: { backend: Backend }) {
  const connection = useSyncExternalStore(backend.connection.subscribe, backend.connection.getState);
  const { state, save } = useSettings(backend.api, backend.connection);
  const [profileOpen, setProfileOpen] = useState(false);
  const [hash, navigate] = useRoute();
  const route = routeOf(hash);
  const [sheetOpen, setSheetOpen] = useShortcutSheet();
  const zoom = useLetterZoom(route.screen === 'letter');
  useEffect(preloadLetterScreen, []);

  return (
    <div className="app">
      <header className="top-bar">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true">
            U
          </span>
          <span className="brand-name">Undersigned</span>
        </div>
        <ProfileButton state={state} onOpen={() => setProfileOpen(true)} />
        <SharingLock />
      </header>
      {route.screen === 'letter' ? (
        <LetterRoute
          key={route.id}
          id={route.id}
          displayName={state.status === 'ready' ? state.settings.displayName : ''}
          colour={state.status === 'ready' ? state.settings.colour : '#6b7280'}
          onBack={() => navigate({ screen: 'home' })}
        />
      ) : (
        <>
          <HomeScreen
            connection={backend.connection}
            // A letter made by the import dialog takes the dialog's place in history: Back leads to the list.
            onOpen={(id) =>
              navigate(
                { screen: 'letter', id },
                { replace: route.screen === 'import' || route.screen === 'join' },
              )
            }
            importing={route.screen === 'import'}
            onImporting={(open) => navigate({ screen: open ? 'import' : 'home' }, { replace: !open })}
            joinLink={route.screen === 'join' ? route.link : null}
            // The link carries a secret: closing the dialog replaces its history entry rather than keeping it.
            onJoining={(open) =>
              navigate(open ? { screen: 'join', link: '' } : { screen: 'home' }, { replace: !open })
            }
          />
          <StatusBar status={CONNECTION_WORDS[connection]} tone={connectionTone(connection)}>
            <RestartToUpdate />
            <span>{backend.mode === 'browser' ? 'Browser mode' : 'Desktop'}</span>
          </StatusBar>
        </>
      )}
      <StartupNotice />
      {route.screen === 'letter' && <ZoomNotice zoom={zoom.zoom} changedAt={zoom.changedAt} />}
      {sheetOpen && <ShortcutSheet onClose={() => setSheetOpen(false)} />}
      {profileOpen && state.status === 'ready' && (
        <ProfileDialog settings={state.settings} onSave={save} onClose={() => setProfileOpen(false)} />
      )}
    </div>
  );
}

/** Ctrl+/ opens the shortcut sheet from any screen (and closes it again). */
function useShortcutSheet(): [boolean, (open: boolean) => void] {
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const handleKeyDown = (event: KeyboardEvent) => {
      if (matchesShortcut(event, 'shortcuts')) {
        event.preventDefault();
        setOpen((current) => !current);
      }
    };
    window.addEventListener('keydown', handleKeyDown);
    return () => window.removeEventListener('keydown', handleKeyDown);
  }, []);
  return [open, setOpen];
}

const NOTICE_MS = 1500;

/** "Letter text 125%" for a moment after the zoom changes. */
function ZoomNotice({ zoom, changedAt }: { zoom: number; changedAt: number }) {
  // The change whose notice has had its moment; a newer change shows it again.
  const [expired, setExpired] = useState(0);
  useEffect(() => {
    const timer = setTimeout(() => setExpired(changedAt), NOTICE_MS);
    return () => clearTimeout(timer);
  }, [changedAt]);
  return (
    <div className="zoom-notice" role="status" hidden={changedAt === 0 || expired === changedAt}>
      Letter text {Math.round(zoom * 100)}%
    </div>
  );
}
