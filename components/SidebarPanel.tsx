import { useEffect, useRef } from 'preact/hooks';
import type { LensState } from '@/utils/lens-state';
import { useLensState } from './use-lens-state';
import { isUserEvent } from '@/utils/user-event';
import { SIDEBAR_WIDTH, type SidebarSide } from '@/utils/settings';
import { PostList } from './PostList';
import { PostSummary } from './PostSummary';

export interface SidebarPanelProps {
  state: LensState;
  onCopy: (text: string, title: string) => void;
  /** Called after the sidebar closed (Escape or the close button), to give focus back. */
  onClosed?: () => void;
  /** The user moved or resized the sidebar; the content script remembers it in settings. */
  onLayout?: (layout: { side?: SidebarSide; width?: number }) => void;
  /** Puts a talking point into the post's reply box (falls back to copying). */
  onInsert?: (text: string, title: string) => void;
}

const clampWidth = (w: number) => Math.min(SIDEBAR_WIDTH.max, Math.max(SIDEBAR_WIDTH.min, Math.round(w)));

/**
 * The open sidebar's content. It renders inside the `<aside>` landmark that the content script keeps on
 * the page (utils/sidebar-shell.ts), and is loaded only when the user first opens the sidebar.
 */
export function SidebarPanel({ state, onCopy, onClosed, onLayout, onInsert }: SidebarPanelProps) {
  useLensState(state);
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

  // Escape also works when focus fell back to the page body (e.g. the focused list item was replaced);
  // never when the user is in one of the site's own fields.
  useEffect(() => {
    if (!open) return;
    const onDocumentKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      const active = document.activeElement;
      const ours = active?.localName === 'glute-lens-sidebar' || active?.localName === 'glute-lens-badge';
      if (active && active !== document.body && !ours) return;
      close();
    };
    document.addEventListener('keydown', onDocumentKey);
    return () => document.removeEventListener('keydown', onDocumentKey);
  }, [open]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && state.open.value) {
      event.stopPropagation();
      close();
    }
  };

  const side = state.side.value;
  const otherSide: SidebarSide = side === 'right' ? 'left' : 'right';
  const resizeBy = (delta: number) => {
    const width = clampWidth(state.width.value + delta);
    state.width.value = width;
    onLayout?.({ width });
  };
  const onResizeKey = (event: KeyboardEvent) => {
    const grow = side === 'right' ? 'ArrowLeft' : 'ArrowRight';
    const shrink = side === 'right' ? 'ArrowRight' : 'ArrowLeft';
    if (event.key === grow) resizeBy(20);
    else if (event.key === shrink) resizeBy(-20);
    else return;
    event.preventDefault();
  };
  const onResizePointer = (event: PointerEvent) => {
    const handle = event.currentTarget as HTMLElement;
    handle.setPointerCapture(event.pointerId);
    const startX = event.clientX;
    const startWidth = state.width.value;
    const move = (e: PointerEvent) => {
      const dx = e.clientX - startX;
      state.width.value = clampWidth(startWidth + (side === 'right' ? -dx : dx));
    };
    const up = () => {
      handle.removeEventListener('pointermove', move);
      onLayout?.({ width: state.width.value });
    };
    handle.addEventListener('pointermove', move);
    handle.addEventListener('pointerup', up, { once: true });
  };

  const postsLabel = `${count} glute ${count === 1 ? 'post' : 'posts'} on this page`;
  if (!open) return null;
  return (
    <div class="panel" onKeyDown={onKeyDown}>
      <div
        class="resize"
        role="separator"
        aria-orientation="vertical"
        aria-label="Resize Glute Lens"
        aria-valuemin={SIDEBAR_WIDTH.min}
        aria-valuemax={SIDEBAR_WIDTH.max}
        aria-valuenow={state.width.value}
        tabIndex={0}
        onKeyDown={onResizeKey}
        onPointerDown={onResizePointer}
      />
      <header class="panel-head">
        <h2 ref={headingRef} tabIndex={-1}>Glute Lens</h2>
        <div class="head-actions">
          <button
            type="button"
            class="icon small"
            aria-label={`Move Glute Lens to the ${otherSide}`}
            title={`Move to the ${otherSide}`}
            onClick={(event) => {
              if (!isUserEvent(event)) return;
              state.side.value = otherSide;
              onLayout?.({ side: otherSide });
            }}
          >
            ⇄
          </button>
          <button type="button" class="icon" aria-label="Close Glute Lens" title="Close (Esc)" onClick={close}>
            ×
          </button>
        </div>
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
              onInsert={onInsert}
              thread={selected.kind === 'post' ? state.threadOf(selected.key) : undefined}
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
  );
}
