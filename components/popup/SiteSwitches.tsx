import { useSignal, type Signal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { SITES } from '@/utils/sites';
import { isSiteEnabled, readSettings, setSiteEnabled, watchSettings, type Settings } from '@/utils/settings';

/** The stored settings as a signal, kept current while the page is open (null until loaded). */
export function useSettings(): Signal<Settings | null> {
  const settings = useSignal<Settings | null>(null);
  useEffect(() => {
    let live = true;
    void readSettings().then((s) => live && (settings.value = s));
    const unwatch = watchSettings((s) => (settings.value = s));
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  return settings;
}

/** One switch per supported site, named after the site. Turning one off stops Glute Lens there at once. */
export function SiteSwitches({ currentSiteId }: { currentSiteId?: string }) {
  const settings = useSettings();
  const error = useSignal('');
  const value = settings.value;
  const onChange = async (siteId: string, on: boolean) => {
    try {
      await setSiteEnabled(siteId, on);
      error.value = '';
    } catch (err) {
      error.value = `Could not save: ${err instanceof Error ? err.message : String(err)}`;
    }
  };
  return (
    <fieldset class="sites">
      <legend>Run Glute Lens on</legend>
      <ul>
        {SITES.map((site) => (
          <li key={site.id} class={site.id === currentSiteId ? 'is-current' : undefined}>
            <label class="switch">
              <input
                type="checkbox"
                role="switch"
                checked={value ? isSiteEnabled(value, site.id) : true}
                disabled={!value}
                onChange={(e) => onChange(site.id, e.currentTarget.checked)}
              />
              <span>{site.name}</span>
            </label>
          </li>
        ))}
      </ul>
      {error.value ? <p role="alert">{error.value}</p> : null}
    </fieldset>
  );
}
