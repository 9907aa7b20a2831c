import letterStylesheet from '../export/letter-preview.css?url';

/** The export's stylesheet for the printed letter, in the page only from when it is first needed. */
export interface PrintStylesheet {
  /** Puts the stylesheet in the page, once; resolves when it is loaded (or failed to), so printing can wait for it. */
  attach(): Promise<void>;
  remove(): void;
}

/**
 * The printed letter's stylesheet (the PDF export's, fonts for every script included: over 200 KB of CSS). Fetched
 * and parsed as a letter opens, it would hold up the letter's first view for something only printing uses: the
 * letter screen attaches it once the page is idle, and printing from the app waits for it.
 */
export function printStylesheet(): PrintStylesheet {
  let link: HTMLLinkElement | null = null;
  let loaded: Promise<void> = Promise.resolve();
  return {
    attach() {
      if (!link) {
        const element = document.createElement('link');
        element.rel = 'stylesheet';
        element.media = 'print';
        loaded = new Promise((resolve) => {
          element.addEventListener('load', () => resolve(), { once: true });
          element.addEventListener('error', () => resolve(), { once: true });
        });
        element.href = letterStylesheet;
        document.head.append(element);
        link = element;
      }
      return loaded;
    },
    remove() {
      link?.remove();
      link = null;
    },
  };
}
