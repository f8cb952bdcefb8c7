(function () {
  var q = new URLSearchParams(location.search);
  [q.get('lang')].concat(navigator.languages).some(function (tag) {
    var l = String(tag).split(/[-_]/)[0].toLowerCase();
    return /^(az|ru|en)$/.test(l) && (document.documentElement.lang = l);
  });
  var root = document.documentElement;
  // An opaque origin (a frame sandboxed without allow-same-origin): the app cannot start, so
  // index.html's fallback shows its picture. Nowhere else is it fetched.
  if (self.origin === 'null') document.addEventListener('DOMContentLoaded', function () {
    var picture = document.querySelector('.boot-fallback img');
    picture.src = picture.dataset.src;
  });
  if (/^(light|dark)$/.test(q.get('theme'))) root.classList.add(q.get('theme'));
  ['transparent', 'plain', 'fit', 'static'].forEach(function (o) {
    if (q.get(o) === '1') root.classList.add(o);
  });
  function link(rel, href) {
    var l = document.createElement('link');
    l.rel = rel;
    l.href = href;
    return l;
  }
  if (root.classList.contains('static')) document.head.appendChild(link('stylesheet', 'static.css'));
  if (window.top !== window) return;
  var files = [['basemap/caucasus.geojson', 'low']];
  if (!q.has('data')) files.unshift(['data/dataset.json', 'high']);
  files.forEach(function (f) {
    var l = link('preload', f[0]);
    l.as = 'fetch';
    l.crossOrigin = 'anonymous';
    l.fetchPriority = f[1];
    document.head.appendChild(l);
  });
})();
