import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/chromium';
import { createLetter } from '../support/letter-ui';
import { tempDir } from '../support/temp';
import { startHost, type RunningHost } from '../support/web-host';

let browser: Browser;
let laptop: RunningHost;
let office: RunningHost;

beforeAll(async () => {
  browser = await launchChromium();
  laptop = await startHost(['--data-dir', tempDir('undersigned-laptop-')]);
  office = await startHost(['--data-dir', tempDir('undersigned-office-')]);
});

afterAll(async () => {
  await laptop.stop();
  await office.stop();
  await browser.close();
});

async function saveCopy(page: Page): Promise<string> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save a copy…' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('Statement on Hong Kong.letter.json');
  return file.path();
}

async function chooseFile(page: Page, path: string, asCopy = false): Promise<void> {
  await page.getByRole('button', { name: 'Open letter file…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Open letter file' });
  await dialog.getByLabel('Letter file to open').setInputFiles(path);
  if (asCopy) {
    await dialog.getByLabel(/Open as a separate copy/).check();
  }
  await dialog.getByRole('button', { name: 'Open', exact: true }).click();
}

async function openFile(page: Page, path: string): Promise<void> {
  await page.getByRole('button', { name: '← Letters' }).click();
  await chooseFile(page, path);
  await page.getByRole('textbox', { name: 'Letter text' }).waitFor();
}

async function typeParagraph(page: Page, text: string): Promise<void> {
  await page.getByRole('textbox', { name: 'Letter text' }).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await page.keyboard.type(text);
  await page.getByRole('status').filter({ hasText: 'Saved on this computer' }).waitFor();
}

describe('letter files between two computers', () => {
  it('merges two copies edited apart, to the same text on both sides', async () => {
    const onLaptop = await browser.newPage();
    await onLaptop.goto(laptop.url);
    await createLetter(onLaptop, 'Statement on Hong Kong');
    await typeParagraph(onLaptop, 'Common opening paragraph.');
    const first = await saveCopy(onLaptop);

    const inOffice = await browser.newPage();
    await inOffice.goto(office.url);
    await chooseFile(inOffice, first);
    await inOffice.getByText('Common opening paragraph.').waitFor();

    await typeParagraph(onLaptop, 'Written offline on the plane.');
    await typeParagraph(inOffice, 'Written in the office meanwhile.');

    const fromLaptop = await saveCopy(onLaptop);
    const fromOffice = await saveCopy(inOffice);
    await openFile(inOffice, fromLaptop);
    await openFile(onLaptop, fromOffice);
    await onLaptop.getByText('Written in the office meanwhile.').waitFor();
    await inOffice.getByText('Written offline on the plane.').waitFor();

    const laptopText = await onLaptop.getByRole('textbox', { name: 'Letter text' }).innerText();
    const officeText = await inOffice.getByRole('textbox', { name: 'Letter text' }).innerText();
    expect(laptopText).toBe(officeText);
    expect(JSON.parse(readFileSync(fromOffice, 'utf8'))).toMatchObject({
      format: 'undersigned-letter',
      version: 1,
    });

    await onLaptop.getByRole('button', { name: '← Letters' }).click();
    await onLaptop.getByRole('button', { name: 'Statement on Hong Kong', exact: true }).waitFor();
    expect(await onLaptop.getByRole('button', { name: 'Statement on Hong Kong', exact: true }).count()).toBe(
      1,
    );
  });

  it('refuses a file that is not a letter with a plain sentence', async () => {
    const page = await browser.newPage();
    await page.goto(laptop.url);
    const bogus = join(tempDir(), 'notes.json');
    writeFileSync(bogus, '{"title": "not a letter"}');
    await chooseFile(page, bogus);
    await page.getByRole('alert').filter({ hasText: 'This is not an Undersigned letter file.' }).waitFor();
  });

  it('merges notes inserted on both sides apart into one consistent numbering', async () => {
    const onLaptop = await browser.newPage();
    await onLaptop.goto(laptop.url);
    await createLetter(onLaptop, 'Statement on Hong Kong');
    await typeParagraph(onLaptop, 'First claim.');
    await onLaptop.keyboard.press('Control+Alt+f');
    await onLaptop.getByRole('textbox', { name: 'Text of note 1' }).fill('Source A');
    await typeParagraph(onLaptop, 'Second claim.');
    const shared = await saveCopy(onLaptop);

    const inOffice = await browser.newPage();
    await inOffice.goto(office.url);
    await chooseFile(inOffice, shared);
    await inOffice.getByText('Second claim.').click();
    await inOffice.keyboard.press('End');
    await inOffice.keyboard.press('Control+Alt+f');
    await inOffice.getByRole('textbox', { name: 'Text of note 2' }).fill('Source B, added in the office');
    await inOffice.getByRole('status').filter({ hasText: 'Saved on this computer' }).waitFor();
    await onLaptop.getByText('First claim.').click();
    await onLaptop.keyboard.press('Home');
    await onLaptop.keyboard.press('Control+Alt+f');
    await onLaptop.getByRole('textbox', { name: 'Text of note 1' }).fill('Source C, added on the plane');
    await onLaptop.getByRole('status').filter({ hasText: 'Saved on this computer' }).waitFor();

    const fromLaptop = await saveCopy(onLaptop);
    const fromOffice = await saveCopy(inOffice);
    await openFile(onLaptop, fromOffice);
    await openFile(inOffice, fromLaptop);
    for (const page of [onLaptop, inOffice]) {
      await page.getByRole('tab', { name: 'Notes' }).click();
      await page.getByRole('textbox', { name: 'Text of note 3' }).waitFor();
      const texts = await page
        .getByRole('list', { name: 'Notes' })
        .locator('textarea')
        .evaluateAll((fields: unknown[]) =>
          fields.map((field) =>
            typeof field === 'object' && field !== null && 'value' in field ? String(field.value) : '',
          ),
        );
      expect(texts).toEqual(['Source C, added on the plane', 'Source A', 'Source B, added in the office']);
    }
  });
});
