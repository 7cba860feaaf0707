/**
 * Where content lives. Tests and benchmarks point CONTENT_DIR at generated content in a
 * temporary directory; everything else uses ./content.
 */
import { resolve } from 'node:path';

/** Absolute path of the content root. */
export function contentRoot(): string {
  return resolve(process.env.CONTENT_DIR ?? 'content');
}
