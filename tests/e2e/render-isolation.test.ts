import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BODY_FIELD, seedLetter } from '../../src-common/letter/letter-doc';
import { writeLetterFile } from '../../src-common/letter-file/letter-file';
import { addNote, NOTE_REFERENCE_NODE } from '../../src-common/notes/notes-doc';
import { addSignatories } from '../../src-common/signatories/signatories-doc';
import { signatorySchema } from '../../src-common/signatories/signatory';
import { launchChromium } from '../support/chromium';
import { letterBody, waitSaved } from '../support/letter-ui';
import { tempDir } from '../support/temp';
import { startHost, type RunningHost } from '../support/web-host';

let browser: Browser;
let host: RunningHost;

beforeAll(async () => {
  browser = await launchChromium();
  host = await startHost(['--data-dir', tempDir('undersigned-render-isolation-')]);
});

afterAll(async () => {
  await host.stop();
  await browser.close();
});

// Counts the renders of the side panels without a line of test code in the app: before the page loads, the test
// installs the hook React DevTools would install, which React (production builds included) calls after every
// commit with the committed tree. A panel is found by its root element's class; a function component that ran
// has a new list of hook objects, while one React skipped keeps the very objects it had, so a new first hook on
// the panel's fiber is one render.
const RENDER_COUNTER = `(() => {
  const panels = { signatories: 'signatories', notes: 'notes' };
  const renders = { signatories: 0, notes: 0 };
  const lastHooks = {};
  window.undersignedPanelRenders = renders;
  const visit = (fiber) => {
    const stack = [fiber];
    while (stack.length > 0) {
      const current = stack.pop();
      const element = current.tag === 5 ? current.stateNode : null;
      for (const [panel, className] of Object.entries(panels)) {
        const owner = current.return;
        if (element && element.className === className && owner && owner.memoizedState !== lastHooks[panel]) {
          lastHooks[panel] = owner.memoizedState;
          renders[panel] += 1;
        }
      }
      if (current.sibling) stack.push(current.sibling);
      if (current.child) stack.push(current.child);
    }
  };
  window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    renderers: new Map(),
    inject: () => 1,
    onCommitFiberRoot: (_renderer, root) => visit(root.current),
    onCommitFiberUnmount: () => {},
    onPostCommitFiberRoot: () => {},
    checkDCE: () => {},
  };
})();`;

const TYPED = 'and we ask the council to answer us within a month';

function letterWithNotesAndList(): string {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, seedLetter('Letter typed into'));
  const paragraphs = ['We, 40 organizations, write to the council.', 'The report is public.'].map(
    (text, index) => {
      const paragraph = new Y.XmlElement('paragraph');
      const reference = new Y.XmlElement(NOTE_REFERENCE_NODE);
      reference.setAttribute('noteId', `isolation-note-${index}`);
      paragraph.insert(0, [new Y.XmlText(text), reference]);
      addNote(doc, `isolation-note-${index}`, { text: `Source ${index + 1}, https://example.org/${index}` });
      return paragraph;
    },
  );
  doc.getXmlFragment(BODY_FIELD).insert(0, paragraphs);
  addSignatories(
    doc,
    Array.from({ length: 40 }, (_, index) =>
      signatorySchema.parse({ id: `isolation-${index}`, name: `Member ${index + 1}`, status: 'confirmed' }),
    ),
  );
  const path = join(tempDir('undersigned-render-isolation-file-'), 'typed.letter.json');
  writeFileSync(path, JSON.stringify(writeLetterFile('renderIsolation01', doc, new Date())));
  return path;
}

async function openLetter(page: Page): Promise<void> {
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Open letter file…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Open letter file' });
  await dialog.getByLabel('Letter file to open').setInputFiles(letterWithNotesAndList());
  await dialog.getByRole('button', { name: 'Open', exact: true }).click();
  await page.getByRole('list', { name: 'Signatories' }).getByRole('listitem').first().waitFor();
}

async function renders(page: Page): Promise<{ signatories: number; notes: number }> {
  const counted: unknown = await page.evaluate('({ ...window.undersignedPanelRenders })');
  if (
    typeof counted !== 'object' ||
    counted === null ||
    !('signatories' in counted && 'notes' in counted) ||
    typeof counted.signatories !== 'number' ||
    typeof counted.notes !== 'number'
  ) {
    throw new Error('The render counter was not installed before the app loaded.');
  }
  return { signatories: counted.signatories, notes: counted.notes };
}

