import { describe, expect, it } from 'vitest';
import { buildPulse, isNuanced } from '@/utils/summary/pulse';
import { BUILTIN_PACK } from '@/utils/knowledge/builtin';
import type { ClaimId, Verdict } from '@/utils/detect/types';

const v = (claims: ClaimId[], relevant = true): Verdict => ({ relevant, score: relevant ? 1 : 0, claims, spans: [] });

describe('thread pulse', () => {
  it('counts comments per claim, most common first, and answers the loudest claim', () => {
    const pulse = buildPulse(
      [
        { text: '100% agree, every low back I see has tight glutes', verdict: v(['back-pain-release', 'tight-needs-release']) },
        { text: 'Yes! release them first', verdict: v(['back-pain-release']) },
        { text: 'My clients love it, feels amazing', verdict: v(['felt-release']) },
        { text: 'The research shows weak glutes are associated, cause unknown', verdict: v(['weak-inhibited']) },
      ],
      [BUILTIN_PACK],
      7,
    );
    expect(pulse.total).toBe(7);
    expect(pulse.claims.map((c) => [c.id, c.count])).toEqual([
      ['back-pain-release', 2],
      ['tight-needs-release', 1],
      ['weak-inhibited', 1],
      ['felt-release', 1],
    ]);
    expect(pulse.nuanced).toBe(1);
    expect(pulse.answer?.claim).toBe('back-pain-release');
    expect(pulse.answer?.point.claims).toContain('back-pain-release');
  });

  it('is empty for a post without comments', () => {
    const pulse = buildPulse([], [BUILTIN_PACK]);
    expect(pulse).toEqual({ total: 0, claims: [], nuanced: 0, answer: null });
  });

  it('a comment repeating the myth is not nuanced even with evidence words', () => {
    expect(isNuanced({ text: 'Research proves tight glutes cause back pain', verdict: v(['back-pain-release']) })).toBe(false);
    expect(isNuanced({ text: 'Depends on the client, I ask first', verdict: v(['draping-comfort']) })).toBe(true);
    expect(isNuanced({ text: 'Love glute work', verdict: v(['felt-release']) })).toBe(false);
  });
});
