import type { ExportChoices, LetterheadChoice } from './export-schemas';
import { decodeBinary } from '../letter/encoding';
import { imageSize, type RenderLetterhead } from '../render/letterhead';
import type { RenderOptions } from '../render/render-model';

/** The render model's share of the export dialog's choices, the same for the export and its preview. */
export function renderOptionsOf(choices: ExportChoices): RenderOptions {
  return {
    ...(choices.columns ? { columns: choices.columns } : {}),
    countSentence: choices.countSentence,
    groupHeadings: choices.groupHeadings,
    suggestions: choices.suggestions,
    letterhead: choices.letterhead ? renderLetterhead(choices.letterhead) : null,
  };
}

/** A letterhead choice with the size its header states; null for bytes that are not the image they claim. */
export function renderLetterhead(choice: LetterheadChoice): RenderLetterhead | null {
  const size = imageSize(decodeBinary(choice.base64), choice.mimeType);
  return size ? { ...choice, ...size } : null;
}
