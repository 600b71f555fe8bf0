import { artifact, expect, expectVerdicts, facebookBadge, ownBadges, revealMatches, test, waitForExpected } from './harness';
import { loadFixture } from '../fixtures/load';

const GROUP_URL = 'https://www.facebook.com/groups/massagetherapists/';
const NEWS_URL = 'https://www.facebook.com/';
const group = loadFixture('facebook', 'group-feed-2026-11-27');
const news = loadFixture('facebook', 'news-feed-2026-11-27');

test.beforeEach(async ({ harness }) => {
  await harness.serve({
    'https://www.facebook.com': {
      '/groups/massagetherapists/': group.html,
      '/': news.html,
    },
  }, ['https://static.xx.fbcdn.net', 'https://scontent.xx.fbcdn.net']);
});

test.afterEach(async ({ harness }) => {
  expect(harness.outside, 'no request leaves the browser').toEqual([]);
  expect(harness.errors, 'no errors in the page console').toEqual([]);
});

for (const fixture of [
  { name: 'group feed', url: GROUP_URL, data: group },
  { name: 'news feed', url: NEWS_URL, data: news },
]) {
  test(`${fixture.name}: marks exactly the glute-massage posts, with their claims`, async ({ harness }) => {
    const page = await harness.open(fixture.url);
    await expectVerdicts(page, fixture.data.expected.posts);
    const matches = fixture.data.expected.posts.filter((p) => p.relevant).length;
    const postMatches = fixture.data.expected.posts.filter((p) => p.relevant && p.kind !== 'comment').length;
    await expect(page.locator('glute-lens-badge')).toHaveCount(matches);
    // Nothing else on the page was judged (composer, loading shell, toolbars).
    await expect(page.locator('[data-glute-lens]')).toHaveCount(fixture.data.expected.posts.length);
    // The collapsed tab tells how many glute posts (not comments) the page has.
    const tab = page.getByRole('button', { name: new RegExp(`^Glute Lens: ${postMatches} glute posts? on this page`) });
    await expect(tab).toBeVisible();
    await expect(page.locator('glute-lens-sidebar')).toHaveCount(1);
  });
}

test('badge opens the sidebar on that post; Copy puts the talking point on the clipboard', async ({ context, harness }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'https://www.facebook.com' });
  const page = await harness.open(GROUP_URL);
  // No slide-in animation, so the screenshot below shows the settled sidebar (also covers reduced motion).
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.evaluate(() => (document.body.style.backgroundColor = 'rgb(240, 242, 245)'));
  const target = group.expected.posts.find((p) => p.relevant && p.claims.includes('back-pain-release'))!;
  const root = page.locator(target.selector);
  await expect(root).toHaveAttribute('data-glute-lens', 'match');
  await revealMatches(page);
  const sidebar = page.getByRole('complementary', { name: 'Glute Lens' });
  // Collapsed: it does not cover the feed.
  const collapsed = await sidebar.boundingBox();
  expect(collapsed!.width).toBeLessThan(80);

  await facebookBadge(root).getByRole('button', { name: /^Glute Lens/ }).click();
  await expect(sidebar.getByRole('heading', { name: 'Glute Lens' })).toBeFocused();
  await expect(sidebar.getByText('Why this was flagged')).toBeVisible();
  await expect(sidebar.getByRole('heading', { name: 'What it claims' })).toBeVisible();
  await expect(sidebar.locator('.claims [data-claim="back-pain-release"]')).toBeVisible();
  // Every statement shows at least one source with its evidence level.
  const statements = sidebar.locator('.statement');
  expect(await statements.count()).toBeGreaterThan(2);
  for (const statement of await statements.all()) {
    await expect(statement.locator('.sources .level').first()).toHaveText(/^(SR|RCT|OBS|EXP|STD)$/);
  }
  // The post's own text is shown as text.
  await expect(sidebar.locator('blockquote')).toContainText(target.text.slice(0, 40));
  await page.screenshot({ path: artifact('facebook-sidebar-open.png') });

  // The post has comments, so the thread pulse shows too, with the answer to the loudest claim.
  const pulse = sidebar.getByRole('region', { name: 'Thread pulse' });
  await expect(pulse).toContainText(/\d+ comments? read so far/);
  const points = sidebar.getByRole('region', { name: 'Talking points to copy' });
  const copyButtons = points.getByRole('button', { name: /^Copy talking point:/ });
  const count = await copyButtons.count();
  expect(count).toBeGreaterThanOrEqual(3);
  expect(count).toBeLessThanOrEqual(6);
  const firstText = await points.locator('.point-text').first().innerText();
  await copyButtons.first().click();
  await expect(sidebar.getByRole('status')).toContainText('Copied');
  const clip = await page.evaluate(() => navigator.clipboard.readText());
  expect(clip).toBe(firstText);
  await page.screenshot({ path: artifact('facebook-sidebar.png') });

  // Escape closes it and gives focus back to the badge.
  await page.keyboard.press('Escape');
  await expect(sidebar.getByRole('button', { name: /^Glute Lens: \d+ glute posts? on this page/ })).toBeVisible();
  await expect(facebookBadge(root).getByRole('button')).toBeFocused();
});

