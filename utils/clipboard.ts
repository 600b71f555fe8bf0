/**
 * Copies plain text. The async Clipboard API needs a user gesture (we only copy from a click);
 * where it is refused (older Firefox content scripts, focus elsewhere) a hidden textarea and
 * execCommand are used inside our own shadow root, never in the site's DOM.
 */
export async function copyText(text: string, scratch?: ShadowRoot | HTMLElement): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const parent = scratch ?? document.body;
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.cssText = 'position:fixed;opacity:0;pointer-events:none;left:-9999px';
    parent.appendChild(area);
    area.select();
    let ok = false;
    try {
      ok = document.execCommand('copy');
    } catch {
      ok = false;
    }
    area.remove();
    return ok;
  }
}
