/** The site's components that MDX entries may use by name (the list is src/lib/mdx.ts). */
import type { MdxComponentName } from '../lib/mdx.ts';
import PartialDate from './PartialDate.astro';
import SourceName from './SourceName.astro';

export const mdxComponents: Record<MdxComponentName, unknown> = { PartialDate, SourceName };
