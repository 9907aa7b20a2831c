import {
  AlignmentType,
  Document,
  ExternalHyperlink,
  FootnoteReferenceRun,
  Header,
  HeadingLevel,
  ImageRun,
  LevelFormat,
  Paragraph,
  TextRun,
  type ParagraphChild,
} from 'docx';
import type { ProseMirrorJson } from '../../src-common/letter/prosemirror-json';
import { decodeBinary } from '../../src-common/letter/encoding';
import { fitWithin, type RenderLetterhead } from '../../src-common/render/letterhead';
import {
  hasMark,
  headingLevel,
  isRightToLeftText,
  linkOf,
  noteNumberOf,
  resolvedDirection,
  safeHref,
  splitAtUrls,
} from '../../src-common/render/render-nodes';
import {
  signatoryText,
  type RenderModel,
  type RenderNote,
  type RenderSignatory,
} from '../../src-common/render/render-model';

/** Where the notes go: Word's own footnotes, or a numbered section at the end as the web page has them. */
export interface DocxOptions {
  notes: 'footnotes' | 'endnotes';
}

const NUMBERED = 'letter-numbered-list';

// A signatory's name that wraps hangs its later lines a quarter inch (in twips) in from its first, so it reads as
// one entry, not two organizations; from the paragraph's start side, so a right-to-left name hangs from its right.
const SIGNATORY_INDENT = { start: 360, hanging: 360 };

// The letterhead's largest size in Word's pixels (96 to the inch): the text width of an A4 page, 4 cm high.
const LETTERHEAD_BOX = { width: 600, height: 151 };
const HEADINGS = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
];

interface Context {
  options: DocxOptions;
  nextList: number;
}

/**
 * The letter as a Word document for partners who edit in Word: headings, emphasis, live links, lists, right-to-left
 * paragraphs, notes as footnotes or endnotes, and the signatory block. Packing it to bytes is the caller's (Node
 * and browsers pack differently).
 */
export function buildDocx(model: RenderModel, options: DocxOptions): Document {
  const context: Context = { options, nextList: 0 };
  const children = [
    plainParagraph(model.title, { heading: HeadingLevel.TITLE }),
    ...(model.date
      ? [new Paragraph({ children: [new TextRun({ text: model.date.text, color: '555555' })] })]
      : []),
    ...(model.body.content ?? []).flatMap((block) => blockParagraphs(block, context, 0)),
    ...(options.notes === 'endnotes' ? endnoteSection(model) : []),
    ...signatoryParagraphs(model),
  ];
  return new Document({
    title: model.title,
    styles: { default: { document: { run: { font: 'Noto Serif', size: 22 } } } },
    numbering: { config: [numberedList()] },
    footnotes: options.notes === 'footnotes' ? footnotes(model.notes) : {},
    sections: [model.letterhead ? withLetterhead(children, model.letterhead) : { children }],
  });
}

// Page 1 alone carries the letterhead, as on printed letter paper; later pages have no header.
function withLetterhead(children: Paragraph[], letterhead: RenderLetterhead) {
  const size = fitWithin(letterhead, LETTERHEAD_BOX);
  const image = new ImageRun({
    type: letterhead.mimeType === 'image/png' ? 'png' : 'jpg',
    data: decodeBinary(letterhead.base64),
    transformation: size,
    altText: { name: 'Letterhead', description: 'Letterhead', title: 'Letterhead' },
  });
  return {
    properties: { titlePage: true },
    headers: { first: new Header({ children: [new Paragraph({ children: [image] })] }) },
    children,
  };
}

/** A paragraph of unformatted text, right to left when the text is. */
function plainParagraph(
  text: string,
  options: {
    heading?: (typeof HeadingLevel)[keyof typeof HeadingLevel];
    indent?: { start: number; hanging: number };
  } = {},
) {
  const rightToLeft = isRightToLeftText(text);
  return new Paragraph({
    ...options,
    bidirectional: rightToLeft,
    children: [new TextRun({ text, rightToLeft })],
  });
}

function blockParagraphs(block: ProseMirrorJson, context: Context, depth: number): Paragraph[] {
  const bidirectional = resolvedDirection(block) === 'rtl';
  switch (block.type) {
    case 'heading':
      return [
        new Paragraph({
          heading: HEADINGS[headingLevel(block) - 1] ?? HeadingLevel.HEADING_3,
          bidirectional,
          children: inlineRuns(block, context),
        }),
      ];
    case 'bulletList':
    case 'orderedList':
      return listParagraphs(block, context, depth);
    case 'blockquote':
      return (block.content ?? []).map(
        (child) =>
          new Paragraph({
            indent: { left: 720 },
            bidirectional: resolvedDirection(child) === 'rtl',
            children: inlineRuns(child, context),
          }),
      );
    default:
      return [new Paragraph({ bidirectional, children: inlineRuns(block, context) })];
  }
}

