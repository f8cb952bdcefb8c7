/* Sizes the services map's iframes to their content. Dependency-free; paste once per page.
 * It resizes every <iframe data-services-map-embed> and listens only to messages that come
 * from that iframe's own window and origin. Where this script is stripped, the iframe keeps
 * the fixed aspect ratio written in its code and still shows the map. */
(function () {
  'use strict';
  if (window.__servicesMapEmbed) return;
  window.__servicesMapEmbed = true;
  function frames() {
    return Array.prototype.slice.call(document.querySelectorAll('iframe[data-services-map-embed]'));
  }
  function originOf(frame) {
    try { return new URL(frame.src, location.href).origin; } catch (e) { return null; }
  }
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || !data['datawrapper-height']) return;
    frames().forEach(function (frame) {
      if (frame.contentWindow !== event.source || originOf(frame) !== event.origin) return;
      var heights = data['datawrapper-height'];
      for (var id in heights) {
        var h = heights[id];
        // A whole number of pixels a map can be shown in; anything else is ignored.
        if (typeof h === 'number' && h % 1 === 0 && h >= 100 && h <= 20000) {
          frame.style.aspectRatio = 'auto';
          frame.style.minHeight = '0';
          frame.style.height = h + 'px';
        }
      }
    });
  });
})();
