import type { Page } from 'playwright-core';

// Runs in the page (as a string: the bench is compiled without DOM types): resolves once the page has had a frame
// and then an idle moment, so work scheduled for after the open (scans on idle, deferred panels) has run.
const IDLE = `new Promise((resolve) => requestAnimationFrame(() => requestIdleCallback(() => resolve(0))))`;

/** The page's JavaScript heap in use, in bytes, once it is idle and garbage has been collected. */
export async function usedHeapAfterGc(page: Page): Promise<number> {
  await page.evaluate(IDLE);
  const cdp = await page.context().newCDPSession(page);
  try {
    // Twice: objects freed by the first collection's finalizers go in the second.
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return usedSize;
  } finally {
    await cdp.detach();
  }
}
