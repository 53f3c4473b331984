// Autosave for the rating page: each chosen level (and each comment, shortly after typing stops) is
// posted on its own, one at a time, carrying the sheet's revision; the reply's revision goes into the
// form, so Save-and-next (which works without this script) always posts the latest revision.
(function () {
  'use strict';
  var form = document.getElementById('rating-form');
  if (!form || !window.fetch) {
    return;
  }
  var revision = document.getElementById('revision');
  var status = document.getElementById('autosave-status');
  var progress = document.getElementById('sheet-progress');
  var progressCount = document.getElementById('progress-count');
  var token = form.querySelector('input[name="__RequestVerificationToken"]');
  var roundId = form.querySelector('input[name="Input.RoundId"]');
  var answeredElsewhere = parseInt(form.dataset.answeredElsewhere || '0', 10);
  var queue = [];
  var busy = false;
  var stopped = false;
  var timers = {};
  var url = form.getAttribute('action') || window.location.pathname;
  var answerUrl = url.split('?')[0] + '?handler=answer';

  form.dataset.autosave = 'on';

  function say(text, kind) {
    status.textContent = text;
    status.className = 'autosave-status' + (kind ? ' ' + kind : '');
  }

  function chosen(item) {
    var checked = form.querySelector('fieldset[data-item="' + item + '"] input[type=radio]:checked');
    return checked ? checked.value : null;
  }

  function updateProgress() {
    var answered = answeredElsewhere + form.querySelectorAll('fieldset.rating-item input[type=radio]:checked').length;
    progress.value = answered;
    progressCount.textContent = form.dataset.progressTemplate.replace('{0}', String(answered));
  }

  function enqueue(item) {
    if (stopped || chosen(item) === null) {
      return;
    }
    // A newer change of the same item replaces one still waiting.
    queue = queue.filter(function (waiting) { return waiting !== item; });
    queue.push(item);
    pump();
  }

  function pump() {
    if (busy) {
      return;
    }
    if (stopped || queue.length === 0) {
      queue = [];
      if (form.dataset.pending === 'yes') {
        form.dataset.pending = 'no';
        form.dispatchEvent(new Event('autosave-idle'));
      }
      return;
    }
    busy = true;
    form.dataset.pending = 'yes';
    var item = queue.shift();
    var comment = document.getElementById('comment-' + item);
    var body = new URLSearchParams();
    body.append('__RequestVerificationToken', token.value);
    body.append('autosave.Revision', revision.value);
    body.append('autosave.RoundId', roundId.value);
    body.append('autosave.ItemId', item);
    body.append('autosave.Value', chosen(item));
    body.append('autosave.Comment', comment ? comment.value : '');
    say(form.dataset.saving, 'saving');
    fetch(answerUrl, {
      method: 'POST',
      body: body,
      credentials: 'same-origin',
      headers: { 'Accept': 'application/json' }
    }).then(function (response) {
      return response.json().then(function (reply) { return { ok: response.ok, reply: reply }; });
    }).then(function (result) {
      if (result.ok) {
        revision.value = result.reply.revision;
        form.dataset.savedRevision = String(result.reply.revision);
        say(form.dataset.saved, 'saved');
      } else {
        // Stale, closed or not available: stop, and let the person reload or go back.
        stopped = true;
        queue = [];
        say(result.reply.message || form.dataset.failed, 'refused');
      }
    }).catch(function () {
      // Offline or a server error: the answers stay on the page, and Save-and-next posts them all.
      say(form.dataset.failed, 'refused');
    }).then(function () {
      busy = false;
      pump();
    });
  }

  form.addEventListener('change', function (event) {
    var target = event.target;
    if (target.type === 'radio') {
      var fieldset = target.closest('fieldset.rating-item');
      fieldset.classList.remove('invalid');
      updateProgress();
      enqueue(fieldset.dataset.item);
    }
  });

  form.addEventListener('input', function (event) {
    var target = event.target;
    if (target.tagName === 'TEXTAREA') {
      var item = target.closest('fieldset.rating-item').dataset.item;
      clearTimeout(timers[item]);
      timers[item] = setTimeout(function () { enqueue(item); }, 800);
    }
  });

  form.addEventListener('focusout', function (event) {
    var target = event.target;
    if (target.tagName === 'TEXTAREA') {
      var item = target.closest('fieldset.rating-item').dataset.item;
      clearTimeout(timers[item]);
      enqueue(item);
    }
  });

  // Save-and-next waits for autosaves still on their way, so it posts the revision they produced.
  form.addEventListener('submit', function (event) {
    if (busy || queue.length > 0) {
      event.preventDefault();
      var submitter = event.submitter;
      form.addEventListener('autosave-idle', function () {
        if (form.requestSubmit) {
          form.requestSubmit(submitter);
        } else {
          form.submit();
        }
      }, { once: true });
    }
  });
}());
