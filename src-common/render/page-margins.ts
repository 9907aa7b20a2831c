/** Page margins in one unit. */
export type Margins = Record<'top' | 'bottom' | 'left' | 'right', number>;

/**
 * The PDF's margins in millimetres, the bottom one a little deeper to hold the page numbers: the same for the
 * exported PDF and for the letter printed from the app.
 */
export function pdfMargins(marginMm = 20): Margins {
  return { top: marginMm, bottom: marginMm + 2, left: marginMm, right: marginMm };
}
