import '../options/style.css';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { SITES } from '@/utils/sites';

const siteNames = SITES.map((s) => s.name).join(', ');

/** First-run page, opened once by the background script when the extension is installed. */
function Welcome() {
  return (
    <main class="welcome">
      <header class="page-head">
        <h1>Welcome to Glute Lens</h1>
        <p class="lead">A second pair of eyes for glute-massage posts in your feed.</p>
      </header>

      <section aria-labelledby="what-title">
        <h2 id="what-title">What it does</h2>
        <p>
          As you scroll {siteNames}, Glute Lens reads the posts on the page and marks the ones about glute massage.
          Click a mark, or the Glute Lens tab at the edge of the page, to open the sidebar. It shows:
        </p>
        <ul>
          <li>what the post claims, and the words that made Glute Lens flag it;</li>
          <li>what the research says about those claims, with every source and how strong its evidence is;</li>
          <li>a few talking points you can copy into a friendly reply.</li>
        </ul>
        <p>
          Press <kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>G</kbd> to open or close the sidebar from the keyboard.
        </p>
      </section>

      <section aria-labelledby="privacy-title">
        <h2 id="privacy-title">Nothing leaves your browser</h2>
        <p>
          Glute Lens does all its work inside your browser. It does not send posts, your settings or your talking
          points to us or anyone else. There is no account, no tracking and no advertising.
        </p>
        <p>
          Your settings and talking points are kept in your browser's own storage. If you have turned on browser
          sync, your browser may copy them to your other devices, the same way it does for your bookmarks.
        </p>
      </section>

      <section aria-labelledby="pin-title">
        <h2 id="pin-title">Pin it to the toolbar</h2>
        <p>Pinned, the Glute Lens icon shows how many glute posts the current page has, and opens the switches.</p>
        <ol>
          <li>
            <strong>Chrome, Edge and other Chromium browsers:</strong> click the Extensions button (the puzzle
            piece) next to the address bar, then the pin next to Glute Lens.
          </li>
          <li>
            <strong>Firefox:</strong> click the Extensions button (the puzzle piece) in the toolbar, then the gear
            next to Glute Lens, and choose "Pin to Toolbar".
          </li>
        </ol>
      </section>

      <section aria-labelledby="next-title">
        <h2 id="next-title">Next steps</h2>
        <p>
          Open {siteNames} and scroll as usual. Educators can add their own talking points and share them as packs
          on the <a href={browser.runtime.getURL('/options.html')}>settings page</a>.
        </p>
      </section>
    </main>
  );
}

render(<Welcome />, document.getElementById('app')!);
