import {
  CUSTOM_MARGIN_MM,
  MARGIN_PRESETS,
  type ExportChoices,
  type ExportFormat,
} from '../../src-common/api/export-schemas';
import { GROUP_HEADINGS, type GroupHeadings } from '../../src-common/render/group-headings';
import { LetterheadPicker } from './LetterheadPicker';

interface ExportOptionsProps {
  choices: ExportChoices;
  /** The "N organizations have signed this letter." sentence for this letter's list. */
  countSentence: string;
  choose(patch: Partial<ExportChoices>): void;
}

const FORMATS: { value: ExportFormat; label: string; hint: string }[] = [
  { value: 'pdf', label: 'PDF', hint: 'For the recipient and the press' },
  { value: 'docx', label: 'Word', hint: 'For partners who edit in Word' },
  { value: 'html', label: 'Web page', hint: 'A page to publish as it is' },
  { value: 'fragment', label: 'Web page fragment', hint: 'To paste into a website’s editor' },
  { value: 'md', label: 'Markdown', hint: 'For static sites' },
  { value: 'txt', label: 'Plain text', hint: 'For e-mail, wrapped at 72 columns' },
];

// Formats laid out as pages, where columns and a letterhead mean something.
const PAGE_FORMATS = new Set<ExportFormat>(['pdf', 'html', 'fragment']);

/** The format and the options that apply to it. */
export function ExportOptions({ choices, countSentence, choose }: ExportOptionsProps) {
  const { format } = choices;
  return (
    <div className="export-options">
      <fieldset className="export-formats">
        <legend>Format</legend>
        {FORMATS.map((option) => (
          <label key={option.value} className="checkbox">
            <input
              type="radio"
              name="format"
              checked={format === option.value}
              onChange={() => choose({ format: option.value })}
            />
            <span>
              {option.label} <span className="muted small-text">— {option.hint}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {format === 'pdf' && <PageOptions choices={choices} choose={choose} />}
      {format === 'docx' && (
        <label>
          Notes{' '}
          <select
            value={choices.notes}
            onChange={(event) =>
              choose({ notes: event.target.value === 'endnotes' ? 'endnotes' : 'footnotes' })
            }
          >
            <option value="footnotes">As Word footnotes</option>
            <option value="endnotes">As a section at the end</option>
          </select>
        </label>
      )}
      {PAGE_FORMATS.has(format) && (
        <label>
          Signatory columns{' '}
          <select
            value={choices.columns ?? 'auto'}
            onChange={(event) => choose({ columns: columnsOf(event.target.value) })}
          >
            <option value="auto">As many as fit</option>
            <option value="1">1</option>
            <option value="2">2</option>
            <option value="3">3</option>
          </select>
        </label>
      )}
      <label>
        Signatory headings{' '}
        <select
          value={choices.groupHeadings}
          onChange={(event) => choose({ groupHeadings: groupHeadingsOf(event.target.value) })}
        >
          <option value="auto">Countries or tags, as grouped in the panel</option>
          <option value="all">As in the panel, letters too</option>
          <option value="none">None</option>
        </select>
      </label>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={choices.countSentence}
          onChange={(event) => choose({ countSentence: event.target.checked })}
        />
        <span>Add “{countSentence}”</span>
      </label>
      {(PAGE_FORMATS.has(format) || format === 'docx') && (
        <LetterheadPicker value={choices.letterhead} onChange={(letterhead) => choose({ letterhead })} />
      )}
    </div>
  );
}

function groupHeadingsOf(value: string): GroupHeadings {
  return GROUP_HEADINGS.find((known) => known === value) ?? 'auto';
}

function PageOptions({ choices, choose }: Pick<ExportOptionsProps, 'choices' | 'choose'>) {
  const custom = typeof choices.margins === 'number';
  return (
    <>
      <label>
        Page size{' '}
        <select
          value={choices.pageSize}
          onChange={(event) => choose({ pageSize: event.target.value === 'Letter' ? 'Letter' : 'A4' })}
        >
          <option value="A4">A4</option>
          <option value="Letter">US Letter</option>
        </select>
      </label>
      <label>
        Margins{' '}
        <select
          value={custom ? 'custom' : choices.margins}
          onChange={(event) => choose({ margins: marginsOf(event.target.value) })}
        >
          <option value="narrow">Narrow (1.27 cm)</option>
          <option value="normal">Normal (2 cm)</option>
          <option value="wide">Wide (3 cm)</option>
          <option value="custom">Custom…</option>
        </select>
      </label>
      {typeof choices.margins === 'number' && (
        <label>
          Margin in millimetres{' '}
          <input
            type="number"
            min={CUSTOM_MARGIN_MM.min}
            max={CUSTOM_MARGIN_MM.max}
            step={1}
            // Uncontrolled, so a number can be typed through values outside the range ("1" on the way to "15").
            defaultValue={choices.margins}
            onChange={(event) => {
              const millimetres = event.target.valueAsNumber;
              if (millimetres >= CUSTOM_MARGIN_MM.min && millimetres <= CUSTOM_MARGIN_MM.max) {
                choose({ margins: millimetres });
              }
            }}
          />
        </label>
      )}
    </>
  );
}

function columnsOf(value: string): ExportChoices['columns'] {
  return value === '1' ? 1 : value === '2' ? 2 : value === '3' ? 3 : undefined;
}

function marginsOf(value: string): ExportChoices['margins'] {
  if (value === 'narrow' || value === 'normal' || value === 'wide') {
    return value;
  }
  return MARGIN_PRESETS.normal;
}
