// The only script on content pages: fetches the search code on first use of the search box
// (focus, or the "/" shortcut), and at once on /search/, where it puts ?q= back in the box
// first. The form works without it.
const box = document.getElementById('site-search');
const page = document.getElementById('search-query');
let started = false;
function start() {
  if (started) return;
  started = true;
  import('/search/client.js').then((search) => search.start(), () => (started = false));
}
if (page) {
  page.value = new URLSearchParams(location.search).get('q') ?? '';
  start();
}
box?.addEventListener('focus', start);
addEventListener('keydown', (event) => {
  const target = event.target;
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
  if (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) return;
  event.preventDefault();
  (page ?? box)?.focus();
});
