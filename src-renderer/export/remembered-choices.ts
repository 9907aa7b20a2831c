import { exportChoicesSchema, type ExportChoices } from '../../src-common/api/export-schemas';

const CHOICES_KEY = 'undersigned.exportChoices';

/** The choices of the last export on this computer, or the defaults. */
export function rememberedChoices(): ExportChoices {
  const stored = exportChoicesSchema.safeParse(parse(window.localStorage.getItem(CHOICES_KEY)));
  return stored.success ? stored.data : exportChoicesSchema.parse({ format: 'pdf' });
}

/** Remembers the choices; without the letterhead when the browser's storage has no room for the image. */
export function rememberChoices(choices: ExportChoices): void {
  try {
    window.localStorage.setItem(CHOICES_KEY, JSON.stringify(choices));
  } catch {
    try {
      window.localStorage.setItem(CHOICES_KEY, JSON.stringify({ ...choices, letterhead: null }));
    } catch {
      // Nothing is remembered; the export itself went through.
    }
  }
}

function parse(text: string | null): unknown {
  try {
    return text === null ? null : JSON.parse(text);
  } catch {
    return null;
  }
}
