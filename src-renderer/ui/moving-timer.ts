/**
 * One task that waits until a moment which every keystroke pushes back (a save after a pause, a version after a
 * longer one). Moving it only notes the new moment: a browser timer is armed once per quiet spell and, when it
 * fires before the moment, waits out the rest. Clearing and setting a timer on every keystroke cost more than the
 * rest of the work such a task does per key.
 */
export interface MovingTimer {
  /** Runs `task` `ms` from now instead of whatever was due before; returns a function that cancels this task. */
  set(task: () => void, ms: number): () => void;
  /** Nothing is due any more. */
  cancel(): void;
}

// A timer that fires this close to its moment runs the task rather than waiting out a sliver.
const SLACK_MS = 1;

export function movingTimer(): MovingTimer {
  let due: { task: () => void; at: number } | null = null;
  let armed: { handle: ReturnType<typeof setTimeout>; at: number } | null = null;

  const arm = (ms: number) => {
    armed = { handle: setTimeout(fire, ms), at: performance.now() + ms };
  };
  const fire = () => {
    armed = null;
    if (!due) {
      return;
    }
    const rest = due.at - performance.now();
    if (rest > SLACK_MS) {
      arm(rest);
      return;
    }
    const { task } = due;
    due = null;
    task();
  };

  return {
    set(task, ms) {
      const at = performance.now() + ms;
      const entry = { task, at };
      due = entry;
      // A timer armed for later than the new moment would run it late: arm one for the moment itself.
      if (armed && armed.at > at + SLACK_MS) {
        clearTimeout(armed.handle);
        armed = null;
      }
      if (!armed) {
        arm(ms);
      }
      return () => {
        if (due === entry) {
          due = null;
        }
      };
    },
    cancel() {
      due = null;
    },
  };
}
