// Keeps the editor's rater preview in step with the form while typing. Without this script the
// preview is refreshed by the Preview button; Markdown in help texts is rendered only by that button.
(function () {
  'use strict';
  var form = document.getElementById('item-form');
  if (!form) { return; }
  form.addEventListener('input', function (event) {
    var source = event.target.getAttribute && event.target.getAttribute('data-preview-source');
    if (!source) { return; }
    document.querySelectorAll('[data-preview="' + source + '"]').forEach(function (target) {
      target.textContent = event.target.value;
      if (target.hasAttribute('data-preview-markdown')) { target.classList.add('preview-plain'); }
    });
  });
}());
