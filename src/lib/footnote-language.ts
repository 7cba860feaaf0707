/**
 * Markdown writes the words around footnotes itself, in English: the heading of their list
 * ("Footnotes", for screen readers) and the name of each link back to the text ("Back to
 * reference 1"). In a body of content/<lang>/ this rehype plugin puts them in that language.
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { dictionary } from './i18n.ts';
import { languageOfFile } from './locale-links.ts';

/** The number a back link names: "1", or "1-2" for the second reference to the first note. */
const REFERENCE = /\d+(?:-\d+)?$/;

export function rehypeFootnoteLanguage() {
  return (tree: Root, file: VFile) => {
    const locale = file.path ? languageOfFile(file.path) : undefined;
    if (!locale) return;
    const words = dictionary(locale).entry.footnotes;
    visit(tree, 'element', (node: Element) => {
      if (node.properties.id === 'footnote-label') node.children = [{ type: 'text', value: words.label }];
      const reference = node.properties.dataFootnoteBackref !== undefined && REFERENCE.exec(String(node.properties.ariaLabel));
      if (reference) node.properties.ariaLabel = words.backTo(reference[0]);
    });
  };
}
