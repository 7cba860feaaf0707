/**
 * Hands pages to Pagefind while Astro renders: the middleware (pagefind-middleware.ts) takes a
 * place in line when a page starts rendering and fills it with the page's HTML when it is done;
 * pages go to Pagefind in line order. Astro starts pages in the same order in every build,
 * while they finish in any order (several render at once), so the order Pagefind numbers them
 * in, and with it the index files, stays the same from build to build.
 *
 * The middleware is bundled apart from this module, so the feed is found on globalThis under
 * FEED_KEY, where the integration puts it for the length of the build.
 */
import type { PagefindIndex } from 'pagefind';

export const FEED_KEY = Symbol.for('kyrgyz-foreign-policy.pagefind-feed');

/** A page as the middleware hands it over; null for a response that is not an HTML page. */
export type FedPage = { url: string; html: string } | null;

export class PageFeed {
  readonly index: PagefindIndex;
  /** Each place in line: a page, null (nothing to index, or already sent), or undefined while it renders. */
  readonly #line: (FedPage | undefined)[] = [];
  #sent = 0;
  readonly #added: Promise<{ errors: string[] }>[] = [];

  constructor(index: PagefindIndex) {
    this.index = index;
  }

  /** A place in line for a page that starts rendering. */
  reserve(): number {
    return this.#line.push(undefined) - 1;
  }

  /** The rendered page of a place; sends every page that no earlier place still waits for. */
  fill(place: number, page: FedPage): void {
    this.#line[place] = page;
    while (this.#sent < this.#line.length && this.#line[this.#sent] !== undefined) {
      const next = this.#line[this.#sent];
      this.#line[this.#sent++] = null;
      if (next) this.#added.push(this.index.addHTMLFile({ url: next.url, content: next.html }));
    }
  }

  /** Every page sent and read by Pagefind; the errors it reported. */
  async done(): Promise<string[]> {
    const unfilled = this.#line.length - this.#sent;
    const results = await Promise.all(this.#added);
    return [...(unfilled > 0 ? [`${unfilled} of the pages that started rendering never reached the index`] : []), ...results.flatMap((r) => r.errors)];
  }
}
