import { useLayoutEffect, useState } from 'preact/hooks';
import type { LensState } from '@/utils/lens-state';

/**
 * Re-renders the calling component whenever the lens store changes (batched per microtask). Subscribes
 * in a layout effect, right after the first render, and catches up on any change made in between (the
 * panel's educator packs can arrive before a passive effect would have run).
 */
export function useLensState(state: LensState): void {
  const [, setTick] = useState(0);
  const renderedAt = state.version;
  useLayoutEffect(() => {
    const unsubscribe = state.subscribe(() => setTick((n) => n + 1));
    if (state.version !== renderedAt) setTick((n) => n + 1);
    return unsubscribe;
  }, [state]);
}
