import { describe, expect, it } from 'vitest';
import {
  completeMention,
  matchingNames,
  mentionableNames,
  mentionQuery,
  mentionsName,
  splitMentions,
} from '../../../src-common/comments/mentions';
import { commentAuthor, type CommentThread } from '../../../src-common/comments/threads-doc';

const names = ['Ayshe', 'Ayshe Tursun', 'Bilal'];

describe('mentions in comments', () => {
  it('finds known names after an @, the longest first, without regard to case', () => {
    expect(splitMentions('@ayshe tursun and @Bilal, please look.', names)).toEqual([
      { mention: 'ayshe tursun' },
      { text: ' and ' },
      { mention: 'Bilal' },
      { text: ', please look.' },
    ]);
    expect(splitMentions('(@Ayshe) agreed', names)).toEqual([
      { text: '(' },
      { mention: 'Ayshe' },
      { text: ') agreed' },
    ]);
  });

  it('leaves e-mail addresses, unknown names and names inside longer words alone', () => {
    expect(splitMentions('Write to bilal@example.org', names)).toEqual([
      { text: 'Write to bilal@example.org' },
    ]);
    expect(splitMentions('@Chen and @Bilalova', names)).toEqual([{ text: '@Chen and @Bilalova' }]);
  });

  it('tells whether a comment mentions a person', () => {
    expect(mentionsName('Over to you, @Bilal.', names, 'Bilal')).toBe(true);
    expect(mentionsName('Over to you, Bilal.', names, 'Bilal')).toBe(false);
  });

  it('follows a mention being typed and completes it', () => {
    expect(mentionQuery('Thanks @Ay', 10)).toEqual({ start: 7, query: 'Ay' });
    expect(mentionQuery('Thanks @', 8)).toEqual({ start: 7, query: '' });
    expect(mentionQuery('mail bilal@exa', 14)).toBeNull();
    expect(mentionQuery('@Ayshe\nnext', 11)).toBeNull();
    expect(mentionQuery('no at sign', 5)).toBeNull();
    expect(matchingNames(names, 'tur')).toEqual(['Ayshe Tursun']);
    expect(matchingNames(names, 'ay')).toEqual(['Ayshe', 'Ayshe Tursun']);
    expect(completeMention('Thanks @Ay for this', { start: 7, query: 'Ay' }, 'Ayshe Tursun')).toEqual({
      text: 'Thanks @Ayshe Tursun for this',
      caret: 21,
    });
  });

  it('offers co-editors present now and everyone who wrote in a thread', () => {
    const thread: CommentThread = {
      id: 'thread-1',
      quote: '',
      createdAt: 1,
      comments: [
        { id: 'c1', author: commentAuthor('Chen', '#000000'), createdAt: 1, text: 'x', editedAt: null },
        { id: 'c2', author: commentAuthor('Ayshe', '#000000'), createdAt: 2, text: 'y', editedAt: null },
      ],
      resolved: false,
      history: [],
    };
    expect(mentionableNames([thread], ['Bilal', ' ', 'Ayshe'])).toEqual(['Ayshe', 'Bilal', 'Chen']);
  });
});
