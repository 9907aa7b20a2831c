import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BODY_FIELD, seedLetter } from '../../src-common/letter/letter-doc';
import { writeLetterFile } from '../../src-common/letter-file/letter-file';
import { addSignatories } from '../../src-common/signatories/signatories-doc';
import { signatorySchema, type Signatory } from '../../src-common/signatories/signatory';
import { launchChromium } from '../support/chromium';
import { letterBody, pickCountry } from '../support/letter-ui';
import { tempDir } from '../support/temp';
import { startHost, type RunningHost } from '../support/web-host';

let browser: Browser;
let host: RunningHost;

beforeAll(async () => {
  browser = await launchChromium();
  host = await startHost(['--data-dir', tempDir('undersigned-signatory-edit-')]);
});

afterAll(async () => {
  await host.stop();
  await browser.close();
});

const entry = (name: string, fields: Partial<Signatory>): Signatory =>
  signatorySchema.parse({ id: `${name}-${fields.country ?? ''}`, name, status: 'confirmed', ...fields });

const LIST: Signatory[] = [
  entry('Uyghur Human Rights Project', { country: 'US', tags: ['Uyghur'], addedBy: 'Rushan' }),
  entry('Japan Uyghur Association', { country: 'JP', tags: ['Uyghur'], status: 'invited' }),
  entry('Hong Kong Watch', { country: 'GB', tags: ['Hong Kong'], status: 'declined', addedBy: 'Tenzin' }),
  entry('Tibet Action Institute', { country: 'US', tags: ['Tibetan'], status: 'invited' }),
];

async function openLetterWithList(page: Page, letterId: string): Promise<void> {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, seedLetter('Letter on transnational repression'));
  addSignatories(doc, LIST);
  const path = join(tempDir('undersigned-edit-file-'), `${letterId}.letter.json`);
  writeFileSync(path, JSON.stringify(writeLetterFile(letterId, doc, new Date())));
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Open letter file…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Open letter file' });
  await dialog.getByLabel('Letter file to open').setInputFiles(path);
  await dialog.getByRole('button', { name: 'Open', exact: true }).click();
  await letterBody(page).waitFor();
}

const list = (page: Page) => page.getByRole('list', { name: 'Signatories' });

