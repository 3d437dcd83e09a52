// A copy button on every code block, in the room the code frame's header keeps for it (no layout shift).
// Works from file:// too: the Clipboard API needs a secure context, so fall back to a selected textarea.
(function () {
  'use strict';
  var headers = document.querySelectorAll('.code-frame > .code-header');
  if (headers.length === 0) return;

  var status = document.createElement('p');
  status.className = 'visually-hidden';
  status.setAttribute('aria-live', 'polite');
  document.body.appendChild(status);

  function copyWithTextarea(text) {
    var area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.top = '0';
    area.style.left = '-9999px';
    document.body.appendChild(area);
    area.select();
    var copied = false;
    try { copied = document.execCommand('copy'); } catch (e) { copied = false; }
    document.body.removeChild(area);
    return copied;
  }

  function copy(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text).then(function () { return true; }, function () { return copyWithTextarea(text); });
    }
    return Promise.resolve(copyWithTextarea(text));
  }

  function announce(button, message) {
    button.textContent = message;
    status.textContent = '';
    // A new text node each time, so a second "Copied" is announced too.
    window.setTimeout(function () { status.textContent = message; }, 50);
    window.setTimeout(function () { button.textContent = 'Copy'; }, 2000);
  }

  Array.prototype.forEach.call(headers, function (header) {
    var code = header.parentNode.querySelector('pre code');
    if (!code) return;
    var language = header.querySelector('.code-language');
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'code-copy';
    button.textContent = 'Copy';
    button.setAttribute('aria-label', 'Copy ' + (language ? language.textContent + ' ' : '') + 'code');
    button.addEventListener('click', function () {
      copy(code.textContent.replace(/\n$/, '')).then(function (copied) {
        announce(button, copied ? 'Copied' : 'Press Ctrl+C to copy');
        if (!copied) {
          var range = document.createRange();
          range.selectNodeContents(code);
          var selection = window.getSelection();
          selection.removeAllRanges();
          selection.addRange(range);
        }
      });
    });
    header.appendChild(button);
  });
})();
