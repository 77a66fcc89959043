"""Demo images drawn locally with Pillow: nothing is downloaded."""

import io

from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import ImageDraw
from wagtail.images import get_image_model

SIZE = (1200, 675)


def draw(colour, motif):
    image = PILImage.new("RGB", SIZE, colour)
    pen = ImageDraw.Draw(image)
    light = tuple(min(255, c + 60) for c in image.getpixel((0, 0)))
    width, height = SIZE
    if motif == "circles":
        for i in range(6):
            r = 80 + i * 70
            pen.ellipse((width - r - 60, height - r - 40, width + r - 60, height + r - 40), outline=light, width=14)
    elif motif == "stripes":
        for x in range(-height, width, 90):
            pen.line((x, height, x + height, 0), fill=light, width=26)
    elif motif == "grid":
        for x in range(0, width, 100):
            pen.line((x, 0, x, height), fill=light, width=6)
        for y in range(0, height, 100):
            pen.line((0, y, width, y), fill=light, width=6)
    else:  # waves
        for y in range(60, height, 110):
            pen.arc((-200, y - 80, width + 200, y + 80), 10, 170, fill=light, width=16)
    return image


def demo_image(slug, colour, motif, title):
    """The demo image for `slug`, drawn once and reused on later runs."""
    Image = get_image_model()
    existing = Image.objects.filter(title=title).first()
    if existing:
        return existing
    buffer = io.BytesIO()
    draw(colour, motif).save(buffer, format="PNG")  # optimize=True took 1.2 s of each load_demo for a few kB
    image = Image(title=title, description="")
    image.file = ImageFile(buffer, name=f"demo-{slug}.png")
    image.save()
    return image
