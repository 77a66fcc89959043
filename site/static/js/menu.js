// The Menu button of the site header on small screens (below 40rem, site.css): it folds the search box and the
// main menu away behind one button, as a disclosure (a real <button> with aria-expanded). Progressive enhancement:
// without JavaScript the button stays hidden and the search box and menu are simply shown, so every reader can
// reach them without knowing how a disclosure works and without a script; on wide screens the button is not shown.
// Escape in the menu closes it and returns the focus to the button.
(function () {
  "use strict";
  var header = document.querySelector(".site-header");
  var button = header && header.querySelector(".menu-button");
  if (!button) return;
  var panels = [header.querySelector(".site-header__search"), header.querySelector(".main-nav")].filter(Boolean);
  if (!panels.length) return;

  function set(open) {
    button.setAttribute("aria-expanded", open ? "true" : "false");
    header.classList.toggle("menu-closed", !open);
  }

  button.setAttribute("aria-controls", panels.map(function (panel) { return panel.id; }).join(" "));
  button.hidden = false;
  header.classList.add("has-menu");
  set(false);
  button.addEventListener("click", function () {
    set(button.getAttribute("aria-expanded") !== "true");
  });
  header.addEventListener("keydown", function (event) {
    var inMenu = event.target === button || panels[panels.length - 1].contains(event.target);
    if (event.key === "Escape" && inMenu && button.getAttribute("aria-expanded") === "true"
        && getComputedStyle(button).display !== "none") {
      set(false);
      button.focus();
    }
  });
})();
