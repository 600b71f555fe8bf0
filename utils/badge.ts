/**
 * The marker on a matching post: a `<glute-lens-badge>` host with an open shadow root holding one
 * button. Built with DOM calls (no innerHTML, no Preact) because there can be hundreds of them and
 * the page's styles must not reach in. `customElements` is null in Chrome's content-script world,
 * so the tag stays an undefined (but valid) custom element name, which may still attach a shadow root.
 */
import { isUserEvent } from './user-event';

export const BADGE_TAG = 'glute-lens-badge';

const BADGE_CSS = `:host{all:initial;display:block;margin:6px 12px}
button{display:inline-flex;align-items:center;gap:6px;cursor:pointer;font:600 13px/1.2 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#0b3d3a;background:#d8f3ee;border:1px solid #2a7f76;border-radius:999px;padding:4px 10px}
button:hover{background:#bfeae2}
button:focus-visible{outline:3px solid #1a5fb4;outline-offset:2px}
.dot{width:8px;height:8px;border-radius:50%;background:#2a7f76}
@media (prefers-color-scheme:dark){button{color:#e6fffb;background:#123c38;border-color:#5cc8bb}button:hover{background:#18504b}.dot{background:#5cc8bb}}
@media (prefers-reduced-motion:no-preference){button{transition:background-color .15s}}`;

export interface BadgeInfo {
  key: string;
  /** Short description of the claims for the accessible name, e.g. "tight glutes cause back pain". */
  claimsLabel: string;
  truncated: boolean;
}

/** Finds our badge among the anchor's direct children (never deeper: a comment's badge is its own). */
export function findBadge(anchor: Element): HTMLElement | null {
  for (const child of anchor.children) {
    if (child.localName === BADGE_TAG) return child as HTMLElement;
  }
  return null;
}

/**
 * One stylesheet shared by every badge (constructable, adopted by each shadow root): a badge per
 * matching post on an endless feed must not parse its own copy of the CSS. Where adopting is not
 * available (older engines, some content-script worlds) each badge falls back to its own <style>.
 */
let shared: CSSStyleSheet | null | undefined;
function adoptStyles(root: ShadowRoot, doc: Document): void {
  if (shared === undefined) {
    try {
      shared = new CSSStyleSheet();
      shared.replaceSync(BADGE_CSS);
    } catch {
      shared = null;
    }
  }
  if (shared) {
    try {
      root.adoptedStyleSheets = [shared];
      return;
    } catch {
      shared = null;
    }
  }
  const style = doc.createElement('style');
  style.textContent = BADGE_CSS;
  root.append(style);
}

export function upsertBadge(anchor: Element, info: BadgeInfo, onOpen: (key: string, badge: HTMLElement) => void): HTMLElement {
  const doc = anchor.ownerDocument;
  let host = findBadge(anchor);
  let button: HTMLButtonElement;
  if (!host) {
    host = doc.createElement(BADGE_TAG);
    const root = host.attachShadow({ mode: 'open' });
    adoptStyles(root, doc);
    button = doc.createElement('button');
    button.type = 'button';
    const dot = doc.createElement('span');
    dot.className = 'dot';
    dot.setAttribute('aria-hidden', 'true');
    const label = doc.createElement('span');
    label.textContent = 'Glute Lens';
    button.append(dot, label);
    // Sites listen for clicks on the whole post (React delegation, "open the permalink"); the click is ours.
    button.addEventListener('click', (event) => {
      event.preventDefault();
      event.stopPropagation();
      if (!isUserEvent(event)) return;
      onOpen(host!.dataset.key ?? '', host!);
    });
    root.append(button);
    // Appended as the post root's last child: we add, we never move or remove the site's nodes.
    anchor.append(host);
  } else {
    button = host.shadowRoot!.querySelector('button')!;
  }
  host.dataset.key = info.key;
  const claims = info.claimsLabel ? ` Claims: ${info.claimsLabel}.` : '';
  const truncated = info.truncated ? ' Judged on the visible part of a shortened post.' : '';
  button.setAttribute('aria-label', `Glute Lens: glute massage post. Open the summary.${claims}${truncated}`);
  button.title = 'Glute Lens: open the summary for this post';
  return host;
}

export function removeBadge(anchor: Element): void {
  findBadge(anchor)?.remove();
}
