// The least any Pagefind search page can do, as a floor for ours (bench/search.ts): load
// Pagefind, search the query in the address, and show the first result's title. No filters,
// no excerpts, no ranking of our own.
const query = new URLSearchParams(location.search).get('q') ?? '';
const pagefind = await import('/pagefind/pagefind.js');
const search = await pagefind.search(query);
const first = await search.results[0]?.data();
const item = document.createElement('li');
item.className = 'search-result';
item.textContent = first ? first.meta.title : '';
document.getElementById('search-results').append(item);
