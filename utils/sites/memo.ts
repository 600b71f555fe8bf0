/**
 * Remembers a lookup for the rest of the current task. Adapters answer `getKind`/`getParentPost` once
 * per post, and on status and thread pages that answer needs the page's focal post: finding it once per
 * batch keeps a batch linear instead of quadratic, while a later batch (after the page changed) looks again.
 * Within a task the answer is also dropped when the URL changed or the remembered element left the page.
 */
export function perTask<K extends object, V extends Element | null>(compute: (key: K) => V, href: (key: K) => string): (key: K) => V {
  let cache: WeakMap<K, { value: V; href: string }> | null = null;
  return (key) => {
    if (!cache) {
      cache = new WeakMap();
      queueMicrotask(() => (cache = null));
    }
    const now = href(key);
    const hit = cache.get(key);
    if (hit && hit.href === now && (hit.value === null || hit.value.isConnected)) return hit.value;
    const value = compute(key);
    cache.set(key, { value, href: now });
    return value;
  };
}