function listParagraphs(list: ProseMirrorJson, context: Context, depth: number): Paragraph[] {
  const instance = (context.nextList += 1);
  return (list.content ?? []).flatMap((item) =>
    (item.content ?? []).flatMap((child) => {
      if (child.type === 'bulletList' || child.type === 'orderedList') {
        return listParagraphs(child, context, depth + 1);
      }
      const numbering =
        list.type === 'orderedList'
          ? { numbering: { reference: NUMBERED, level: depth, instance } }
          : { bullet: { level: depth } };
      return [
        new Paragraph({
          ...numbering,
          bidirectional: resolvedDirection(child) === 'rtl',
          children: inlineRuns(child, context),
        }),
      ];
    }),
  );
}

function inlineRuns(block: ProseMirrorJson, context: Context): ParagraphChild[] {
  const rightToLeft = resolvedDirection(block) === 'rtl';
  return (block.content ?? []).flatMap((node): ParagraphChild[] => {
    const note = noteNumberOf(node);
    if (note !== null) {
      return [
        context.options.notes === 'footnotes'
          ? new FootnoteReferenceRun(note)
          : new TextRun({ text: String(note), superScript: true }),
      ];
    }
    if (node.type === 'hardBreak') {
      return [new TextRun({ text: '', break: 1 })];
    }
    if (node.type !== 'text') {
      return [];
    }
    const run = textRun(node, rightToLeft);
    const href = linkOf(node);
    return [href ? new ExternalHyperlink({ link: href, children: [run] }) : run];
  });
}

function textRun(node: ProseMirrorJson, rightToLeft: boolean): TextRun {
  return new TextRun({
    text: node.text ?? '',
    rightToLeft,
    bold: hasMark(node, 'bold'),
    italics: hasMark(node, 'italic'),
    strike: hasMark(node, 'strike'),
    ...(hasMark(node, 'underline') || linkOf(node) ? { underline: {} } : {}),
    ...(linkOf(node) ? { color: '0B4FA8' } : {}),
  });
}

function noteRuns(note: RenderNote): ParagraphChild[] {
  return splitAtUrls(note.text).map((piece) => {
    if ('text' in piece) {
      return new TextRun(piece.text);
    }
    const href = safeHref(piece.href);
    const run = new TextRun({ text: piece.url, ...(href ? { color: '0B4FA8', underline: {} } : {}) });
    return href ? new ExternalHyperlink({ link: href, children: [run] }) : run;
  });
}

function footnotes(notes: readonly RenderNote[]): Record<string, { children: Paragraph[] }> {
  return Object.fromEntries(
    notes.map((note) => [String(note.number), { children: [new Paragraph({ children: noteRuns(note) })] }]),
  );
}

function endnoteSection(model: RenderModel): Paragraph[] {
  if (model.notes.length === 0) {
    return [];
  }
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(model.notesHeading)] }),
    ...model.notes.map(
      (note) => new Paragraph({ children: [new TextRun(`[${note.number}] `), ...noteRuns(note)] }),
    ),
  ];
}

function signatoryParagraphs(model: RenderModel): Paragraph[] {
  const { heading, countSentence, entries, groups, unlistedLine } = model.signatories;
  if (entries.length === 0 && unlistedLine === undefined) {
    return [];
  }
  const names = (list: readonly RenderSignatory[]) =>
    list.map((entry) => plainParagraph(signatoryText(entry), { indent: SIGNATORY_INDENT }));
  return [
    plainParagraph(heading, { heading: HeadingLevel.HEADING_2 }),
    ...(countSentence ? [plainParagraph(countSentence)] : []),
    ...(groups
      ? groups.flatMap((group) => [
          plainParagraph(group.heading, { heading: HeadingLevel.HEADING_3 }),
          ...names(group.entries),
        ])
      : names(entries)),
    ...(unlistedLine ? [plainParagraph(unlistedLine)] : []),
  ];
}

function numberedList() {
  return {
    reference: NUMBERED,
    levels: [0, 1, 2, 3].map((level) => ({
      level,
      format: LevelFormat.DECIMAL,
      text: `%${level + 1}.`,
      alignment: AlignmentType.START,
      style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
    })),
  };
}
