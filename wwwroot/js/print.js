// The printable plan's "Print" button; the page has no inline script (the CSP forbids it).
document.querySelectorAll(".print-button").forEach((button) => {
  button.addEventListener("click", () => window.print());
});
