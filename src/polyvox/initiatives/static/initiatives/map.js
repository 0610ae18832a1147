/* Maps of the inventory (progressive enhancement: the list is the text alternative).
   [data-inventory-map]: the filtered initiatives, clustered, with the 19 municipalities' boundaries.
   [data-point-map]: one initiative's place. [data-pick-map]: click to fill the latitude/longitude fields. */
(function () {
  "use strict";
  if (typeof L === "undefined") { return; }
  var CENTER = [50.8466, 4.3528];
  var LANGS = ["fr", "nl", "en"];
  var lang = (document.documentElement.lang || "fr").slice(0, 2);
  var order = [lang].concat(LANGS.filter(function (code) { return code !== lang; }));

  function text(value) {
    if (!value || typeof value !== "object") { return value || ""; }
    for (var i = 0; i < order.length; i++) { if (value[order[i]]) { return value[order[i]]; } }
    return "";
  }

  var MAP = { center: CENTER, zoom: 11, minZoom: 9, maxZoom: 18 };

  function baseMap(element, zoom) {
    return PolyvoxMaps.base(element, { center: MAP.center, zoom: zoom || MAP.zoom, minZoom: MAP.minZoom, maxZoom: MAP.maxZoom });
  }

  function inventoryMap(element) {
    var map = baseMap(element, 11);
    var status = document.getElementById("map-status");
    var cluster = L.markerClusterGroup ? L.markerClusterGroup() : L.layerGroup();
    map.addLayer(cluster);
    fetch(element.getAttribute("data-points")).then(function (r) { return r.json(); }).then(function (data) {
      var unplaced = [];
      var markers = [];
      data.features.forEach(function (feature) {
        var p = feature.properties;
        var title = text(p.title);
        if (!feature.geometry) { unplaced.push(p); return; }
        var c = feature.geometry.coordinates;
        var marker = L.marker([c[1], c[0]], { title: title, alt: title, keyboard: true });
        var popup = document.createElement("div");
        popup.className = "map-popup";
        var year = document.createElement("p");
        year.textContent = p.year + (p.municipality_name && text(p.municipality_name) ? " · " + text(p.municipality_name) : "");
        var link = document.createElement("a");
        link.href = text(p.url);
        link.textContent = title;
        link.setAttribute("aria-label", element.getAttribute("data-open-label") + ": " + title);
        popup.appendChild(year);
        popup.appendChild(link);
        marker.bindPopup(popup);
        marker.feature = feature;
        markers.push(marker);
      });
      if (cluster.addLayers) { cluster.addLayers(markers); } else { markers.forEach(function (m) { cluster.addLayer(m); }); }
      element.setAttribute("data-markers", String(markers.length));
      if (markers.length) {
        var bounds = L.latLngBounds(markers.map(function (m) { return m.getLatLng(); }));
        map.fitBounds(bounds.pad(0.1), { maxZoom: 14 });
      }
      var box = document.getElementById("map-unplaced");
      // The page lists them itself (data-server-listed): the script adds nothing then.
      if (box && unplaced.length && !box.hasAttribute("data-server-listed")) {
        var list = box.querySelector("ul");
        unplaced.forEach(function (p) {
          var li = document.createElement("li");
          var a = document.createElement("a");
          a.href = text(p.url);
          a.textContent = text(p.title);
          li.appendChild(a);
          list.appendChild(li);
        });
        box.hidden = false;
      }
      if (status) { status.textContent = (status.getAttribute("data-done") || "").replace("__N__", String(markers.length)); }
      element.dispatchEvent(new CustomEvent("inventory:loaded", { detail: { markers: markers.length } }));
    }).catch(function () {
      element.setAttribute("data-markers", "error");
    });
  }

  function pointMap(element) {
    PolyvoxMaps.point(element, { center: MAP.center, zoom: 14, minZoom: MAP.minZoom, maxZoom: MAP.maxZoom });
  }

  function pickMap(element) {
    PolyvoxMaps.pick(element, { center: MAP.center, zoom: 11, minZoom: MAP.minZoom, maxZoom: MAP.maxZoom });
  }

  document.querySelectorAll("[data-inventory-map]").forEach(inventoryMap);
  document.querySelectorAll("[data-point-map]").forEach(pointMap);
  document.querySelectorAll("[data-pick-map]").forEach(pickMap);
})();
