import { splitMentions } from '../../src-common/comments/mentions';

interface CommentTextProps {
  text: string;
  /** Names that may be mentioned. */
  names: readonly string[];
  /** This person's name: a mention of them is highlighted. */
  self: string;
}

/** A comment's words, with `@mentions` marked, and those of this person highlighted. */
export function CommentText({ text, names, self }: CommentTextProps) {
  const own = self.toLocaleLowerCase();
  return (
    <p className="comment-body" dir="auto">
      {splitMentions(text, names).map((piece, index) =>
        'text' in piece ? (
          <span key={index}>{piece.text}</span>
        ) : piece.mention.toLocaleLowerCase() === own ? (
          <mark key={index} className="mention mention-self">
            @{piece.mention}
            <span className="visually-hidden"> (you)</span>
          </mark>
        ) : (
          <span key={index} className="mention">
            @{piece.mention}
          </span>
        ),
      )}
    </p>
  );
}
