// Copy buttons of the cite block (src/components/CiteThis.astro), where the clipboard works.
const live = document.querySelector('[data-copy-status]');
if (navigator.clipboard) {
  for (const button of document.querySelectorAll('[data-copy]')) {
    button.hidden = false;
    button.addEventListener('click', async () => {
      const text = document.getElementById(button.dataset.copy).textContent.trim();
      const done = await navigator.clipboard.writeText(text).then(() => true, () => false);
      button.textContent = done ? 'Copied' : 'Select the text';
      live.textContent = done ? 'Citation copied' : 'Could not copy: select the text instead';
      setTimeout(() => (button.textContent = 'Copy'), 2000);
    });
  }
}
