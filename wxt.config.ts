import { defineConfig } from 'wxt';
import type { Plugin } from 'vite';
import { SITE_MATCHES } from './utils/sites/matches';

/**
 * Takes Preact's one HTML sink out of the bundle: `dangerouslySetInnerHTML` sets `innerHTML`. Glute Lens
 * never uses it (post text is only ever rendered as text), so the sink becomes a throw. That also leaves
 * web-ext lint nothing to warn about. The build fails if Preact's code no longer has the expected shape.
 */
const noHtmlSink: Plugin = {
  name: 'glute-lens:no-html-sink',
  transform(code, id) {
    if (!/[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.mjs$/.test(id)) return null;
    const sink = /\b\w+\.innerHTML=\w+\.__html\b/g;
    if ((code.match(sink) ?? []).length !== 1) throw new Error(`${id}: expected one innerHTML sink (dangerouslySetInnerHTML)`);
    return { code: code.replace(sink, '(()=>{throw Error("Glute Lens: dangerouslySetInnerHTML is disabled")})()'), map: null };
  },
};

/**
 * Leaves out the element watcher behind WXT's `autoMount` (@1natsu/wait-element with defu and many-keys-map,
 * about 2 KB gzip in every content script). Glute Lens mounts its sidebar with `mount()` and never calls
 * `autoMount`, the only user of it; were it ever called, it would throw saying so, not fail silently.
 */
const WAIT_ELEMENT = '\0glute-lens:no-wait-element';
const noAutoMount: Plugin = {
  name: 'glute-lens:no-auto-mount',
  enforce: 'pre',
  resolveId(source) {
    return source === '@1natsu/wait-element' || source === '@1natsu/wait-element/detectors' ? WAIT_ELEMENT : null;
  },
  load(id) {
    if (id !== WAIT_ELEMENT) return null;
    return 'const off = () => { throw new Error("Glute Lens: autoMount is not used, so its element watcher is not in the build"); };\n' +
      'export const waitElement = off, isExist = off, isNotExist = off;';
  },
};

// https://wxt.dev/api/config.html
export default defineConfig({
  // Aliases wxt/browser to webextension-polyfill so the same promise API runs in Chrome and Firefox.
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [noHtmlSink, noAutoMount] }),
  manifest: ({ browser }) => ({
    name: 'Glute Lens',
    description:
      'Marks glute-massage posts in therapist feeds and explains, with sources, what the evidence says. Everything stays in your browser.',
    // storage: settings and talking points. Nothing else: no tabs, no <all_urls>, no network.
    permissions: ['storage'],
    host_permissions: SITE_MATCHES,
    action: { default_title: 'Glute Lens' },
    // Chrome loads the sidebar panel with import() on first open (utils/panel-loader.ts); only the feed sites
    // may, and only through a URL that changes every session, so a page cannot probe a fixed URL to learn
    // that Glute Lens is installed. Firefox injects it from the background instead: not web-accessible at all.
    ...(browser !== 'firefox' && {
      web_accessible_resources: [{ resources: ['sidebar-panel.js'], matches: SITE_MATCHES, use_dynamic_url: true }],
    }),
    // No remote code, no inline script, no eval: the extension's own pages run only its own files.
    content_security_policy:
      browser === 'firefox'
        ? "script-src 'self'; object-src 'self'"
        : { extension_pages: "script-src 'self'; object-src 'self'" },
    commands: {
      'toggle-sidebar': {
        suggested_key: { default: 'Alt+Shift+G' },
        description: 'Open or close the Glute Lens sidebar',
      },
    },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'glute-lens@glutelens.invalid',
          data_collection_permissions: { required: ['none'] },
        },
      },
    }),
  }),
});
