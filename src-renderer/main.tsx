// The base styles first: each feature's CSS, imported by its components, comes after them and wins where both apply.
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './shell/App';
import { connectBackend } from './api/backend';
import { readLettersAhead } from './home/letters-ahead';
import { routeOf } from './shell/use-route';
import './fonts';

const root = document.getElementById('root');
if (root) {
  const backend = connectBackend();
  if (!('problem' in backend) && routeOf(window.location.hash).screen !== 'letter') {
    readLettersAhead(backend.api);
  }
  createRoot(root).render(
    <StrictMode>
      <App backend={backend} />
    </StrictMode>,
  );
}
