// wagtail-localize's translation editor writes its section title as a fixed English phrase in JavaScript
// (`${source} to ${target} translation`, no message id), so the Dutch admin reads "Nederlands to Engels
// translation". This puts the admin language's phrase in its place; the phrase comes from our catalogue
// (data-phrase on this script's tag, with the placeholders %(source)s and %(target)s). Other fixed English texts
// of the editor (such as the hidden "More actions" of its menu button) get their catalogue text from data-texts.
(function () {
  const script = document.currentScript;
  const phrase = script && script.dataset.phrase;
  if (!phrase) return;
  const texts = JSON.parse(script.dataset.texts || "{}");
  const english = /^(.+) to (.+) translation$/;
  const translate = (root) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.data.trim();
      const match = english.exec(text);
      if (match) node.data = phrase.replace("%(source)s", match[1]).replace("%(target)s", match[2]);
      else if (Object.hasOwn(texts, text) && texts[text] !== text) node.data = texts[text];
    }
  };
  const start = () => {
    const editor = document.querySelector(".js-translation-editor");
    if (!editor) return;
    translate(editor);
    new MutationObserver(() => translate(editor)).observe(editor, { childList: true, subtree: true, characterData: true });
  };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
