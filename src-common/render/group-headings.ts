/**
 * Which of the signatories panel's group headings a published block keeps: `auto` keeps country and tag headings
 * but not the letters of an alphabetical list (an index, not part of a letter), `all` keeps every one, `none` none.
 */
export const GROUP_HEADINGS = ['auto', 'all', 'none'] as const;

/** One of {@link GROUP_HEADINGS}. */
export type GroupHeadings = (typeof GROUP_HEADINGS)[number];
