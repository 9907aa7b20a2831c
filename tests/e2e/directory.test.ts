import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeBinary } from '../../src-common/letter/encoding';
import { readLetterFile } from '../../src-common/letter-file/letter-file';
import { readSignatories } from '../../src-common/signatories/signatories-doc';
import { launchChromium } from '../support/chromium';
import { createLetter, waitSaved } from '../support/letter-ui';
import { tempDir } from '../support/temp';
import { startHost, type RunningHost } from '../support/web-host';

let browser: Browser;
let host: RunningHost;

beforeAll(async () => {
  browser = await launchChromium();
  host = await startHost(['--data-dir', tempDir('undersigned-directory-')]);
});

afterAll(async () => {
  await host.stop();
  await browser.close();
});

async function addDirectoryEntry(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Directory' }).click();
  const dialog = page.getByRole('dialog', { name: 'Organization directory' });
  await dialog.getByText('The directory is empty.').waitFor();
  await dialog.getByRole('button', { name: 'New organization' }).click();
  const form = dialog.getByRole('form', { name: 'New organization' });
  await form.getByLabel('Name', { exact: true }).fill('Norwegian Uyghur Committee');
  await form.getByLabel(/Other names/u).fill('Norsk uyghur komite\nDen Norske Uyghur komiteen');
  await form.getByLabel('Country or city').fill('Norway');
  await form.getByLabel(/Tags/u).fill('Uyghur');
  await form.getByRole('button', { name: 'Add a contact' }).click();
  await form.getByLabel('Contact name').fill('Abdulla Contact');
  await form.getByLabel('E-mail').fill('abdulla@example.org');
  await form.getByRole('button', { name: 'Add to directory' }).click();
  await dialog.getByRole('status').filter({ hasText: 'Saved “Norwegian Uyghur Committee”.' }).waitFor();
  await dialog
    .getByRole('list', { name: 'Organizations' })
    .getByText('Norwegian Uyghur Committee – Norway')
    .waitFor();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await dialog.waitFor({ state: 'hidden' });
}

async function download(page: Page, button: string): Promise<{ name: string; text: string }> {
  const started = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  const file = await started;
  return { name: file.suggestedFilename(), text: readFileSync(await file.path(), 'utf8') };
}

