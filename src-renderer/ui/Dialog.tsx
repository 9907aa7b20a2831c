import { useId, type ComponentProps, type FormEvent, type ReactNode } from 'react';
import { useModal } from './use-modal';

type DialogAttributes = Pick<
  ComponentProps<'dialog'>,
  'role' | 'aria-busy' | 'aria-describedby' | 'onDragOver' | 'onDrop'
>;

interface DialogProps extends DialogAttributes {
  title: ReactNode;
  /** `auto` when the title holds a name typed by someone, which may be in a right-to-left script. */
  titleDir?: 'auto';
  /** More classes for the `<dialog>` (`wide`, or a name its contents' styles hang on). */
  className?: string;
  onClose(): void;
  /** The row of buttons under the contents; none when the contents bring their own. */
  actions?: ReactNode;
  /** Names the row of buttons as a group, when it asks a question of its own ("Confirm the restore"). */
  actionsLabel?: string;
  /** Makes the whole dialog one form, sent by its submit button or Enter in a box. */
  onSubmit?(event: FormEvent): void;
  children?: ReactNode;
}

/**
 * A modal dialog opened as it mounts: its title names it for screen readers, Escape closes it, and its buttons sit
 * in one row under its contents, as in every other dialog of the app.
 */
export function Dialog(props: DialogProps) {
  const { title, titleDir, className, onClose, actions, actionsLabel, onSubmit, children, ...attributes } =
    props;
  const dialogRef = useModal();
  const titleId = useId();
  const inner = (
    <>
      <h2 id={titleId} dir={titleDir}>
        {title}
      </h2>
      {children}
      {actions && (
        <div className="dialog-actions" role={actionsLabel ? 'group' : undefined} aria-label={actionsLabel}>
          {actions}
        </div>
      )}
    </>
  );
  return (
    <dialog
      ref={dialogRef}
      className={className ? `dialog ${className}` : 'dialog'}
      aria-labelledby={titleId}
      onClose={onClose}
      {...attributes}
    >
      {onSubmit ? (
        <form method="dialog" onSubmit={onSubmit}>
          {inner}
        </form>
      ) : (
        inner
      )}
    </dialog>
  );
}
