import type { Dictionary } from '../../lib/i18n.ts';

export default {} satisfies Dictionary['cite'];
