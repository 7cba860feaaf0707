/** Entry pages: the at-a-glance panel, notes, sources, history, contents and related lists. */
export default {};
