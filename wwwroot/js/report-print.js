// The report's "Print" button. Without JavaScript the browser's own Print command gives the same page.
(function () {
  "use strict";
  var button = document.getElementById("print-report");
  if (!button) {
    return;
  }
  button.hidden = false;
  button.addEventListener("click", function () {
    window.print();
  });
})();