describe('the organization directory', () => {
  it('suggests an entry by its alias, links the signatory, exports its contact to CSV but never into the letter', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
    await page.goto(host.url);
    await addDirectoryEntry(page);
    await createLetter(page, 'Letter to the High Commissioner');

    const box = page.getByRole('combobox', { name: 'Organization' });
    await box.fill('norsk komite');
    const option = page.getByRole('option', { name: /Norwegian Uyghur Committee – Norway/u });
    await option.waitFor();
    expect(await option.innerText()).toContain('also “Norsk uyghur komite”');
    expect(await box.getAttribute('aria-activedescendant')).toBeNull();
    await box.press('ArrowDown');
    expect(await box.getAttribute('aria-activedescendant')).toBe(await option.getAttribute('id'));
    expect(await option.getAttribute('aria-selected')).toBe('true');
    await box.press('Enter');
    expect(await box.inputValue()).toBe('Norwegian Uyghur Committee');
    const addForm = page.getByRole('form', { name: 'Add a signatory' });
    expect(await addForm.getByRole('combobox', { name: 'Country' }).inputValue()).toBe('Norway');
    expect(await box.getAttribute('aria-expanded')).toBe('false');
    await box.press('Enter');
    const list = page.getByRole('list', { name: 'Signatories' });
    await list.getByText('Norwegian Uyghur Committee – Norway').waitFor();
    // A linked entry is already in the directory, so nothing is offered.
    expect(await page.getByRole('button', { name: 'Add to directory' }).count()).toBe(0);

    // Escape closes the suggestions and leaves the text as typed.
    await box.fill('Norwegian');
    await option.waitFor();
    await box.press('Escape');
    await option.waitFor({ state: 'hidden' });
    expect(await box.inputValue()).toBe('Norwegian');

    // A name the directory does not know can be put in it with one click.
    await box.fill('Tibet Action Institute');
    await box.press('Enter');
    await list.getByText('Tibet Action Institute').waitFor();
    await page.getByRole('button', { name: 'Add to directory' }).click();
    await page.getByRole('button', { name: 'Add to directory' }).waitFor({ state: 'hidden' });

    const csv = await download(page, 'Export CSV…');
    expect(csv.name).toBe('Letter to the High Commissioner signatories.csv');
    const today = new Date().toISOString().slice(0, 10);
    expect(csv.text.replace(/^\uFEFF/u, '').split('\r\n')).toEqual([
      'Organization,Country,Chapter,Kind,Status,Confirmed on,Tags,Contact name,Contact e-mail,Contact phone',
      `Norwegian Uyghur Committee,Norway,,,confirmed,${today},Uyghur,Abdulla Contact,abdulla@example.org,`,
      `Tibet Action Institute,,,,confirmed,${today},,,,`,
    ]);

    await waitSaved(page);
    const letterFile = await download(page, 'Save a copy…');
    expect(letterFile.name).toBe('Letter to the High Commissioner.letter.json');
    const read = readLetterFile(letterFile.text);
    if (!read.ok) {
      throw new Error(read.problem);
    }
    const doc = new Y.Doc();
    Y.applyUpdate(doc, read.state);
    const signatories = readSignatories(doc);
    expect(signatories.map((signatory) => signatory.name).sort()).toEqual([
      'Norwegian Uyghur Committee',
      'Tibet Action Institute',
    ]);
    expect(signatories.every((signatory) => signatory.directoryId !== undefined)).toBe(true);
    const stateText = new TextDecoder().decode(decodeBinary(read.file.yjsState));
    expect(stateText).toContain('Norwegian Uyghur Committee');
    for (const text of [letterFile.text, stateText]) {
      expect(text).not.toContain('abdulla@example.org');
      expect(text).not.toContain('Abdulla Contact');
    }

    // The directory remembers the letter the organization signed.
    await page.getByRole('button', { name: '← Letters' }).click();
    await page.getByRole('button', { name: 'Directory' }).click();
    const dialog = page.getByRole('dialog', { name: 'Organization directory' });
    await dialog.getByRole('button', { name: 'Norwegian Uyghur Committee – Norway' }).click();
    await dialog
      .getByRole('list', { name: 'Letters' })
      .getByText('signed: Letter to the High Commissioner')
      .waitFor();
  });

  it('merges two entries, and a pasted list finds the merged name as an alias and links it', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
    await page.goto(host.url);
    await page.getByRole('button', { name: 'Directory' }).click();
    const dialog = page.getByRole('dialog', { name: 'Organization directory' });
    const newEntry = async (name: string, contact: string | null) => {
      await dialog.getByRole('button', { name: 'New organization' }).click();
      const form = dialog.getByRole('form', { name: 'New organization' });
      await form.getByLabel('Name', { exact: true }).fill(name);
      if (contact) {
        await form.getByRole('button', { name: 'Add a contact' }).click();
        await form.getByLabel('E-mail').fill(contact);
      }
      await form.getByRole('button', { name: 'Add to directory' }).click();
      await dialog
        .getByRole('status')
        .filter({ hasText: `Saved “${name}”.` })
        .waitFor();
    };
    await newEntry('Uyghur Human Rights Project', null);
    await newEntry('UHRP', 'peter@example.org');
    const entries = dialog.getByRole('list', { name: 'Organizations', exact: true });
    await entries.getByRole('button', { name: 'Uyghur Human Rights Project', exact: true }).click();
    const merge = dialog.getByRole('combobox', { name: 'Merge with another entry' });
    await merge.fill('uhrp');
    await dialog.getByRole('option', { name: 'UHRP' }).waitFor();
    // Escape closes the suggestions first, not the dialog around them.
    await merge.press('Escape');
    await dialog.getByRole('option', { name: 'UHRP' }).waitFor({ state: 'detached' });
    expect(await dialog.isVisible()).toBe(true);
    await merge.press('ArrowDown');
    await dialog.getByRole('option', { name: 'UHRP' }).waitFor();
    await merge.press('Enter');
    await dialog.getByText(/Merge UHRP into Uyghur Human Rights Project\?/u).waitFor();
    await dialog.getByRole('button', { name: 'Merge', exact: true }).click();
    await dialog.getByRole('status').filter({ hasText: 'Saved “Uyghur Human Rights Project”.' }).waitFor();
    await entries.getByRole('button', { name: 'UHRP' }).waitFor({ state: 'detached' });
    const form = dialog.getByRole('form', { name: 'Edit Uyghur Human Rights Project' });
    expect(await form.getByLabel(/Other names/u).inputValue()).toBe('UHRP');
    expect(await form.getByLabel('E-mail').inputValue()).toBe('peter@example.org');
    await dialog.getByRole('button', { name: 'Close' }).click();

    await createLetter(page, 'Letter with a pasted list');
    await page.getByRole('button', { name: 'Paste a list…' }).click();
    const paste = page.getByRole('dialog', { name: 'Paste a list of signatories' });
    await paste
      .getByLabel(/One organization per line/u)
      .fill('UHRP\nUyghur Human Rights Project\nHong Kong Watch');
    await paste.getByRole('button', { name: 'Check' }).click();
    const alias = paste.getByRole('checkbox', { name: /alias of “Uyghur Human Rights Project”/u });
    expect(await alias.isChecked()).toBe(true);
    await paste.getByRole('button', { name: 'Add 2 signatories' }).click();
    await page.getByRole('list', { name: 'Signatories' }).getByText('Uyghur Human Rights Project').waitFor();
    // The pasted name the directory did not know is put in it with one click; the known one was linked already.
    await page.getByRole('button', { name: 'Add 1 to directory' }).click();
    await page.getByRole('button', { name: /to directory/u }).waitFor({ state: 'detached' });
    const csv = await download(page, 'Export CSV…');
    expect(csv.text).toContain(',peter@example.org,');

    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: host.origin });
    await page.getByRole('button', { name: 'Copy as plain text' }).click();
    await page.getByRole('status').filter({ hasText: 'Copied the confirmed signatories.' }).waitFor();
    expect(await page.evaluate('navigator.clipboard.readText()')).toBe(
      'Hong Kong Watch\nUyghur Human Rights Project',
    );
  });

  it('finds a co-editor’s organization in this computer’s directory by name, with this computer’s contacts', async () => {
    const otherHost = await startHost(['--data-dir', tempDir('undersigned-directory-other-')]);
    try {
      const here = await browser.newPage({ acceptDownloads: true });
      await here.goto(host.url);
      await addContactEntry(here, 'Hong Kong Democracy Council', 'laptop@example.org');
      await createLetter(here, 'Shared statement');
      const box = here.getByRole('combobox', { name: 'Organization' });
      await box.fill('democracy council');
      await here.getByRole('option', { name: 'Hong Kong Democracy Council' }).click();
      await box.press('Enter');
      await here
        .getByRole('list', { name: 'Signatories' })
        .getByText('Hong Kong Democracy Council')
        .waitFor();
      await waitSaved(here);
      const shared = await download(here, 'Save a copy…');
      const path = join(tempDir('undersigned-shared-'), shared.name);
      writeFileSync(path, shared.text);

      const there = await browser.newPage({ acceptDownloads: true });
      await there.goto(otherHost.url);
      await addContactEntry(there, 'Hong Kong Democracy Council', 'office@example.org');
      await there.getByRole('button', { name: 'Open letter file…' }).click();
      const open = there.getByRole('dialog', { name: 'Open letter file' });
      await open.getByLabel('Letter file to open').setInputFiles(path);
      await open.getByRole('button', { name: 'Open', exact: true }).click();
      await there
        .getByRole('list', { name: 'Signatories' })
        .getByText('Hong Kong Democracy Council')
        .waitFor();
      const csv = await download(there, 'Export CSV…');
      expect(csv.text).toContain(',office@example.org,');
      expect(csv.text).not.toContain('laptop@example.org');
      // Found by name, so the directory there records the letter as signed.
      await there.getByRole('button', { name: '← Letters' }).click();
      await there.getByRole('button', { name: 'Directory' }).click();
      const dialog = there.getByRole('dialog', { name: 'Organization directory' });
      await dialog.getByRole('button', { name: 'Hong Kong Democracy Council' }).click();
      await dialog.getByRole('list', { name: 'Letters' }).getByText('signed: Shared statement').waitFor();
    } finally {
      await otherHost.stop();
    }
  });
});

async function addContactEntry(page: Page, name: string, email: string): Promise<void> {
  await page.getByRole('button', { name: 'Directory' }).click();
  const dialog = page.getByRole('dialog', { name: 'Organization directory' });
  await dialog.getByRole('button', { name: 'New organization' }).click();
  const form = dialog.getByRole('form', { name: 'New organization' });
  await form.getByLabel('Name', { exact: true }).fill(name);
  await form.getByRole('button', { name: 'Add a contact' }).click();
  await form.getByLabel('E-mail').fill(email);
  await form.getByRole('button', { name: 'Add to directory' }).click();
  await dialog
    .getByRole('status')
    .filter({ hasText: `Saved “${name}”.` })
    .waitFor();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await dialog.waitFor({ state: 'hidden' });
}
