/** The site's own pages and listings: home, about, 404, section indexes, map, timeline, open data, redirect pages. */
export default {};
