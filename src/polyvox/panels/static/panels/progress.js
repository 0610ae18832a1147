// The selection's progress, pushed by the server (Server-Sent Events); no polling from the browser.
(function () {
  "use strict";
  var box = document.querySelector("[data-progress-stream]");
  if (!box || !window.EventSource) { return; }
  var bar = box.querySelector("progress");
  var text = box.querySelector("[data-progress-text]");
  var source = new EventSource(box.getAttribute("data-progress-stream"));
  source.addEventListener("progress", function (event) {
    var data = JSON.parse(event.data);
    var percent = Math.round(data.progress * 100);
    bar.value = data.progress;
    bar.textContent = percent + " %";
    text.textContent = percent + " %" + (data.message ? " – " + data.message : "");
  });
  source.addEventListener("done", function () {
    source.close();
    window.location.reload();
  });
}());
