/**
 * Every page Glute Lens runs on. Kept in a tiny module of its own (no DOM code) so wxt.config.ts,
 * the content script and the conventions test read the same list. Grows with the site adapters.
 */
export const SITE_MATCHES = ['*://www.facebook.com/*', '*://web.facebook.com/*', '*://m.facebook.com/*'];