test('sidebar is keyboard reachable and opens from the tab', async ({ harness }) => {
  const page = await harness.open(GROUP_URL);
  await waitForExpected(page, group.expected.posts);
  const tab = page.getByRole('button', { name: /^Glute Lens: \d+ glute posts? on this page/ });
  await tab.focus();
  await page.keyboard.press('Enter');
  const sidebar = page.getByRole('complementary', { name: 'Glute Lens' });
  await expect(sidebar.getByRole('button', { name: 'Close Glute Lens' })).toBeVisible();
  const items = sidebar.locator('.post-item');
  await expect(items).toHaveCount(group.expected.posts.filter((p) => p.relevant).length);
  await items.first().focus();
  await page.keyboard.press('Enter');
  await expect(sidebar.getByRole('heading', { name: 'Talking points to copy' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(sidebar.getByRole('button', { name: 'Close Glute Lens' })).toHaveCount(0);
});

test('infinite scroll: posts appended later are judged', async ({ harness }) => {
  const page = await harness.open(GROUP_URL);
  await waitForExpected(page, group.expected.posts);
  const before = await page.locator('glute-lens-badge').count();
  await page.evaluate(() => {
    const feed = document.querySelector('[role="feed"]')!;
    const make = (n: number, text: string) => {
      const wrap = document.createElement('div');
      const post = document.createElement('div');
      post.setAttribute('aria-posinset', String(n));
      post.setAttribute('aria-describedby', `late${n}`);
      const article = document.createElement('div');
      article.setAttribute('role', 'article');
      const message = document.createElement('div');
      message.setAttribute('data-ad-rendering-role', 'story_message');
      const inner = document.createElement('div');
      inner.setAttribute('dir', 'auto');
      inner.textContent = text;
      message.append(inner);
      article.append(message);
      post.append(article);
      wrap.append(post);
      return wrap;
    };
    feed.append(make(101, 'Do you all work the glutes on every client? Mine always say nobody massaged their butt before.'));
    setTimeout(() => feed.append(make(102, 'Selling my old massage table, barely used, pickup only.')), 300);
  });
  const late = page.locator('[aria-posinset="101"]');
  await expect(late).toHaveAttribute('data-glute-lens', 'match');
  await expect(page.locator('[aria-posinset="102"]')).toHaveAttribute('data-glute-lens', 'no-match');
  // Badges render only near the viewport: the new post at the foot of the feed waits for its badge...
  expect((await late.boundingBox())!.y, 'the new post is far below the fold').toBeGreaterThan(2 * 900);
  await page.waitForTimeout(300);
  expect(await ownBadges(late)).toBe(0);
  // ...and gets it as the reader scrolls down to it.
  await page.mouse.wheel(0, (await late.boundingBox())!.y);
  await expect.poll(() => ownBadges(late)).toBe(1);
  await expect(page.locator('glute-lens-badge')).toHaveCount(before + 1);
});

test('a recycled post node whose text changes is judged again', async ({ harness }) => {
  const page = await harness.open(GROUP_URL);
  const target = group.expected.posts.find((p) => p.relevant)!;
  const other = group.expected.posts.find((p) => !p.relevant)!;
  await expect(page.locator(target.selector)).toHaveAttribute('data-glute-lens', 'match');
  await expect(page.locator(other.selector)).toHaveAttribute('data-glute-lens', 'no-match');
  // Facebook reuses the node: the message is replaced with another post's text, the link with its id.
  await page.evaluate(
    ({ from, to }) => {
      const swap = (sel: string, text: string) => {
        const message = document.querySelector(sel)!.querySelector('[dir="auto"]')!;
        const fresh = document.createElement('div');
        fresh.setAttribute('dir', 'auto');
        fresh.textContent = text;
        message.replaceWith(fresh);
      };
      swap(from, 'Our clinic is closed on Monday for the holiday.');
      swap(to, 'Honestly I think releasing tight glutes is the fix for most low back pain I see in massage.');
      for (const sel of [from, to]) {
        for (const a of document.querySelector(sel)!.querySelectorAll('a[href*="/posts/"]')) {
          a.setAttribute('href', `/groups/massagetherapists/posts/9${Math.floor(Math.random() * 1e6)}/`);
        }
      }
    },
    { from: target.selector, to: other.selector },
  );
  await expect(page.locator(target.selector)).toHaveAttribute('data-glute-lens', 'no-match');
  await expect(facebookBadge(page.locator(target.selector))).toHaveCount(0);
  await expect(page.locator(other.selector)).toHaveAttribute('data-glute-lens', 'match');
  await expect(page.locator(other.selector)).toHaveAttribute('data-glute-lens-claims', /back-pain-release/);
});

test('in-page navigation rescans without duplicate badges', async ({ harness }) => {
  const page = await harness.open(NEWS_URL);
  await expectVerdicts(page, news.expected.posts);
  await expect(page.locator('glute-lens-badge')).toHaveCount(news.expected.posts.filter((p) => p.relevant).length);
  // A single-page app swaps the feed and pushes a new URL.
  await page.evaluate((html) => {
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const main = document.querySelector('[role="main"]')!;
    main.replaceWith(document.importNode(doc.querySelector('[role="main"]')!, true));
    history.pushState({}, '', '/groups/massagetherapists/');
  }, group.html);
  await expectVerdicts(page, group.expected.posts);
  const groupMatches = group.expected.posts.filter((p) => p.relevant).length;
  const groupPosts = group.expected.posts.filter((p) => p.relevant && p.kind !== 'comment').length;
  await expect(page.locator('glute-lens-badge')).toHaveCount(groupMatches);
  await expect(page.getByRole('button', { name: new RegExp(`^Glute Lens: ${groupPosts} glute posts? on this page`) })).toBeVisible();
});

test('comments are judged with their post as context', async ({ harness }) => {
  const page = await harness.open(GROUP_URL);
  const entries = group.expected.posts as Array<(typeof group.expected.posts)[number] & { kind?: string; parent?: string }>;
  const agree = entries.find((p) => p.kind === 'comment' && p.text.startsWith('100% agree'))!;
  const release = page.locator(agree.parent!);
  const comment = page.locator(agree.selector);
  // On its own the reply says nothing about glutes; under the "release the glutes" post it carries the claim.
  await expect(comment).toHaveAttribute('data-glute-lens', 'match');
  await expect(comment).toHaveAttribute('data-glute-lens-kind', 'comment');
  await waitForExpected(page, group.expected.posts); // scrolls each match into view: its claims come with its badge
  await expect(comment).toHaveAttribute('data-glute-lens-claims', /back-pain-release/);
  // Each root has its own badge: the comment's is inside the comment, the post's is the post's own.
  await expect(facebookBadge(comment)).toHaveCount(1);
  await expect(facebookBadge(release)).toHaveCount(1);
  // The post's badge sits under the post's own text, above its comments (not at the end of the post root,
  // which holds the whole comment section).
  const message = release.locator('[data-ad-rendering-role="story_message"]').first();
  await expect(message.locator(':scope > glute-lens-badge')).toHaveCount(1);
  expect(await release.evaluate((post) => {
    const badge = post.querySelector('[data-ad-rendering-role="story_message"] > glute-lens-badge')!;
    const firstComment = post.querySelector('[role="article"] [role="article"]')!;
    return (badge.compareDocumentPosition(firstComment) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
  })).toBe(true);
  await expect(release).toHaveAttribute('data-glute-lens-kind', 'post');
  // Count badges only once every expected root has its verdict.
  await waitForExpected(page, group.expected.posts);
  const before = await page.locator('glute-lens-badge').count();
  expect(before).toBe(await page.locator('[data-glute-lens="match"]').count());

  // "View more comments": the same words arrive under the gluten-free snacks post and under the release post.
  await page.evaluate((text) => {
    const addComment = (postSelector: string, id: string) => {
      const article = document.querySelector(postSelector)!.querySelector('[role="article"]')!;
      const list = document.createElement('div');
      list.innerHTML = `<ul><li><div role="article" tabindex="-1" data-late="${id}">
        <span dir="auto"><a href="/groups/massagetherapists/user/1000${id}/">Late Commenter</a></span>
        <span dir="auto" lang="en-US"><div dir="auto">${text}</div></span>
        <a href="/groups/massagetherapists/posts/1/?comment_id=${id}">1m</a></div></li></ul>`;
      article.append(list);
    };
    addComment('[aria-posinset="2"]', '901');
    addComment('[aria-describedby=":r3k:"]', '902');
  }, agree.text);
  const underGluten = page.locator('[data-late="901"]');
  const underRelease = page.locator('[data-late="902"]');
  await expect(underGluten).toHaveAttribute('data-glute-lens', 'no-match');
  await expect(underGluten).toHaveAttribute('data-glute-lens-kind', 'comment');
  await expect(underRelease).toHaveAttribute('data-glute-lens', 'match');
  // The gluten post stays a no-match and gains no badge; only the new matching comment adds one.
  await expect(page.locator('[aria-posinset="2"]')).toHaveAttribute('data-glute-lens', 'no-match');
  await revealMatches(page);
  await expect(underRelease).toHaveAttribute('data-glute-lens-claims', /back-pain-release/);
  await expect(page.locator('glute-lens-badge')).toHaveCount(before + 1);
  await page.screenshot({ path: artifact('facebook-comments.png') });
});

test('"See more" on a post: its comments are judged again with the whole post', async ({ harness }) => {
  const entries = group.expected.posts as Array<(typeof group.expected.posts)[number] & { kind?: string; parent?: string }>;
  const agree = entries.find((p) => p.kind === 'comment' && p.text.startsWith('100% agree'))!;
  // The "release the glutes" post as Facebook first shows it: its opening words, then "See more".
  const opening = '<div class="xdj266r x11i5rnm xat24cr x1mh8g0r x1vvkbs"><div dir="auto" style="text-align: start;">Unpopular opinion';
  const from = group.html.indexOf(opening);
  const to = group.html.indexOf('</span>', from);
  expect(from).toBeGreaterThan(0);
  const whole = group.html.slice(from, to);
  const shortened = `<div dir="auto">Unpopular opinion maybe, but when a client comes in… <div role="button" tabindex="0">See more</div></div>`;
  await harness.serve({ 'https://www.facebook.com': { '/groups/seemore/': group.html.slice(0, from) + shortened + group.html.slice(to) } });
  const page = await harness.open('https://www.facebook.com/groups/seemore/');
  const post = page.locator(agree.parent!);
  const comment = page.locator(agree.selector);
  // Under the shortened post the reply says nothing about glutes.
  await expect(post).toHaveAttribute('data-glute-lens', 'no-match');
  await expect(post).toHaveAttribute('data-glute-lens-truncated', 'true');
  await expect(comment).toHaveAttribute('data-glute-lens', 'no-match');

  // The reader clicks "See more": Facebook puts the whole text in place of the opening words.
  await post.evaluate((el, html) => {
    el.querySelector('[data-ad-rendering-role="story_message"] span[dir="auto"]')!.innerHTML = html;
  }, whole);
  await expect(post).toHaveAttribute('data-glute-lens', 'match');
  await expect(comment).toHaveAttribute('data-glute-lens', 'match');
  await comment.scrollIntoViewIfNeeded();
  await expect(comment).toHaveAttribute('data-glute-lens-claims', /back-pain-release/);
  await expect(facebookBadge(comment)).toHaveCount(1);

  // The post's sidebar counts the comments that now side with it in the thread pulse.
  const withClaim = entries.filter((p) => p.parent === agree.parent && p.claims.includes('back-pain-release')).length;
  expect(withClaim).toBeGreaterThan(0);
  await post.scrollIntoViewIfNeeded();
  await facebookBadge(post).getByRole('button', { name: /^Glute Lens/ }).click();
  const pulse = page.getByRole('complementary', { name: 'Glute Lens' }).getByRole('region', { name: 'Thread pulse' });
  await expect(pulse.locator('[data-claim="back-pain-release"] .pulse-count')).toHaveText(`${withClaim} ${withClaim === 1 ? 'comment' : 'comments'}`);
});
