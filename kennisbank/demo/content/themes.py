"""The themes of the kennisbank, in menu order."""

THEMES = [
    {
        "slug": "organiseren",
        "title": "Organiseren",
        "intro": (
            "Hoe je een buurtplatform opzet, een goede vorm kiest en het platform draaiende houdt. "
            "Met hulpmiddelen voor vergaderen en plannen."
        ),
    },
    {
        "slug": "buurtplatformrecht",
        "title": "Buurtplatformrecht",
        "intro": ("Wat het buurtplatformrecht je geeft, hoe je de status aanvraagt en welke taken erbij horen."),
    },
    {
        "slug": "samenwerken-met-de-gemeente",
        "title": "Samenwerken met de gemeente",
        "intro": (
            "Hoe je als buurtplatform meepraat over plannen voor je buurt en goed samenwerkt met het stadsdeel."
        ),
    },
    {
        "slug": "geld-en-middelen",
        "title": "Geld en middelen",
        "intro": "Over budget, een plek om samen te komen, ondersteuning en hoe je verantwoording aflegt.",
    },
    {
        "slug": "communicatie-en-bereik",
        "title": "Communicatie en bereik",
        "intro": ("Hoe je de buurt vertelt wat je doet en waarom, en hoe je bewoners bereikt die je nog niet kent."),
    },
    {
        "slug": "mensen-en-vrijwilligers",
        "title": "Mensen, vrijwilligers en inclusie",
        "intro": (
            "Over vrijwilligers vinden en houden, energie bewaren en een platform waar iedereen in de buurt "
            "zich welkom voelt."
        ),
    },
]
