"""Articles for the theme "Mensen, vrijwilligers en inclusie"."""

ARTICLES = [
    {
        "slug": "inclusie-en-toegankelijkheid",
        "title": "Een platform voor de hele buurt: inclusie en toegankelijkheid",
        "theme": "mensen-en-vrijwilligers",
        "summary": (
            "Een buurtplatform spreekt voor de hele buurt. Dan moet ook de hele buurt kunnen meedoen. Praktische "
            "stappen om drempels weg te nemen en nieuwe groepen te betrekken."
        ),
        "article_type": "uitleg",
        "audience": "both",
        "tags": ["inclusie", "toegankelijkheid", "diversiteit"],
        "related": ["praktijkvoorbeeld-de-brug", "een-buurtavond-organiseren", "de-vier-taken"],
        "last_reviewed": "2026-10-30",
        "body": [
            (
                "paragraph",
                "<p>Veel platforms herkennen het: aan tafel zitten vooral mensen die al lang in de buurt wonen, "
                "goed Nederlands spreken en 's avonds tijd hebben. Dat is niemands schuld, maar het betekent wel "
                "dat je een deel van de buurt mist. En als je de belangen van de hele buurt wilt kennen, is dat "
                "een probleem.</p>",
            ),
            ("heading", "Inclusie: wie mist er?"),
            (
                "paragraph",
                "<p>Begin met een eerlijke blik. Vergelijk wie er meedoet met wie er in de buurt woont. Denk aan "
                "leeftijd, achtergrond, taal, gezinssituatie, werk, huur of koop, en mensen met een beperking. "
                "Vraag de gebiedsmakelaar of het stadsdeel naar cijfers over de buurt. Welke groepen zie je "
                "nauwelijks?</p>",
            ),
            ("heading", "Ga naar mensen toe"),
            (
                "paragraph",
                "<p>Wie niet komt, moet je opzoeken. Ga naar plekken waar mensen al zijn: het schoolplein, de "
                "moskee of kerk, de sportclub, de markt, de voedselbank, een zelforganisatie. Kom eerst om te "
                "luisteren, niet om te werven. Vraag wat mensen bezighoudt en wat ze nodig hebben om mee te "
                "doen.</p>",
            ),
            ("heading", "Toegankelijkheid: haal drempels weg"),
            (
                "paragraph",
                "<ul>"
                "<li><strong>Plek</strong>: zonder trap bereikbaar, met een toegankelijk toilet.</li>"
                "<li><strong>Tijd</strong>: wissel af tussen avond, middag en weekend. Niet iedereen kan om "
                "acht uur 's avonds.</li>"
                "<li><strong>Taal</strong>: schrijf in eenvoudige taal en vraag bewoners om te tolken of te "
                "vertalen.</li>"
                "<li><strong>Kinderen</strong>: maak het mogelijk om kinderen mee te nemen.</li>"
                "<li><strong>Online</strong>: zorg dat je website en berichten ook leesbaar zijn voor wie slecht "
                "ziet, bijvoorbeeld met grote letters en goed contrast.</li>"
                "<li><strong>Kosten</strong>: meedoen mag niets kosten.</li>"
                "</ul>",
            ),
            (
                "tip",
                {
                    "title": "Vraag het de mensen zelf",
                    "text": "<p>Twijfel je of iets toegankelijk is? Vraag het aan bewoners die er last van "
                    "kunnen hebben. Zij weten het beter dan de kerngroep. Maak er een vast punt van op je "
                    "agenda: wie hebben we deze keer gemist, en hoe komt dat?</p>",
                },
            ),
            ("heading", "Ruimte aan tafel, ook in de kerngroep"),
            (
                "paragraph",
                "<p>Inclusie gaat verder dan meer mensen op een avond. Geef nieuwe groepen ook een plek waar "
                "besloten wordt. Dat kan betekenen dat je werkt met kleinere taken, zodat mensen met weinig "
                "tijd ook kunnen meedoen. Of dat je iemand van een zelforganisatie vraagt om mee te denken in "
                "de kerngroep. Het platform verandert daardoor, en dat is precies de bedoeling.</p>",
            ),
            (
                "quote",
                {
                    "text": (
                        "We vroegen ons af waarom er geen jongeren kwamen. Toen we het ze vroegen, bleek het "
                        "antwoord simpel: niemand had het ze ooit gevraagd."
                    ),
                    "attribution": "Kerngroeplid van een buurtplatform in Zuidoost",
                },
            ),
            (
                "paragraph",
                "<p>In de coalitie kijken platforms met elkaar mee op toegankelijkheid en inclusiviteit, onder "
                "meer met peer review. Zo leer je van wat anderen al hebben geprobeerd.</p>",
            ),
        ],
    },
    {
        "slug": "vrijwilligers-vinden-en-houden",
        "title": "Vrijwilligers vinden en houden",
        "theme": "mensen-en-vrijwilligers",
        "summary": (
            "Een buurtplatform draait op vrijwilligers. Hoe vind je nieuwe mensen, en hoe zorg je dat ze "
            "blijven? Tips over vragen, klein beginnen en waardering."
        ),
        "article_type": "tip",
        "audience": "existing",
        "tags": ["vrijwilligers", "werven", "waardering"],
        "related": ["energie-houden", "inclusie-en-toegankelijkheid", "een-buurtplatform-starten"],
        "last_reviewed": "2026-04-14",
        "body": [
            (
                "paragraph",
                "<p>Zonder vrijwilligers geen buurtplatform. Toch lukt het veel platforms niet om nieuwe mensen "
                "te vinden, terwijl de vaste kern steeds drukker wordt. Met deze tips maak je meedoen "
                "aantrekkelijker.</p>",
            ),
            ("heading", "Vraag het persoonlijk"),
            (
                "paragraph",
                "<p>Een oproep in de nieuwsbrief levert weinig op. De meeste mensen worden vrijwilliger omdat "
                "iemand het ze persoonlijk vraagt. Let op wie er op een buurtavond iets zegt, wie een goed idee "
                "heeft, of wie altijd helpt met stoelen opruimen. Vraag die mensen: 'Wil jij hierbij helpen?'</p>",
            ),
            ("heading", "Maak taken klein en duidelijk"),
            (
                "paragraph",
                "<p>'Kom in de kerngroep' klinkt als veel werk voor onbepaalde tijd. 'Wil je drie keer per jaar de "
                "nieuwsbrief in jouw straat bezorgen?' is overzichtelijk. Maak een lijstje met kleine, concrete "
                "taken met een begin en een eind. Zo kunnen ook mensen met weinig tijd meedoen.</p>",
            ),
            (
                "tip",
                {
                    "title": "Een takenlijst op de buurtavond",
                    "text": "<p>Hang op elke buurtavond een vel op met taken waar je hulp bij zoekt: koffie "
                    "zetten, foto's maken, vertalen, flyers rondbrengen. Mensen schrijven hun naam erbij. Bel ze "
                    "binnen een week op.</p>",
                },
            ),
            ("heading", "Ken de redenen van mensen"),
            (
                "paragraph",
                "<p>Mensen doen om verschillende redenen mee. De een wil iets betekenen voor de buurt, de ander "
                "wil nieuwe mensen leren kennen, ervaring opdoen voor werk of gewoon iets leuks doen. Vraag "
                "nieuwe vrijwilligers waarom ze geïnteresseerd zijn en wat ze graag doen. Dan kun je een taak "
                "zoeken die daarbij past.</p>",
            ),
            ("heading", "Zorg voor een warm welkom"),
            (
                "paragraph",
                "<p>Nieuwe mensen haken af als ze zich buitenstaander voelen. Geef ze een maatje, leg afkortingen "
                "uit en vraag na een paar weken hoe het gaat. Zorg dat ze snel iets zinnigs kunnen doen.</p>",
            ),
            ("heading", "Laat waardering zien"),
            (
                "paragraph",
                "<p>Een bedankje doet meer dan je denkt. Noem vrijwilligers in de nieuwsbrief, organiseer een "
                "keer per jaar een etentje of een uitje, en vertel wat hun werk heeft opgeleverd. Vraag bij je "
                "stadsdeel of het budget ruimte geeft voor kleine attenties.</p>",
            ),
            (
                "qa",
                {
                    "items": [
                        {
                            "question": "Wat als iemand wil stoppen?",
                            "answer": "<p>Dat is normaal. Bedank diegene, vraag wat er beter kan en houd de deur "
                            "open. Wie nu stopt, komt later misschien terug.</p>",
                        },
                        {
                            "question": "Mag iemand ook maar één keer helpen?",
                            "answer": "<p>Ja. Eenmalig helpen is een mooie eerste stap. Veel vaste vrijwilligers "
                            "begonnen zo.</p>",
                        },
                    ]
                },
            ),
            (
                "sources",
                {
                    "title": "Meer informatie",
                    "items": [
                        {
                            "title": "Rijksoverheid",
                            "url": "https://www.rijksoverheid.nl/",
                            "description": "Algemene informatie over vrijwilligerswerk, zoals verzekeringen en "
                            "vergoedingen.",
                        }
                    ],
                },
            ),
        ],
    },
    {
        "slug": "energie-houden",
        "title": "Energie houden: voorkom dat je kerngroep opbrandt",
        "theme": "mensen-en-vrijwilligers",
        "summary": (
            "Het werk van een buurtplatform stopt nooit. Hoe houd je het vol zonder dat een paar mensen alles "
            "dragen? Over grenzen, taken verdelen en plezier."
        ),
        "article_type": "tip",
        "audience": "existing",
        "tags": ["energie", "kerngroep", "overbelasting"],
        "related": ["vrijwilligers-vinden-en-houden", "goed-vergaderen", "een-jaarplan-maken"],
        "last_reviewed": "2024-11-08",
        "body": [
            (
                "paragraph",
                "<p>In veel platforms doen een paar mensen het meeste werk. Ze gaan naar elk overleg, beantwoorden "
                "elke e-mail en zijn het vaste gezicht van het platform. Dat houdt niemand jaren vol. Als die "
                "mensen afhaken, valt het platform stil. Zo voorkom je dat.</p>",
            ),
            ("heading", "Herken de signalen"),
            (
                "paragraph",
                "<ul>"
                "<li>Iemand zegt vaker 'dan doe ik het wel'.</li>"
                "<li>Overleggen gaan over wat er allemaal moet, niet meer over wat er is gelukt.</li>"
                "<li>Mensen reageren laat of kortaf op berichten.</li>"
                "<li>Er komen geen nieuwe gezichten meer bij.</li>"
                "</ul>",
            ),
            ("heading", "Kies minder, en doe het goed"),
            (
                "paragraph",
                "<p>Een platform kan niet alles. Kies per jaar een paar doelen en zeg nee tegen de rest, of zoek "
                "er een andere groep voor. Een "
                '<a href="/organiseren/een-jaarplan-maken/">jaarplan</a> helpt om die keuze bewust te maken. '
                "Nee zeggen tegen een "
                "verzoek van de gemeente of een bewoner mag, als je uitlegt waarom.</p>",
            ),
            ("heading", "Verdeel het werk"),
            (
                "paragraph",
                "<p>Maak zichtbaar wie wat doet. Wissel rollen af, zoals voorzitter en notulist. Geef taken echt uit "
                "handen, ook als een ander het anders doet dan jij. En zorg dat kennis niet in één hoofd zit: "
                "bewaar contacten, afspraken en wachtwoorden op een gedeelde plek.</p>",
            ),
            (
                "tip",
                {
                    "title": "Spreek bereikbaarheid af",
                    "text": "<p>Spreek af wanneer je berichten van het platform beantwoordt, bijvoorbeeld niet "
                    "na negen uur 's avonds en niet op zondag. Zet in je groepsapp dat dringende zaken via een "
                    "vaste persoon lopen die dat die week op zich neemt.</p>",
                },
            ),
            ("heading", "Vergeet het plezier niet"),
            (
                "paragraph",
                "<p>Mensen blijven waar het leuk is. Vier wat er is gelukt, ook kleine dingen. Begin een overleg "
                "met iets wat goed ging. Eet eens samen in plaats van te vergaderen. En gun elkaar een pauze: "
                "wie een paar maanden minder doet, komt vaak met nieuwe energie terug.</p>",
            ),
            (
                "qa",
                {
                    "items": [
                        {
                            "question": "Wat als de voorzitter wil stoppen en niemand het wil overnemen?",
                            "answer": "<p>Kijk of je de taken kunt verdelen over twee of drie mensen. Een "
                            "voorzitter die alleen de vergaderingen leidt, is makkelijker te vinden dan iemand "
                            "die alles doet.</p>",
                        },
                        {
                            "question": "Waar kunnen we terecht als het echt niet meer gaat?",
                            "answer": "<p>Praat erover met andere platforms in de coalitie of vraag "
                            "onafhankelijke ondersteuning, bijvoorbeeld bij Stichting !WOON.</p>",
                        },
                    ]
                },
            ),
            (
                "quote",
                {
                    "text": (
                        "Ik dacht dat het platform zonder mij zou instorten. Toen ik drie maanden weg was, bleek "
                        "dat anderen het prima oppakten. Dat luchtte enorm op."
                    ),
                    "attribution": "Oud-voorzitter van een buurtplatform",
                },
            ),
        ],
    },
    {
        "slug": "praktijkvoorbeeld-de-brug",
        "title": "Praktijkvoorbeeld: van bewonersgroep naar buurtplatform in Zuidoost",
        "theme": "mensen-en-vrijwilligers",
        "summary": (
            "Het fictieve Buurtnetwerk De Brug begon als een groepje bewoners van één flat. Door steeds nieuwe "
            "groepen op te zoeken, groeide het uit tot een netwerk voor de hele buurt."
        ),
        "article_type": "praktijkvoorbeeld",
        "audience": "starting",
        "tags": ["praktijkvoorbeeld", "inclusie", "groei", "zuidoost"],
        "related": ["inclusie-en-toegankelijkheid", "een-buurtplatform-starten", "de-status-aanvragen"],
        "last_reviewed": "2026-07-22",
        "body": [
            (
                "paragraph",
                "<p><em>Dit voorbeeld is verzonnen. Buurtnetwerk De Brug bestaat niet; het verhaal is gebaseerd "
                "op ervaringen van verschillende groepen.</em></p>",
            ),
            ("heading", "Klein begonnen"),
            (
                "paragraph",
                "<p>Het begon met een lekkage. Een paar bewoners van een flat in Zuidoost wachtten al maanden op "
                "een reparatie en besloten samen op te trekken. Dat lukte. Daarna kwamen de vragen: kunnen we "
                "niet meer samen doen? En hoe zit het in de flats ernaast?</p>",
            ),
            ("heading", "De buurt verkennen"),
            (
                "paragraph",
                "<p>De groep ging op bezoek bij andere bewonerscommissies, een vrouwenorganisatie, een kerk, een "
                "jongerenwerker en een voetbalclub. Ze merkten dat iedereen met vergelijkbare vragen bezig was, "
                "maar dat niemand de anderen kende. Zo ontstond het idee voor een netwerk: De Brug.</p>",
            ),
            (
                "image",
                {
                    "label": "Een netwerk van groepen",
                    "alt": "Tekening van een brug met daarop mensen uit verschillende groepen.",
                    "caption": "De naam De Brug kwam van een bewoner: 'we slaan bruggen tussen groepen'.",
                },
            ),
            ("heading", "Iedereen aan tafel"),
            (
                "paragraph",
                "<p>De Brug koos er bewust voor om de kerngroep gemengd te maken. Elke aangesloten groep kon "
                "iemand afvaardigen. Overleggen waren op zaterdagmiddag, met kinderopvang in de ruimte ernaast. "
                "Belangrijke berichten gingen in het Nederlands, met korte samenvattingen in andere talen die "
                "bewoners zelf maakten. Zo werden de ideeën van de hele buurt zichtbaar.</p>",
            ),
            (
                "quote",
                {
                    "text": (
                        "Vroeger waren wij de groep van die ene flat. Nu bellen andere groepen ons als ze iets "
                        "willen organiseren."
                    ),
                    "attribution": "Kerngroeplid van De Brug (fictief)",
                },
            ),
            ("heading", "Op weg naar de status"),
            (
                "paragraph",
                "<p>Na twee jaar samenwerken sloot De Brug zich aan bij de coalitie van buurtplatformen in Zuidoost. "
                "Daar leerden ze van platforms die de status al hadden. Met hulp van de gebiedsmakelaar bereidden "
                "ze een aanvraag voor bij het stadsdeel. Ze konden laten zien welke belangen ze kenden, welke "
                "groepen meededen en hoe ze de buurt op de hoogte hielden.</p>",
            ),
            (
                "example",
                {
                    "title": "Wat hielp",
                    "text": "<ul>"
                    "<li>Beginnen bij een concreet probleem dat mensen samen oplosten.</li>"
                    "<li>Op bezoek gaan in plaats van uitnodigen.</li>"
                    "<li>Overleg op een tijd en plek die voor gezinnen werkt.</li>"
                    "<li>Steun van andere platforms in de coalitie.</li>"
                    "</ul>",
                },
            ),
            (
                "paragraph",
                "<p>Is jouw groep ook aan het groeien naar de rol van buurtplatform? Ook dan ben je welkom in de "
                'coalitie. <a href="/aanmelden/">Meld je groep aan</a>.</p>',
            ),
        ],
    },
]
