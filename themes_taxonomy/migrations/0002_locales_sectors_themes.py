"""Every install starts with both languages, the care sectors the Opleidingsgids names, and a first set of themes.

Themes carry the editable mapping from Opleidingsgids section to theme that the importer uses (Theme.guide_sections).
"""

import uuid

from django.db import migrations

SECTORS = [
    ("vvt", "Verpleeg- en verzorgingshuizen en thuiszorg", "Ouderenzorg in een verpleeg- of verzorgingshuis en zorg thuis.",
     "verpleeghuis\nverpleeghuizen\nverpleeghuiszorg\nverzorgingshuis\nverzorgingshuizen\nthuiszorg\nouderenzorg\nwijkverpleging\nvvt"),
    ("ggz", "Ggz", "Geestelijke gezondheidszorg.", "ggz\nambulante ggz\ngeestelijke gezondheidszorg\nsociale psychiatrie"),
    ("jeugdzorg", "Jeugdzorg", "Hulp aan kinderen, jongeren en hun ouders.", "jeugdzorg\njeugdhulp"),
    ("gehandicaptenzorg", "Gehandicaptenzorg", "Zorg voor mensen met een beperking.",
     "gehandicaptenzorg\nverstandelijke beperking\nlichamelijke beperking\nzorg voor mensen met een beperking"),
    ("maatschappelijke-opvang", "Maatschappelijke opvang", "Opvang en begeleiding van mensen zonder vaste woonplek.",
     "maatschappelijke opvang\nopvang\nbeschermd wonen"),
    ("ziekenhuizen", "Ziekenhuizen en zelfstandige klinieken", "Ziekenhuiszorg en zelfstandige behandelcentra.",
     "ziekenhuis\nziekenhuizen\nzelfstandige klinieken\nzelfstandige kliniek\nzbc"),
    ("eerstelijnszorg", "Eerstelijnszorg", "Huisarts, fysiotherapie en andere zorg dichtbij huis.",
     "eerstelijnszorg\neerste lijn\nhuisartsenzorg"),
]

# (slug, name, description, parent slug, guide sections)
THEMES = [
    ("wet-medezeggenschap", "Wet medezeggenschap (Wmcz)", "Wat de Wmcz 2018 regelt en wat dat betekent voor de raad.", None,
     "Trainingen en cursussen"),
    ("adviesonderwerpen", "Adviesonderwerpen van de cliëntenraad", "Onderwerpen waarover de raad advies geeft of instemt.",
     None, "Advies- en instemmingsonderwerpen"),
    ("organiseren-medezeggenschap", "Organiseren en vernieuwen medezeggenschap",
     "Hoe je medezeggenschap inricht, versterkt en vernieuwt.", None,
     "Thema's rond het werk van de raad\nAdvies-, coachings- of ondersteuningstraject"),
    ("hulpmiddelen", "Hulpmiddelen voor de cliëntenraad", "Praktische instrumenten, tips en voorbeelden.", None,
     "Thema's rond het werk van de raad"),
    ("dienstverlening", "Dienstverlening aan cliëntenraden", "Wat LOC voor cliëntenraden doet: training, advies en coaching.",
     None, "Trainingen en cursussen\nAdvies-, coachings- of ondersteuningstraject"),
    ("achterban", "Contact met de achterban", "In gesprek blijven met de mensen die de raad vertegenwoordigt.", None, ""),
    ("kwaliteit-van-zorg", "Kwaliteit van zorg", "Goede zorg en een goed leven, gezien door de ogen van cliënten.", None, ""),
    ("kwaliteit-jeugdzorg", "Kwaliteit jeugdzorg", "Kwaliteit van zorg en hulp voor jongeren.", "kwaliteit-van-zorg", ""),
    ("vrijwilligers-loc", "Vrijwilligers LOC", "Vrijwilligers die zich via LOC inzetten, zoals in regionale netwerken.", None, ""),
    ("clientenrechten", "Cliëntenrechten", "De rechten van mensen die zorg ontvangen.", None, ""),
]


def create(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    Sector = apps.get_model("themes_taxonomy", "Sector")
    Theme = apps.get_model("themes_taxonomy", "Theme")
    dutch, _ = Locale.objects.get_or_create(language_code="nl")
    Locale.objects.get_or_create(language_code="en")
    for order, (slug, name, description, aliases) in enumerate(SECTORS):
        Sector.objects.get_or_create(
            locale=dutch,
            slug=slug,
            defaults={"name": name, "description": description, "aliases": aliases, "order": order,
                      "translation_key": uuid.uuid4()},
        )
    created = {}
    for order, (slug, name, description, parent, sections) in enumerate(THEMES):
        created[slug], _ = Theme.objects.get_or_create(
            locale=dutch,
            slug=slug,
            defaults={"name": name, "description": description, "order": order, "guide_sections": sections,
                      "parent": created.get(parent), "translation_key": uuid.uuid4()},
        )


class Migration(migrations.Migration):
    dependencies = [
        ("themes_taxonomy", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(create, migrations.RunPython.noop)]
