"""English translations of the themes and care sectors, linked to the Dutch ones by translation_key.

Editors can change them in the admin or through wagtail-localize; this only fills what is missing.
"""

from django.db import migrations

# Dutch slug: (English slug, name, description)
SECTORS = {
    "vvt": ("nursing-and-home-care", "Nursing homes, care homes and home care",
            "Care for older people in a nursing home or care home, and care at home."),
    "ggz": ("mental-health-care", "Mental health care", "Care for people with mental health problems."),
    "jeugdzorg": ("youth-care", "Youth care", "Help for children, young people and their parents."),
    "gehandicaptenzorg": ("disability-care", "Disability care", "Care for people with a disability."),
    "maatschappelijke-opvang": ("shelter-and-support", "Shelter and support",
                                "Shelter and support for people without a permanent home."),
    "ziekenhuizen": ("hospitals-and-clinics", "Hospitals and independent clinics",
                     "Hospital care and independent treatment centres."),
    "eerstelijnszorg": ("primary-care", "Primary care", "The GP, physiotherapy and other care close to home."),
}  # fmt: skip

THEMES = {
    "wet-medezeggenschap": ("client-participation-law", "Client participation law (Wmcz)",
                            "What the Wmcz 2018 arranges and what it means for the council."),
    "adviesonderwerpen": ("advice-topics", "Topics for advice by the client council",
                          "Subjects on which the council gives advice or consent."),
    "organiseren-medezeggenschap": ("organising-client-participation", "Organising and renewing client participation",
                                    "How to set up, strengthen and renew client participation."),
    "hulpmiddelen": ("tools", "Tools for the client council", "Practical instruments, tips and examples."),
    "dienstverlening": ("services-for-councils", "Services for client councils",
                        "What LOC does for client councils: training, advice and coaching."),
    "achterban": ("people-you-represent", "Contact with the people you represent",
                  "Keeping in touch with the people the council speaks for."),
    "kwaliteit-van-zorg": ("quality-of-care", "Quality of care", "Good care and a good life, seen through clients' eyes."),
    "kwaliteit-jeugdzorg": ("quality-of-youth-care", "Quality of youth care",
                            "Quality of care and help for young people."),
    "vrijwilligers-loc": ("loc-volunteers", "LOC volunteers", "Volunteers who work through LOC, for example in regional networks."),
    "clientenrechten": ("clients-rights", "Clients' rights", "The rights of people who receive care."),
}  # fmt: skip


def create(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    english, _ = Locale.objects.get_or_create(language_code="en")
    for model_name, names in (("Sector", SECTORS), ("Theme", THEMES)):
        model = apps.get_model("themes_taxonomy", model_name)
        for source in model.objects.filter(locale__language_code="nl", slug__in=names).order_by("pk"):
            if model.objects.filter(translation_key=source.translation_key, locale=english).exists():
                continue
            slug, name, description = names[source.slug]
            values = {field.attname: getattr(source, field.attname) for field in model._meta.concrete_fields
                      if field.attname not in {"id", "locale_id", "slug", "name", "description", "parent_id"}}  # fmt: skip
            translation = model(**values, locale=english, slug=slug, name=name, description=description)
            if model_name == "Theme" and source.parent_id:
                translation.parent = model.objects.get(translation_key=source.parent.translation_key, locale=english)
            translation.save()


class Migration(migrations.Migration):
    dependencies = [("themes_taxonomy", "0002_locales_sectors_themes")]

    operations = [migrations.RunPython(create, migrations.RunPython.noop)]
