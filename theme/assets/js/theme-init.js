// Runs in <head> before first paint: applies the reader's saved colour theme so the page never flashes.
(function () {
  var root = document.documentElement;
  root.classList.add('js');
  try {
    var saved = window.localStorage.getItem('sitegen-theme');
    if (saved === 'light' || saved === 'dark') root.setAttribute('data-theme', saved);
  } catch (e) {
    // Storage can be disabled (private mode, file:// in some browsers): fall back to the system preference.
  }
})();
