// What a reader would lose on this screen: sideways scrolling, text off the right edge, text cut off.
() => {
    const problems = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth + 1) problems.push(`the page scrolls sideways: ${root.scrollWidth} px wide`);
    for (const el of document.body.querySelectorAll('*')) {
        if (el.closest('.visually-hidden, [hidden]') || !el.innerText || !el.innerText.trim()) continue;
        const style = getComputedStyle(el);
        const box = el.getBoundingClientRect();
        if (box.width === 0) continue;
        if (box.right > root.clientWidth + 1) problems.push(`off the right edge: ${el.tagName} "${el.innerText.slice(0, 40)}"`);
        const clips = ['hidden', 'clip'].includes(style.overflowX) || ['hidden', 'clip'].includes(style.overflowY);
        if (clips && (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1))
            problems.push(`text cut off: ${el.tagName}.${el.className} "${el.innerText.slice(0, 40)}"`);
    }
    return [...new Set(problems)].slice(0, 20);
}