describe('editing a signatory', () => {
  it('changes country and tags from the row, and the list, tag filter and counts follow', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await openLetterWithList(page, 'editSignatory01');
    const filters = page.getByRole('group', { name: 'Filter and group signatories' });
    await filters.getByLabel('Tag').selectOption('Uyghur');
    await page.getByText('Showing 2 of 4').waitFor();

    // A status change first, so the dialog has a history to show.
    await filters.getByLabel('Tag').selectOption('');
    await list(page).getByLabel('Status of Hong Kong Watch – United Kingdom').selectOption('confirmed');
    await page.getByRole('status').filter({ hasText: '2 confirmed · 2 invited · 0 declined' }).waitFor();

    await list(page).getByRole('button', { name: 'Edit Hong Kong Watch – United Kingdom' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit Hong Kong Watch – United Kingdom' });
    await dialog
      .getByRole('list', { name: 'Status changes' })
      .getByText(/^Confirmed on /u)
      .waitFor();
    expect(await dialog.getByText('Tenzin').count()).toBe(1);
    expect(await dialog.getByLabel('Tags').inputValue()).toBe('Hong Kong');
    expect(await dialog.getByRole('combobox', { name: 'Country' }).inputValue()).toBe('United Kingdom');
    await pickCountry(dialog, 'can', 'Canada');
    await dialog.getByLabel('Chapter').fill('Toronto');
    await dialog.getByLabel('Tags').fill('Hong Kong, uyghur, Diaspora');
    await dialog.getByLabel('Chapter').press('Enter');
    await dialog.waitFor({ state: 'detached' });

    await list(page).getByText('Hong Kong Watch – Toronto, Canada').waitFor();
    expect(await list(page).getByText('Hong Kong Watch – United Kingdom').count()).toBe(0);
    // "uyghur" joins the existing tag rather than making a second one; "Diaspora" becomes a filter choice.
    await filters.getByLabel('Tag').selectOption('Uyghur');
    await page.getByText('Showing 3 of 4').waitFor();
    await filters.getByLabel('Tag').selectOption('Diaspora');
    await page.getByText('Showing 1 of 4').waitFor();
    await filters.getByLabel('Country').selectOption('Canada');
    await list(page).getByText('Hong Kong Watch – Toronto, Canada').waitFor();

    // Escape leaves the entry as it was.
    await list(page).getByRole('button', { name: 'Edit Hong Kong Watch – Toronto, Canada' }).click();
    const again = page.getByRole('dialog', { name: 'Edit Hong Kong Watch – Toronto, Canada' });
    await again.getByLabel('Name').fill('Something else');
    await page.keyboard.press('Escape');
    await again.waitFor({ state: 'detached' });
    await list(page).getByText('Hong Kong Watch – Toronto, Canada').waitFor();
    expect(await list(page).getByText('Something else').count()).toBe(0);
  });

  it('adds one tag to every selected row', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await openLetterWithList(page, 'bulkTagLetter01');
    await list(page).getByRole('checkbox', { name: 'Select Tibet Action Institute – United States' }).click();
    await list(page).getByRole('checkbox', { name: 'Select Japan Uyghur Association – Japan' }).click();
    const bar = page.getByRole('toolbar', { name: 'Selected signatories' });
    await bar.getByRole('button', { name: 'Add a tag to 2 selected' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add a tag to 2 signatories' });
    await dialog.getByLabel('Tag').fill('Youth');
    await dialog.getByLabel('Tag').press('Enter');
    await dialog.waitFor({ state: 'detached' });
    expect(await bar.getByText(/selected/u).count()).toBe(0);

    const filters = page.getByRole('group', { name: 'Filter and group signatories' });
    await filters.getByLabel('Tag').selectOption('Youth');
    await page.getByText('Showing 2 of 4').waitFor();
    const tagged = list(page)
      .getByRole('listitem')
      .filter({ has: page.getByRole('checkbox') });
    expect((await tagged.allInnerTexts()).map((text) => text.split('\n')[0]?.trim())).toEqual([
      'Japan Uyghur Association – Japan',
      'Tibet Action Institute – United States',
    ]);
    // The new tag is added next to the old ones, not in their place.
    await filters.getByLabel('Tag').selectOption('Uyghur');
    await list(page).getByText('Uyghur Human Rights Project – United States').waitFor();
    expect(await list(page).getByText('Japan Uyghur Association – Japan').count()).toBe(1);
  });

  it('sets a person’s kind, and the count check of a claim split by kind follows', async () => {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, seedLetter('Letter on transnational repression'));
    const paragraph = new Y.XmlElement('paragraph');
    const text = new Y.XmlText();
    text.insert(0, 'This letter is signed by 1 person and 1 organization.');
    paragraph.insert(0, [text]);
    doc.getXmlFragment(BODY_FIELD).insert(0, [paragraph]);
    addSignatories(doc, [
      entry('Hong Kong Watch', { country: 'GB', kind: 'organization' }),
      entry('Rushan Abbas', { country: 'US', note: 'Campaign for Uyghurs' }),
    ]);
    const path = join(tempDir('undersigned-kind-file-'), 'kindLetter0001.letter.json');
    writeFileSync(path, JSON.stringify(writeLetterFile('kindLetter0001', doc, new Date())));
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(host.url);
    await page.getByRole('button', { name: 'Open letter file…' }).click();
    const open = page.getByRole('dialog', { name: 'Open letter file' });
    await open.getByLabel('Letter file to open').setInputFiles(path);
    await open.getByRole('button', { name: 'Open', exact: true }).click();
    await letterBody(page).getByText('signed by 1 person').waitFor();

    // Rushan Abbas has no kind yet: "1 person" may hold, so it is said, not underlined.
    await page.getByRole('tab', { name: 'Checks' }).click();
    const problems = page.getByRole('list', { name: 'Problems' }).getByRole('listitem');
    await problems.filter({ hasText: '“1 person” counts people' }).waitFor();
    const underlined = letterBody(page).locator('.count-claim-mismatch');
    expect(await underlined.count()).toBe(0);

    const setKind = async (kind: string) => {
      await page.getByRole('tab', { name: 'Signatories' }).click();
      await list(page).getByRole('button', { name: 'Edit Rushan Abbas – United States' }).click();
      const dialog = page.getByRole('dialog', { name: 'Edit Rushan Abbas – United States' });
      await dialog.getByRole('combobox', { name: 'Signs as' }).selectOption({ label: kind });
      await dialog.getByRole('button', { name: 'Save' }).click();
      await dialog.waitFor({ state: 'detached' });
    };
    await setKind('Organization');
    await underlined.filter({ hasText: '1 person' }).waitFor();
    expect(await underlined.allInnerTexts()).toEqual(['1 person', '1 organization']);
    expect(await underlined.first().getAttribute('aria-description')).toBe(
      '“1 person” holds for exactly 1 person; 0 confirmed signatories are marked as people.',
    );

    await setKind('Person');
    await underlined.first().waitFor({ state: 'detached' });
    const filters = page.getByRole('group', { name: 'Filter and group signatories' });
    await filters.getByLabel('Kind').selectOption({ label: 'People' });
    await page.getByText('Showing 1 of 2').waitFor();
    expect(await list(page).getByText('Hong Kong Watch – United Kingdom').count()).toBe(0);
    await list(page).getByText('Rushan Abbas – United States').waitFor();
    await page.getByRole('tab', { name: 'Checks' }).click();
    await page.getByText('No problems found.').waitFor();
    await page.close();
  });
});
