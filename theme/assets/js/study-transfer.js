// Export and import of study progress as a JSON file, on the question bank. Export downloads through a Blob
// link (works from file://); import reads the chosen file and replaces progress only when the whole file is
// valid (study-scheduler.js parseProgress), otherwise it says why and changes nothing.
(function (study) {
  'use strict';
  var exportButton = document.getElementById('progress-export');
  var importInput = document.getElementById('progress-import');
  var message = document.getElementById('progress-message');
  if (!exportButton || !importInput || !study || !study.store) return;
  var store = study.store;
  // A progress file holds a few hundred bytes per question; anything this large is some other file.
  var MAX_BYTES = 5 * 1024 * 1024;

  function say(text, failed) {
    message.textContent = text;
    message.classList.toggle('study-message-error', !!failed);
  }

  exportButton.addEventListener('click', function () {
    var progress = store.load();
    var blob = new Blob([JSON.stringify(progress, null, 2) + '\n'], { type: 'application/json' });
    var link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = 'study-progress-' + new Date(store.now()).toISOString().slice(0, 10) + '.json';
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(function () { URL.revokeObjectURL(link.href); }, 0);
    say('Exported ' + Object.keys(progress.cards).length + ' cards to ' + link.download + '.');
  });

  importInput.addEventListener('change', function () {
    var file = importInput.files && importInput.files[0];
    if (!file) return;
    if (file.size > MAX_BYTES) {
      importInput.value = '';
      say('Nothing was imported: ' + file.name + ' is larger than any progress file this guide writes.', true);
      return;
    }
    var reader = new FileReader();
    reader.onload = function () {
      var parsed = study.parseProgress(String(reader.result));
      importInput.value = '';
      if (!parsed.ok) {
        say('Nothing was imported: ' + parsed.error, true);
        return;
      }
      if (!store.save(parsed.progress)) {
        say('Nothing was imported: this browser refused to store the progress (storage full or disabled).', true);
        return;
      }
      say('Imported ' + Object.keys(parsed.progress.cards).length + ' cards from ' + file.name + '.');
      document.dispatchEvent(new CustomEvent('sitegen-study-imported'));
    };
    reader.onerror = function () { say('Nothing was imported: the file could not be read.', true); };
    reader.readAsText(file);
  });
})(window.SiteGenStudy);
