import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { EditorState } from '@tiptap/pm/state';
import { updateYFragment, yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { suggestionsIn } from '../../../src-renderer/suggestions/doc-suggestions';
import { byId, reviewSuggestions } from '../../../src-renderer/suggestions/review';
import {
  paragraph,
  picture,
  positionOf,
  schema,
  select,
  stateOf,
  suggest,
  suggester,
} from './suggestion-editor';

const FIELD = 'body';

/** One person's copy of the letter: its shared body, and the editor state read from it. */
class Replica {
  readonly doc = new Y.Doc();

  state(): EditorState {
    return EditorState.create({
      schema,
      doc: yXmlFragmentToProseMirrorRootNode(this.doc.getXmlFragment(FIELD), schema),
    });
  }

  /** Writes an editor state into the shared body as the collaboration binding does, by difference. */
  write(node: ProseMirrorNode): void {
    const fragment = this.doc.getXmlFragment(FIELD);
    this.doc.transact(() => {
      updateYFragment(this.doc, fragment, node, { mapping: new Map(), isOMark: new Map() });
    });
  }
}

function exchange(a: Replica, b: Replica): void {
  Y.applyUpdate(b.doc, Y.encodeStateAsUpdate(a.doc, Y.encodeStateVector(b.doc)));
  Y.applyUpdate(a.doc, Y.encodeStateAsUpdate(b.doc, Y.encodeStateVector(a.doc)));
}

describe('suggestions in the shared body', () => {
  it('two people suggesting offline in the same sentence both keep theirs, by the right authors', () => {
    const asAyshe = suggester('ayshe', 'Ayshe');
    const ayshe = new Replica();
    const bilal = new Replica();
    ayshe.write(stateOf([paragraph('They whitewashed the abuses. We strongly urge you to act.')]).doc);
    exchange(ayshe, bilal);

    // Offline: Ayshe replaces a word and deletes another; Bilal adds words in the same sentence.
    let a = ayshe.state();
    const word = positionOf(a.doc, 'whitewashed');
    a = suggest(select(a, word, word + 'whitewashed'.length), asAyshe, (tr) =>
      tr.insertText('failed to address'),
    );
    const strongly = positionOf(a.doc, 'strongly ');
    a = suggest(a, asAyshe, (tr) => tr.delete(strongly, strongly + 'strongly '.length));
    ayshe.write(a.doc);
    let b = bilal.state();
    b = suggest(b, suggester('bilal', 'Bilal'), (tr) => tr.insertText(' today', positionOf(b.doc, '.', 1)));
    bilal.write(b.doc);

    exchange(ayshe, bilal);
    const merged = picture(ayshe.state().doc);
    expect(merged).toBe(
      'They {-whitewashed-Ayshe}{+failed to address+Ayshe} the abuses. We {-strongly -Ayshe}urge you to act{+ today+Bilal}.',
    );
    expect(picture(bilal.state().doc)).toBe(merged);
    expect(suggestionsIn(ayshe.state().doc).map((found) => found.author.authorName)).toEqual([
      'Ayshe',
      'Ayshe',
      'Bilal',
    ]);

    // Accepting on one side and rejecting on the other, offline again, still agrees.
    const [replacement, , addition] = suggestionsIn(ayshe.state().doc);
    if (!replacement || !addition) {
      throw new Error('three suggestions expected');
    }
    const accept = ayshe.state();
    const acceptTr = accept.tr;
    reviewSuggestions(acceptTr, 'accept', byId(replacement.id));
    ayshe.write(accept.apply(acceptTr).doc);
    const reject = bilal.state();
    const rejectTr = reject.tr;
    reviewSuggestions(rejectTr, 'reject', byId(addition.id));
    bilal.write(reject.apply(rejectTr).doc);
    exchange(ayshe, bilal);
    expect(picture(ayshe.state().doc)).toBe(
      'They failed to address the abuses. We {-strongly -Ayshe}urge you to act.',
    );
    expect(picture(bilal.state().doc)).toBe(picture(ayshe.state().doc));
  });
});
