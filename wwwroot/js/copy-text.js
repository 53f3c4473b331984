// Copy buttons for reminder texts: shown only where the clipboard can be written; the text stays selectable without them.
(() => {
  if (!navigator.clipboard) {
    return;
  }
  for (const button of document.querySelectorAll('button[data-copy]')) {
    button.hidden = false;
    button.addEventListener('click', async () => {
      const source = document.getElementById(button.dataset.copy);
      if (!source) {
        return;
      }
      await navigator.clipboard.writeText(source.value);
      const label = button.textContent;
      button.textContent = button.dataset.copied;
      setTimeout(() => { button.textContent = label; }, 2000);
    });
  }
})();
