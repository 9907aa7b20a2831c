/** The smallest single edit that turns one text into another: delete `remove` characters at `at`, insert `insert`. */
export interface TextEdit {
  at: number;
  remove: number;
  insert: string;
}

/**
 * Finds the edit between two versions of a text field by their common prefix and suffix, so a form field bound to a
 * shared text sends only what changed and merges with a co-editor's concurrent typing.
 */
export function textEdit(before: string, after: string): TextEdit | null {
  if (before === after) {
    return null;
  }
  let prefix = 0;
  const shortest = Math.min(before.length, after.length);
  while (prefix < shortest && before[prefix] === after[prefix]) {
    prefix += 1;
  }
  let suffix = 0;
  while (
    suffix < shortest - prefix &&
    before[before.length - 1 - suffix] === after[after.length - 1 - suffix]
  ) {
    suffix += 1;
  }
  return {
    at: prefix,
    remove: before.length - prefix - suffix,
    insert: after.slice(prefix, after.length - suffix),
  };
}
