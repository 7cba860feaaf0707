/**
 * The /search/ page with JavaScript: results as you type, type/region/decade filters and date
 * sort, all kept in the URL (?q=csto&type=organization) so a search can be shared and reloaded.
 * The result count is announced; ArrowDown moves from the box into the results, the arrows
 * move between them, Enter opens one and Escape returns to the box.
 */
import { readSearchState, writeSearchState, type SearchState } from '../lib/search-query.ts';
import { NEEDS_BUILD, preload, runSearch, type Outcome, type PagefindData } from './search-engine.ts';
import { alsoCalled, badge, date, el, excerpt, title } from './search-render.ts';
import { count, fill, strings, type SearchStrings } from './search-strings.ts';

const PAGE_SIZE = 10;
const DELAY = 150;
const MAX_SUB_RESULTS = 3;

export function attachPage(form: HTMLFormElement): void {
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const selects = [...form.querySelectorAll<HTMLSelectElement>('select')];
  const controls = form.querySelector<HTMLElement>('[data-search-controls]');
  const status = document.getElementById('search-status')!;
  const note = document.getElementById('search-note')!;
  const results = document.getElementById('search-results')!;
  const more = document.getElementById('search-more') as HTMLButtonElement;
  const browse = document.getElementById('search-browse');

  let sequence = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let current: { outcome: Outcome; shown: number } | undefined;

  const readForm = (): SearchState => {
    const params = new URLSearchParams();
    for (const [key, value] of new FormData(form)) params.set(key, String(value));
    return readSearchState(params);
  };

  const fillForm = (state: SearchState) => {
    input.value = state.q;
    for (const select of selects) {
      const value = (state as unknown as Record<string, string>)[select.name] ?? '';
      select.value = [...select.options].some((o) => o.value === value) ? value : '';
    }
  };

  const renderHit = (s: SearchStrings, query: string, data: PagefindData) => {
    const item = el('li', 'search-result');
    const heading = el('h2', 'search-result-title');
    const link = el('a', '', title(data));
    link.href = data.url;
    heading.append(link);
    const line = el('p', 'search-result-meta');
    line.append(badge(data, s));
    const when = date(data, s);
    if (when) line.append(' ', when);
    item.append(line, heading);
    const alias = alsoCalled(query, data, s);
    if (alias) item.append(alias);
    if (data.excerpt) item.append(excerpt(data.excerpt));
    const subs = data.sub_results.filter((sub) => sub.url !== data.url && sub.url.includes('#')).slice(0, MAX_SUB_RESULTS);
    if (subs.length > 0) {
      const list = el('ul', 'search-subresults');
      for (const sub of subs) {
        const entry = el('li');
        const subLink = el('a', '', sub.title);
        subLink.href = sub.url;
        entry.append(subLink);
        list.append(entry);
      }
      item.append(list);
    }
    return item;
  };

  /**
   * Renders the next page of results into the list, each as soon as its fragment arrives (in
   * order), so the first shows without waiting for the other nine. Calls `first` before the
   * first result is added; false if a newer search started meanwhile.
   */
  const nextPage = async (page: { outcome: Outcome; shown: number }, mine: number, first: (s: SearchStrings) => void) => {
    const slice = page.outcome.results.slice(page.shown, page.shown + PAGE_SIZE);
    const data = slice.map((result) => result.data());
    const s = await strings();
    for (const [i, pending] of data.entries()) {
      const item = renderHit(s, page.outcome.shown, await pending);
      if (mine !== sequence) return false;
      if (i === 0) first(s);
      results.append(item);
      page.shown++;
    }
    if (slice.length === 0) first(s);
    more.hidden = page.shown >= page.outcome.results.length;
    return true;
  };

  const showMore = async () => {
    if (!current) return;
    const before = results.children.length;
    if (await nextPage(current, sequence, () => undefined)) results.children[before]?.querySelector('a')?.focus();
  };

  const describe = (s: SearchStrings, state: SearchState, n: number, shown: string) => {
    // Pagefind leaves pages without a date out of a date-sorted search.
    const found = count(s, n, state.sort ? s.datedResult : s.result);
    const filters = [state.type, state.region, state.decade].filter(Boolean);
    const scope = filters.length > 0 ? ` (${filters.join(', ')})` : '';
    return (shown ? fill(s.found, { count: found, q: shown }) : found) + scope;
  };

  /**
   * Shows the outcome's note (a correction, "Did you mean", or, when nothing is found on a page
   * whose language has one, the same query in the default language's search) and the count.
   */
  const announce = (s: SearchStrings, state: SearchState, outcome: Outcome) => {
    note.replaceChildren();
    note.hidden = true;
    const offer = outcome.corrected ?? outcome.suggestion;
    if (offer) {
      const link = el('a', '', offer);
      link.href = `${s.searchUrl}${writeSearchState({ ...state, q: offer })}`;
      if (outcome.corrected) note.append(fill(s.corrected, { q: state.q }), link, s.correctedEnd);
      else note.append(s.suggest, link, s.suggestEnd);
      note.hidden = false;
    } else if (outcome.results.length === 0 && state.q && s.elsewhereHref) {
      const link = el('a', '', fill(s.elsewhere, { q: state.q }));
      // The query alone: filter values are in this page's language.
      link.href = `${s.elsewhereHref}?${new URLSearchParams({ q: state.q })}`;
      note.append(link);
      note.hidden = false;
    }
    status.textContent = describe(s, state, outcome.results.length, outcome.shown);
  };

  const update = async () => {
    const state = readForm();
    const url = `${location.pathname}${writeSearchState(state)}`;
    if (url !== `${location.pathname}${location.search}`) history.replaceState(null, '', url);
    const mine = ++sequence;
    let outcome: Outcome | null;
    try {
      outcome = await runSearch(state);
    } catch (error) {
      const s = await strings().catch(() => undefined);
      if (mine === sequence) status.textContent = error instanceof Error && error.message === NEEDS_BUILD ? (s?.needsBuild ?? '') : (s?.unavailablePage ?? '');
      return;
    }
    if (mine !== sequence) return;
    // The A–Z pages stay in view while there is nothing to show, and when nothing is found.
    if (browse) browse.hidden = outcome !== null && outcome.results.length > 0;
    if (!outcome) {
      current = undefined;
      results.replaceChildren();
      more.hidden = note.hidden = true;
      status.textContent = '';
      return;
    }
    const page = { outcome, shown: 0 };
    current = page;
    // The old results go, and the note and count change, when the first new result is in.
    await nextPage(page, mine, (s) => {
      results.replaceChildren();
      announce(s, state, outcome);
    });
  };

  const schedule = (delay: number) => {
    clearTimeout(timer);
    timer = setTimeout(update, delay);
  };

  input.addEventListener('input', () => {
    preload(input.value).catch(() => undefined);
    schedule(DELAY);
  });
  for (const select of selects) select.addEventListener('change', () => schedule(0));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    schedule(0);
  });
  more.addEventListener('click', () => showMore());

  // Keyboard: from the box into the results and between them; Escape back to the box.
  const links = () => [...results.querySelectorAll<HTMLAnchorElement>('.search-result-title a')];
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' && links().length > 0) {
      event.preventDefault();
      links()[0].focus();
    }
  });
  results.addEventListener('keydown', (event) => {
    const all = links();
    const item = (event.target as HTMLElement).closest('.search-result');
    const at = item ? [...results.children].indexOf(item) : -1;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const next = at + (event.key === 'ArrowDown' ? 1 : -1);
      if (next < 0) input.focus();
      else all[Math.min(next, all.length - 1)]?.focus();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      input.focus();
    }
  });

  // The messages load alongside the index, not after the first search.
  strings().catch(() => undefined);
  // Without JavaScript the filters could do nothing, so they stay hidden and out of the form.
  if (controls instanceof HTMLFieldSetElement) controls.hidden = controls.disabled = false;
  fillForm(readSearchState(new URLSearchParams(location.search)));
  update();
}
