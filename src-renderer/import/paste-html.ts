import { htmlToLetterText } from '../../src-common/import/html-letter-text';

/**
 * What a paste copied from a web page, Word or Google Docs becomes in the letter text: the page's formatting as
 * letter text (see htmlToLetterText), or null for a plain-text paste, which the text box takes as it is.
 */
export function pastedHtmlText(clipboard: DataTransfer): string | null {
  const html = clipboard.getData('text/html');
  if (html.trim() === '') {
    return null;
  }
  const text = htmlToLetterText(html);
  return text === '' ? null : text;
}

/** Puts `inserted` where the cursor is (replacing a selection) and hands the whole new text on. */
export function insertAtCursor(
  box: HTMLTextAreaElement,
  inserted: string,
  onText: (text: string) => void,
): void {
  const { selectionStart, selectionEnd, value } = box;
  onText(`${value.slice(0, selectionStart)}${inserted}${value.slice(selectionEnd)}`);
}
