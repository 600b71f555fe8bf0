import { useEffect, useRef } from 'preact/hooks';
import type { LensState } from '@/utils/lens-state';
import { PostList } from './PostList';
import { PostSummary } from './PostSummary';

export interface SidebarProps {
  state: LensState;
  onCopy: (text: string, title: string) => void;
  /** Called after the sidebar closed (Escape or the close button), to give focus back. */
  onClosed?: () => void;
}

/**
 * The one sidebar on the page: an `<aside>` landmark named "Glute Lens". Collapsed it is a small
 * tab with the number of glute posts; it never covers the feed unless the user opens it.
 */
export function Sidebar({ state, onCopy, onClosed }: SidebarProps) {
  const open = state.open.value;
  const count = state.postCount.value;
  const selected = state.selected.value;
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (open) headingRef.current?.focus();
  }, [open, selected?.key]);

  const close = () => {
    state.open.value = false;
    onClosed?.();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && state.open.value) {
      event.stopPropagation();
      close();
    }
  };

  const postsLabel = `${count} glute ${count === 1 ? 'post' : 'posts'} on this page`;
  return (
    <aside
      aria-label="Glute Lens"
      class={`gl ${open ? 'is-open' : 'is-collapsed'} side-${state.side.value}`}
      style={open ? { width: `${state.width.value}px` } : undefined}
      onKeyDown={onKeyDown}
    >
      {open ? (
        <div class="panel">
          <header class="panel-head">
            <h2 ref={headingRef} tabIndex={-1}>Glute Lens</h2>
            <button type="button" class="icon" aria-label="Close Glute Lens" title="Close (Esc)" onClick={close}>
              ×
            </button>
          </header>
          {!state.layoutRecognised.value ? (
            <p class="notice" role="note">
              Layout not recognised on {state.site.name}. The site may have changed; Glute Lens cannot find posts here yet.
            </p>
          ) : null}
          <div class="panel-body">
            {selected ? (
              <>
                <button type="button" class="link back" onClick={() => (state.selectedKey.value = null)}>
                  ← All glute posts ({count})
                </button>
                <PostSummary
                  entry={selected}
                  packs={state.packs.value}
                  hiddenPointIds={state.hiddenPointIds.value}
                  onCopy={onCopy}
                />
              </>
            ) : (
              <>
                <p class="muted">{postsLabel}.</p>
                <PostList entries={state.list.value} onSelect={(key) => (state.selectedKey.value = key)} />
              </>
            )}
          </div>
          <footer class="panel-foot muted">Everything stays in your browser.</footer>
        </div>
      ) : (
        <button
          type="button"
          class="tab"
          aria-expanded="false"
          aria-label={`Glute Lens: ${postsLabel}. Open the sidebar`}
          onClick={() => (state.open.value = true)}
        >
          <span class="tab-name" aria-hidden="true">Glute Lens</span>
          <span class="tab-count" aria-hidden="true">{state.layoutRecognised.value ? count : '?'}</span>
        </button>
      )}
      <div class="toast" role="status" aria-live="polite">
        {state.toast.value}
      </div>
    </aside>
  );
}
