"""The body blocks every knowledge-base page shares."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.embeds.blocks import EmbedBlock

from .compare import ChoiceBlock, ImageBlock

RICH_TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"), max_length=200)
    level = ChoiceBlock(
        label=_("Level"),
        choices=[("h2", _("Heading 2")), ("h3", _("Heading 3"))],
        default="h2",
        search_index=False,  # "Kop 2" is not content
    )

    class Meta:
        icon = "title"
        template = "articles/blocks/heading.html"


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(label=_("Attribution"), required=False, max_length=200)

    class Meta:
        icon = "openquote"
        template = "articles/blocks/quote.html"


class CaptionedImageBlock(blocks.StructBlock):
    """Wagtail's ImageBlock carries the alt text or the 'decorative' choice; we add a visible caption."""

    image = ImageBlock(label=_("Image"))
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)

    class Meta:
        icon = "image"
        template = "articles/blocks/image.html"


class CallToActionBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Text"), max_length=250)
    link_label = blocks.CharBlock(label=_("Link label"), max_length=80)
    page = blocks.PageChooserBlock(label=_("Page"), required=False)
    url = blocks.URLBlock(label=_("Or external address"), required=False)

    class Meta:
        icon = "link"
        template = "articles/blocks/call_to_action.html"


class BodyBlock(blocks.StreamBlock):
    paragraph = blocks.RichTextBlock(label=_("Paragraph"), features=RICH_TEXT_FEATURES)
    heading = HeadingBlock(label=_("Heading"))
    quote = QuoteBlock(label=_("Quote"))
    image = CaptionedImageBlock(label=_("Image"))
    embed = EmbedBlock(label=_("Embed"), template="articles/blocks/embed.html")
    call_to_action = CallToActionBlock(label=_("Call to action"))
