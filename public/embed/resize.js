/*
 * Root Causes embeds: tells the page that frames a chart how tall the chart's page is,
 * so the host can size the iframe to fit. Loaded by every /embed/ page.
 *
 * Protocol (one message, sent on load and whenever the height changes):
 *   window.parent.postMessage({ type: "root-causes:embed-height", height: <CSS pixels>, href: <this page's URL> }, "*")
 * The height is not secret, so any parent may read it; /embed/host.js, on the host page,
 * applies it only to the iframe that sent it and only when it comes from that iframe's origin.
 */
(function () {
  if (window.parent === window) return;
  var last = 0;
  function height() {
    var body = document.body;
    var margin = parseFloat(getComputedStyle(body).marginBottom) || 0;
    return Math.ceil(body.getBoundingClientRect().bottom + margin + window.scrollY);
  }
  function send() {
    var h = height();
    if (h === last) return;
    last = h;
    window.parent.postMessage({ type: 'root-causes:embed-height', height: h, href: location.href }, '*');
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', send);
  else send();
  window.addEventListener('load', send);
  if ('ResizeObserver' in window) new ResizeObserver(send).observe(document.body || document.documentElement);
  else window.addEventListener('resize', send);
})();
