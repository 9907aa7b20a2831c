import { useEffect } from 'react';
import type * as Y from 'yjs';
import { marginMillimetres, type ExportChoices } from '../../src-common/api/export-schemas';
import { renderOptionsOf } from '../../src-common/api/export-options';
import { renderHtmlFragment } from '../../src-common/render/html';
import { pdfMargins } from '../../src-common/render/page-margins';
import { buildRenderModel } from '../../src-common/render/render-model';
import { rememberedChoices } from '../export/remembered-choices';
import { whenIdle } from '../ui/when-idle';
import { printStylesheet } from './print-stylesheet';
import './print.css';

/** The class on the root element while a letter is open: printing then prints the letter, not the interface. */
export const PRINTS_LETTER_CLASS = 'prints-letter';

/**
 * While a letter is open, printing (Ctrl+P, File › Print, the toolbar's Print, the browser's own menu) prints the
 * letter as the PDF export lays it out: the export's HTML and stylesheet, with the page size, margins, columns and
 * letterhead last chosen for an export, in place of the interface (print.css hides it). The letter is written out only
 * when printing starts (`beforeprint`), never while typing; everything stays within the app's CSP: the stylesheet is
 * a file of the app, and the page rule a constructed stylesheet.
 */
export function usePrintLetter(doc: Y.Doc): void {
  useEffect(() => {
    const printed = document.createElement('div');
    printed.className = 'print-letter';
    document.body.append(printed);
    const stylesheet = printStylesheet();
    const cancelAttach = whenIdle(() => void stylesheet.attach());
    const page = new CSSStyleSheet();
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, page];
    document.documentElement.classList.add(PRINTS_LETTER_CLASS);

    const fill = () => {
      void stylesheet.attach();
      return writeLetter(doc, printed, page, rememberedChoices());
    };
    const empty = () => printed.replaceChildren();
    const print = () => void printLetter(fill, stylesheet.attach);
    const handleKey = (event: KeyboardEvent) => {
      if (isPrintShortcut(event)) {
        event.preventDefault();
        print();
      }
    };
    openLetterPrint = print;
    window.addEventListener('beforeprint', fill);
    window.addEventListener('afterprint', empty);
    window.addEventListener('keydown', handleKey);
    return () => {
      if (openLetterPrint === print) {
        openLetterPrint = null;
      }
      window.removeEventListener('beforeprint', fill);
      window.removeEventListener('afterprint', empty);
      window.removeEventListener('keydown', handleKey);
      document.documentElement.classList.remove(PRINTS_LETTER_CLASS);
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((sheet) => sheet !== page);
      cancelAttach();
      stylesheet.remove();
      printed.remove();
    };
  }, [doc]);
}

// The open letter's print, for the toolbar's button; there is one letter screen at a time.
let openLetterPrint: (() => void) | null = null;

/** Prints the open letter, as Ctrl+P does: its text's fonts loaded first, so no line prints in a stand-in face. */
export function printOpenLetter(): void {
  if (openLetterPrint) {
    openLetterPrint();
  } else {
    window.print();
  }
}

async function printLetter(fill: () => string, stylesheetLoaded: () => Promise<void>): Promise<void> {
  const text = fill();
  await stylesheetLoaded();
  // The letter's faces load once text needs them; the printed letter is hidden on screen, so ask for them.
  await Promise.all(
    ['12pt "Noto Serif"', 'bold 12pt "Noto Serif"', 'italic 12pt "Noto Serif"'].map((font) =>
      document.fonts.load(font, text).catch(() => []),
    ),
  );
  window.print();
}

function writeLetter(doc: Y.Doc, printed: HTMLElement, page: CSSStyleSheet, choices: ExportChoices): string {
  const model = buildRenderModel(doc, renderOptionsOf(choices));
  // The export's own HTML: every name, title and note escaped by the renderer, with no script, style or handler.
  printed.innerHTML = renderHtmlFragment(model, { idPrefix: 'print-' });
  const margins = pdfMargins(marginMillimetres(choices.margins));
  page.replaceSync(
    `@page { size: ${choices.pageSize}; margin: ${margins.top}mm ${margins.right}mm ${margins.bottom}mm ${margins.left}mm; }`,
  );
  return printed.textContent ?? '';
}

function isPrintShortcut(event: KeyboardEvent): boolean {
  return (
    (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'p'
  );
}
