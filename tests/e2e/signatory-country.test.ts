import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedLetter } from '../../src-common/letter/letter-doc';
import { writeLetterFile } from '../../src-common/letter-file/letter-file';
import { signatoriesMap } from '../../src-common/signatories/signatories-doc';
import { launchChromium } from '../support/chromium';
import { letterBody, pickCountry } from '../support/letter-ui';
import { tempDir } from '../support/temp';
import { startHost, type RunningHost } from '../support/web-host';

let browser: Browser;
let host: RunningHost;
const SCREENSHOTS = join(__dirname, '..', '..', 'test-results', 'e2e');

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  browser = await launchChromium();
  host = await startHost(['--data-dir', tempDir('undersigned-signatory-country-')]);
});

afterAll(async () => {
  await host.stop();
  await browser.close();
});

// A list as the app kept it before country and chapter were apart: one "Country or chapter" text per entry.
const OLD_LIST: [string, string][] = [
  ['Gesellschaft für bedrohte Völker', 'Germany'],
  ['Tibet Initiative Deutschland', 'Allemagne'],
  ['Tibet Initiative', 'Munich'],
  ['Amnesty International', 'Los Angeles'],
  ['Uyghur Youth Network', 'Europe'],
  ['Uyghur Human Rights Project', 'USA'],
];

/** A letter file whose list was written by that older app. */
function oldLetterFile(letterId: string): string {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, seedLetter('Letter written before countries were apart'));
  doc.transact(() => {
    OLD_LIST.forEach(([name, place], index) => {
      const fields = signatoriesMap(doc).set(`old-${index}`, new Y.Map<unknown>());
      fields.set('name', name);
      fields.set('country', place);
      fields.set('status', 'confirmed');
      fields.set('history', new Y.Array());
    });
  });
  const path = join(tempDir('undersigned-country-file-'), `${letterId}.letter.json`);
  writeFileSync(path, JSON.stringify(writeLetterFile(letterId, doc, new Date())));
  return path;
}

async function openLetterFile(page: Page, path: string): Promise<void> {
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Open letter file…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Open letter file' });
  await dialog.getByLabel('Letter file to open').setInputFiles(path);
  await dialog.getByRole('button', { name: 'Open', exact: true }).click();
  await letterBody(page).waitFor();
}

const list = (page: Page) => page.getByRole('list', { name: 'Signatories' });

/** Each heading of the list with the names under it, as shown. */
async function groups(page: Page): Promise<[string, string[]][]> {
  const items = await list(page).getByRole('listitem').all();
  const shown: [string, string[]][] = [];
  for (const item of items) {
    const heading = item.getByRole('heading');
    if ((await heading.count()) > 0) {
      shown.push([(await heading.innerText()).trim(), []]);
    } else {
      shown.at(-1)?.[1].push((await item.innerText()).split('\n')[0]?.trim() ?? '');
    }
  }
  return shown;
}

