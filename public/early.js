(function () {
  var q = new URLSearchParams(location.search);
  [q.get('lang')].concat(navigator.languages).some(function (tag) {
    var l = String(tag).split(/[-_]/)[0].toLowerCase();
    return /^(az|ru|en)$/.test(l) && (document.documentElement.lang = l);
  });
  var root = document.documentElement;
  if (/^(light|dark)$/.test(q.get('theme'))) root.classList.add(q.get('theme'));
  ['transparent', 'plain', 'fit'].forEach(function (o) {
    if (q.get(o) === '1') root.classList.add(o);
  });
  if (window.top !== window) return;
  var files = [['basemap/caucasus.geojson', 'low']];
  if (!q.has('data')) files.unshift(['data/dataset.json', 'high']);
  files.forEach(function (f) {
    var link = document.createElement('link');
    link.rel = 'preload';
    link.as = 'fetch';
    link.crossOrigin = 'anonymous';
    link.href = f[0];
    link.fetchPriority = f[1];
    document.head.appendChild(link);
  });
})();
