import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../server/server';
import { launchChromium } from '../support/chromium';
import {
  bodyText,
  networkCable,
  openPerson,
  shareOnServer,
  viewerLink,
  waitStatus,
} from '../support/co-editors';
import { createLetter, joinFromLink, letterBody } from '../support/letter-ui';
import { tempDir } from '../support/temp';
import { startHost, type RunningHost } from '../support/web-host';

const SCREENSHOTS = join(__dirname, '..', '..', 'test-results', 'e2e');
const SYNC_TIMEOUT = 20_000;

let browser: Browser;
let server: RunningServer;
let hostA: RunningHost;
let hostB: RunningHost;

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  server = await startServer({
    host: '127.0.0.1',
    port: 0,
    dataDir: tempDir('undersigned-comments-server-'),
    log: () => undefined,
  });
  browser = await launchChromium();
  hostA = await startHost(['--port', '0', '--data-dir', tempDir('undersigned-comments-a-')]);
  hostB = await startHost(['--port', '0', '--data-dir', tempDir('undersigned-comments-b-')]);
});

afterAll(async () => {
  await hostA?.stop();
  await hostB?.stop();
  await browser?.close();
  await server?.close();
});

/**
 * Selects words in the letter, as dragging over them does, or puts the caret `caretAt` characters into them. The
 * first place the words appear counts; co-editors' caret labels are not part of the text.
 */
async function selectWords(page: Page, words: string, caretAt: number | null = null): Promise<void> {
  await page.evaluate(`(() => {
    const root = document.querySelector('[aria-label="Letter text"]');
    root.focus();
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
      acceptNode: (node) => node.parentElement.closest('.collaboration-carets__caret')
        ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
    });
    const pieces = [];
    let text = '';
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      pieces.push({ node, start: text.length });
      text += node.data;
    }
    const from = text.indexOf(${JSON.stringify(words)});
    if (from < 0) throw new Error('No such words in the letter: ' + ${JSON.stringify(words)});
    const caret = ${JSON.stringify(caretAt)};
    const start = caret === null ? from : from + caret;
    const end = caret === null ? from + ${words.length} : start;
    const at = (offset, preferNext) => {
      const piece = pieces.findLast((each) => each.start < offset || (each.start === offset && !preferNext))
        ?? pieces[0];
      return [piece.node, offset - piece.start];
    };
    const range = document.createRange();
    range.setStart(...at(start, true));
    range.setEnd(...at(end, false));
    const selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
  })()`);
  // ProseMirror reads the new selection on the next selectionchange.
  await page.waitForTimeout(100);
}

function commentsTab(page: Page): Locator {
  return page.getByRole('tablist', { name: 'Letter details' }).getByRole('tab', { name: /^Comments/u });
}

async function openComments(page: Page): Promise<void> {
  await commentsTab(page).click();
}

function openThreads(page: Page): Locator {
  return page.getByRole('list', { name: 'Open comments' });
}

/** The open thread whose words (or, detached, whose former words) are `words`. */
function thread(page: Page, words: string): Locator {
  return openThreads(page)
    .locator('> li')
    .filter({ hasText: `“${words}”` });
}

/** Writes a comment in the box that Comment opened, and sends it. */
async function writeComment(page: Page, text: string): Promise<void> {
  const box = page.getByRole('region', { name: 'New comment' });
  await box.getByRole('textbox', { name: 'Your comment' }).fill(text);
  await box.getByRole('button', { name: 'Comment', exact: true }).click();
  await box.waitFor({ state: 'detached' });
}

async function reply(page: Page, words: string, text: string): Promise<void> {
  const card = thread(page, words);
  await card.getByRole('button', { name: /^Reply to /u }).click();
  await card.getByRole('textbox', { name: /^Reply to / }).fill(text);
  await card.getByRole('button', { name: 'Reply', exact: true }).click();
  await card.getByText(text).waitFor();
}

/**
 * The threads as the panel lists them, as they read on screen (words for screen readers only, such as "(you)"
 * after one's own name, left out): each one's words, then its comments' authors and texts.
 */
