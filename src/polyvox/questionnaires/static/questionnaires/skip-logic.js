// Skip logic as progressive enhancement: a question whose condition is not met is hidden (the server
// ignores its answer anyway, and without script every question shows with its condition written out).
(function () {
  "use strict";
  var form = document.querySelector("form[data-skip-logic]");
  if (!form) { return; }
  function values(key) {
    var found = [];
    form.querySelectorAll("[name='" + CSS.escape(key) + "']").forEach(function (input) {
      if ((input.type === "radio" || input.type === "checkbox") ? input.checked : input.value) { found.push(input.value); }
    });
    return found;
  }
  function update() {
    form.querySelectorAll("[data-show-if]").forEach(function (fieldset) {
      var wanted = fieldset.getAttribute("data-show-values").split("|");
      var given = values(fieldset.getAttribute("data-show-if"));
      var shown = given.some(function (value) { return wanted.indexOf(value) !== -1; });
      fieldset.hidden = !shown;
      fieldset.disabled = !shown;
      var note = fieldset.querySelector(".q-condition");
      if (note) { note.hidden = true; }
    });
  }
  form.addEventListener("change", update);
  update();
}());
