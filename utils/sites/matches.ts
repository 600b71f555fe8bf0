/**
 * Every page Glute Lens runs on, per site. Plain data in a module of its own (no DOM code) so
 * wxt.config.ts (host permissions, content-script matches), the adapters and the conventions test
 * read the same list. Adding a site adds one line here.
 */
export const MATCHES_BY_SITE = {
  facebook: ['*://www.facebook.com/*', '*://web.facebook.com/*', '*://m.facebook.com/*'],
  x: ['*://x.com/*', '*://twitter.com/*'],
  reddit: ['*://www.reddit.com/*', '*://old.reddit.com/*', '*://new.reddit.com/*'],
  linkedin: ['*://www.linkedin.com/*'],
  instagram: ['*://www.instagram.com/*'],
  threads: ['*://www.threads.net/*', '*://threads.net/*', '*://www.threads.com/*', '*://threads.com/*'],
} as const satisfies Record<string, readonly string[]>;

export const SITE_MATCHES: string[] = Object.values(MATCHES_BY_SITE).flat();
