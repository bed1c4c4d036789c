/*
 * Root Causes embeds, for the host page: resizes every <iframe data-rc-embed> to the height its
 * chart reports (see /embed/resize.js for the message). Without this script the iframe keeps the
 * fixed height written in the snippet. Safe to include more than once.
 */
(function () {
  if (window.rootCausesEmbeds) return;
  window.rootCausesEmbeds = true;
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || data.type !== 'root-causes:embed-height' || typeof data.height !== 'number') return;
    var frames = document.querySelectorAll('iframe[data-rc-embed]');
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source) continue;
      if (new URL(frame.src, location.href).origin !== event.origin) return;
      frame.setAttribute('height', String(Math.max(150, Math.min(Math.round(data.height), 20000))));
      frame.style.height = '';
      return;
    }
  });
})();
