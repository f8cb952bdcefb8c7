// Runs first, in the page's head: starts the downloads of the default dataset and of the
// region's basemap with the page, so they arrive while the wasm downloads and compiles. The
// app's own requests (same address, mode and credentials) then take these answers.
// Not in a frame: an embed loads nothing until it comes near the reader (src/app/embed.rs).
// Not with ?data=: the app first checks which dataset that names (src/app/shell.rs).
(function () {
  if (window.top !== window) return;
  var files = [['basemap/caucasus.geojson', 'low']];
  if (!new URLSearchParams(location.search).has('data')) files.unshift(['data/dataset.json', 'high']);
  files.forEach(function (f) {
    var link = document.createElement('link');
    link.rel = 'preload';
    link.as = 'fetch';
    link.crossOrigin = 'anonymous';
    link.href = f[0];
    link.setAttribute('fetchpriority', f[1]);
    document.head.appendChild(link);
  });
})();
