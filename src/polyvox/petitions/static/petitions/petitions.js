/* Petitions: the live count (Server-Sent Events, no polling), the map of requests and the map of signatures
   per municipality (progressive enhancement: the page's list and table say the same). */
(function () {
  "use strict";
  var CENTER = [50.8466, 4.3528];

  function liveCount(element) {
    if (typeof EventSource === "undefined") { return; }
    var bar = document.getElementById("count-bar");
    var value = document.getElementById("count-value");
    var source = new EventSource(element.getAttribute("data-count-stream"));
    source.addEventListener("count", function (event) {
      var data = JSON.parse(event.data);
      if (bar) { bar.value = data.signature_count; bar.max = data.threshold || 1; bar.textContent = data.percent + " %"; }
      if (value) { value.textContent = String(data.signature_count); }
      element.setAttribute("data-live-count", String(data.signature_count));
    });
  }

  function base(element) {
    return PolyvoxMaps.base(element, { center: CENTER, zoom: 11, minZoom: 9, maxZoom: 17 });
  }

  function requestsMap(element) {
    var map = base(element);
    fetch(element.getAttribute("data-petitions-map")).then(function (r) { return r.json(); }).then(function (data) {
      var count = 0;
      data.features.forEach(function (feature) {
        var p = feature.properties;
        var c = feature.geometry.coordinates;
        var marker = L.marker([c[1] + (count % 5) * 0.002, c[0] + (count % 7) * 0.002], { title: p.title, alt: p.title, keyboard: true });
        var popup = document.createElement("div");
        var line = document.createElement("p");
        line.textContent = p.channel + " · " + p.state + " · " + p.count + "/" + p.threshold;
        var link = document.createElement("a");
        link.href = p.url;
        link.textContent = p.title;
        popup.appendChild(line);
        popup.appendChild(link);
        marker.bindPopup(popup);
        marker.addTo(map);
        count += 1;
      });
      element.setAttribute("data-markers", String(count));
    }).catch(function () { element.setAttribute("data-markers", "error"); });
  }

  function talliesMap(element) {
    var map = base(element);
    fetch(element.getAttribute("data-tallies-map")).then(function (r) { return r.json(); }).then(function (data) {
      var most = 1;
      data.features.forEach(function (f) { most = Math.max(most, f.properties.count); });
      L.geoJSON(data, {
        style: function (f) {
          var share = f.properties.count / most;
          return { color: "#0b4f8a", weight: 1, fillColor: "#0b4f8a", fillOpacity: 0.08 + 0.7 * share };
        },
        onEachFeature: function (f, layer) { layer.bindTooltip(f.properties.name + ": " + f.properties.count); }
      }).addTo(map);
      element.setAttribute("data-drawn", "yes");
    }).catch(function () { element.setAttribute("data-drawn", "error"); });
  }

  document.querySelectorAll("[data-count-stream]").forEach(liveCount);
  if (typeof L !== "undefined" && window.PolyvoxMaps) {
    document.querySelectorAll("[data-petitions-map]").forEach(requestsMap);
    document.querySelectorAll("[data-tallies-map]").forEach(talliesMap);
  }
})();
