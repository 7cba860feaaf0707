// Copy buttons of the cite block (src/components/CiteThis.astro), where the clipboard works;
// their words, in the page's language, come from the status element's data-copy-words.
const live = document.querySelector('[data-copy-status]');
if (navigator.clipboard && live) {
  const words = JSON.parse(live.dataset.copyWords);
  for (const button of document.querySelectorAll('[data-copy]')) {
    button.hidden = false;
    button.addEventListener('click', async () => {
      const text = document.getElementById(button.dataset.copy).textContent.trim();
      const done = await navigator.clipboard.writeText(text).then(() => true, () => false);
      button.textContent = done ? words.copied : words.select;
      live.textContent = done ? words.done : words.failed;
      setTimeout(() => (button.textContent = words.copy), 2000);
    });
  }
}
