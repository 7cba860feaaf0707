/** The benchmark's ratio to bare pairs the builds of a round, so a slow round cancels out. */
import { describe, expect, it } from 'vitest';
import { ratioToBare } from '../../bench/report.ts';

describe('ratioToBare', () => {
  it('is the median of the per-round ratios, not the ratio of the medians', () => {
    // Round 2 ran on a busy machine: both builds slowed down together.
    const ours = [4.2, 6.1, 4.4];
    const bare = [3.0, 4.4, 3.1];
    expect(ratioToBare(ours, bare)).toBeCloseTo(1.4, 2);
    expect(ratioToBare([3, 1], [1, 1])).toBe(3);
  });
});
