/**
 * True for events a person caused. Browsers mark events that page scripts dispatch (`el.click()`,
 * `dispatchEvent`) with `isTrusted === false`; our open shadow roots are reachable from page scripts,
 * so a compromised site script could otherwise open the sidebar, copy or type into reply boxes.
 * (DOM emulators used in unit tests leave `isTrusted` undefined; only an explicit false is refused.)
 */
export function isUserEvent(event: Event): boolean {
  return event.isTrusted !== false;
}
