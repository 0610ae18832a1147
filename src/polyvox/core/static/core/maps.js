/* Leaflet helpers shared by every map of the portal (progressive enhancement: each map has a text
   alternative on its page). Tiles come from the element's data-tiles (none when empty: no outside
   resource), municipality boundaries from data-boundaries.
     PolyvoxMaps.base(element, {center, zoom, minZoom, maxZoom})  a map with tiles and boundaries
     PolyvoxMaps.point(element, options)   [data-point-map]: one place (data-lat, data-lon, data-label)
     PolyvoxMaps.pick(element, options)    [data-pick-map]: a click fills the inputs named by
                                           data-lat-input / data-lon-input (options.focusZoom: zoom on
                                           an existing value) */
window.PolyvoxMaps = (function () {
  "use strict";

  function base(element, options) {
    var map = L.map(element, { scrollWheelZoom: false, maxZoom: options.maxZoom, minZoom: options.minZoom })
      .setView(options.center, options.zoom);
    var tiles = element.getAttribute("data-tiles");
    if (tiles) {
      L.tileLayer(tiles, { maxZoom: options.maxZoom, attribution: element.getAttribute("data-attribution") || "" }).addTo(map);
    }
    var boundaries = element.getAttribute("data-boundaries");
    if (boundaries) {
      fetch(boundaries).then(function (r) { return r.json(); }).then(function (data) {
        L.geoJSON(data, { interactive: false, style: { color: "#0b4f8a", weight: 1.5, fillOpacity: 0.04 } }).addTo(map);
      }).catch(function () {});
    }
    return map;
  }

  function point(element, options) {
    var lat = parseFloat(element.getAttribute("data-lat"));
    var lon = parseFloat(element.getAttribute("data-lon"));
    if (isNaN(lat) || isNaN(lon)) { return; }
    var map = base(element, options);
    map.setView([lat, lon], options.zoom);
    var label = element.getAttribute("data-label") || "";
    L.marker([lat, lon], { title: label, alt: label }).addTo(map);
  }

  function pick(element, options) {
    var latInput = document.getElementById(element.getAttribute("data-lat-input"));
    var lonInput = document.getElementById(element.getAttribute("data-lon-input"));
    if (!latInput || !lonInput) { return; }
    element.hidden = false;
    var map = base(element, options);
    var marker = null;
    function place(lat, lon) {
      if (marker) { marker.setLatLng([lat, lon]); } else { marker = L.marker([lat, lon]).addTo(map); }
    }
    if (latInput.value && lonInput.value) {
      var lat = parseFloat(latInput.value), lon = parseFloat(lonInput.value);
      place(lat, lon);
      if (options.focusZoom) { map.setView([lat, lon], options.focusZoom); }
    }
    map.on("click", function (event) {
      latInput.value = event.latlng.lat.toFixed(6);
      lonInput.value = event.latlng.lng.toFixed(6);
      place(event.latlng.lat, event.latlng.lng);
    });
  }

  return { base: base, point: point, pick: pick };
})();
