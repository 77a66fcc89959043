// Text-only zoom to 200%: doubles the root font size, to which all the site's sizes are relative (rem and em).
() => {
    const root = document.documentElement;
    root.style.fontSize = `calc(${getComputedStyle(root).fontSize} * 2)`;
}
