/**
 * Section self-links: every h2 and h3 with an id gets a "#" link to itself, so a reader can copy
 * the address of one section and cite it. A plain link, so it works without JavaScript.
 *
 * The HTML is Astro's own rendering of a page body, so headings are well formed and never
 * nested in one another; they are found by a pattern rather than by parsing the whole body
 * into a tree and writing it out again, which cost more than any other step of a page.
 */
import { decodeHTML } from 'entities';

/** An h2 or h3 (or only h2) element: its level, attributes and inner HTML. */
const HEADING = { h2h3: /<(h[23])(\s[^>]*)?>([\s\S]*?)<\/\1\s*>/gi, h2: /<(h2)(\s[^>]*)?>([\s\S]*?)<\/\1\s*>/gi };
const ID = /(?:^|\s)id\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/i;

/** The id attribute's value, or undefined without one. */
function idOf(attributes: string | undefined): string | undefined {
  const match = attributes && ID.exec(attributes);
  return match ? (match[1] ?? match[2] ?? match[3]) : undefined;
}

/** The text of a piece of HTML as a reader sees it: tags dropped, entities decoded, spaces collapsed. */
function textOf(html: string): string {
  return decodeHTML(html.replace(/<!--[\s\S]*?-->|<[^>]*>/g, '')).trim().replace(/\s+/g, ' ');
}

/**
 * Adds the links; `label` names one for screen readers in the page's language, from the
 * heading's text ("Link to the section “Sources”").
 */
export function addSelfLinks(html: string, label: (heading: string) => string): string {
  return html.replace(HEADING.h2h3, (element, _tag: string, attributes: string | undefined, inner: string) => {
    const id = idOf(attributes);
    if (id === undefined) return element;
    const name = label(textOf(inner)).replace(/&/g, '&amp;').replace(/"/g, '&quot;');
    const end = element.lastIndexOf('</');
    return `${element.slice(0, end)} <a class="self-link" href="#${id}" aria-label="${name}" data-pagefind-ignore>#</a>${element.slice(end)}`;
  });
}

/** A section of a page, as a contents list links to it. */
export interface Section {
  id: string;
  text: string;
}

/** The h2 headings with an id in a piece of rendered HTML, in order: the sections it adds to a page. */
export function sectionHeadings(html: string): Section[] {
  return [...html.matchAll(HEADING.h2)].flatMap(([, , attributes, inner]) => {
    const id = idOf(attributes);
    return id === undefined ? [] : [{ id, text: textOf(inner) }];
  });
}
