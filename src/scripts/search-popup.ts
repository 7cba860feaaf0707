/**
 * Results as you type under the header search box, as an ARIA combobox: arrows move through
 * the results, Enter opens the selected one (or, with none selected, submits the form to
 * /search/), Escape closes the list. The result count, with its query, is announced by a live
 * region that is always present, so screen readers hear it even while the list is closed.
 */
import type { SearchState } from '../lib/search-query.ts';
import { writeSearchState } from '../lib/search-query.ts';
import { NEEDS_BUILD, runSearch, warmUp, type Outcome, type PagefindData } from './search-engine.ts';
import { alsoCalled, badge, date, el, excerpt, title } from './search-render.ts';
import { count, fill, strings, type SearchStrings } from './search-strings.ts';

const SHOWN = 6;

/** "3 results for “csto”.", with the correction or suggestion if any. */
function describe(s: SearchStrings, query: string, outcome: Outcome): string {
  const found = count(s, outcome.results.length, s.result);
  if (outcome.corrected) return fill(s.popupCorrected, { q: query, count: found, c: outcome.corrected });
  return `${fill(s.found, { count: found, q: query })}.${outcome.suggestion ? fill(s.popupSuggest, { s: outcome.suggestion }) : ''}`;
}

export function attachPopup(form: HTMLFormElement, input: HTMLInputElement): void {
  const popup = el('div', 'search-popup');
  popup.id = 'site-search-popup';
  popup.hidden = true;
  // The visible count; the live region below says the same to screen readers.
  const shownStatus = el('p', 'search-popup-status');
  shownStatus.setAttribute('aria-hidden', 'true');
  const list = el('ul', 'search-popup-list');
  list.id = 'site-search-listbox';
  list.setAttribute('role', 'listbox');
  strings()
    .then((s) => list.setAttribute('aria-label', s.listbox))
    .catch(() => undefined);
  popup.append(shownStatus, list);
  const live = el('p', 'visually-hidden');
  live.id = 'site-search-status';
  live.setAttribute('role', 'status');
  form.append(popup, live);

  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-controls', list.id);
  input.setAttribute('aria-expanded', 'false');

  let active = -1;
  let sequence = 0;
  /** The query the list holds results for; the list is stale once the box says otherwise. */
  let listFor = '';
  const options = () => [...list.querySelectorAll<HTMLElement>('[role="option"]')];
  const current = () => listFor !== '' && listFor === input.value.trim();

  const select = (index: number) => {
    const all = options();
    active = all.length === 0 ? -1 : index < -1 ? all.length - 1 : index >= all.length ? -1 : index;
    all.forEach((option, i) => option.setAttribute('aria-selected', String(i === active)));
    if (active >= 0) {
      input.setAttribute('aria-activedescendant', all[active].id);
      all[active].scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };

  /** Moves the open list sideways to keep it on screen, wherever a narrow header put the box. */
  const fit = () => {
    popup.style.translate = '';
    const { left, right } = popup.getBoundingClientRect();
    const margin = 8;
    popup.style.translate = `${Math.max(Math.min(0, innerWidth - margin - right), margin - left)}px 0`;
  };

  const open = (show: boolean) => {
    popup.hidden = !show;
    input.setAttribute('aria-expanded', String(show));
    if (show) fit();
    else select(-1);
  };

  const setStatus = (text: string) => {
    shownStatus.textContent = live.textContent = text;
  };

  const clear = () => {
    listFor = '';
    list.replaceChildren();
    setStatus('');
    open(false);
  };

  /** An option: its accessible name is the title, type and date, not their glued-up text. */
  const option = (id: string, href: string, label: string, ...content: (Node | null)[]) => {
    const item = el('li', 'search-popup-option');
    item.id = id;
    item.setAttribute('role', 'option');
    item.setAttribute('aria-selected', 'false');
    item.setAttribute('aria-label', label);
    const link = el('a');
    link.href = href;
    link.tabIndex = -1;
    link.append(...content.filter((node): node is Node => node !== null));
    item.append(link);
    return item;
  };

  const resultOption = (s: SearchStrings, i: number, query: string, d: PagefindData) => {
    const when = date(d, s);
    const label = [title(d), d.meta.type, when?.textContent].filter(Boolean).join(', ');
    const name = el('span', 'search-popup-title', title(d));
    return option(`site-search-option-${i}`, d.url, label, badge(d, s), name, when, alsoCalled(query, d, s) ?? excerpt(d.excerpt, 'search-popup-excerpt'));
  };

  const update = async () => {
    const query = input.value.trim();
    const mine = ++sequence;
    if (!query) return clear();
    const state: SearchState = { q: query, type: '', region: '', decade: '', sort: '' };
    let outcome: Outcome | null;
    let s: SearchStrings | undefined;
    try {
      [outcome, s] = await Promise.all([runSearch(state), strings()]);
    } catch (error) {
      s ??= await strings().catch(() => undefined);
      if (mine !== sequence) return;
      list.replaceChildren();
      open(true);
      const needsBuild = error instanceof Error && error.message === NEEDS_BUILD;
      setStatus((needsBuild ? s?.needsBuild : s?.unavailableBox) ?? '');
      return;
    }
    if (mine !== sequence || !outcome) return;
    const found = outcome;
    const top = found.results.slice(0, SHOWN).map((result) => result.data());
    // Each result goes in as soon as its fragment arrives, in order: the first without waiting for the rest.
    for (const [i, pending] of top.entries()) {
      const d = await pending;
      if (mine !== sequence) return;
      const item = resultOption(s, i, found.shown, d);
      if (i === 0) {
        list.replaceChildren(item);
        listFor = query;
        select(-1);
        open(true);
        setStatus(describe(s, query, found));
      } else list.append(item);
    }
    const n = found.results.length;
    const all = `${s.searchUrl}${writeSearchState({ ...state, q: found.shown })}`;
    const more = n === 1 ? s.openPage : fill(s.allResults, { count: count(s, n, s.result) });
    if (n > 0) list.append(option('site-search-option-all', all, more, el('span', 'search-popup-all', more)));
    else {
      list.replaceChildren();
      listFor = query;
      open(true);
      setStatus(describe(s, query, found));
    }
  };

  // Every keystroke searches at once (a search of a loaded index takes a few ms); the results
  // of an older keystroke are dropped when they arrive late (see `sequence`).
  input.addEventListener('input', () => {
    // An emptied box (Escape in a search field clears it) leaves no list to reopen.
    if (!input.value.trim()) {
      sequence++;
      return clear();
    }
    if (!current()) select(-1);
    update();
  });
  input.addEventListener('keydown', (event) => {
    const all = options();
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      // Only a list of results for what the box says now may open.
      if (popup.hidden && !(all.length > 0 && current())) return;
      event.preventDefault();
      open(true);
      select(active + (event.key === 'ArrowDown' ? 1 : -1));
    } else if (event.key === 'Enter' && active >= 0 && !popup.hidden && current()) {
      event.preventDefault();
      const link = all[active].querySelector('a');
      if (link) window.location.assign(link.href);
    } else if (event.key === 'Escape' && !popup.hidden) {
      event.preventDefault();
      open(false);
    }
  });
  // Keep focus in the box while a result is clicked; close when focus leaves the form.
  popup.addEventListener('mousedown', (event) => event.preventDefault());
  form.addEventListener('focusout', (event) => {
    if (!form.contains(event.relatedTarget as Node | null)) open(false);
  });
  input.addEventListener('focus', () => {
    if (list.childElementCount > 0 && current()) open(true);
  });

  warmUp();
  if (input.value.trim()) update();
}
