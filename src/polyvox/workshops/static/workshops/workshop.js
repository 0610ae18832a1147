/* Live workshop screens: Server-Sent Events in, forms out. Without this script every form still works. */
(function () {
  "use strict";
  var root = document.querySelector("[data-live]");
  if (!root) { return; }
  var mode = root.dataset.mode;
  var panel = document.getElementById("live-panel");
  var clockOffset = Number(root.dataset.serverNow || Date.now()) - Date.now();
  var refreshTimer = null;
  var refreshing = false;
  var refreshAgain = false;

  function csrfToken() {
    var match = document.cookie.match(/(?:^|; )csrftoken=([^;]+)/);
    if (match) { return decodeURIComponent(match[1]); }
    var input = document.querySelector("input[name=csrfmiddlewaretoken]");
    return input ? input.value : "";
  }

  function say(message) {
    var status = root.querySelector("[data-connection]");
    if (status) { status.textContent = message || ""; }
  }

  // --- the stream -------------------------------------------------------------------------------
  var lastEvent = root.dataset.lastEvent || "0";
  var source = null;

  function connect() {
    var url = root.dataset.streamUrl + "?last=" + encodeURIComponent(lastEvent);
    source = new EventSource(url);
    source.onopen = function () { say(root.dataset.msgOnline); root.dataset.connected = "1"; };
    source.onerror = function () { say(root.dataset.msgOffline); root.dataset.connected = ""; };
    ["idea", "idea_removed", "idea_cluster", "refresh", "timer", "results", "my_votes", "vote_progress",
      "participants", "delphi_progress", "canvas"].forEach(function (type) {
      source.addEventListener(type, function (event) {
        if (event.lastEventId) { lastEvent = event.lastEventId; }
        var data;
        try { data = JSON.parse(event.data); } catch (e) { return; }
        handle(type, data);
      });
    });
  }

  var eventCount = 0;  // events handled so far: a panel fetched meanwhile may predate them

  function handle(type, data) {
    eventCount += 1;
    root.dataset.lastSeen = lastEvent;
    if (type === "idea") { upsertIdea(data); }
    else if (type === "idea_removed") { removeIdea(data.id); }
    else if (type === "idea_cluster") { moveIdea(data.id, data.cluster); }
    else if (type === "timer") { setTimer(data); }
    else if (type === "my_votes") { showMyVotes(data); }
    else if (type === "vote_progress") { showProgress(data); }
    else if (type === "delphi_progress") { scheduleRefresh(); }
    else if (type === "participants") {
      var count = document.querySelector("[data-participant-count]");
      if (count) { count.textContent = data.count; }
    }
    else { scheduleRefresh(); }  // refresh, results, canvas: the server renders the panel again
  }

  function pool(activityId) {
    return panel.querySelector('[data-idea-pool="' + activityId + '"]');
  }

  function newCard(data) {
    var template = panel.querySelector("template[data-idea-template]");
    if (template) {  // the facilitator's card, with its tools, from the server's blank copy
      var holder = document.createElement("ul");
      holder.innerHTML = template.innerHTML.split("__IDEA__").join(String(Number(data.id)));
      var card = holder.firstElementChild;
      card.classList.add("ws-new");
      return card;
    }
    var plain = document.createElement("li");
    plain.className = "ws-idea ws-new";
    plain.dataset.ideaId = data.id;
    var text = document.createElement("p");
    text.className = "ws-idea-text";
    plain.appendChild(text);
    return plain;
  }

  function upsertIdea(data) {
    var container = pool(data.activity);
    if (!container) { return; }
    var card = container.querySelector('[data-idea-id="' + data.id + '"]');
    if (card && card.hasAttribute("data-mine")) { scheduleRefresh(); return; }
    if (card && data.answer) { scheduleRefresh(); return; }
    if (!card) {
      card = newCard(data);
      var list = container.querySelector('[data-cluster-list="' + (data.cluster || "") + '"]') ||
        container.querySelector('[data-cluster-list=""]');
      list.appendChild(card);
      updateCount(container);
    }
    card.setAttribute("lang", data.lang || "");
    card.querySelector(".ws-idea-text").textContent = data.text;
    var author = card.querySelector(".ws-author");
    if (data.author) {
      if (!author) { author = document.createElement("p"); author.className = "ws-author"; card.appendChild(author); }
      author.textContent = data.author;
    } else if (author) { author.remove(); }
  }

  function removeIdea(id) {
    var card = panel.querySelector('[data-idea-id="' + id + '"]');
    if (card) {
      var container = card.closest("[data-idea-pool]");
      card.remove();
      if (container) { updateCount(container); }
    }
  }

  function moveIdea(id, cluster) {
    var card = panel.querySelector('[data-idea-id="' + id + '"]');
    var container = card && card.closest("[data-idea-pool]");
    var list = container && container.querySelector('[data-cluster-list="' + (cluster || "") + '"]');
    if (card && list) {
      list.appendChild(card);
      var select = card.querySelector("select[name=cluster]");
      if (select) { select.value = cluster || ""; select.querySelectorAll("option").forEach(function (o) { o.defaultSelected = o.value === String(cluster || ""); }); }
      updateCount(container);
    } else { scheduleRefresh(); }
  }

  // Every cluster's heading (and "Not in a cluster") counts the cards in its own list, after any change.
  function updateCount(container) {
    container.querySelectorAll("[data-cluster]").forEach(function (section) {
      var count = section.querySelector("[data-idea-count]");
      var list = section.querySelector("[data-cluster-list]");
      if (count && list) { count.textContent = list.querySelectorAll("[data-idea-id]").length; }
    });
  }

  function showProgress(data) {
    var voters = panel.querySelector("[data-vote-progress] [data-voters]");
    var dots = panel.querySelector("[data-vote-progress] [data-dots]");
    if (voters && dots) { voters.textContent = data.voters; dots.textContent = data.dots; } else { scheduleRefresh(); }
  }

  function showMyVotes(data) {
    Object.keys(data.mine || {}).forEach(function (id) {
      var el = panel.querySelector('[data-my-dots="' + id + '"]');
      if (el) { el.textContent = data.mine[id]; }
    });
    panel.querySelectorAll("[data-my-dots]").forEach(function (el) {
      if (!(el.dataset.myDots in (data.mine || {}))) { el.textContent = "0"; }
    });
    scheduleRefresh();
  }

  // --- panel refresh (fetch of the server-rendered panel, never a page reload) ---------------------
  function scheduleRefresh() {
    if (refreshTimer) { return; }
    refreshTimer = setTimeout(function () { refreshTimer = null; refresh(); }, 150);
  }

  function refresh() {
    if (refreshing) { refreshAgain = true; return; }
    refreshing = true;
    var seenBefore = eventCount;
    fetch(root.dataset.panelUrl, { credentials: "same-origin", headers: { "Accept": "text/html" } })
      .then(function (response) { return response.ok ? response.text() : Promise.reject(response.status); })
      .then(function (html) {
        var kept = keepTyping();  // read when the new panel lands: what was typed or chosen meanwhile counts
        panel.innerHTML = html; restoreTyping(kept); startTimers();
        // Events that arrived while this panel was on its way (quick successive moves) may be missing
        // from it: fetch it once more rather than show a stale wall.
        if (eventCount !== seenBefore) { refreshAgain = true; }
      })
      .catch(function () { say(root.dataset.msgError); })
      .then(function () {
        refreshing = false;
        if (refreshAgain) { refreshAgain = false; scheduleRefresh(); }
      });
  }

  function keepTyping() {
    var values = {};
    panel.querySelectorAll("textarea[id], input[id]:not([type=hidden]):not([type=checkbox]):not([type=radio])").forEach(function (field) {
      if (field.value !== field.defaultValue) { values[field.id] = field.value; }
    });
    // A choice made in a list but not yet sent (a cluster picked, "Move" not pressed yet) survives too.
    panel.querySelectorAll("select[id]").forEach(function (field) {
      var chosen = field.options[field.selectedIndex];
      if (chosen && !chosen.defaultSelected) { values[field.id] = field.value; }
    });
    var active = document.activeElement && document.activeElement.id;
    return { values: values, active: active };
  }

  function restoreTyping(kept) {
    Object.keys(kept.values).forEach(function (id) {
      var field = document.getElementById(id);
      if (field) { field.value = kept.values[id]; }
    });
    if (kept.active) {
      var focus = document.getElementById(kept.active);
      if (focus) { focus.focus(); }
    }
  }

  // --- forms ------------------------------------------------------------------------------------
  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!form.hasAttribute("data-live-form") || !window.fetch) { return; }
    event.preventDefault();
    var body = new FormData(form);
    var error = form.querySelector("[data-form-error]");
    if (!error) {
      error = document.createElement("p");
      error.className = "ws-form-error";
      error.setAttribute("role", "alert");
      error.dataset.formError = "";
      form.appendChild(error);
    }
    error.textContent = "";
    fetch(form.action, {
      method: "POST", body: body, credentials: "same-origin",
      headers: { "Accept": "application/json", "X-CSRFToken": csrfToken() }
    }).then(function (response) {
      return response.json().catch(function () { return { error: root.dataset.msgError }; });
    }).then(function (result) {
      if (result.error) { error.textContent = result.error; return; }
      if (form.hasAttribute("data-reset")) {
        form.querySelectorAll("textarea, input:not([type=hidden])").forEach(function (field) {
          if (field.type !== "checkbox" && field.type !== "radio") { field.value = ""; field.defaultValue = ""; }
        });
      }
      if (result.mine) { showMyVotes(result); }  // anonymous dot votes: the answer alone says where my dots are
      if (result.refresh || mode === "control") { scheduleRefresh(); }
    }).catch(function () { error.textContent = root.dataset.msgError; });
  });

  // --- drafts saved as one types ----------------------------------------------------------------
  var draftTimers = {};
  document.addEventListener("input", function (event) {
    var field = event.target;
    if (!field.dataset || !field.dataset.draftUrl) { return; }
    clearTimeout(draftTimers[field.id]);
    draftTimers[field.id] = setTimeout(function () {
      var body = new FormData();
      body.append("activity", field.dataset.activity);
      body.append("text", field.value);
      fetch(field.dataset.draftUrl, {
        method: "POST", body: body, credentials: "same-origin",
        headers: { "Accept": "application/json", "X-CSRFToken": csrfToken() }
      }).then(function (response) {
        if (response.ok) {
          var status = field.form && field.form.querySelector("[data-draft-status]");
          if (status) { status.textContent = root.dataset.msgSaved; }
        }
      });
    }, 600);
  });

  // --- drag and drop of ideas into clusters (the select + Move button is the keyboard way) --------
  document.addEventListener("dragstart", function (event) {
    var card = event.target.closest && event.target.closest("[data-idea-id]");
    if (!card || mode !== "control") { return; }
    event.dataTransfer.setData("text/plain", card.dataset.ideaId);
    event.dataTransfer.effectAllowed = "move";
  });
  document.addEventListener("dragover", function (event) {
    if (mode === "control" && event.target.closest && event.target.closest("[data-cluster]")) { event.preventDefault(); }
  });
  document.addEventListener("drop", function (event) {
    var zone = event.target.closest && event.target.closest("[data-cluster]");
    if (!zone || mode !== "control") { return; }
    event.preventDefault();
    var id = event.dataTransfer.getData("text/plain");
    var select = document.getElementById("move-" + id);
    if (!select) { return; }
    select.value = zone.dataset.cluster;
    select.form.requestSubmit ? select.form.requestSubmit() : select.form.submit();
  });

  // --- timers, synchronised on the server's clock -------------------------------------------------
  function setTimer(data) {
    if (data.server_now) { clockOffset = data.server_now - Date.now(); }
    panel.querySelectorAll("[data-timer]").forEach(function (el) {
      el.dataset.endsAt = data.ends_at || "";
      el.hidden = !data.ends_at;
    });
    tick();
  }

  function startTimers() {
    panel.querySelectorAll("[data-timer]").forEach(function (el) {
      if (el.dataset.serverNow) { clockOffset = Number(el.dataset.serverNow) - Date.now(); }
    });
    tick();
  }

  function tick() {
    panel.querySelectorAll("[data-timer]").forEach(function (el) {
      var ends = Number(el.dataset.endsAt);
      if (!ends) { el.hidden = true; return; }
      var left = Math.max(0, Math.round((ends - (Date.now() + clockOffset)) / 1000));
      var text = el.querySelector("[data-timer-text]");
      text.textContent = Math.floor(left / 60) + ":" + String(left % 60).padStart(2, "0");
      el.classList.toggle("ws-timer-done", left === 0);
      el.hidden = false;
    });
  }

  setInterval(tick, 1000);
  startTimers();
  connect();
}());
