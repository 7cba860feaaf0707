/** Citing: the cite block, citation styles, downloads, feeds and metadata. */
export default {};
