"""The home page data and the standard pages ("over-ons", "privacy")."""

HOME = {
    "title": "Kennisbank Buurtplatformen",
    "intro": (
        "<p>Praktische kennis voor buurtplatformen, door buurtplatformen. Hier vind je uitleg, voorbeelden uit "
        "de praktijk, tips en sjablonen om een buurtplatform te starten en sterk te houden.</p>"
        "<p>Een initiatief van de Coalitie van Buurtplatformen Amsterdam. Wil je groep meedoen? "
        '<a href="/aanmelden/">Meld je aan</a>.</p>'
    ),
    "featured": [
        "wat-is-een-buurtplatform",
        "het-buurtplatformrecht-in-het-kort",
        "de-status-aanvragen",
        "een-buurtavond-organiseren",
    ],
}

STANDARD_PAGES = [
    {
        "slug": "over-ons",
        "title": "Over ons",
        "intro": "Wat deze kennisbank is, wie hem bijhoudt en hoe je kunt bijdragen.",
        "body": [
            ("heading", "Voor buurtplatformen, door buurtplatformen"),
            (
                "paragraph",
                "<p>Deze kennisbank is er voor iedereen die aan de slag is met een buurtplatform in Amsterdam: "
                "groepen die net beginnen, platforms die al jaren bezig zijn en bewoners die willen weten wat een "
                "buurtplatform doet. Je vindt hier uitleg, voorbeelden uit de praktijk, tips en sjablonen.</p>"
                "<p>Veel kennis over buurtplatformen zit in de hoofden van de mensen die het werk doen. Die kennis "
                "willen we delen. Daarom verwijzen we naar bestaande bronnen waar dat kan, en voegen we toe wat "
                "je nergens anders vindt: de ervaring van platforms zelf.</p>",
            ),
            ("heading", "Wie zitten erachter?"),
            (
                "paragraph",
                "<p>De kennisbank is er voor de Coalitie van Buurtplatformen Amsterdam: een netwerk van "
                "buurtplatformen en bewonersgroepen die naar die rol toe groeien. Er zijn ook coalities per "
                "stadsdeel, zoals in Zuidoost.</p>"
                "<p>De redactie van Stichting !WOON houdt de kennisbank bij. !WOON is een onafhankelijke "
                "stichting die bewoners adviseert over meedoen in hun buurt. De redactie schrijft en controleert "
                "de artikelen en zet bij elk artikel wanneer het voor het laatst is nagekeken.</p>",
            ),
            ("heading", "Zelf bijdragen"),
            (
                "paragraph",
                "<p>Heb je een goed voorbeeld uit je eigen buurt, een handig sjabloon of een vraag die hier nog "
                'niet beantwoord wordt? Stuur het naar de redactie via <a href="/contact/">het '
                "contactformulier</a>. Zie je een fout, laat het ons dan ook weten.</p>"
                "<p>Wil je groep lid worden van de coalitie? "
                '<a href="/aanmelden/">Meld je aan</a>. In het <a href="/buurtplatformen/">register</a> zie je '
                "welke platforms er al zijn.</p>",
            ),
            (
                "sources",
                {
                    "title": "Links",
                    "items": [
                        {
                            "title": "!WOON",
                            "url": "https://www.wooninfo.nl/",
                            "description": "De website van Stichting !WOON, met informatie en advies voor "
                            "Amsterdamse bewoners.",
                        },
                        {
                            "title": "Gemeente Amsterdam",
                            "url": "https://www.amsterdam.nl/",
                            "description": "Informatie over de stadsdelen en meedoen in je buurt.",
                        },
                    ],
                },
            ),
        ],
        "show_in_menus": True,
    },
    {
        "slug": "privacy",
        "title": "Privacyverklaring",
        "intro": (
            "Dit is een demotekst: een voorbeeld van een privacyverklaring voor deze website. Hij legt uit welke "
            "gegevens we vragen, waarom, hoe lang we ze bewaren en wat je rechten zijn."
        ),
        "body": [
            (
                "paragraph",
                "<p><em>Demotekst: de redactie stelt de definitieve privacyverklaring vast voordat de site live "
                "gaat.</em></p>"
                "<p>Deze website wordt bijgehouden door de redactie van Stichting !WOON. We gaan zorgvuldig om "
                "met je gegevens en vragen niet meer dan nodig is.</p>",
            ),
            ("heading", "Welke gegevens we vragen"),
            (
                "paragraph",
                "<p>Je kunt de kennisbank lezen zonder iets over jezelf te vertellen. Alleen als je een formulier "
                "invult, bewaren we wat je invult:</p>"
                "<ul>"
                "<li><strong>Aanmelden voor de coalitie</strong>: de naam en soort van je groep, het stadsdeel en "
                "de buurten waar je actief bent, de naam en het e-mailadres van een contactpersoon, eventueel een "
                "telefoonnummer en een website, en je motivatie.</li>"
                "<li><strong>Contactformulier</strong>: je naam, je e-mailadres, het onderwerp en je "
                "bericht.</li>"
                "</ul>",
            ),
            ("heading", "Waarom we ze vragen"),
            (
                "paragraph",
                "<p>We gebruiken je gegevens alleen om je aanmelding af te handelen of je bericht te beantwoorden. "
                "We gebruiken ze niet voor reclame en we verkopen of delen ze niet met anderen.</p>",
            ),
            ("heading", "Wie ze ziet"),
            (
                "paragraph",
                "<p>Alleen de redactie van de kennisbank kan de ingevulde formulieren inzien. Zij hebben daarvoor "
                "een eigen account met een wachtwoord. Als er een formulier binnenkomt, krijgt de redactie daarvan "
                "een melding per e-mail.</p>",
            ),
            ("heading", "Hoe lang we ze bewaren"),
            (
                "paragraph",
                "<p>Als je aanmelding of bericht is afgehandeld, bewaren we het nog maximaal 12 maanden. Daarna "
                "verwijderen we het. Zo kunnen we bij een vervolgvraag nog terugkijken, maar bewaren we niets "
                "langer dan nodig.</p>",
            ),
            ("heading", "Cookies"),
            (
                "paragraph",
                "<p>We gebruiken alleen cookies die nodig zijn om de website te laten werken, zoals een cookie dat "
                "formulieren beveiligt en een sessiecookie. We gebruiken geen cookies of andere technieken om je "
                "te volgen, en geen advertenties.</p>",
            ),
            ("heading", "Je rechten"),
            (
                "paragraph",
                "<p>Volgens de Algemene verordening gegevensbescherming (AVG) heb je het recht om:</p>"
                "<ul>"
                "<li>te vragen welke gegevens we van je hebben;</li>"
                "<li>onjuiste gegevens te laten verbeteren;</li>"
                "<li>je gegevens te laten verwijderen;</li>"
                "<li>bezwaar te maken tegen het gebruik van je gegevens.</li>"
                "</ul>"
                '<p>Stuur je verzoek via <a href="/contact/">het contactformulier</a>. Ben je niet tevreden over '
                "hoe we met je gegevens omgaan? Dan kun je een klacht indienen bij de Autoriteit "
                "Persoonsgegevens.</p>",
            ),
        ],
        "show_in_menus": False,
    },
]
