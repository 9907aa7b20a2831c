import type { Page } from 'playwright-core';

/**
 * Every error and warning the page logs, and every error it throws, from now on: a first day's worth of these is
 * what tells a new user something is broken before anything visibly is.
 */
export function complaintsOf(page: Page): string[] {
  const complaints: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') {
      complaints.push(`${message.type()}: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => complaints.push(`thrown: ${error.message}`));
  return complaints;
}
