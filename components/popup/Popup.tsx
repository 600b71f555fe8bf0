import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { isMessage, MSG, type TabStatus } from '@/utils/messages';
import { watchSettings } from '@/utils/settings';
import { SiteSwitches } from './SiteSwitches';

/** Asks the content script in the tab (the active one unless `tabId` is given) what it found. Null: none answered. */
export async function fetchTabStatus(tabId?: number): Promise<TabStatus | null> {
  try {
    const id = tabId ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    if (id === undefined) return null;
    const answer: unknown = await browser.tabs.sendMessage(id, { type: MSG.status });
    return isTabStatus(answer) ? answer : null;
  } catch {
    return null; // no content script on this page ("Receiving end does not exist")
  }
}

function isTabStatus(value: unknown): value is TabStatus {
  const v = value as Partial<TabStatus> | null;
  return !!v && typeof v.siteId === 'string' && typeof v.count === 'number' && typeof v.enabled === 'boolean';
}

type Loaded = { status: TabStatus | null };

/** The toolbar popup: what Glute Lens found on this tab, a switch per site, and the way to the settings. */
export function Popup({ tabId }: { tabId?: number }) {
  const loaded = useSignal<Loaded | null>(null);

  useEffect(() => {
    let live = true;
    const refresh = () => fetchTabStatus(tabId).then((status) => live && (loaded.value = { status }));
    void refresh();
    // After a switch changes, the content script stops or starts; ask again once it had time to.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unwatch = watchSettings(() => {
      clearTimeout(timer);
      timer = setTimeout(refresh, 300);
    });
    return () => {
      live = false;
      clearTimeout(timer);
      unwatch();
    };
  }, [tabId]);

  const status = loaded.value?.status;
  return (
    <main class="popup">
      <h1>Glute Lens</h1>
      <div class="tab-status" role="status">
        {!loaded.value ? <p class="muted">Checking this page…</p> : <StatusText status={status ?? null} />}
      </div>
      <SiteSwitches currentSiteId={status?.siteId} />
      <p class="links">
        <a href={browser.runtime.getURL('/options.html')} target="_blank" rel="noopener">
          Talking points and settings
        </a>
      </p>
    </main>
  );
}

function StatusText({ status }: { status: TabStatus | null }) {
  if (!status) return <p>Glute Lens does not run on this page.</p>;
  if (!status.enabled) return <p>Glute Lens is switched off on {status.siteName}.</p>;
  return (
    <>
      <p class="count">
        <strong data-testid="post-count">{status.count}</strong>{' '}
        {status.count === 1 ? 'glute post' : 'glute posts'} found on this page
      </p>
      {!status.layoutRecognised ? (
        <p class="muted" role="note">
          Layout not recognised on {status.siteName}. The site may have changed its layout; please report it so Glute
          Lens can catch up.
        </p>
      ) : null}
    </>
  );
}
