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

/**
 * What encloses a feed, looked up once per feed and task: it encloses each of the feed's items too
 * (SiteAdapter.findPosts with a feed), and the items a batch adds are expanded in one task. Per task,
 * not for good, so a feed moved into another element later is looked up again.
 */
export function perFeed(lookup: (feed: Element) => Element | null): (feed: Element) => Element | null {
  let cache: WeakMap<Element, Element | null> | null = null;
  return (feed) => {
    if (!cache) {
      cache = new WeakMap();
      queueMicrotask(() => (cache = null));
    }
    let around = cache.get(feed);
    if (around === undefined) cache.set(feed, (around = lookup(feed)));
    return around;
  };
}
