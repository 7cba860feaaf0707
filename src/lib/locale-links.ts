/**
 * Links in a translated body point at the English addresses of entries ("/relations/china/"),
 * as in the English body, so both texts link the same pages and the content check reads them
 * alike. When a body of content/<lang>/ is rendered, this rehype plugin moves its site-internal
 * links into that language ("/ru/relations/china/").
 */
import { relative, sep } from 'node:path';
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { contentRoot } from './paths.ts';
import { TRANSLATION_LOCALES, type Locale } from './i18n.ts';
import { localePath } from './urls.ts';

/** The language of a content file: its first folder when that is a translation's. */
export function languageOfFile(path: string, root = contentRoot()): Locale | undefined {
  const [first] = relative(root, path).split(sep);
  return TRANSLATION_LOCALES.find((l) => l === first);
}

/** A link's address in `locale`: site-internal paths move into it, anything else stays. */
export function localizedHref(locale: Locale, href: string): string {
  return href.startsWith('/') && !href.startsWith('//') ? localePath(locale, href) : href;
}

export function rehypeLocaleLinks() {
  return (tree: Root, file: VFile) => {
    const locale = file.path ? languageOfFile(file.path) : undefined;
    if (!locale) return;
    visit(tree, 'element', (node) => {
      const href = node.properties.href;
      if (node.tagName === 'a' && typeof href === 'string') node.properties.href = localizedHref(locale, href);
    });
  };
}
