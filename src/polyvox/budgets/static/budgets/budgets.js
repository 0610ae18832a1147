/* Participatory budgets, progressive enhancement (every page works without it):
   [data-ballot]: the running total of the ballot (cost of the ticked projects against the pot, or
   points given); the server enforces the limit whatever this shows.
   [data-budget-map]: projects on a Leaflet map (points from a json_script element).
   [data-point-map]: one project's place. [data-pick-map]: click to fill the latitude/longitude fields.
   [data-count-stream]: the count's progress pushed by Server-Sent Events; the page moves to the results
   when the count is done. No polling. */
(function () {
  "use strict";
  var BIZET = [50.8247, 4.2955];
  var lang = (document.documentElement.lang || "fr").slice(0, 2);
  var numberFormat = new Intl.NumberFormat(lang === "en" ? "en-GB" : lang + "-BE", { maximumFractionDigits: 2 });

  function fill(template, values) {
    return template.replace(/%\((\w+)\)s/g, function (_m, key) { return values[key]; });
  }

  function ballot(form) {
    var method = form.getAttribute("data-ballot");
    var out = document.getElementById("running-total");
    if (!out || method === "ranking") { return; }
    var pot = parseFloat(method === "approval" ? form.getAttribute("data-pot") : form.getAttribute("data-points"));
    function update() {
      var total = 0;
      if (method === "approval") {
        form.querySelectorAll("input[name=project]:checked").forEach(function (box) { total += parseFloat(box.getAttribute("data-cost")); });
      } else {
        form.querySelectorAll("input.points-input").forEach(function (input) { total += parseInt(input.value, 10) || 0; });
      }
      var text = fill(out.getAttribute("data-template"), { total: numberFormat.format(total), pot: numberFormat.format(pot) });
      var over = total - pot;
      if (over > 0.0001) { text += " " + fill(out.getAttribute("data-over"), { over: numberFormat.format(over) }); }
      out.textContent = text;
      out.classList.toggle("over-budget", over > 0.0001);
      out.setAttribute("data-total", String(total));
    }
    form.addEventListener("change", update);
    form.addEventListener("input", update);
    update();
  }

  var MAP = { center: BIZET, zoom: 15, minZoom: 10, maxZoom: 19 };

  function baseMap(element, zoom) {
    return PolyvoxMaps.base(element, { center: MAP.center, zoom: zoom || MAP.zoom, minZoom: MAP.minZoom, maxZoom: MAP.maxZoom });
  }

  function projectsMap(element) {
    var source = document.getElementById(element.getAttribute("data-budget-map"));
    if (!source) { return; }
    var points = JSON.parse(source.textContent);
    var map = baseMap(element, 15);
    var markers = points.map(function (p) {
      var marker = L.marker([p.lat, p.lon], { title: p.title, alt: p.title, keyboard: true });
      var link = document.createElement("a");
      link.href = p.url;
      link.textContent = p.title;
      marker.bindPopup(link);
      return marker.addTo(map);
    });
    element.setAttribute("data-markers", String(markers.length));
    if (markers.length) { map.fitBounds(L.latLngBounds(markers.map(function (m) { return m.getLatLng(); })).pad(0.2), { maxZoom: 17 }); }
  }

  function pointMap(element) {
    PolyvoxMaps.point(element, { center: MAP.center, zoom: 16, minZoom: MAP.minZoom, maxZoom: MAP.maxZoom });
  }

  function pickMap(element) {
    PolyvoxMaps.pick(element, { center: MAP.center, zoom: 15, focusZoom: 16, minZoom: MAP.minZoom, maxZoom: MAP.maxZoom });
  }

  function countStream(element) {
    if (typeof EventSource === "undefined") { return; }
    var bar = document.getElementById("count-progress");
    var percent = document.getElementById("count-percent");
    var status = document.getElementById("count-status");
    var source = new EventSource(element.getAttribute("data-count-stream"));
    source.addEventListener("progress", function (event) {
      var data = JSON.parse(event.data);
      bar.value = data.progress;
      bar.textContent = data.progress + " %";
      percent.textContent = data.progress + " %";
      status.textContent = data.status;
    });
    source.addEventListener("done", function (event) {
      var data = JSON.parse(event.data);
      source.close();
      bar.value = 100;
      status.textContent = data.status;
      window.location.assign(data.url);
    });
  }

  document.querySelectorAll("form[data-ballot]").forEach(ballot);
  document.querySelectorAll("[data-count-stream]").forEach(countStream);
  if (typeof L !== "undefined") {
    document.querySelectorAll("[data-budget-map]").forEach(projectsMap);
    document.querySelectorAll("[data-point-map]").forEach(pointMap);
    document.querySelectorAll("[data-pick-map]").forEach(pickMap);
  }
})();
