import { useState } from 'react';
import { letterheadSchema, type LetterheadChoice } from '../../src-common/api/export-schemas';
import { encodeBinary } from '../../src-common/letter/encoding';
import { LETTERHEAD_MAX_BYTES } from '../../src-common/render/letterhead';
import { ErrorLine } from '../ui/ErrorLine';

interface LetterheadPickerProps {
  value: LetterheadChoice | null;
  onChange(value: LetterheadChoice | null): void;
}

/** Chooses the image printed at the top of page 1: a PNG or JPEG of at most 1 MB, checked before it is kept. */
export function LetterheadPicker({ value, onChange }: LetterheadPickerProps) {
  const [problem, setProblem] = useState<string | null>(null);

  const choose = async (file: File | undefined) => {
    if (!file) {
      return;
    }
    if (file.size > LETTERHEAD_MAX_BYTES) {
      setProblem(`${file.name} is larger than 1 MB. Choose a smaller image.`);
      return;
    }
    const parsed = letterheadSchema.safeParse({
      mimeType: file.type,
      base64: encodeBinary(new Uint8Array(await file.arrayBuffer())),
    });
    if (!parsed.success) {
      setProblem(`${file.name} is not a PNG or JPEG image.`);
      return;
    }
    setProblem(null);
    onChange(parsed.data);
  };

  return (
    <div className="export-letterhead">
      <label>
        Letterhead image <span className="muted small-text">(PNG or JPEG, top of page 1)</span>
        <input
          type="file"
          accept="image/png,image/jpeg"
          onChange={(event) => {
            void choose(event.target.files?.[0]);
            event.target.value = '';
          }}
        />
      </label>
      {value && (
        <button type="button" className="button" onClick={() => onChange(null)}>
          Remove letterhead
        </button>
      )}
      <ErrorLine message={problem} />
    </div>
  );
}
