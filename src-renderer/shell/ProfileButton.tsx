import type { SettingsState } from '../profile/use-settings';
import { initials } from '../../src-common/text/initials';

interface ProfileButtonProps {
  state: SettingsState;
  onOpen(): void;
}

/** Shows who this computer's user is to co-editors, and opens the profile form. */
export function ProfileButton({ state, onOpen }: ProfileButtonProps) {
  if (state.status === 'loading') {
    return <span className="profile-button muted">Loading…</span>;
  }
  if (state.status === 'failed') {
    return (
      <span role="alert" className="profile-button error">
        {state.message}
      </span>
    );
  }
  const { displayName, colour } = state.settings;
  return (
    <button
      type="button"
      className="profile-button"
      onClick={onOpen}
      aria-label={displayName ? `Your profile: ${displayName}` : 'Set your name'}
    >
      <span className="avatar" style={{ backgroundColor: colour }} aria-hidden="true">
        {initials(displayName)}
      </span>
      <span data-testid="display-name">{displayName || 'Set your name'}</span>
    </button>
  );
}
