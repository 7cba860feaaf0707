/** The real content's frontmatter, read straight from the files (independent of the build). */
import yaml from 'js-yaml';
import { idOf, readContent } from '../../src/lib/integrity.ts';

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
    const [, front = '', body = ''] = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(file.text) ?? [];
    return { collection: file.collection, id: idOf(file.path), path: file.path, data: (yaml.load(front) ?? {}) as Record<string, any>, body };
  });
}
