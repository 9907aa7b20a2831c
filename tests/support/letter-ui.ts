import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/** The letter's text, as a person (and a screen reader) finds it. */
export function letterBody(page: Page): Locator {
  return page.getByRole('textbox', { name: 'Letter text' });
}

/** New letter → title → Create, then waits for the editor. */
export async function createLetter(page: Page, title: string): Promise<void> {
  await page.getByRole('button', { name: 'New letter' }).click();
  await page.getByRole('dialog', { name: 'New letter' }).getByLabel('Title').fill(title);
  await page.getByRole('button', { name: 'Create' }).click();
  await letterBody(page).waitFor();
}

/** Waits until the status line says every edit is stored. */
export async function waitSaved(page: Page): Promise<void> {
  await page.getByRole('status').filter({ hasText: 'Saved on this computer' }).waitFor();
}

/** Join from link… → the link → Continue; then, once the dialog has said what joining does, Join. */
export async function joinFromLink(page: Page, link: string): Promise<void> {
  await page.getByRole('button', { name: 'Join from link…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Join a shared letter' });
  await dialog.getByLabel('Invite link').fill(link);
  await dialog.getByRole('button', { name: 'Continue' }).click();
  await dialog.getByText('This link lets you').waitFor();
  await dialog.getByRole('button', { name: 'Join', exact: true }).click();
}

/**
 * Picks a country in a country picker by keyboard, as a person would: types the start of its name, moves down to
 * it in the list and presses Enter. `scope` holds the picker labelled "Country".
 */
export async function pickCountry(scope: Locator, typed: string, name: string): Promise<void> {
  const picker = scope.getByRole('combobox', { name: 'Country', exact: true });
  await picker.fill(typed);
  const options = scope.getByRole('listbox', { name: 'Countries' }).getByRole('option');
  await options.first().waitFor();
  const names = await options.allInnerTexts();
  const index = names.indexOf(name);
  if (index < 0) {
    throw new Error(`“${name}” is not offered for “${typed}”: ${names.join(', ')}`);
  }
  for (let step = 0; step <= index; step += 1) {
    await picker.press('ArrowDown');
  }
  await picker.press('Enter');
  await expect.poll(() => picker.inputValue()).toBe(name);
}
