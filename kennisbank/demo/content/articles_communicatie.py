"""Articles for the theme "Communicatie en bereik"."""

ARTICLES = [
    {
        "slug": "communiceren-met-de-buurt",
        "title": "Communiceren met de buurt: vertel wat je doet en waarom",
        "theme": "communicatie-en-bereik",
        "summary": (
            "Een buurtplatform moet de buurt vertellen wat het doet en waarom. Met een mix van e-mail, "
            "buurt-app, papier en gesprekken bereik je meer mensen dan met één kanaal."
        ),
        "article_type": "uitleg",
        "audience": "both",
        "tags": ["communicatie", "nieuwsbrief", "bereik"],
        "related": ["een-buurtavond-organiseren", "praktijkvoorbeeld-waterkant-verbindt", "de-vier-taken"],
        "last_reviewed": "2026-09-28",
        "body": [
            (
                "paragraph",
                "<p>Een van de vier taken van een buurtplatform is de buurt vertellen wat je doet en waarom. Dat "
                "klinkt eenvoudig, maar in de praktijk weet een groot deel van de buurt niet eens dat er een "
                "platform is. Goede communicatie is daarom geen bijzaak. Het is de manier waarop je vertrouwen "
                "opbouwt en nieuwe mensen vindt.</p>",
            ),
            ("heading", "Kies een mix van kanalen"),
            (
                "paragraph",
                "<p>Niet iedereen leest e-mail, en niet iedereen zit in een buurt-app. Gebruik daarom meerdere "
                "kanalen naast elkaar:</p>"
                "<ul>"
                "<li><strong>Een nieuwsbrief per e-mail</strong>, bijvoorbeeld elke maand of elk kwartaal.</li>"
                "<li><strong>Een groep in een buurt-app</strong> of een berichtendienst, voor snel nieuws en "
                "vragen.</li>"
                "<li><strong>Papier</strong>: een flyer in de bus, een poster in het portiek, een prikbord in de "
                "supermarkt of bij de huisarts.</li>"
                "<li><strong>Een eenvoudige website</strong> of pagina waar je afspraken, verslagen en "
                "contactgegevens zet.</li>"
                "<li><strong>Gesprekken</strong>: een kraam op de markt, een rondje langs de deuren, koffie op "
                "het plein.</li>"
                "</ul>",
            ),
            ("heading", "Schrijf zoals je praat"),
            (
                "paragraph",
                "<p>Gebruik korte zinnen en gewone woorden. Vermijd afkortingen en ambtelijke taal: schrijf "
                "'het plan voor het plein' in plaats van 'het herinrichtingsvoorstel openbare ruimte'. Begin met "
                "wat het voor de lezer betekent. Een foto zegt vaak meer dan een alinea.</p>",
            ),
            (
                "tip",
                {
                    "title": "Vertel ook het waarom",
                    "text": "<p>Bewoners willen niet alleen weten wat je doet, maar ook waarom. Waarom praat "
                    "het platform mee over de parkeerplaatsen? Waarom ging het budget naar de speeltuin? Als je "
                    "je keuzes uitlegt, begrijpen mensen ze beter, ook als ze het er niet mee eens zijn.</p>",
                },
            ),
            ("heading", "Maak het tweerichtingsverkeer"),
            (
                "paragraph",
                "<p>Communicatie is niet alleen zenden. Vraag in elke nieuwsbrief om reacties, geef een "
                "e-mailadres of telefoonnummer van het platform, en laat zien wat je met reacties doet. "
                "Zo wordt je nieuwsbrief een gesprek met de buurt.</p>",
            ),
            (
                "qa",
                {
                    "items": [
                        {
                            "question": "Hoe vaak moeten we iets laten horen?",
                            "answer": "<p>Liever regelmatig en kort dan af en toe en lang. Een vast ritme, zoals "
                            "elke eerste week van de maand, helpt mensen om je bericht te verwachten.</p>",
                        },
                        {
                            "question": "Wat mogen we met e-mailadressen van bewoners?",
                            "answer": "<p>Gebruik ze alleen waarvoor mensen ze gaven, vraag vooraf toestemming en "
                            "maak afmelden makkelijk. Deel adressen nooit met anderen. Op de website van de "
                            "Rijksoverheid lees je meer over de privacyregels (AVG).</p>",
                        },
                    ]
                },
            ),
            (
                "sources",
                {
                    "title": "Achtergrond",
                    "items": [
                        {
                            "title": "Rijksoverheid",
                            "url": "https://www.rijksoverheid.nl/",
                            "description": "Uitleg over de privacyregels, ook voor vrijwilligersorganisaties.",
                        }
                    ],
                },
            ),
        ],
    },
    {
        "slug": "een-buurtavond-organiseren",
        "title": "Checklist: een buurtavond organiseren",
        "theme": "communicatie-en-bereik",
        "summary": (
            "Een buurtavond is het visitekaartje van je platform. Met deze checklist vergeet je niets: van "
            "uitnodiging en toegankelijkheid tot het verslag achteraf."
        ),
        "article_type": "hulpmiddel",
        "audience": "both",
        "tags": ["buurtavond", "checklist", "bijeenkomst"],
        "related": ["communiceren-met-de-buurt", "inclusie-en-toegankelijkheid", "een-buurtplatform-starten"],
        "last_reviewed": "2026-08-03",
        "body": [
            (
                "paragraph",
                "<p>Op een buurtavond ontmoet je de buurt. Mensen maken er kennis met het platform, denken mee "
                "over plannen en horen wat er is gedaan. Een goede avond levert nieuwe ideeën en nieuwe "
                "vrijwilligers op. Een rommelige avond kan mensen juist afschrikken. Deze checklist helpt je "
                "bij de voorbereiding.</p>",
            ),
            (
                "document",
                {
                    "title": "Checklist buurtavond",
                    "filename": "checklist-buurtavond.txt",
                    "content": (
                        "CHECKLIST BUURTAVOND\n"
                        "\n"
                        "Vier tot zes weken van tevoren\n"
                        "[ ] Doel van de avond in één zin opgeschreven\n"
                        "[ ] Datum gekozen (let op feestdagen, schoolvakanties en religieuze feesten)\n"
                        "[ ] Plek geregeld: bereikbaar zonder trap, toilet, genoeg stoelen\n"
                        "[ ] Rollen verdeeld: gastvrouw/gastheer, gespreksleider, notulist, tijdbewaker\n"
                        "\n"
                        "Twee tot drie weken van tevoren\n"
                        "[ ] Uitnodiging in eenvoudige taal gemaakt (wat, waar, wanneer, waarom)\n"
                        "[ ] Verspreid via e-mail, buurt-app, flyers en posters\n"
                        "[ ] Persoonlijk uitgenodigd: groepen die we weinig zien\n"
                        "[ ] Gemeld bij de gebiedsmakelaar als de gemeente iets moet vertellen\n"
                        "\n"
                        "De week ervoor\n"
                        "[ ] Programma klaar, met pauze, niet langer dan twee uur\n"
                        "[ ] Koffie, thee, water en iets te eten geregeld\n"
                        "[ ] Materiaal: naamstickers, pennen, grote vellen, kaart van de buurt\n"
                        "[ ] Hulp geregeld voor wie slecht hoort of de taal nog leert\n"
                        "\n"
                        "Op de avond\n"
                        "[ ] Mensen bij de deur welkom heten\n"
                        "[ ] Intekenlijst voor wie op de hoogte wil blijven (met toestemming)\n"
                        "[ ] Uitleg: wie zijn we en wat gebeurt er met wat jullie zeggen?\n"
                        "[ ] Iedereen krijgt de kans om iets te zeggen, ook in kleine groepjes\n"
                        "\n"
                        "Binnen een week erna\n"
                        "[ ] Kort verslag naar de deelnemers en de buurt\n"
                        "[ ] Acties verdeeld en op de agenda van het volgende overleg\n"
                        "[ ] Nieuwe aanmeldingen persoonlijk bedankt\n"
                    ),
                },
            ),
            ("heading", "Een goede opbouw"),
            (
                "paragraph",
                "<p>Begin met een warm welkom en een korte uitleg. Houd praatjes vooraf kort; de buurt komt om "
                "mee te praten, niet om te luisteren. Werk in kleine groepen aan tafels, met op elke tafel "
                "iemand van het platform die noteert. Sluit af met wat er gaat gebeuren met alle ideeën.</p>",
            ),
            (
                "tip",
                {
                    "title": "Gebruik geen jargon",
                    "text": "<p>Spreek af dat niemand afkortingen of ambtelijke woorden gebruikt zonder uitleg. "
                    "Geef iemand de taak om te vragen 'wat bedoel je daarmee?' als het toch gebeurt. Dat geldt "
                    "ook voor gasten van de gemeente.</p>",
                },
            ),
            ("heading", "Werkvormen die werken"),
            (
                "paragraph",
                "<ul>"
                "<li><strong>De grote kaart</strong>: leg een kaart van de buurt op tafel en laat mensen met "
                "stickers aanwijzen waar iets goed gaat en waar iets beter kan.</li>"
                "<li><strong>Tafelgesprekken</strong>: kleine groepen van zes tot acht mensen, elk met een eigen "
                "vraag. Na twintig minuten wisselen.</li>"
                "<li><strong>De ideeënmuur</strong>: een muur met lege vellen waar iedereen ideeën op kan "
                "schrijven of tekenen, ook wie niet graag praat in een groep.</li>"
                "<li><strong>Stemmen met stippen</strong>: iedereen krijgt drie stippen om te verdelen over de "
                "onderwerpen die het belangrijkst zijn.</li>"
                "</ul>",
            ),
            ("heading", "Na afloop"),
            (
                "paragraph",
                "<p>De avond is pas klaar als de buurt weet wat ermee gebeurt. Stuur binnen een week een kort "
                "verslag naar iedereen die kwam en zet het in je nieuwsbrief. Noem de belangrijkste ideeën en "
                "vertel wat het platform ermee gaat doen. Bedank de mensen die hielpen. En kijk met de kerngroep "
                "terug: wie waren er, wie misten we, en wat doen we de volgende keer anders? Zo wordt elke "
                "buurtavond een beetje beter dan de vorige.</p>",
            ),
            (
                "quote",
                {
                    "text": "De beste avond had geen beamer. Alleen tafels, koffie en een grote kaart van de buurt.",
                    "attribution": "Gespreksleider van een buurtplatform in Oost",
                },
            ),
        ],
    },
    {
        "slug": "praktijkvoorbeeld-waterkant-verbindt",
        "title": "Praktijkvoorbeeld: meer bewoners bereiken met een nieuwsbrief in drie vormen",
        "theme": "communicatie-en-bereik",
        "summary": (
            "Het fictieve Buurtplatform Waterkant Verbindt in Noord merkte dat de nieuwsbrief alleen de "
            "vaste groep bereikte. Met papier, e-mail en de buurt-app kwam daar verandering in."
        ),
        "article_type": "praktijkvoorbeeld",
        "audience": "both",
        "tags": ["praktijkvoorbeeld", "nieuwsbrief", "bereik", "communicatie"],
        "related": ["communiceren-met-de-buurt", "inclusie-en-toegankelijkheid"],
        "last_reviewed": "2026-11-09",
        "body": [
            (
                "paragraph",
                "<p><em>Dit voorbeeld is verzonnen. Buurtplatform Waterkant Verbindt bestaat niet; het is "
                "samengesteld uit ervaringen van verschillende platforms.</em></p>",
            ),
            ("heading", "Het probleem"),
            (
                "paragraph",
                "<p>Waterkant Verbindt stuurde elke maand een nette nieuwsbrief per e-mail. Maar op buurtavonden "
                "zaten steeds dezelfde veertig mensen. Uit een rondje langs de deuren bleek waarom: veel bewoners "
                "hadden nog nooit van het platform gehoord. De nieuwsbrief ging vooral naar mensen die al "
                "meededen.</p>",
            ),
            ("heading", "De aanpak"),
            (
                "paragraph",
                "<p>De kerngroep besloot hetzelfde nieuws in drie vormen te brengen:</p>"
                "<ul>"
                "<li><strong>Een A4 op papier</strong> met drie korte berichten en veel plaatjes, in de bus bij "
                "elke woning en op de prikborden in de portieken.</li>"
                "<li><strong>De e-mail</strong> met het hele verhaal en links naar verslagen.</li>"
                "<li><strong>Een kort bericht in de buurt-app</strong>, met een foto en een vraag aan de "
                "buurt.</li>"
                "</ul>"
                "<p>Voor het papieren A4 vroeg het platform bewoners die een andere taal spreken om mee te lezen. "
                "Zij gaven tips om de tekst eenvoudiger te maken, en een paar van hen vertaalden de kern van elk "
                "bericht in een kort kader.</p>",
            ),
            (
                "image",
                {
                    "label": "Nieuws van de Waterkant",
                    "alt": "Een eenvoudige nieuwsbrief op papier met drie korte berichten en foto's.",
                    "caption": "De papieren versie: drie berichten, veel beeld, weinig tekst.",
                },
            ),
            ("heading", "Het resultaat"),
            (
                "paragraph",
                "<p>Na een half jaar kwamen er op de buurtavond ook mensen die het platform nog niet kenden. "
                "Meerdere bewoners zeiden dat ze het papiertje in de bus hadden gezien. De buurt-app leverde "
                "vooral snelle reacties op, zoals ideeën voor het zomerfeest. Twee nieuwe vrijwilligers helpen "
                "nu met bezorgen.</p>",
            ),
            (
                "quote",
                {
                    "text": "Ik lees nooit e-mail van clubs. Maar dat blaadje op de mat, dat lees ik wel.",
                    "attribution": "Bewoner aan de Waterkant (fictief)",
                },
            ),
            (
                "example",
                {
                    "title": "Wat het kostte",
                    "text": "<p>Het drukwerk was een vaste post op de begroting. Het bezorgen deden "
                    "vrijwilligers, ieder in hun eigen straat. Dat kostte tijd, maar leverde ook praatjes aan de "
                    "deur op: zo leerde het platform nieuwe mensen kennen.</p>",
                },
            ),
            ("heading", "Wat je ervan kunt leren"),
            (
                "paragraph",
                "<ul>"
                "<li>Vraag de buurt hoe ze nieuws krijgen, in plaats van het te raden.</li>"
                "<li>Vertel hetzelfde nieuws op meerdere manieren.</li>"
                "<li>Laat teksten lezen door mensen voor wie ze bedoeld zijn.</li>"
                "</ul>",
            ),
        ],
    },
]