async function listed(page: Page): Promise<string[]> {
  const cards: unknown = await page.evaluate(`(() => {
    const seen = (element) => {
      const copy = element ? element.cloneNode(true) : null;
      copy?.querySelectorAll('.visually-hidden').forEach((hidden) => hidden.remove());
      return copy?.textContent ?? '';
    };
    const list = document.querySelector('[aria-label="Open comments"]');
    return [...(list?.children ?? [])].map((card) => [
      seen(card.querySelector('.comment-quote, .comment-detached')),
      ...[...card.querySelectorAll('.comment')].map(
        (comment) => seen(comment.querySelector('strong')) + ': ' + seen(comment.querySelector('.comment-body')),
      ),
    ].join(' | '));
  })()`);
  return Array.isArray(cards) ? cards.map(String) : [];
}

describe('comments between two co-editors through the collaboration server', () => {
  let pageA: Page;
  let pageB: Page;
  let cableB: Awaited<ReturnType<typeof networkCable>>;

  it('comments on words and mentions a co-editor, who sees the thread with the mention highlighted', async () => {
    pageA = await openPerson(browser, hostA, 'Ayshe');
    await createLetter(pageA, 'Joint letter on the camps');
    await letterBody(pageA).click();
    await pageA.keyboard.type('We, the undersigned, call it genocide and urge the council to act.');
    const link = await shareOnServer(pageA, server);

    pageB = await openPerson(browser, hostB, 'Bilal');
    cableB = await networkCable(pageB);
    await joinFromLink(pageB, link);
    await letterBody(pageB).filter({ hasText: 'urge the council' }).waitFor();
    await waitStatus(pageB, 'Synced');

    await selectWords(pageA, 'genocide');
    await pageA.keyboard.press('Control+Alt+m');
    const field = pageA.getByRole('textbox', { name: 'Your comment' });
    await field.waitFor();
    expect(await commentsTab(pageA).getAttribute('aria-selected')).toBe('true');
    // The box has the focus: `@` offers the co-editor present now.
    await pageA.keyboard.type('Can our board approve this word? @Bi');
    await pageA.getByRole('option', { name: 'Bilal' }).waitFor();
    await pageA.keyboard.press('Enter');
    await pageA.keyboard.type('please ask.');
    expect(await field.inputValue()).toBe('Can our board approve this word? @Bilal please ask.');
    await pageA.getByRole('button', { name: 'Comment', exact: true }).click();
    await thread(pageA, 'genocide').waitFor();
    expect(await letterBody(pageA).locator('.comment-anchor-open').textContent()).toBe('genocide');

    await expect
      .poll(() => commentsTab(pageB).textContent(), { timeout: SYNC_TIMEOUT })
      .toBe('Comments1 open');
    await openComments(pageB);
    const mention = thread(pageB, 'genocide').locator('mark.mention-self');
    await mention.waitFor();
    expect(await mention.textContent()).toBe('@Bilal (you)');
    await thread(pageB, 'genocide').getByText('Mentions you').waitFor();
  });

  it('keeps both people’s comments and replies on one paragraph, one of them offline, and they converge', async () => {
    await cableB.unplug();
    await waitStatus(pageB, /^Offline/u);
    await reply(pageB, 'genocide', 'Our board approved it on Monday.');
    await selectWords(pageB, 'urge the council');
    await pageB.getByRole('button', { name: 'Comment (Ctrl+Alt+M)' }).click();
    await writeComment(pageB, 'A stronger verb than urge?');

    await reply(pageA, 'genocide', 'Then we keep it.');
    await selectWords(pageA, 'the undersigned');
    await pageA.keyboard.press('Control+Alt+m');
    await writeComment(pageA, 'Name the coalition here.');
    await waitStatus(pageB, /Offline — \d+ changes? waiting/u);

    await cableB.plugIn();
    await waitStatus(pageB, 'Synced', SYNC_TIMEOUT);
    await waitStatus(pageA, 'Synced', SYNC_TIMEOUT);
    const expected = [
      '“the undersigned” | Ayshe: Name the coalition here.',
      '“genocide” | Ayshe: Can our board approve this word? @Bilal please ask. | Bilal: Our board approved it on Monday. | Ayshe: Then we keep it.',
      '“urge the council” | Bilal: A stronger verb than urge?',
    ];
    for (const page of [pageA, pageB]) {
      // In the order of their words; replies in the order they were written.
      await expect.poll(() => listed(page), { timeout: SYNC_TIMEOUT }).toEqual(expected);
      await expect.poll(() => commentsTab(page).textContent()).toBe('Comments3 open');
    }
    expect(await bodyText(pageB)).toBe(await bodyText(pageA));
    await pageA.screenshot({ path: join(SCREENSHOTS, 'comments.png') });
  });

  it('jumps from a thread to its words and from highlighted words to their thread', async () => {
    await thread(pageB, 'urge the council')
      .getByRole('button', { name: 'Show “urge the council” in the letter' })
      .click();
    const selected: unknown = await pageB.evaluate('window.getSelection().toString()');
    expect(selected).toBe('urge the council');
    await letterBody(pageA).locator('.comment-anchor-open', { hasText: 'genocide' }).click();
    await expect.poll(() => thread(pageA, 'genocide').getAttribute('aria-current')).toBe('true');
    expect(await letterBody(pageA).locator('.comment-anchor-selected').textContent()).toBe('genocide');
  });

  it('hides a resolved thread for both, and lists it under Resolved with who resolved it', async () => {
    await thread(pageA, 'the undersigned').getByRole('button', { name: 'Resolve Ayshe’s comment' }).click();
    for (const page of [pageA, pageB]) {
      await thread(page, 'the undersigned').waitFor({ state: 'detached', timeout: SYNC_TIMEOUT });
      await expect.poll(() => commentsTab(page).textContent()).toBe('Comments2 open');
      await expect.poll(() => letterBody(page).locator('.comment-anchor-open').count()).toBe(2);
    }
    await pageB.getByRole('radio', { name: 'Resolved (1)' }).check();
    const resolved = pageB.getByRole('list', { name: 'Resolved comments' }).locator('> li');
    await resolved.getByText('Resolved by Ayshe').waitFor();
    await pageB.getByRole('radio', { name: /^Open/u }).check();
  });

  it('keeps the thread on its words when they are edited, and lists it as detached when they are deleted', async () => {
    // Typing inside the commented words: they stay commented, on both sides.
    await selectWords(pageA, 'urge the council', 'urge the'.length);
    await pageA.keyboard.type(' whole');
    for (const page of [pageA, pageB]) {
      await thread(page, 'urge the whole council').waitFor({ timeout: SYNC_TIMEOUT });
    }
    // Deleting them: the thread stays, said to be detached.
    await selectWords(pageB, 'genocide');
    await pageB.keyboard.press('Backspace');
    for (const page of [pageA, pageB]) {
      const detached = thread(page, 'genocide');
      await detached.getByText('Detached').waitFor({ timeout: SYNC_TIMEOUT });
      expect(await detached.getByText('Then we keep it.').count()).toBe(1);
    }
    expect(await listed(pageA)).toEqual(await listed(pageB));
  });

  it('lets only the author edit or delete a comment', async () => {
    const card = thread(pageB, 'urge the whole council');
    await card.getByRole('button', { name: 'Edit your comment' }).click();
    await card
      .getByRole('textbox', { name: 'Edit your comment' })
      .fill('A stronger verb than urge, perhaps demand?');
    await card.getByRole('button', { name: 'Save' }).click();
    await thread(pageA, 'urge the whole council').getByText('(edited)').waitFor({ timeout: SYNC_TIMEOUT });
    expect(
      await thread(pageA, 'urge the whole council')
        .getByRole('button', { name: 'Edit your comment' })
        .count(),
    ).toBe(0);
    expect(await thread(pageA, 'genocide').getByRole('button', { name: 'Delete your comment' }).count()).toBe(
      2,
    );
  });

  it('shows a viewer the threads and no way to write one', async () => {
    const link = await viewerLink(pageA);
    const hostC = await startHost(['--port', '0', '--data-dir', tempDir('undersigned-comments-c-')]);
    try {
      const pageC = await openPerson(browser, hostC, 'Chen');
      await joinFromLink(pageC, link);
      await waitStatus(pageC, 'Read-only — up to date');
      await openComments(pageC);
      await thread(pageC, 'urge the whole council').waitFor();
      expect(await listed(pageC)).toEqual(await listed(pageA));
      for (const name of [/^Reply/u, /^Resolve/u, /^Edit/u, /^Delete/u, /^Comment/u]) {
        expect(await pageC.getByRole('button', { name }).count()).toBe(0);
      }
      await selectWords(pageC, 'whole council');
      await pageC.keyboard.press('Control+Alt+m');
      expect(await pageC.getByRole('region', { name: 'New comment' }).count()).toBe(0);
      // Looking is allowed: the words of a thread can still be found in the letter.
      await thread(pageC, 'urge the whole council').getByRole('button', { name: /^Show/u }).click();
    } finally {
      await hostC.stop();
    }
  });
});
