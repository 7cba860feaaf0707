/**
 * Results as you type under the header search box, as an ARIA combobox: arrows move through
 * the results, Enter opens the selected one (or, with none selected, submits the form to
 * /search/), Escape closes the list. A status line announces the number of results.
 */
import type { SearchState } from '../lib/search.ts';
import { preload, runSearch, warmUp } from './search-engine.ts';
import { alsoCalled, badge, date, el, excerpt, title } from './search-render.ts';

const SHOWN = 6;
const DELAY = 120;

export function attachPopup(form: HTMLFormElement, input: HTMLInputElement): void {
  const popup = el('div', 'search-popup');
  popup.id = 'site-search-popup';
  popup.hidden = true;
  const status = el('p', 'search-popup-status');
  status.setAttribute('role', 'status');
  const list = el('ul', 'search-popup-list');
  list.id = 'site-search-listbox';
  list.setAttribute('role', 'listbox');
  list.setAttribute('aria-label', 'Search results');
  popup.append(status, list);
  form.append(popup);

  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-controls', list.id);
  input.setAttribute('aria-expanded', 'false');

  let active = -1;
  let sequence = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const options = () => [...list.querySelectorAll<HTMLElement>('[role="option"]')];

  const open = (show: boolean) => {
    popup.hidden = !show;
    input.setAttribute('aria-expanded', String(show));
    if (!show) select(-1);
  };

  const select = (index: number) => {
    const all = options();
    active = all.length === 0 ? -1 : index < -1 ? all.length - 1 : index >= all.length ? -1 : index;
    all.forEach((option, i) => option.setAttribute('aria-selected', String(i === active)));
    if (active >= 0) {
      input.setAttribute('aria-activedescendant', all[active].id);
      all[active].scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };

  const option = (id: string, href: string, ...content: (Node | null)[]) => {
    const item = el('li', 'search-popup-option');
    item.id = id;
    item.setAttribute('role', 'option');
    item.setAttribute('aria-selected', 'false');
    const link = el('a');
    link.href = href;
    link.tabIndex = -1;
    link.append(...content.filter((node): node is Node => node !== null));
    item.append(link);
    return item;
  };

  const update = async () => {
    const query = input.value.trim();
    const mine = ++sequence;
    if (!query) {
      list.replaceChildren();
      status.textContent = '';
      open(false);
      return;
    }
    const state: SearchState = { q: query, type: '', region: '', decade: '', sort: '' };
    let outcome;
    try {
      outcome = await runSearch(state);
    } catch {
      if (mine === sequence) {
        status.textContent = 'Search is not available right now; press Enter to open the search page.';
        open(true);
      }
      return;
    }
    if (mine !== sequence || !outcome) return;
    const top = outcome.hits.slice(0, SHOWN);
    const data = await Promise.all(top.map((hit) => hit.result.data()));
    if (mine !== sequence) return;

    const count = outcome.hits.length;
    const noun = count === 1 ? 'result' : 'results';
    status.textContent = outcome.corrected
      ? `No results for “${query}”. ${count} ${noun} for “${outcome.corrected}”.`
      : `${count} ${noun}${outcome.suggestion ? `. Did you mean “${outcome.suggestion}”?` : ''}`;
    const items = top.map((hit, i) => {
      const d = data[i];
      const name = el('span', 'search-popup-title', title(d));
      return option(`site-search-option-${i}`, d.url, badge(d), name, date(d), alsoCalled(hit, d) ?? (hit.match ? null : excerpt(d.excerpt, 'search-popup-excerpt')));
    });
    const all = `/search/?q=${encodeURIComponent(outcome.shown)}`;
    const more = count === 1 ? 'Open the search page' : `All ${count} results on the search page`;
    if (count > 0) items.push(option('site-search-option-all', all, el('span', 'search-popup-all', more)));
    list.replaceChildren(...items);
    active = -1;
    select(-1);
    open(true);
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    preload(input.value).catch(() => undefined);
    timer = setTimeout(update, DELAY);
  });
  input.addEventListener('keydown', (event) => {
    const all = options();
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (popup.hidden) {
        if (all.length > 0) open(true);
        else return;
      }
      event.preventDefault();
      select(active + (event.key === 'ArrowDown' ? 1 : -1));
    } else if (event.key === 'Enter' && active >= 0 && !popup.hidden) {
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
    if (list.childElementCount > 0 && input.value.trim()) open(true);
  });

  warmUp();
  if (input.value.trim()) update();
}
