// What the focused element looks like: enough to tell whether a reader can see where they are.
() => {
    const el = document.activeElement;
    if (!el || el === document.body || el === document.documentElement) return null;
    const style = getComputedStyle(el), box = el.getBoundingClientRect();
    return {
        name: `${el.tagName.toLowerCase()} "${(el.innerText || el.value || el.getAttribute('aria-label') || '').trim().slice(0, 40)}"`,
        order: [...document.querySelectorAll('*')].indexOf(el),
        outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
        halo: style.boxShadow !== 'none',
        visible: box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < innerHeight
                 && box.right > 0 && box.left < innerWidth,
    };
}
