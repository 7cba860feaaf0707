/** The real content's frontmatter, read straight from the files (independent of the build). */
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { idOf, readContent } from '../../src/lib/integrity.ts';

export interface RawEntry {
  collection: string;
  id: string;
  path: string;
  data: Record<string, any>;
  body: string;
}

/** Every English entry under content/ (translations left out), parsed the way Astro parses it. */
export function rawEntries(root = 'content'): RawEntry[] {
  return readContent(root).filter((file) => !file.lang).map((file) => {
    const { frontmatter, content } = parseFrontmatter(file.text ?? '');
    return { collection: file.collection, id: idOf(file.path), path: file.path, data: frontmatter, body: content };
  });
}