describe('country and chapter of a signatory', () => {
  it('opens an older letter with its countries apart from its cities and regions, for grouping and the filter', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await openLetterFile(page, oldLetterFile('oldPlaces00001'));
    await page.getByRole('status').filter({ hasText: '6 confirmed' }).waitFor();
    const filters = page.getByRole('group', { name: 'Filter and group signatories' });
    await filters.getByLabel('Group').selectOption('country');
    await list(page).getByRole('heading', { name: 'No country' }).waitFor();
    expect(await groups(page)).toEqual([
      ['Germany', ['Gesellschaft für bedrohte Völker – Germany', 'Tibet Initiative Deutschland – Germany']],
      ['United States', ['Uyghur Human Rights Project – United States']],
      [
        'No country',
        ['Amnesty International – Los Angeles', 'Tibet Initiative – Munich', 'Uyghur Youth Network – Europe'],
      ],
    ]);
    // The Country filter offers countries only: no "Munich", "Los Angeles" or "Europe".
    const country = filters.getByLabel('Country');
    expect(await country.locator('option').allInnerTexts()).toEqual([
      'All countries',
      'Germany',
      'United States',
    ]);
    await country.selectOption('Germany');
    await page.getByText('Showing 2 of 6').waitFor();
    await page.close();
  });

  it('adds a signatory with a country picked from the list and a chapter typed beside it', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await openLetterFile(page, oldLetterFile('newPlaces00001'));
    const form = page.getByRole('form', { name: 'Add a signatory' });
    await form.getByPlaceholder('Organization').fill('Students for a Free Tibet');
    // By keyboard: "ger" lists Germany first, then names that only contain it ("Algeria", "Niger").
    await pickCountry(form, 'ger', 'Germany');
    await form.getByRole('textbox', { name: 'Chapter' }).fill('Munich');
    await page.screenshot({ path: join(SCREENSHOTS, 'signatory-country-add-1280x800.png') });
    await form.getByRole('button', { name: 'Add' }).click();
    await list(page).getByText('Students for a Free Tibet – Munich, Germany').waitFor();
    // The add row is empty again for the next one.
    expect(await form.getByRole('combobox', { name: 'Country' }).inputValue()).toBe('');
    expect(await form.getByRole('textbox', { name: 'Chapter' }).inputValue()).toBe('');

    // With the mouse, and Escape putting back what was there.
    const picker = form.getByRole('combobox', { name: 'Country' });
    await form.getByPlaceholder('Organization').fill('Tibet Justice Center');
    await picker.fill('united');
    await form.getByRole('option', { name: 'United States' }).click();
    expect(await picker.inputValue()).toBe('United States');
    await picker.fill('swe');
    await form.getByRole('option', { name: 'Sweden' }).waitFor();
    await picker.press('Escape');
    expect(await picker.inputValue()).toBe('United States');
    expect(await picker.getAttribute('aria-expanded')).toBe('false');
    await form.getByRole('button', { name: 'Add' }).click();
    await list(page).getByText('Tibet Justice Center – United States').waitFor();

    const filters = page.getByRole('group', { name: 'Filter and group signatories' });
    await filters.getByLabel('Group').selectOption('country');
    await list(page).getByRole('heading', { name: 'Germany' }).waitFor();
    const grouped = await groups(page);
    expect(grouped.map(([heading]) => heading)).toEqual(['Germany', 'United States', 'No country']);
    expect(grouped[0]?.[1]).toContain('Students for a Free Tibet – Munich, Germany');
    expect(grouped[1]?.[1]).toEqual([
      'Tibet Justice Center – United States',
      'Uyghur Human Rights Project – United States',
    ]);
    await filters.getByLabel('Country').selectOption('Germany');
    await page.getByText('Showing 3 of 8').waitFor();

    // The edit dialog has the same two fields, filled with the entry's country and chapter.
    await list(page)
      .getByRole('button', { name: 'Edit Students for a Free Tibet – Munich, Germany' })
      .click();
    const dialog = page.getByRole('dialog', { name: 'Edit Students for a Free Tibet – Munich, Germany' });
    expect(await dialog.getByRole('combobox', { name: 'Country' }).inputValue()).toBe('Germany');
    expect(await dialog.getByRole('textbox', { name: 'Chapter' }).inputValue()).toBe('Munich');
    await page.screenshot({ path: join(SCREENSHOTS, 'signatory-country-edit-1280x800.png') });
    // Emptying the country leaves the chapter alone.
    await dialog.getByRole('combobox', { name: 'Country' }).fill('');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText('Showing 2 of 8').waitFor();
    await filters.getByLabel('Country').selectOption('');
    await list(page).getByText('Students for a Free Tibet – Munich', { exact: true }).waitFor();
    await page.close();
  });

  it('fills the country or the chapter from a pasted list, as each place reads', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await openLetterFile(page, oldLetterFile('pastePlaces001'));
    await page.getByRole('button', { name: 'Paste a list…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Paste a list of signatories' });
    await dialog
      .getByLabel(/One organization per line/u)
      .fill(
        'Students for a Free Tibet, Munich, Germany\nTibet Solidarity Network, Europe\nFriends of Tibet, Francia',
      );
    await dialog.getByRole('button', { name: 'Check' }).click();
    await dialog.getByRole('button', { name: 'Add 3 signatories' }).click();
    await dialog.waitFor({ state: 'detached' });
    const filters = page.getByRole('group', { name: 'Filter and group signatories' });
    await filters.getByLabel('Group').selectOption('country');
    await list(page).getByRole('heading', { name: 'France' }).waitFor();
    const grouped = new Map(await groups(page));
    expect(grouped.get('France')).toEqual(['Friends of Tibet – France']);
    expect(grouped.get('Germany')).toContain('Students for a Free Tibet – Munich, Germany');
    expect(grouped.get('No country')).toContain('Tibet Solidarity Network – Europe');
    await page.close();
  });
});
