import { useEffect, useState } from 'react';

const listeners = new Set<(letterId: string) => void>();

/** Says that a letter's connection details changed here (its links were reset, with new keys). */
export function announceConnectionChange(letterId: string): void {
  listeners.forEach((listener) => listener(letterId));
}

/** A number that goes up each time the letter's connection details change, for effects that connect. */
export function useConnectionGeneration(letterId: string): number {
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    const listener = (changed: string): void => {
      if (changed === letterId) {
        setGeneration((current) => current + 1);
      }
    };
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  }, [letterId]);
  return generation;
}
