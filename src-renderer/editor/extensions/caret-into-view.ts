import { Extension } from '@tiptap/core';
import { NodeSelection, Plugin, PluginKey } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';

// ProseMirror's defaults: scroll when the caret leaves the box (no threshold), and leave 5 pixels around it.
const MARGIN = 5;

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** The ancestors of each editor that can scroll, innermost first; `null` stands for the window. */
const scrollersOf = new WeakMap<HTMLElement, (HTMLElement | null)[]>();

/**
 * Keeps the caret in view as ProseMirror does (the same margin and the same arithmetic, innermost scroller first,
 * then the window), but asks only the ancestors that can scroll where they are. ProseMirror asks every ancestor
 * from the paragraph up to the body for its box and computed position after every keystroke; in the letter screen
 * that is a dozen elements and several dozen layout queries a key, for two that can scroll. Which ancestors can
 * scroll is read once, and again after the window is resized (a narrow layout may scroll elsewhere) or the editor is
 * moved.
 */
export const CaretIntoView = Extension.create({
  name: 'caretIntoView',
  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('caretIntoView'),
        props: { handleScrollToSelection: (view) => scrollSelectionIntoView(view) },
        view: (view) => {
          const forget = () => scrollersOf.delete(view.dom);
          window.addEventListener('resize', forget);
          return { destroy: () => window.removeEventListener('resize', forget) };
        },
      }),
    ];
  },
});

function scrollSelectionIntoView(view: EditorView): boolean {
  const { selection } = view.state;
  let rect: Box;
  if (selection instanceof NodeSelection) {
    const target = view.nodeDOM(selection.from);
    if (!(target instanceof HTMLElement)) {
      return true;
    }
    rect = target.getBoundingClientRect();
  } else {
    rect = view.coordsAtPos(selection.head, 1);
  }
  // A box with all sides at 0 has no CSS box (display: none): nothing to show.
  if (!(rect.top < rect.bottom || rect.left < rect.right) && rect.left === 0) {
    return true;
  }
  for (const scroller of scrollers(view.dom)) {
    rect = scrollInto(scroller, rect);
  }
  return true;
}

// Scrolls one scroller (the window for null) so `rect` lies inside it, and returns where `rect` is afterwards.
function scrollInto(scroller: HTMLElement | null, rect: Box): Box {
  const bounding = scroller ? clientBox(scroller) : windowBox();
  const moveY = moveInto(rect.top, rect.bottom, bounding.top, bounding.bottom);
  const moveX =
    rect.left < bounding.left
      ? -(bounding.left - rect.left + MARGIN)
      : rect.right > bounding.right
        ? rect.right - bounding.right + MARGIN
        : 0;
  if (!moveX && !moveY) {
    return rect;
  }
  if (!scroller) {
    window.scrollBy(moveX, moveY);
    return rect;
  }
  const startX = scroller.scrollLeft;
  const startY = scroller.scrollTop;
  if (moveY) {
    scroller.scrollTop += moveY;
  }
  if (moveX) {
    scroller.scrollLeft += moveX;
  }
  const dX = scroller.scrollLeft - startX;
  const dY = scroller.scrollTop - startY;
  return { left: rect.left - dX, top: rect.top - dY, right: rect.right - dX, bottom: rect.bottom - dY };
}

// Vertically, a box taller than the scroller is shown from its top.
function moveInto(start: number, end: number, boxStart: number, boxEnd: number): number {
  if (start < boxStart) {
    return -(boxStart - start + MARGIN);
  }
  if (end > boxEnd) {
    return end - start > boxEnd - boxStart ? start + MARGIN - boxStart : end - boxEnd + MARGIN;
  }
  return 0;
}

// As ProseMirror measures a scroller: its border box's top left, and its client size, scaled if it is transformed.
function clientBox(element: HTMLElement): Box {
  const rect = element.getBoundingClientRect();
  const scaleX = rect.width / element.offsetWidth || 1;
  const scaleY = rect.height / element.offsetHeight || 1;
  return {
    left: rect.left,
    right: rect.left + element.clientWidth * scaleX,
    top: rect.top,
    bottom: rect.top + element.clientHeight * scaleY,
  };
}

function windowBox(): Box {
  const viewport = window.visualViewport;
  return viewport
    ? { left: 0, right: viewport.width, top: 0, bottom: viewport.height }
    : {
        left: 0,
        right: document.documentElement.clientWidth,
        top: 0,
        bottom: document.documentElement.clientHeight,
      };
}

function scrollers(editorDom: HTMLElement): (HTMLElement | null)[] {
  const known = scrollersOf.get(editorDom);
  if (known && known.every((element) => element === null || element.contains(editorDom))) {
    return known;
  }
  const found = findScrollers(editorDom);
  scrollersOf.set(editorDom, found);
  return found;
}

// The ancestors ProseMirror would visit (through the offset parent past an absolutely placed one, and no further
// than a fixed or sticky one), keeping those whose overflow lets them scroll; the window last, as ProseMirror does
// on reaching the body.
function findScrollers(editorDom: HTMLElement): (HTMLElement | null)[] {
  const found: (HTMLElement | null)[] = [];
  const body = editorDom.ownerDocument.body;
  let element: Element | null = editorDom;
  while (element) {
    if (element === body) {
      found.push(null);
      break;
    }
    const style = getComputedStyle(element);
    if (element instanceof HTMLElement && (canScroll(style.overflowX) || canScroll(style.overflowY))) {
      found.push(element);
    }
    if (style.position === 'fixed' || style.position === 'sticky') {
      break;
    }
    element =
      style.position === 'absolute' && element instanceof HTMLElement
        ? element.offsetParent
        : element.parentElement;
  }
  return found;
}

function canScroll(overflow: string): boolean {
  return overflow !== 'visible' && overflow !== 'clip';
}
