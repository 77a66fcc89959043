// Links and buttons whose only content is images without alt text: they would have no name for a screen reader.
() => [...document.querySelectorAll('a, button')]
    .filter(el => !el.innerText.trim() && !el.getAttribute('aria-label')
                  && [...el.querySelectorAll('img')].every(img => !img.alt))
    .map(el => el.outerHTML)
