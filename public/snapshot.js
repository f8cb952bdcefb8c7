/* "Download image": a PNG of what the reader sees, drawn in the browser with no request to
 * anyone. It is not part of the first load. It draws, from the page as it is: the title and
 * summary; the map (basemap, markers with their rings, place names) from the very SVG the map
 * shows, each part with its computed colours written into it; the legend; and the credit with
 * sources and licence. The app adds this script for each request, with data-scale and
 * data-name; servicesMapSnapshot(scale, name) does the same for scripts. */
(function () {
  'use strict';
  // The app adds this script with data-scale and data-name for each request.
  var request = document.currentScript;
  var STYLE = ['fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-opacity', 'stroke-dasharray',
    'stroke-linecap', 'stroke-linejoin', 'opacity', 'font-family', 'font-size', 'font-weight',
    'text-anchor', 'dominant-baseline', 'paint-order', 'color', 'display', 'visibility'];

  /* A copy of an <svg> whose every element carries its computed style, as an image. */
  function svgImage(svg) {
    var copy = svg.cloneNode(true);
    var from = [svg].concat([].slice.call(svg.querySelectorAll('*')));
    var to = [copy].concat([].slice.call(copy.querySelectorAll('*')));
    // As presentation attributes (a style attribute would break the page's CSP); in the
    // picture no stylesheet applies, so they hold.
    from.forEach(function (element, i) {
      var style = getComputedStyle(element);
      STYLE.forEach(function (p) { to[i].setAttribute(p, style.getPropertyValue(p)); });
    });
    var box = svg.getBoundingClientRect();
    copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
    // A symbol in a closed legend has no box: its own size then.
    copy.setAttribute('width', box.width || svg.getAttribute('width') || 16);
    copy.setAttribute('height', box.height || svg.getAttribute('height') || 16);
    var image = new Image();
    image.src = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(new XMLSerializer().serializeToString(copy));
    return image.decode().then(function () { return { image: image, box: box }; });
  }

  function visible(element) {
    var box = element.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && getComputedStyle(element).visibility !== 'hidden';
  }

  /* Lines of `text` no wider than `width` in the context's font. */
  function lines(g, text, width) {
    var out = [];
    var line = '';
    text.split(/\s+/).forEach(function (word) {
      var next = line ? line + ' ' + word : word;
      if (line && g.measureText(next).width > width) {
        out.push(line);
        line = word;
      } else {
        line = next;
      }
    });
    if (line) out.push(line);
    return out;
  }

  function text(selector) {
    var element = document.querySelector(selector);
    return element ? element.textContent.replace(/\s+/g, ' ').trim() : '';
  }

  window.servicesMapSnapshot = function (scale, name) {
    var map = document.querySelector('[data-testid=map]');
    var area = map.getBoundingClientRect();
    var page = getComputedStyle(document.body);
    var background = page.backgroundColor === 'rgba(0, 0, 0, 0)' ? '#ffffff' : page.backgroundColor;
    var font = page.fontFamily;
    var pad = 16;
    var width = Math.round(area.width) + 2 * pad;
    var inner = width - 2 * pad;
    // The map's parts, back to front: the basemap's layers, then markers and clusters.
    var parts = ['basemap-world', 'basemap-region', 'overlay', 'marker'].reduce(function (all, pane) {
      return all.concat([].slice.call(map.querySelectorAll('.leaflet-' + pane + '-pane svg')));
    }, []).filter(visible);
    // The basemap's names (countries, cities, rivers) and the places'.
    var labels = [].slice.call(map.querySelectorAll('.map-label span, .place-label span')).filter(visible);
    var legend = [].slice.call(document.querySelectorAll('.legend li')).map(function (li) {
      return { svg: li.querySelector('svg'), label: li.querySelector('.legend-label').textContent.trim() };
    });
    var source = document.querySelector('.source-line');
    var credit = source.cloneNode(true);
    [].slice.call(credit.querySelectorAll('.full-map')).forEach(function (a) { a.remove(); });
    var creditText = credit.textContent.replace(/\s+/g, ' ').replace(/\s*·\s*$/, '').trim();

    return Promise.all(parts.map(svgImage).concat(legend.map(function (l) { return svgImage(l.svg); })))
      .then(function (images) {
        var measure = document.createElement('canvas').getContext('2d');
        measure.font = 'bold 20px ' + font;
        var title = lines(measure, text('.masthead h1'), inner);
        measure.font = '14px ' + font;
        var summary = lines(measure, text('[data-testid=summary]'), inner);
        measure.font = '12px ' + font;
        var creditLines = lines(measure, creditText, inner);
        var columns = Math.max(1, Math.floor(inner / 190));
        var legendRows = Math.ceil(legend.length / columns);
        var mapTop = pad + title.length * 26 + summary.length * 20 + 8;
        var legendTop = mapTop + area.height + 12;
        var creditTop = legendTop + legendRows * 22 + 8;
        var height = Math.round(creditTop + creditLines.length * 16 + pad);

        var canvas = document.createElement('canvas');
        canvas.width = width * scale;
        canvas.height = height * scale;
        var g = canvas.getContext('2d');
        g.scale(scale, scale);
        g.fillStyle = background;
        g.fillRect(0, 0, width, height);
        g.textBaseline = 'top';
        g.fillStyle = page.color;
        g.font = 'bold 20px ' + font;
        title.forEach(function (line, i) { g.fillText(line, pad, pad + i * 26); });
        g.font = '14px ' + font;
        summary.forEach(function (line, i) { g.fillText(line, pad, pad + title.length * 26 + i * 20); });

        // The map, clipped to its frame.
        g.save();
        g.beginPath();
        g.rect(pad, mapTop, area.width, area.height);
        g.clip();
        g.fillStyle = getComputedStyle(map).backgroundColor;
        g.fillRect(pad, mapTop, area.width, area.height);
        var at = function (box) { return [pad + box.left - area.left, mapTop + box.top - area.top]; };
        images.slice(0, parts.length).forEach(function (part) {
          var xy = at(part.box);
          g.drawImage(part.image, xy[0], xy[1], part.box.width, part.box.height);
        });
        labels.forEach(function (span) {
          var style = getComputedStyle(span);
          var xy = at(span.getBoundingClientRect());
          var name = style.textTransform === 'uppercase' ? span.textContent.toUpperCase() : span.textContent;
          // A city's dot (its ::before) comes first on the line.
          var dot = getComputedStyle(span, '::before').width;
          g.font = style.fontStyle + ' ' + style.fontWeight + ' ' + style.fontSize + ' ' + font;
          g.letterSpacing = (parseFloat(style.letterSpacing) || 0) + 'px';
          g.globalAlpha = style.opacity;
          g.fillStyle = style.color;
          if (dot !== 'auto') {
            g.beginPath();
            g.arc(xy[0] + 3, xy[1] + 9, 3, 0, 7);
            g.fill();
            xy[0] += 10;
          }
          g.lineWidth = 3;
          // The halo: the colour of its text-shadow.
          g.strokeStyle = (style.textShadow.match(/rgba?\(.*?\)/) || [background])[0];
          g.strokeText(name, xy[0], xy[1]);
          g.fillText(name, xy[0], xy[1]);
        });
        g.globalAlpha = 1;
        g.letterSpacing = '0px';
        g.restore();

        // The legend, in as many columns as fit.
        g.font = '13px ' + font;
        g.fillStyle = page.color;
        images.slice(parts.length).forEach(function (symbol, i) {
          var x = pad + (i % columns) * (inner / columns);
          var y = legendTop + Math.floor(i / columns) * 22;
          g.drawImage(symbol.image, x, y, 16, 16);
          g.fillText(legend[i].label, x + 22, y + 1, inner / columns - 26);
        });

        g.font = '12px ' + font;
        g.fillStyle = getComputedStyle(source).color;
        creditLines.forEach(function (line, i) { g.fillText(line, pad, creditTop + i * 16); });

        return new Promise(function (done) { canvas.toBlob(done, 'image/png'); });
      })
      .then(function (blob) {
        var link = document.createElement('a');
        link.href = URL.createObjectURL(blob);
        link.download = name;
        document.body.appendChild(link);
        link.click();
        link.remove();
        setTimeout(function () { URL.revokeObjectURL(link.href); }, 1000);
        return blob;
      });
  };
  if (request && request.dataset.scale) {
    window.servicesMapSnapshot(Number(request.dataset.scale), request.dataset.name).then(function () {
      request.remove();
    });
  }
})();
