import { useEffect, useState } from 'preact/hooks';
import type { LensState } from '@/utils/lens-state';

/** Re-renders the calling component whenever the lens store changes (batched per microtask). */
export function useLensState(state: LensState): void {
  const [, setTick] = useState(0);
  useEffect(() => state.subscribe(() => setTick((n) => n + 1)), [state]);
}
