/** Pages reach Pagefind in the order they started rendering, so the index is the same in every build. */
import { describe, expect, it } from 'vitest';
import type { PagefindIndex } from 'pagefind';
import { PageFeed } from '../../src/integrations/pagefind-feed.ts';

function fakeIndex(errorsFor: Record<string, string> = {}) {
  const added: string[] = [];
  const index = {
    addHTMLFile: async ({ url }: { url?: string }) => {
      added.push(url!);
      return { errors: errorsFor[url!] ? [errorsFor[url!]] : [], file: { uniqueWords: 0, url: url!, meta: {} } };
    },
  } as unknown as PagefindIndex;
  return { index, added };
}

describe('PageFeed', () => {
  it('sends pages in the order they started, whatever order they finish in, and skips what is not a page', async () => {
    const { index, added } = fakeIndex();
    const feed = new PageFeed(index);
    const [a, b, json, c] = [feed.reserve(), feed.reserve(), feed.reserve(), feed.reserve()];
    feed.fill(c, { url: '/c/', html: '<html></html>' });
    feed.fill(json, null);
    expect(added).toEqual([]);
    feed.fill(b, { url: '/b/', html: '<html></html>' });
    expect(added).toEqual([]);
    feed.fill(a, { url: '/a/', html: '<html></html>' });
    expect(added).toEqual(['/a/', '/b/', '/c/']);
    expect(await feed.done()).toEqual([]);
  });

  it("reports Pagefind's errors and pages that never finished", async () => {
    const { index } = fakeIndex({ '/b/': 'Failed to parse /b/' });
    const feed = new PageFeed(index);
    const [a, b] = [feed.reserve(), feed.reserve()];
    feed.reserve();
    feed.fill(b, { url: '/b/', html: '' });
    feed.fill(a, { url: '/a/', html: '' });
    expect(await feed.done()).toEqual(['1 of the pages that started rendering never reached the index', 'Failed to parse /b/']);
  });
});
