// Shared by the peer pages: what a skilled engineer writes by hand around Leaflet. Loads the
// same dataset file as the dashboard (?data=), offers the same category checkboxes
// (data-facet/data-key, so one benchmark driver works on every page), and hands the points
// that pass to the page's own draw(). The map element carries data-marker-count, the number
// of records drawn, like the dashboard's.
window.peer = async function peer({ draw }) {
  const url = new URLSearchParams(location.search).get('data');
  const map = L.map('map', { maxZoom: 18 }).setView([0, 0], 2);
  const element = document.getElementById('map');
  const dataset = await (await fetch(url)).json();
  const points = dataset.records
    .filter((r) => typeof r.location.lat === 'number')
    .map((r) => ({ lat: r.location.lat, lon: r.location.lon, category: r.category, id: r.id, name: r.name }));
  const chosen = new Set();
  const panel = document.getElementById('filters');
  for (const c of dataset.categories) {
    const label = document.createElement('label');
    const input = document.createElement('input');
    input.type = 'checkbox';
    input.dataset.facet = 'category';
    input.dataset.key = c.id;
    input.addEventListener('change', () => {
      if (input.checked) chosen.add(c.id);
      else chosen.delete(c.id);
      update();
    });
    label.append(input, ` ${c.label}`);
    panel.append(label);
  }
  const setCount = (n) => element.setAttribute('data-marker-count', String(n));
  const api = draw(map, setCount);
  const update = () => api.show(chosen.size === 0 ? points : points.filter((p) => chosen.has(p.category)));
  let lat0 = 90, lat1 = -90, lon0 = 180, lon1 = -180;
  for (const p of points) {
    lat0 = Math.min(lat0, p.lat); lat1 = Math.max(lat1, p.lat);
    lon0 = Math.min(lon0, p.lon); lon1 = Math.max(lon1, p.lon);
  }
  map.fitBounds([[lat0, lon0], [lat1, lon1]], { animate: false });
  update();
};
