// Header menus are <details> disclosures that work without script. With it they also behave as menus
// do elsewhere: opening one closes the others, Escape closes it and returns to its button, and a click
// or focus outside closes it.
(() => {
  const menus = Array.from(document.querySelectorAll('details.nav-menu'));
  if (menus.length === 0) {
    return;
  }
  const close = (menu, focus) => {
    if (menu.open) {
      menu.open = false;
      if (focus) {
        menu.querySelector('summary').focus();
      }
    }
  };
  menus.forEach(menu => {
    menu.addEventListener('toggle', () => {
      if (menu.open) {
        menus.filter(other => other !== menu).forEach(other => close(other, false));
      }
    });
    menu.addEventListener('focusout', event => {
      if (event.relatedTarget instanceof Node && !menu.contains(event.relatedTarget)) {
        close(menu, false);
      }
    });
  });
  document.addEventListener('keydown', event => {
    if (event.key === 'Escape') {
      const open = menus.find(menu => menu.open);
      if (open) {
        close(open, open.contains(document.activeElement));
      }
    }
  });
  document.addEventListener('click', event => {
    menus.filter(menu => !menu.contains(event.target)).forEach(menu => close(menu, false));
  });
})();
