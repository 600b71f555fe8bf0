/**
 * Replies to comments: the context is the chain from the post down to the comment a reply answers, and
 * the reply is read against that comment (our own sentences, not corpus passages).
 */
import { describe, expect, it } from 'vitest';
import { classifyPost, judgePost, normalizeText } from '@/utils/detect';

const POST = 'Always release the glutes on low back clients. Tight glutes cause back pain, every time.';
const MYTH = "That's a myth. Most of those glutes are weak, not tight, and releasing them won't fix anyone's back.";
const AGREES = '100% agree, every low back I see.';
const ASIDE = 'Congrats on the new clinic space!';

describe('a reply is read against the comment it answers', () => {
  it('agrees with the comment, not with the post the comment disputes', () => {
    // Against the post alone, "Exactly this." takes the post's positions: that is what a reply to the post means.
    expect(classifyPost('Exactly this.', POST).claims).toEqual(expect.arrayContaining(['back-pain-release', 'tight-needs-release']));
    const reply = classifyPost('Exactly this.', [POST, MYTH]);
    expect(reply.relevant).toBe(true);
    expect(reply.claims).toEqual(['weak-inhibited']);
    // Pushing back on the myth-buster does not make the reply hold the myth-buster's view.
    const pushBack = classifyPost('Nope, totally wrong.', [POST, MYTH]);
    expect(pushBack.relevant).toBe(true);
    expect(pushBack.claims).toEqual([]);
  });

  it('carries what an agreeing comment took from the post, down the chain', () => {
    expect(classifyPost('Same here.', [POST, AGREES]).claims).toEqual(['back-pain-release']);
    // Three levels: post, an agreeing comment, a reply that disputes it, and a reply agreeing with that.
    expect(classifyPost('Exactly this.', [POST, AGREES, MYTH]).claims).toEqual(['weak-inhibited']);
  });

  it('gains nothing from the thread under a comment that is no match', () => {
    expect(classifyPost(ASIDE, POST).relevant).toBe(false);
    expect(classifyPost('Exactly!', [POST, ASIDE]).relevant).toBe(false);
    expect(classifyPost('Thanks so much!', [POST, ASIDE]).relevant).toBe(false);
    // Its own words still count.
    const own = classifyPost('Thanks! Also, tight glutes cause back pain, release them with massage', [POST, ASIDE]);
    expect(own).toEqual(classifyPost('Thanks! Also, tight glutes cause back pain, release them with massage'));
    expect(own.relevant).toBe(true);
  });

  it('marks the comment\'s words as context from a comment, with offsets into that comment', () => {
    const reply = classifyPost('Exactly this.', [POST, MYTH]);
    const context = reply.spans.filter((s) => s.from === 'context');
    expect(context.length).toBeGreaterThan(0);
    const norm = normalizeText(MYTH);
    for (const s of context) {
      expect(s.context).toBe('comment');
      expect(norm.slice(s.start, s.end)).toBe(s.text);
    }
    expect(reply.spans.find((s) => s.rule === 'reply-agrees')?.why).toMatch(/comment/);
    // A comment on the post: its context spans are the post's, and not marked as a comment's.
    const comment = classifyPost('Exactly this.', POST);
    expect(comment.spans.filter((s) => s.from === 'context').every((s) => s.context === undefined)).toBe(true);
    expect(comment.spans.find((s) => s.rule === 'reply-agrees')?.why).toMatch(/post/);
  });

  it('treats a one-item chain as the post, and leaves out blank items', () => {
    expect(classifyPost('Exactly this.', [POST])).toEqual(classifyPost('Exactly this.', POST));
    expect(classifyPost('Exactly this.', ['  ', POST])).toEqual(classifyPost('Exactly this.', POST));
    expect(classifyPost('Exactly this.', [POST, ''])).toEqual(classifyPost('Exactly this.', POST));
    expect(classifyPost('Exactly this.', [])).toEqual(classifyPost('Exactly this.'));
  });

  it('gives the same verdict whatever was read before, and the same in the content script', () => {
    const chains = [[POST, MYTH], [POST], [POST, AGREES], [POST, AGREES, MYTH], [POST, ASIDE], ['Gluten-free snacks?', MYTH]];
    const alone = chains.map((c) => JSON.stringify(classifyPost('Exactly this.', c)));
    for (let round = 0; round < 2; round++) {
      chains.forEach((c, i) => {
        expect(JSON.stringify(classifyPost('Exactly this.', c))).toBe(alone[i]);
        expect(JSON.stringify(judgePost('Exactly this.', c))).toBe(alone[i]);
      });
    }
  });
});

describe('replies in a few more of the ways people write them (session 13)', () => {
  const MYTH_POST = 'Always release the glutes, tight glutes cause low back pain';
  it('reads "This! Every single low back client." as agreeing with the post, and about the back', () => {
    const v = classifyPost('This! Every single low back client.', MYTH_POST);
    expect(v.relevant).toBe(true);
    expect(v.claims).toEqual(['back-pain-release']);
    expect(v.spans.some((s) => s.rule === 'reply-agrees')).toBe(true);
    // "This" that starts an ordinary sentence is no agreement.
    expect(classifyPost('This weekend I am off to the coast', MYTH_POST).relevant).toBe(false);
  });

  it('reads a question about elbow or forearm as a follow-up on the hands-on work', () => {
    const v = classifyPost('Do you use your elbow or forearm?', 'Glute work is my favorite part of a session');
    expect(v.relevant).toBe(true);
    expect(v.spans.some((s) => s.rule === 'hands-on' && s.text === 'use your elbow')).toBe(true);
  });

  it('does not give "underactive rather than tight" the tight claim', () => {
    const v = classifyPost('Not true, most glutes are underactive rather than tight', 'tight glutes are behind most back pain, release them every session');
    expect(v.claims).toEqual(['weak-inhibited']);
    expect(classifyPost('glute massage today: my glutes are weak rather than tight').claims).not.toContain('tight-needs-release');
  });
});
