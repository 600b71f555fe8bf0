/**
 * Replies to comments on every fixture page: `getParentComment` names the comment a reply answers (the
 * sidecar's `replyTo`), and null for posts and for comments on the post itself.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { listFixtures, loadFixture } from '../fixtures/load';
import { SITES } from '@/utils/sites/index';
import { facebook } from '@/utils/sites/facebook';
import { loadPage, one } from './helpers';

const pages = SITES.flatMap((site) => listFixtures(site.id).map((name) => [site.id, name, site] as const));

describe.each(pages)('%s %s: the comment each reply answers', (siteId, name, site) => {
  const { html, expected } = loadFixture(siteId, name);
  beforeEach(() => loadPage(html, expected.url));

  it.each(expected.posts.map((entry) => [entry.selector, entry] as const))('%s', (selector, entry) => {
    expect(site.getParentComment?.(one(selector)) ?? null).toBe(entry.replyTo ? one(entry.replyTo) : null);
    if (entry.replyTo) {
      // The comment answered is one of the same post's.
      const answered = expected.posts.find((p) => p.selector === entry.replyTo);
      expect(answered?.kind).toBe('comment');
      expect(answered?.parent).toBe(entry.parent);
    }
  });
});

it('the fixtures hold replies on the sites whose replies nest', () => {
  const replies = (siteId: string) => listFixtures(siteId).flatMap((name) => loadFixture(siteId, name).expected.posts.filter((p) => p.replyTo));
  for (const siteId of ['facebook', 'reddit', 'linkedin', 'instagram']) expect(replies(siteId).length, siteId).toBeGreaterThan(0);
  // Reddit has a reply two levels down, and a reply whose comment is itself a reply.
  expect(replies('reddit').filter((p) => replies('reddit').some((q) => q.selector === p.replyTo)).length).toBeGreaterThan(0);
});

describe('facebook: a reply in a list item of its own', () => {
  it('answers the comment that starts the list item around its own', () => {
    loadPage(
      `<div role="feed"><div aria-posinset="1"><div role="article"><div data-ad-rendering-role="story_message"><div dir="auto">Glute work for back pain?</div></div>
        <ul><li><div role="article" aria-label="Comment by A"><div dir="auto">Tight glutes cause it.</div></div>
          <ul><li><div role="article" aria-label="Reply by B"><div dir="auto">Not always.</div></div></li></ul></li>
        <li><div role="article" aria-label="Comment by C"><div dir="auto">Second comment.</div></div></li></ul></div></div></div>`,
      'https://www.facebook.com/groups/massagetherapists/',
    );
    const [, a, b, c] = [...document.querySelectorAll('[role="article"]')];
    expect(facebook.getKind(b!)).toBe('comment');
    expect(facebook.getParentComment?.(b!)).toBe(a);
    expect(facebook.getParentComment?.(a!)).toBeNull();
    expect(facebook.getParentComment?.(c!)).toBeNull();
  });

  it('does not take the first comment of a list wrapped in an outer list item for a parent', () => {
    loadPage(
      `<div role="feed"><div aria-posinset="1"><div role="article"><div data-ad-rendering-role="story_message"><div dir="auto">Glute work for back pain?</div></div>
        <ul><li><ul><li><div role="article" aria-label="Comment by A"><div dir="auto">Tight glutes cause it.</div></div></li>
          <li><div role="article" aria-label="Comment by C"><div dir="auto">Second comment.</div></div></li></ul></li></ul></div></div></div>`,
      'https://www.facebook.com/groups/massagetherapists/',
    );
    const [, a, c] = [...document.querySelectorAll('[role="article"]')];
    expect(facebook.getKind(c!)).toBe('comment');
    expect(facebook.getParentComment?.(c!)).toBeNull();
    expect(facebook.getParentComment?.(a!)).toBeNull();
  });
});

describe('facebook: the box "Insert into reply" types into', () => {
  it('is the reply box open in a comment\'s list item for the comment and its replies, else none; the post\'s own box for the post', () => {
    loadPage(
      `<div role="feed"><div aria-posinset="1"><div role="article"><div data-ad-rendering-role="story_message"><div dir="auto">Glute work for back pain?</div></div>
        <ul><li><div role="article" aria-label="Comment by A"><div dir="auto">Tight glutes cause it.</div></div>
            <div><div role="article" aria-label="Reply by B"><div dir="auto">Not always.</div></div></div>
            <div contenteditable="true" role="textbox" id="reply-a"></div></li>
          <li><div role="article" aria-label="Comment by C"><div dir="auto">Second comment.</div></div></li></ul>
        <div contenteditable="true" role="textbox" id="comment-box"></div></div></div></div>`,
      'https://www.facebook.com/groups/massagetherapists/',
    );
    const [post, a, b, c] = [...document.querySelectorAll('[aria-posinset], [role="article"] [role="article"]')];
    expect(facebook.findReplyBox?.(a!)?.id).toBe('reply-a');
    expect(facebook.findReplyBox?.(b!)?.id).toBe('reply-a');
    expect(facebook.findReplyBox?.(c!)).toBeNull();
    // The post: its comment box, not the reply box that comes first in the page.
    expect(facebook.findReplyBox?.(post!)?.id).toBe('comment-box');
    document.querySelector('#comment-box')!.remove();
    expect(facebook.findReplyBox?.(post!)).toBeNull();
  });

  it('looks for a comment\'s reply box only inside its post', () => {
    // A post that sits in a list item of the page (not one of its comments): that item is not the comment's thread.
    loadPage(
      `<ul><li><div role="feed"><div aria-posinset="1"><div role="article"><div data-ad-rendering-role="story_message"><div dir="auto">Glute work?</div></div>
        <div><div role="article" aria-label="Comment by A"><div dir="auto">Yes.</div></div></div>
        <div contenteditable="true" role="textbox" id="comment-box"></div></div></div></div></li></ul>`,
      'https://www.facebook.com/groups/massagetherapists/',
    );
    const comment = document.querySelector('[role="article"] [role="article"]')!;
    expect(facebook.getKind(comment)).toBe('comment');
    expect(facebook.findReplyBox?.(comment)).toBeNull();
  });
});

/**
 * When a post's text changes ("See more"), the scanner judges its comments again, finding them with
 * findPosts(post). That reaches every comment of the post where comments sit inside it (Facebook,
 * LinkedIn, Instagram); on Reddit, X and Threads they sit beside it, and there the post is shown in full.
 */
const NESTED = ['facebook', 'linkedin', 'instagram'];
const threadPages = pages.filter(([siteId, name]) => NESTED.includes(siteId) && loadFixture(siteId, name).expected.posts.some((p) => p.parent));

describe.each(threadPages)('%s %s: findPosts(post) holds the comments read with it', (siteId, name, site) => {
  const { html, expected } = loadFixture(siteId, name);
  const threaded = expected.posts.filter((post) => expected.posts.some((c) => c.parent === post.selector));
  beforeEach(() => loadPage(html, expected.url));

  it.each(threaded.map((post) => [post.selector, post] as const))('%s', (selector, post) => {
    const found = site.findPosts(one(selector));
    const comments = expected.posts.filter((c) => c.parent === post.selector);
    expect(comments.filter((c) => !found.includes(one(c.selector))).map((c) => c.selector)).toEqual([]);
  });
});

it('the fixtures hold threads on each site whose comments sit inside their post', () => {
  for (const siteId of NESTED) expect(threadPages.filter(([id]) => id === siteId).length, siteId).toBeGreaterThan(0);
});
