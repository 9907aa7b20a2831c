import StarterKit from '@tiptap/starter-kit';
import { checkLinkUrl } from '../../../src-common/text/link-url';

/**
 * The letter's formatting: paragraphs, headings, emphasis, lists, quotes, links and hard breaks. History is off
 * because the collaboration extension's undo manager replaces it (it undoes only this person's edits).
 */
export const LetterKit = StarterKit.configure({
  undoRedo: false,
  heading: { levels: [1, 2, 3] },
  code: false,
  codeBlock: false,
  horizontalRule: false,
  link: {
    openOnClick: false,
    autolink: true,
    defaultProtocol: 'https',
    protocols: ['http', 'https', 'mailto'],
    isAllowedUri: (url) => checkLinkUrl(url).ok,
    HTMLAttributes: { rel: 'noopener noreferrer nofollow', target: null },
  },
});
