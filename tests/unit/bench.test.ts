/** The benchmark's helpers: ratios paired by round, and generated translations that build. */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ratioToBare } from '../../bench/report.ts';
import { lostShare, parseCpuLine } from '../../bench/measure.ts';
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

describe('lostShare', () => {
  it('is the share of the ticks between two /proc/stat readings spent in steal and I/O wait', () => {
    // user nice system idle iowait irq softirq steal guest guest_nice
    const before = parseCpuLine('cpu  1000 0 200 5000 100 0 10 50 0 0');
    const after = parseCpuLine('cpu  1300 0 260 5200 200 0 20 250 0 0');
    // 870 ticks passed: 100 waiting for the disk, 200 stolen.
    const lost = lostShare(before, after);
    expect(lost.iowait).toBeCloseTo(100 / 870, 6);
    expect(lost.steal).toBeCloseTo(200 / 870, 6);
    expect(lostShare(after, after)).toEqual({ steal: 0, iowait: 0 });
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
