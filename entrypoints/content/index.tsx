import { SITE_MATCHES } from '@/utils/sites/matches';

export default defineContentScript({
  matches: SITE_MATCHES,
  cssInjectionMode: 'ui',
  runAt: 'document_idle',
  main() {},
});
