import { useId } from 'react';
import { CloseButton } from '../ui/CloseButton';
import { Dialog } from '../ui/Dialog';
import { keyLabel, SHORTCUTS, type ShortcutArea } from './shortcuts';

const AREAS: readonly ShortcutArea[] = ['Anywhere', 'Letter text', 'Letter', 'Signatory list'];

const AREA_TITLES: Record<ShortcutArea, string> = {
  Anywhere: 'Anywhere',
  'Letter text': 'Writing the letter',
  Letter: 'On a letter’s screen',
  'Signatory list': 'In the signatory list',
};

/** True on a Mac, where Mod is ⌘. */
function onMac(): boolean {
  return /Mac|iPhone|iPad/u.test(navigator.platform);
}

/** The keyboard shortcut sheet (Ctrl+/): every shortcut of the app, grouped by where it works. */
export function ShortcutSheet({ onClose }: { onClose(): void }) {
  const id = useId();
  const mac = onMac();
  return (
    <Dialog
      title="Keyboard shortcuts"
      className="shortcut-sheet"
      onClose={onClose}
      actions={<CloseButton onClose={onClose} only />}
    >
      <div className="shortcut-groups">
        {AREAS.map((area) => (
          <section key={area} aria-labelledby={`${id}-${area}`}>
            <h3 id={`${id}-${area}`}>{AREA_TITLES[area]}</h3>
            <table className="shortcut-table">
              <tbody>
                {SHORTCUTS.filter((shortcut) => shortcut.area === area).map((shortcut) => (
                  <tr key={shortcut.id}>
                    <th scope="row">{shortcut.label}</th>
                    <td>
                      {shortcut.keys.map((keys, index) => (
                        <span key={keys}>
                          {index > 0 && ' or '}
                          <kbd>{keyLabel(keys, mac)}</kbd>
                        </span>
                      ))}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        ))}
      </div>
    </Dialog>
  );
}
