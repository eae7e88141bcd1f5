"""StreamField blocks for the knowledge base: one shared ``BodyBlock`` for every page body.

Each block sets an icon, a template in ``templates/blocks/``, a description and a preview value, so editors see
what they pick. The block names match the demo content contract (kennisbank/demo/content/__init__.py).
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock

RICH_TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul"]


class HeadingBlock(blocks.CharBlock):
    """A section heading, rendered as an h2 (the page title is the only h1)."""

    class Meta:
        icon = "title"
        template = "blocks/heading.html"
        label = _("Tussenkop")
        description = _("Een tussenkop die de tekst in stukken deelt.")
        preview_value = "Zo begin je een buurtplatform"
        max_length = 120


class ParagraphBlock(blocks.RichTextBlock):
    """Running text with bold, italic, links and lists."""

    def __init__(self, **kwargs):
        kwargs.setdefault("features", RICH_TEXT_FEATURES)
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        template = "blocks/paragraph.html"
        label = _("Tekst")
        description = _("Gewone tekst met vet, cursief, links en opsommingen.")
        preview_value = "<p>Een buurtplatform verbindt de actieve bewoners en initiatieven in een buurt.</p>"


class ImageBlock(blocks.StructBlock):
    """An image from the Wagtail library with required alt text and an optional caption."""

    image = ImageChooserBlock(label=_("Afbeelding"))
    alt = blocks.CharBlock(
        label=_("Alternatieve tekst"),
        max_length=250,
        help_text=_("Beschrijf wat er op de afbeelding te zien is, voor wie haar niet kan zien."),
    )
    caption = blocks.CharBlock(label=_("Onderschrift"), required=False, max_length=250)

    class Meta:
        icon = "image"
        template = "blocks/image.html"
        label = _("Afbeelding")
        description = _("Een afbeelding met alternatieve tekst en een onderschrift.")
        preview_value = {"alt": "Bewoners in gesprek", "caption": "Een bewonersavond in de buurt"}


class QuoteBlock(blocks.StructBlock):
    """A quotation with an optional attribution (a role, not a person's name, in our own content)."""

    text = blocks.TextBlock(label=_("Citaat"))
    attribution = blocks.CharBlock(label=_("Van wie"), required=False, max_length=120)

    class Meta:
        icon = "openquote"
        template = "blocks/quote.html"
        label = _("Citaat")
        description = _("Een citaat, met wie het zei.")
        preview_value = {"text": "Begin klein en vraag de buurt wat zij nodig heeft.", "attribution": "Een bewoner"}


class CalloutBlock(blocks.StructBlock):
    """A titled box of rich text; used for tips and for practice examples."""

    title = blocks.CharBlock(label=_("Titel"), max_length=120)
    text = blocks.RichTextBlock(label=_("Tekst"), features=RICH_TEXT_FEATURES)


class TipBlock(CalloutBlock):
    class Meta:
        icon = "help"
        template = "blocks/tip.html"
        label = _("Tip")
        description = _("Een opvallend kader met een praktische tip.")
        preview_value = {"title": "Tip", "text": "<p>Maak een vaste agenda voor elke vergadering.</p>"}


class ExampleBlock(CalloutBlock):
    class Meta:
        icon = "group"
        template = "blocks/example.html"
        label = _("Praktijkvoorbeeld")
        description = _("Een voorbeeld uit de praktijk van een buurtplatform.")
        preview_value = {
            "title": "Zo deed een platform het",
            "text": "<p>Het platform organiseerde elke maand een open inloop.</p>",
        }


class DocumentBlock(blocks.StructBlock):
    """A downloadable document from the Wagtail library."""

    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(
        label=_("Titel"),
        required=False,
        max_length=200,
        help_text=_("Laat leeg om de titel van het document te tonen."),
    )

    class Meta:
        icon = "doc-full"
        template = "blocks/document.html"
        label = _("Document")
        description = _("Een document om te downloaden, zoals een voorbeeld of een formulier.")
        preview_value = {"title": "Voorbeeldagenda"}


class SourceBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Titel"), max_length=200)
    url = blocks.URLBlock(label=_("Webadres"))
    description = blocks.TextBlock(label=_("Toelichting"), required=False)


class SourcesBlock(blocks.StructBlock):
    """A list of external sources, each with a link and a short description."""

    title = blocks.CharBlock(label=_("Titel"), max_length=120, default="Bronnen")
    items = blocks.ListBlock(SourceBlock(), label=_("Bronnen"), min_num=1)

    class Meta:
        icon = "link"
        template = "blocks/sources.html"
        label = _("Bronnen")
        description = _("Een lijst met links naar bestaande bronnen.")
        preview_value = {
            "title": "Meer weten",
            "items": [{"title": "Stichting !WOON", "url": "https://www.wooninfo.nl/", "description": ""}],
        }


class QuestionAnswerBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("Vraag"), max_length=250)
    answer = blocks.RichTextBlock(label=_("Antwoord"), features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "help"
        label = _("Vraag en antwoord")


class QABlock(blocks.StructBlock):
    """Questions with their answers."""

    items = blocks.ListBlock(QuestionAnswerBlock(), label=_("Vragen"), min_num=1)

    class Meta:
        icon = "list-ul"
        template = "blocks/qa.html"
        label = _("Vragen en antwoorden")
        description = _("Een of meer vragen met hun antwoord.")
        preview_value = {
            "items": [{"question": "Wat kost het?", "answer": "<p>Niets: meedoen is gratis.</p>"}],
        }

    def clean(self, value):
        value = super().clean(value)
        questions = [item["question"].strip().lower() for item in value["items"]]
        if len(questions) != len(set(questions)):
            raise ValidationError(_("Dezelfde vraag staat er twee keer in."))
        return value


class BodyBlock(blocks.StreamBlock):
    """The one body for articles and standard pages."""

    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    image = ImageBlock()
    quote = QuoteBlock()
    tip = TipBlock()
    example = ExampleBlock()
    document = DocumentBlock()
    sources = SourcesBlock()
    qa = QABlock()
