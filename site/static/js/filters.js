// The filters sit behind a <details> disclosure, so that a phone shows the results first; it works without
// JavaScript. At desktop width (60rem and wider), where the filters stand beside the results, this opens them.
(function () {
  "use strict";
  var wide = window.matchMedia("(min-width: 60rem)");
  function apply(event) {
    document.querySelectorAll("details[data-open-wide]").forEach(function (details) {
      if (wide.matches || event) {
        details.open = wide.matches;
      }
    });
  }
  apply();
  wide.addEventListener("change", apply);
})();
