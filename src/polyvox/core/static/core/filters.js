/* Filters collapse behind their button on small screens: a <details data-collapse-narrow> is open by default
   (so that without JavaScript everything stays reachable) and closed here when the screen is narrow, so the
   first results come right after it. */
(function () {
  "use strict";
  var narrow = window.matchMedia("(max-width: 48rem)");
  function apply() {
    document.querySelectorAll("details[data-collapse-narrow]").forEach(function (details) {
      details.open = !narrow.matches;
    });
  }
  if (narrow.addEventListener) {
    narrow.addEventListener("change", apply);
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", apply);
  } else {
    apply();
  }
})();
