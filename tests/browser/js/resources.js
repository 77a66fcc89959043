// Every address of a resource the page names (scripts, styles, images, media, objects), made absolute.
() => [...document.querySelectorAll('[src], link[href], [srcset], [poster], object[data]')]
    .flatMap(el => [el.src || el.href || el.data || '', ...(el.srcset || '').split(',').map(s => s.trim().split(' ')[0])])
    .filter(Boolean).map(url => new URL(url, location.href).href)
