// Suggestions while typing in a search box: fills the box's <datalist> from /api/search/autocomplete/.
// Progressive enhancement: without JavaScript the form simply submits. The browser's own datalist UI
// is keyboard accessible (arrow keys, Enter, Escape).
(function () {
  "use strict";
  var lang = document.documentElement.lang || "nl";
  document.querySelectorAll("input[data-autocomplete]").forEach(function (input) {
    var list = document.getElementById(input.getAttribute("list"));
    var timer = null;
    var last = "";
    input.addEventListener("input", function () {
      clearTimeout(timer);
      var text = input.value.trim();
      if (text.length < 2 || text === last) { return; }
      timer = setTimeout(function () {
        last = text;
        fetch(input.dataset.autocomplete + "?lang=" + encodeURIComponent(lang) + "&q=" + encodeURIComponent(text))
          .then(function (response) { return response.ok ? response.json() : { suggestions: [] }; })
          .then(function (data) {
            list.replaceChildren.apply(list, data.suggestions.map(function (item) {
              var option = document.createElement("option");
              option.value = item.label;
              return option;
            }));
          })
          .catch(function () { /* suggestions are optional */ });
      }, 200);
    });
  });
})();
