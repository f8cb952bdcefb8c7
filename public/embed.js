/*! Services map embed: docs/embedding.md in the map's source. */
/* Sizes the services map's iframes to their content, and passes their readers' actions to
 * the page. Dependency-free; paste once per page. It resizes every
 * <iframe data-services-map-embed> and listens only to messages that come from that iframe's
 * own window and origin. Where this script is stripped, the iframe keeps the fixed height
 * written in its code and still shows the map.
 * servicesMap.on(type, fn) calls fn(event, iframe) for each action of that type:
 * 'select' (event.record: an id, or null when cleared), 'filters' (event.query: the filters
 * as a link's query string), 'month' (event.month: YYYY-MM) and 'play' (event.playing). */
(function () {
  'use strict';
  if (window.servicesMap) return;
  var listeners = {};
  window.servicesMap = {
    on: function (type, fn) {
      (listeners[type] = listeners[type] || []).push(fn);
    }
  };
  function originOf(frame) {
    try { return new URL(frame.src, location.href).origin; } catch (e) { return null; }
  }
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object') return;
    var heights = data['datawrapper-height'];
    var frames = document.querySelectorAll('iframe[data-services-map-embed]');
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source || originOf(frame) !== event.origin) continue;
      if (data.source === 'services-map' && listeners.hasOwnProperty(data.type)) {
        listeners[data.type].forEach(function (fn) { fn(data, frame); });
      }
      for (var id in heights) {
        var h = heights[id];
        // A whole number of pixels a map can be shown in; anything else is ignored.
        if (typeof h === 'number' && h % 1 === 0 && h >= 100 && h <= 20000) {
          frame.style.aspectRatio = 'auto';
          frame.style.minHeight = '0';
          frame.style.height = h + 'px';
        }
      }
    }
  });
})();
