namespace SiteGen.Cli.Serve;

/// <summary>
/// The script `sitegen serve` adds to every page it serves: it listens for rebuilds and reloads the page, or
/// shows the build's diagnostics in an overlay (as text, never as HTML) until the next good build.
/// </summary>
public static class LiveReloadScript
{
    public const string Text = """
        // sitegen serve: live reload and the error overlay. Not part of the built site.
        (function () {
          'use strict';
          var overlay = null;
          function showErrors(lines) {
            if (!overlay) {
              overlay = document.createElement('div');
              overlay.id = 'sitegen-errors';
              overlay.setAttribute('role', 'alert');
              overlay.style.cssText = 'position:fixed;inset:auto 0 0 0;max-height:50vh;overflow:auto;z-index:10000;' +
                'margin:0;padding:1rem 1.25rem;background:#2d0a0e;color:#ffdcdc;font:14px/1.5 ui-monospace,monospace;' +
                'border-top:4px solid #f85149;white-space:pre-wrap';
              document.body.appendChild(overlay);
            }
            overlay.textContent = 'sitegen: the last save has errors; showing the last good build.\n\n' + lines.join('\n');
          }
          var events = new EventSource('/__sitegen/events');
          events.addEventListener('reload', function () { window.location.reload(); });
          events.addEventListener('errors', function (event) {
            try { showErrors(JSON.parse(event.data)); } catch (e) { showErrors([String(event.data)]); }
          });
        })();
        """;
}
