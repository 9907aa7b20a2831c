import { useEffect, useState } from 'react';
import { useApi } from '../api/api-context';
import { CloseButton } from '../ui/CloseButton';
import { Dialog } from '../ui/Dialog';

/** Tells the person, once, what start-up had to repair (a damaged data file restored from a backup). */
export function StartupNotice() {
  const api = useApi();
  const [notice, setNotice] = useState<string | null>(null);

  useEffect(() => {
    api.call('app:info', {}).then(
      (info) => setNotice(info.notice),
      () => setNotice(null),
    );
  }, [api]);

  if (!notice) {
    return null;
  }
  const close = () => setNotice(null);
  return (
    <Dialog
      title="Your data was repaired"
      role="alertdialog"
      aria-describedby="startup-notice-text"
      onClose={close}
      actions={<CloseButton onClose={close} label="OK" only />}
    >
      <p id="startup-notice-text">{notice}</p>
    </Dialog>
  );
}