/**
 * Waits until the page has been idle twice: work the app leaves for an idle moment (`ui/when-idle.ts`) has run by
 * then, and so has work that it left in turn.
 */
async function idleTwice(page: Page): Promise<void> {
  for (let round = 0; round < 2; round += 1) {
    await page.evaluate('new Promise((done) => requestIdleCallback(() => done(null), { timeout: 2000 }))');
  }
}

/** Types into the body, then waits for the edits to be stored and for the work left for idle moments to run. */
async function typeIntoLetter(page: Page): Promise<void> {
  await letterBody(page).locator('p').first().click();
  await page.keyboard.press('End');
  await page.keyboard.type(` ${TYPED.slice(0, 49)}`, { delay: 15 });
  await page.getByText(`${TYPED.slice(0, 49)}`).waitFor();
  await waitSaved(page);
  await idleTwice(page);
}

describe('render isolation', () => {
  it('typing 50 characters re-renders neither the signatories panel nor the notes panel', async () => {
    const page = await browser.newPage();
    await page.addInitScript(RENDER_COUNTER);
    await openLetter(page);
    await waitSaved(page);
    // What the opening leaves for idle moments is drawn before the count starts: only typing is counted.
    await idleTwice(page);

    const beforeList = await renders(page);
    expect(beforeList.signatories).toBeGreaterThan(0);
    await typeIntoLetter(page);
    expect((await renders(page)).signatories).toBe(beforeList.signatories);
    // The counter does see a render of the panel: a letter typed in its own search box is one.
    await page.getByLabel('Search signatories').pressSequentially('M');
    await expect.poll(async () => (await renders(page)).signatories).toBeGreaterThan(beforeList.signatories);

    await page.getByRole('tab', { name: 'Notes' }).click();
    await page.getByRole('list', { name: 'Notes' }).waitFor();
    await idleTwice(page);
    const beforeNotes = await renders(page);
    expect(beforeNotes.notes).toBeGreaterThan(0);
    await typeIntoLetter(page);
    expect((await renders(page)).notes).toBe(beforeNotes.notes);
    // A note reference inserted changes the numbering the panel shows, so it is drawn again.
    await page.keyboard.press('Control+Alt+f');
    await expect.poll(async () => (await renders(page)).notes).toBeGreaterThan(beforeNotes.notes);
    await page.close();
  });

  it('each block of the letter is positioned, a paint layer of its own, so a keystroke repaints only its block', async () => {
    const page = await browser.newPage();
    await openLetter(page);
    // As one paint layer, the whole letter was drawn again on every key (bench/README.md, typing).
    // Read in the page as a string: the tests are compiled without the DOM's types.
    const positions: unknown = await page.evaluate(
      `[...document.querySelector('.letter-body').children].map((block) => getComputedStyle(block).position)`,
    );
    if (!Array.isArray(positions)) {
      throw new Error('The letter body was not found.');
    }
    expect(positions.length).toBeGreaterThanOrEqual(2);
    expect(new Set(positions)).toEqual(new Set(['relative']));
    await page.close();
  });

  it("the letter's blocks on screen hold the document's own nodes, so a keystroke compares no other block", async () => {
    const page = await browser.newPage();
    await openLetter(page);
    const first = letterBody(page).locator('p').first();
    await first.click();
    // Where in the block the key lands does not matter here (End ends a visual line, and the paragraph may wrap
    // differently once the letter's face has loaded): only that it landed.
    await page.keyboard.type('¤');
    await expect.poll(async () => (await first.textContent())?.includes('¤')).toBe(true);
    // A plugin added once the editor is made (as the Comment bubble's once was) has the Yjs binding draw the whole
    // letter again as new, equal nodes, which ProseMirror's view never takes, so every key compared each block with
    // its copy.
    // ProseMirror's own record of what it drew (`pmViewDesc`) is read, as nothing public says which node it holds.
    const blocks: unknown = await page.evaluate(`(() => {
      const body = document.querySelector('.letter-body');
      const doc = body.editor.view.state.doc;
      return body.pmViewDesc.children.map((desc, index) => desc.node === doc.maybeChild(index));
    })()`);
    if (!Array.isArray(blocks)) {
      throw new Error("The editor's view was not found.");
    }
    expect(blocks.length).toBeGreaterThanOrEqual(2);
    expect(blocks.every((same) => same === true)).toBe(true);
    await page.close();
  });
});
