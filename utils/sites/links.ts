/** Link parsing shared by the site adapters: pure string work, no DOM. */

/**
 * `href` resolved against the site's `base` URL, or null when it does not parse or its host is not the
 * site's (`host` is tested on the hostname, e.g. `/(^|\.)instagram\.com$/`).
 */
export function siteUrl(href: string, base: string, host: RegExp): URL | null {
  let url: URL;
  try {
    url = new URL(href, base);
  } catch {
    return null;
  }
  return host.test(url.hostname) ? url : null;
}

/** Whether `url` is one of a site's pages that show posts (its FEED_PATHS): there, no feed means the layout changed. */
export function onFeedPath(paths: readonly RegExp[], url: URL): boolean {
  return paths.some((re) => re.test(url.pathname));
}
