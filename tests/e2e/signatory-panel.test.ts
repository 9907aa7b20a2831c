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
import { letterBody } from '../support/letter-ui';
import { tempDir } from '../support/temp';
import { startHost, type RunningHost } from '../support/web-host';

let browser: Browser;
let host: RunningHost;

beforeAll(async () => {
  browser = await launchChromium();
  host = await startHost(['--data-dir', tempDir('undersigned-signatory-panel-')]);
});

afterAll(async () => {
  await host.stop();
  await browser.close();
});

const entry = (name: string, fields: Partial<Signatory>): Signatory =>
  signatorySchema.parse({ id: `${name}-${fields.country ?? ''}`, name, status: 'confirmed', ...fields });

const SMALL_LIST: Signatory[] = [
  entry('Students for a Free Tibet', { country: 'CA', tags: ['Tibetan'] }),
  entry('Students for a Free Tibet', { country: 'JP', tags: ['Tibetan'], status: 'invited' }),
  entry('Tibet Action Institute', { country: 'US', tags: ['Tibetan'], status: 'invited' }),
  entry('Uyghur Human Rights Project', { country: 'US', tags: ['Uyghur'] }),
  entry('Japan Uyghur Association', { country: 'JP', tags: ['Uyghur'], status: 'invited' }),
  entry('Hong Kong Watch', { country: 'GB', tags: ['Hong Kong'], status: 'declined' }),
  entry('Den Norske Uyghur komiteen', { country: 'NO', tags: ['Uyghur'] }),
];

/** Writes a letter file holding the given list and one paragraph, as a co-editor would send it. */
function letterFile(letterId: string, title: string, paragraph: string, signatories: Signatory[]): string {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, seedLetter(title));
  const block = new Y.XmlElement('paragraph');
  block.insert(0, [new Y.XmlText(paragraph)]);
  doc.getXmlFragment(BODY_FIELD).insert(0, [block]);
  addSignatories(doc, signatories);
  const path = join(tempDir('undersigned-panel-file-'), `${letterId}.letter.json`);
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
const names = async (page: Page) =>
  (
    await list(page)
      .getByRole('listitem')
      .filter({ has: page.getByRole('checkbox') })
      .allInnerTexts()
  ).map((text) => text.split('\n')[0]?.trim());
const counts = (page: Page, text: string) => page.getByRole('status').filter({ hasText: text }).waitFor();

