// "Verify in my browser": recompute, from the published file alone, the lottery's digest and the panel the
// seed picks, with no server call. The same algorithm as the engine (polyvox/engines/sortition/draw.py):
//   digest = SHA-256 (lowercase hex) of the UTF-8 bytes of JSON.stringify(lottery_panels) (compact JSON);
//   panel number = SHA-256 of the seed's UTF-8 bytes, read as a 256-bit big-endian integer, mod M.
// The page gives the announced digest and the published panel in data attributes; messages are translated
// by the server and read from data attributes too (no inline script).
(function () {
  "use strict";
  var box = document.getElementById("browser-verify");
  if (!box) { return; }
  var fileInput = document.getElementById("browser-verify-file");
  var seedInput = document.getElementById("browser-verify-seed");
  var output = document.getElementById("browser-verify-output");

  function message(name, values) {
    var text = box.getAttribute("data-msg-" + name) || name;
    Object.keys(values || {}).forEach(function (key) { text = text.split("{" + key + "}").join(String(values[key])); });
    return text;
  }

  function hex(buffer) {
    return Array.prototype.map.call(new Uint8Array(buffer), function (b) {
      return b.toString(16).padStart(2, "0");
    }).join("");
  }

  function sha256(text) {
    return window.crypto.subtle.digest("SHA-256", new TextEncoder().encode(text)).then(hex);
  }

  function panelProblem(panel, data) {
    var k = data.panel_size, people = data.people || {}, quotas = data.quotas || [], homes = data.households || {};
    if (!Array.isArray(panel) || panel.length !== k) { return true; }
    if (new Set(panel).size !== panel.length) { return true; }
    for (var i = 0; i < panel.length; i++) { if (!Object.prototype.hasOwnProperty.call(people, panel[i])) { return true; } }
    for (var q = 0; q < quotas.length; q++) {
      var count = panel.filter(function (id) { return people[id][quotas[q].feature] === quotas[q].value; }).length;
      if (count < quotas[q].min || count > quotas[q].max) { return true; }
    }
    var seats = panel.filter(function (id) { return Object.prototype.hasOwnProperty.call(homes, id); })
      .map(function (id) { return homes[id]; });
    return new Set(seats).size !== seats.length;
  }

  function show(ok, lines, panel) {
    output.textContent = "";
    output.className = "message " + (ok ? "message-success" : "message-error");
    var head = document.createElement("p");
    var strong = document.createElement("strong");
    strong.textContent = message(ok ? "ok" : "bad");
    head.appendChild(strong);
    output.appendChild(head);
    var list = document.createElement("ul");
    lines.forEach(function (line) {
      var item = document.createElement("li");
      item.textContent = (line[0] ? "✓ " : "✗ ") + line[1];
      list.appendChild(item);
    });
    output.appendChild(list);
    if (panel) {
      var members = document.createElement("p");
      members.className = "pseudonyms";
      members.setAttribute("data-verified-panel", "");
      panel.forEach(function (id, n) {
        var code = document.createElement("code");
        code.textContent = id;
        members.appendChild(code);
        if (n < panel.length - 1) { members.appendChild(document.createTextNode(" ")); }
      });
      output.appendChild(members);
    }
  }

  function verify(data) {
    var panels = data && data.lottery_panels;
    if (!Array.isArray(panels) || panels.length === 0) { throw new Error("no lottery"); }
    var size = panels.length;
    var seed = seedInput.value;
    return Promise.all([sha256(JSON.stringify(panels)), sha256(seed)]).then(function (digests) {
      var lines = [];
      var announced = box.getAttribute("data-announced-digest");
      var digestOk = digests[0] === announced;
      lines.push([digestOk, message(digestOk ? "digest-ok" : "digest-bad", {digest: digests[0]})]);
      var bad = -1;
      for (var n = 0; n < size && bad < 0; n++) { if (panelProblem(panels[n], data)) { bad = n; } }
      lines.push([bad < 0, bad < 0 ? message("quotas-ok", {m: size}) : message("quotas-bad", {n: bad})]);
      var index = Number(BigInt("0x" + digests[1]) % BigInt(size));
      var panel = panels[index].slice();
      var published = (box.getAttribute("data-published-panel") || "").split(" ").filter(Boolean).sort();
      var same = JSON.stringify(panel.slice().sort()) === JSON.stringify(published);
      lines.push([true, message("panel", {n: index, m: size})]);
      lines.push([same, message(same ? "same" : "different")]);
      show(digestOk && bad < 0 && same, lines, panel);
    });
  }

  document.getElementById("browser-verify-run").addEventListener("click", function () {
    if (!window.crypto || !window.crypto.subtle) { show(false, [[false, message("nocrypto")]]); return; }
    var file = fileInput.files && fileInput.files[0];
    if (!file) { show(false, [[false, message("nofile")]]); return; }
    file.text().then(function (text) { return verify(JSON.parse(text)); })
      .catch(function () { show(false, [[false, message("unreadable")]]); });
  });
}());
