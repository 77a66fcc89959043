// Links and buttons whose only content is images without alt text: they would have no name for a screen reader.
// A closed disclosure's content is not rendered (innerText is empty): it is judged where it is open (desktop).
() => [...document.querySelectorAll('a, button')]
    .filter(el => !el.closest('details:not([open])'))
    .filter(el => !el.innerText.trim() && !el.getAttribute('aria-label')
                  && [...el.querySelectorAll('img')].every(img => !img.alt))
    .map(el => el.outerHTML)
