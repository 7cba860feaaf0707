/** The benchmark's helpers: ratios paired by round, and generated translations that build. */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ratioToBare } from '../../bench/report.ts';
import { generateContent, generateTranslations } from '../../bench/generate.ts';
import { checkFolder } from '../../src/lib/integrity.ts';

describe('ratioToBare', () => {
  it('is the median of the per-round ratios, not the ratio of the medians', () => {
    // Round 2 ran on a busy machine: both builds slowed down together.
    const ours = [4.2, 6.1, 4.4];
    const bare = [3.0, 4.4, 3.1];
    expect(ratioToBare(ours, bare)).toBeCloseTo(1.4, 2);
    expect(ratioToBare([3, 1], [1, 1])).toBe(3);
  });
});

describe('generateTranslations', () => {
  it('writes a Russian translation of every generated entry that the content check accepts', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'kfp-bench-')), 'content');
    generateContent(dir, 40, 'content');
    generateTranslations(dir, 'ru', 'content');
    expect(readdirSync(join(dir, 'ru/events')).sort()).toEqual(readdirSync(join(dir, 'events')).sort());
    expect(checkFolder(dir)).toEqual([]);
  });
});
