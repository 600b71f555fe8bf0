/**
 * "Insert into reply": puts a talking point into the post's comment box as if typed, so the site's
 * editor (Facebook's Lexical, Reddit's, a plain textarea) registers it. Never submits anything.
 */
import { EDITABLE_BOX } from './sites/dom';

/** The first editable reply box inside the post (or its parent post, for a comment). */
export function findReplyBox(post: Element): HTMLElement | null {
  return post.querySelector<HTMLElement>(EDITABLE_BOX);
}

export function insertAsTyped(box: HTMLElement, text: string): boolean {
  const doc = box.ownerDocument;
  box.focus();
  if (box instanceof doc.defaultView!.HTMLTextAreaElement) {
    const before = box.value;
    // execCommand keeps the undo stack and fires the input events editors listen for.
    if (!doc.execCommand('insertText', false, text)) {
      box.setRangeText(text, box.selectionStart ?? before.length, box.selectionEnd ?? before.length, 'end');
      box.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
    }
    return box.value.includes(text);
  }
  // Rich editors: put the caret at the end of what is there, then insert as typed text.
  const selection = doc.getSelection();
  if (selection) {
    const range = doc.createRange();
    range.selectNodeContents(box);
    range.collapse(false);
    selection.removeAllRanges();
    selection.addRange(range);
  }
  const ok = doc.execCommand('insertText', false, text);
  return ok && (box.textContent ?? '').includes(text.slice(0, 20));
}