describe('the signatories panel', () => {
  it('filters, groups by country, marks several at once, and flags a count claim the list does not bear out', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const file = letterFile(
      'panelSmallList01',
      'Letter to the High Commissioner',
      'We, over 230 organizations, urge the High Commissioner to publish the report.',
      SMALL_LIST,
    );
    await openLetterFile(page, file);
    await counts(page, '3 confirmed · 3 invited · 1 declined · 0 withdrawn');

    // 3 confirmed cannot be "over 230": the claim is underlined with the rule as its description.
    const claim = letterBody(page).locator('.count-claim-mismatch');
    await claim.filter({ hasText: 'over 230' }).waitFor();
    expect(await claim.getAttribute('aria-description')).toBe(
      '“over 230” holds for 231–241 confirmed signatories; the list has 3.',
    );

    const filters = page.getByRole('group', { name: 'Filter and group signatories' });
    await filters.getByLabel('Status').selectOption('invited');
    await page.getByText('Showing 3 of 7').waitFor();
    expect(await names(page)).toEqual([
      'Japan Uyghur Association – Japan',
      'Students for a Free Tibet – Japan',
      'Tibet Action Institute – United States',
    ]);
    await filters.getByLabel('Tag').selectOption('Tibetan');
    await page.getByText('Showing 2 of 7').waitFor();
    await filters.getByLabel('Country').selectOption('Japan');
    await page.getByText('Showing 1 of 7').waitFor();
    await page.getByLabel('Search signatories').fill('action');
    await page.getByText('Showing 0 of 7').waitFor();
    await page.getByLabel('Search signatories').fill('');
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await list(page).getByText('Hong Kong Watch – United Kingdom').waitFor();

    await filters.getByLabel('Group').selectOption('country');
    const headings = list(page).getByRole('heading');
    await headings.filter({ hasText: 'Canada' }).waitFor();
    expect(await headings.allInnerTexts()).toEqual([
      'Canada',
      'Japan',
      'Norway',
      'United Kingdom',
      'United States',
    ]);

    // Shift-click selects the range; the bar marks the selection; the claim follows the new count.
    await filters.getByLabel('Status').selectOption('invited');
    await list(page).getByRole('checkbox', { name: 'Select Japan Uyghur Association – Japan' }).click();
    await list(page)
      .getByRole('checkbox', { name: 'Select Tibet Action Institute – United States' })
      .click({ modifiers: ['Shift'] });
    const bar = page.getByRole('toolbar', { name: 'Selected signatories' });
    await bar.getByText('3 selected').waitFor();
    await bar.getByRole('button', { name: 'Mark 3 as confirmed' }).click();
    await counts(page, '6 confirmed · 0 invited · 1 declined · 0 withdrawn');
    await page.getByText('Showing 0 of 7').waitFor();
    await letterBody(page).locator('.count-claim-mismatch[aria-description$="the list has 6."]').waitFor();

    // Keyboard: arrows move between entries (past the "United Kingdom" heading), space checks one, Shift+arrow extends.
    await filters.getByLabel('Status').selectOption('');
    await page.getByRole('checkbox', { name: 'Select Den Norske Uyghur komiteen – Norway' }).focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Space');
    await bar.getByText('1 selected').waitFor();
    expect(
      await page.getByRole('checkbox', { name: 'Select Hong Kong Watch – United Kingdom' }).isChecked(),
    ).toBe(true);
    await page.keyboard.press('Shift+ArrowDown');
    await bar.getByText('2 selected').waitFor();
    expect(
      await page.getByRole('checkbox', { name: 'Select Tibet Action Institute – United States' }).isChecked(),
    ).toBe(true);
    await bar.getByRole('button', { name: 'Mark 2 as withdrawn' }).click();
    await counts(page, '5 confirmed · 0 invited · 0 declined · 2 withdrawn');
    expect(await bar.getByText(/selected/u).count()).toBe(0);
  });

  it('keeps only a window of a 5,000-row list in the page while every name can be reached', async () => {
    const many = Array.from({ length: 5000 }, (_, index) =>
      entry(`Solidarity Group ${String(index).padStart(4, '0')}`, {
        country: index % 2 ? 'CA' : 'CL',
      }),
    );
    many.push(entry('Zhejiang Human Rights Watch', { country: 'TW' }));
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await openLetterFile(page, letterFile('panelLongList01', 'Letter with a long list', 'Text.', many));
    await counts(page, '5001 confirmed');
    const drawn = list(page).getByRole('listitem');
    await drawn.first().waitFor();
    expect(await drawn.count()).toBeLessThan(100);
    expect(await list(page).getByText('Zhejiang Human Rights Watch – Taiwan').count()).toBe(0);

    await page.getByRole('checkbox', { name: 'Select Solidarity Group 0000 – Chile' }).focus();
    await page.keyboard.press('End');
    const last = page.getByRole('checkbox', { name: 'Select Zhejiang Human Rights Watch – Taiwan' });
    await last.waitFor();
    await expect
      .poll(() => page.evaluate('document.activeElement?.getAttribute("aria-label")'))
      .toBe('Select Zhejiang Human Rights Watch – Taiwan');
    expect(await drawn.count()).toBeLessThan(100);
    expect(await last.locator('xpath=..').getAttribute('aria-posinset')).toBe(
      await last.locator('xpath=..').getAttribute('aria-setsize'),
    );

    await page.getByLabel('Search signatories').fill('group 4999');
    await list(page).getByText('Solidarity Group 4999 – Canada').waitFor();
    await page.getByText('Showing 1 of 5,001').waitFor();
  });
});
