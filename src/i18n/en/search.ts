/** Search: the header box, the search page, A–Z pages and the messages of the search client. */
export default {};
