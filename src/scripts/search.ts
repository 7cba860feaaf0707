/**
 * Search, loaded by SearchBox.astro's loader on first use (or at once on /search/): the
 * search page's own form on /search/, results as you type under the header box elsewhere.
 */
import { attachPage } from './search-page.ts';
import { attachPopup } from './search-popup.ts';

export function start(): void {
  const page = document.querySelector<HTMLFormElement>('form[data-search-page]');
  if (page) {
    attachPage(page);
    return;
  }
  const form = document.querySelector<HTMLFormElement>('form[data-search-box]');
  const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
  if (form && input) attachPopup(form, input);
}
