/**
 * A tiny matcher for WebExtension match patterns (`<scheme>://<host><path>`), the same strings the
 * manifest uses, so the content script and `siteForUrl` agree on which pages belong to which site.
 * https://developer.chrome.com/docs/extensions/develop/concepts/match-patterns
 * Supported: `<all_urls>`, scheme `*` (http + https) or a named scheme, host `*`, `*.example.com`
 * or an exact host, and a path glob where `*` matches any run of characters. Ports are ignored.
 */

export interface MatchPattern {
  /** The original pattern string. */
  pattern: string;
  test(url: string | URL): boolean;
}

const ALL_URLS_SCHEMES = ['http:', 'https:', 'ws:', 'wss:', 'ftp:', 'file:'];
const STAR_SCHEMES = ['http:', 'https:', 'ws:', 'wss:'];
const PATTERN_RE = /^(\*|[a-z][a-z0-9+.-]*):\/\/(\*|\*\.[^/*]+|[^/*]+)?(\/.*)$/;

function globToRegExp(glob: string): RegExp {
  const escaped = glob.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
  return new RegExp(`^${escaped}$`);
}

/** Parses a match pattern; throws on a malformed one so a typo fails at load/test time, not silently. */
export function parseMatchPattern(pattern: string): MatchPattern {
  if (pattern === '<all_urls>') {
    return {
      pattern,
      test: (url) => {
        const parsed = toUrl(url);
        return parsed !== null && ALL_URLS_SCHEMES.includes(parsed.protocol);
      },
    };
  }
  const parts = PATTERN_RE.exec(pattern);
  if (!parts) throw new Error(`Invalid match pattern: ${pattern}`);
  const [, scheme = '', host = '', path = '/'] = parts;
  if (scheme !== 'file' && host === '') throw new Error(`Match pattern needs a host: ${pattern}`);
  const schemes = scheme === '*' ? STAR_SCHEMES : [`${scheme}:`];
  const pathRe = globToRegExp(path);
  const hostMatches = (hostname: string): boolean => {
    if (host === '*') return true;
    if (host.startsWith('*.')) {
      const base = host.slice(2).toLowerCase();
      return hostname === base || hostname.endsWith(`.${base}`);
    }
    return hostname === host.toLowerCase();
  };
  return {
    pattern,
    test: (url) => {
      const parsed = toUrl(url);
      if (!parsed || !schemes.includes(parsed.protocol)) return false;
      if (scheme !== 'file' && !hostMatches(parsed.hostname.toLowerCase())) return false;
      // Match patterns test the path plus the query string, never the fragment.
      return pathRe.test(parsed.pathname + parsed.search);
    },
  };
}

/** True when `url` matches `pattern`. Malformed patterns throw (see `parseMatchPattern`). */
export function matchesPattern(pattern: string, url: string | URL): boolean {
  return parseMatchPattern(pattern).test(url);
}

function toUrl(url: string | URL): URL | null {
  if (url instanceof URL) return url;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}
