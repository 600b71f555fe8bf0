import '@/components/sidebar.css';
import { runGluteLens } from '@/utils/content-main';
import { MATCHES_BY_SITE } from '@/utils/sites/matches';
import { instagram } from '@/utils/sites/instagram';

// One content script per site, so each page loads only its own adapter.
export default defineContentScript({
  matches: [...MATCHES_BY_SITE.instagram],
  cssInjectionMode: 'ui',
  runAt: 'document_idle',
  main: (ctx) => runGluteLens(ctx, instagram),
});
