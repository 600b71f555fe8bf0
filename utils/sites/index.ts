/**
 * The site registry: one line per adapter. Adding a site = one file in utils/sites, one line here,
 * one fixture folder in tests/fixtures.
 */
import type { SiteAdapter } from './types';
import { facebook } from './facebook';
import { x } from './x';
import { linkedin } from './linkedin';
import { threads } from './threads';
import { instagram } from './instagram';
import { reddit } from './reddit';
import { parseMatchPattern } from './match-pattern';

export const SITES: SiteAdapter[] = [
  facebook,
  x,
  linkedin,
  threads,
  instagram,
  reddit,
];

/** The adapter whose match patterns cover `url`, else undefined (an unknown page: do nothing). */
export function siteForUrl(url: string | URL): SiteAdapter | undefined {
  return SITES.find((site) => site.matches.some((pattern) => parseMatchPattern(pattern).test(url)));
}
