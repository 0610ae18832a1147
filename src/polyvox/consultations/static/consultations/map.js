// The opinion map follows the conversation: the server announces each new map on the page's event stream
// (Server-Sent Events); the page then fetches that map once and redraws the dots. No polling.
(function () {
  "use strict";
  var root = document.getElementById("cv-live");
  if (!root || !window.EventSource || !window.fetch) return;
  var version = parseInt(root.dataset.version || "0", 10);
  var svg = document.getElementById("cv-svg");
  var status = document.getElementById("cv-status");
  var notice = document.getElementById("cv-updated");
  var loading = false, again = false;
  var NS = "http://www.w3.org/2000/svg";

  function draw(data) {
    Array.prototype.slice.call(svg.querySelectorAll("circle")).forEach(function (c) { c.remove(); });
    data.points.forEach(function (p) {
      var c = document.createElementNS(NS, "circle");
      c.setAttribute("cx", p.x); c.setAttribute("cy", p.y); c.setAttribute("r", p.me ? 2.2 : 1.1);
      c.setAttribute("class", "cv-dot cv-g" + (p.group === null ? "x" : p.group) + (p.me ? " cv-me" : ""));
      svg.appendChild(c);
    });
    status.textContent = root.dataset.status.replace("{participants}", data.participants)
      .replace("{votes}", data.votes).replace("{k}", data.k);
    svg.setAttribute("data-version", data.version);
    if (notice) notice.hidden = false;
  }

  function load() {
    if (loading) { again = true; return; }
    loading = true;
    fetch(root.dataset.json, { headers: { Accept: "application/json" }, credentials: "same-origin" })
      .then(function (r) { return r.json(); })
      .then(function (data) { if (data.version > version) { version = data.version; draw(data); } })
      .catch(function () {})
      .then(function () { loading = false; if (again) { again = false; load(); } });
  }

  var source = new EventSource(root.dataset.stream);
  source.addEventListener("map", function (event) {
    var data = JSON.parse(event.data);
    if (data.version > version) load();
  });
})();
