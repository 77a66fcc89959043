// Suggestions while typing in a search box, from /api/search/autocomplete/, as an ARIA 1.2 combobox with a listbox.
// Our own code because the browser's <datalist> cannot be styled, zoomed or reliably reached with the keyboard and
// screen readers. Progressive enhancement: without JavaScript the form simply submits.
// Keys: Down and Up move through the suggestions, Enter chooses one, Escape closes the list.
// Choosing a theme, keyword or page opens its own page (the suggestion's url); without a url the box searches.
(function () {
  "use strict";
  var lang = document.documentElement.lang || "nl";

  function combobox(input) {
    var form = input.form;
    var list = document.createElement("ul");
    var status = document.createElement("span");
    var items = [];
    var active = -1;
    var timer = null;
    var last = "";

    list.id = input.id + "-suggestions";
    list.className = "suggestions";
    list.setAttribute("role", "listbox");
    list.setAttribute("aria-label", input.dataset.suggestionsLabel);
    list.hidden = true;
    status.className = "visually-hidden";
    status.setAttribute("role", "status");
    input.insertAdjacentElement("afterend", list);
    list.insertAdjacentElement("afterend", status);
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-controls", list.id);
    input.setAttribute("aria-expanded", "false");

    function close() {
      list.hidden = true;
      active = -1;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
    }

    function show(suggestions) {
      items = suggestions;
      list.replaceChildren.apply(list, items.map(function (item, index) {
        var option = document.createElement("li");
        option.id = list.id + "-" + index;
        option.setAttribute("role", "option");
        option.setAttribute("aria-selected", "false");
        // The kind in words too ("Thema", "Artikel"): shown, and read after the label ("Achterban, Thema").
        var label = document.createElement("span");
        label.className = "suggestions__label";
        label.textContent = item.label;
        option.appendChild(label);
        if (item.kind_label) {
          var kind = document.createElement("span");
          var pause = document.createElement("span");
          kind.className = "suggestions__kind";
          pause.className = "visually-hidden";
          pause.textContent = ", ";
          kind.append(pause, item.kind_label);
          option.appendChild(kind);
        }
        option.addEventListener("mousedown", function (event) {
          event.preventDefault(); // keep the focus in the box
          choose(index);
        });
        return option;
      }));
      status.textContent = input.dataset.suggestionsStatus.replace("{count}", items.length);
      if (!items.length) { close(); return; }
      list.hidden = false;
      active = -1;
      input.setAttribute("aria-expanded", "true");
    }

    function move(step) {
      if (list.hidden) { if (items.length) { show(items); } else { return; } }
      var places = items.length + 1;  // the suggestions, and -1: back in the box itself
      active = ((active + 1 + step) % places + places) % places - 1;
      Array.prototype.forEach.call(list.children, function (option, index) {
        option.setAttribute("aria-selected", index === active ? "true" : "false");
      });
      if (active < 0) { input.removeAttribute("aria-activedescendant"); return; }
      input.setAttribute("aria-activedescendant", list.children[active].id);
      list.children[active].scrollIntoView({ block: "nearest" });
    }

    function choose(index) {
      var item = items[index];
      input.value = item.label;
      close();
      if (item.url) { window.location.assign(item.url); } else { form.submit(); }
    }

    input.addEventListener("input", function () {
      clearTimeout(timer);
      var text = input.value.trim();
      if (text.length < 2) { items = []; close(); return; }
      if (text === last) { return; }
      timer = setTimeout(function () {
        last = text;
        fetch(input.dataset.autocomplete + "?lang=" + encodeURIComponent(lang) + "&q=" + encodeURIComponent(text))
          .then(function (response) { return response.ok ? response.json() : { suggestions: [] }; })
          .then(function (data) { if (input.value.trim() === text) { show(data.suggestions); } })
          .catch(function () { /* suggestions are optional */ });
      }, 200);
    });
    input.addEventListener("keydown", function (event) {
      if (event.key === "ArrowDown") { event.preventDefault(); move(1); }
      else if (event.key === "ArrowUp") { event.preventDefault(); move(-1); }
      else if (event.key === "Enter" && !list.hidden && active >= 0) { event.preventDefault(); choose(active); }
      else if (event.key === "Escape" && !list.hidden) { event.preventDefault(); close(); }
    });
    input.addEventListener("blur", close);
  }

  document.querySelectorAll("input[data-autocomplete]").forEach(combobox);
})();
