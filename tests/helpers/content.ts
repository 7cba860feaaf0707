/** The real content's frontmatter, read straight from the files (independent of the build). */
import yaml from 'js-yaml';
import { idOf, readContent, splitFrontmatter } from '../../src/lib/integrity.ts';

export interface RawEntry {
  collection: string;
  id: string;
  path: string;
  data: Record<string, any>;
  body: string;
}

/** Every entry under content/, parsed. */
export function rawEntries(root = 'content'): RawEntry[] {
  return readContent(root).map((file) => {
    const { front, body } = splitFrontmatter(file.text) ?? { front: '', body: '' };
    return { collection: file.collection, id: idOf(file.path), path: file.path, data: (yaml.load(front) ?? {}) as Record<string, any>, body };
  });
}
