"""Articles for the theme "Geld en middelen": budget, accountability, a place and support."""

ARTICLES = [
    {
        "slug": "budget-en-verantwoording",
        "title": "Budget en verantwoording: zo houd je het eenvoudig",
        "theme": "geld-en-middelen",
        "summary": (
            "Een buurtplatform met de status krijgt een beperkt budget. Hoe besteed je dat verstandig, en hoe "
            "leg je verantwoording af aan de gemeente én aan de buurt?"
        ),
        "article_type": "uitleg",
        "audience": "existing",
        "tags": ["geld", "budget", "verantwoording", "penningmeester"],
        "related": ["een-begroting-maken", "een-jaarplan-maken", "praktijkvoorbeeld-groene-hoven"],
        "last_reviewed": "2026-05-11",
        "body": [
            (
                "paragraph",
                "<p>Bij de steun die een buurtplatform met de status krijgt, hoort een beperkt budget. Dat geld "
                "is bedoeld om je werk als platform te kunnen doen: bijeenkomsten, communicatie, kleine "
                "activiteiten. Hoe groot het budget is en waar je het aan mag besteden, spreek je af met je "
                "stadsdeel. Vraag daar ook na welke regels er gelden.</p>",
            ),
            ("heading", "Regel het geld samen"),
            (
                "paragraph",
                "<p>Laat het geld nooit bij één persoon. Een paar eenvoudige afspraken maken het veilig:</p>"
                "<ul>"
                "<li>Een eigen bankrekening op naam van het platform, niet op iemands privérekening.</li>"
                "<li>Een penningmeester die de boeken bijhoudt, en iemand anders die meekijkt.</li>"
                "<li>Vooraf afspreken wie welke uitgaven mag doen, en vanaf welk bedrag je het samen "
                "bespreekt.</li>"
                "<li>Van elke uitgave een bon of factuur bewaren.</li>"
                "</ul>",
            ),
            ("heading", "Verantwoording aan de gemeente"),
            (
                "paragraph",
                "<p>Als je geld van de gemeente krijgt, moet je laten zien wat je ermee hebt gedaan. Meestal gaat "
                "het om twee dingen: wat heb je gedaan (een inhoudelijk verslag) en wat heeft het gekost (een "
                "financieel overzicht). Vraag bij je stadsdeel na wat ze precies willen zien en wanneer. Werk je "
                "met een jaarplan en een begroting, dan is de verantwoording vooral een vergelijking: wat "
                "hadden we gepland en wat is het geworden?</p>",
            ),
            ("heading", "Verantwoording aan de buurt"),
            (
                "paragraph",
                "<p>Minstens zo belangrijk is dat de buurt weet wat je met het geld doet. Het is geld dat voor de "
                "buurt bedoeld is. Zet een eenvoudig overzicht in je nieuwsbrief of op je website, en bespreek "
                "het op een open buurtavond. Dat past bij de taak om de buurt te vertellen wat je doet en "
                "waarom.</p>",
            ),
            (
                "tip",
                {
                    "title": "Laat de buurt meebeslissen",
                    "text": "<p>Een deel van het budget kun je laten verdelen door bewoners zelf. Laat buren "
                    "ideeën indienen en stem er samen over op een buurtavond. Zo activeer je bewoners en wordt "
                    "het geld echt van de buurt.</p>",
                },
            ),
            (
                "qa",
                {
                    "items": [
                        {
                            "question": "Mogen we vrijwilligers betalen?",
                            "answer": "<p>Daar zijn regels voor, en die kunnen veranderen. Vraag het na bij je "
                            "stadsdeel en kijk op de website van de Rijksoverheid voordat je iets afspreekt.</p>",
                        },
                        {
                            "question": "Wat als we geld overhouden?",
                            "answer": "<p>Bespreek dat op tijd met je stadsdeel. Vaak is het beter om vroeg te "
                            "melden dat iets anders loopt dan aan het eind van het jaar.</p>",
                        },
                    ]
                },
            ),
            (
                "sources",
                {
                    "title": "Meer weten",
                    "items": [
                        {
                            "title": "Gemeente Amsterdam",
                            "url": "https://www.amsterdam.nl/",
                            "description": "Informatie over subsidies en over je stadsdeel.",
                        },
                        {
                            "title": "Rijksoverheid",
                            "url": "https://www.rijksoverheid.nl/",
                            "description": "Algemene informatie over vrijwilligerswerk en de regels daarvoor.",
                        },
                    ],
                },
            ),
        ],
    },
    {
        "slug": "een-begroting-maken",
        "title": "Een eenvoudige begroting maken",
        "theme": "geld-en-middelen",
        "summary": (
            "Met een simpele tabel weet je vooraf wat je uitgeeft en achteraf wat het werd. Een sjabloon voor "
            "een begroting die iedereen in de kerngroep begrijpt."
        ),
        "article_type": "hulpmiddel",
        "audience": "both",
        "tags": ["begroting", "geld", "sjabloon"],
        "related": ["budget-en-verantwoording", "een-jaarplan-maken"],
        "last_reviewed": "2026-03-03",
        "body": [
            (
                "paragraph",
                "<p>Een begroting klinkt ingewikkeld, maar het is gewoon een lijstje: wat verwachten we uit te "
                "geven en wat verwachten we binnen te krijgen? Voor een buurtplatform is een tabel met een paar "
                "regels genoeg. Het belangrijkste is dat iedereen in de kerngroep hem snapt, niet alleen de "
                "penningmeester.</p>",
            ),
            ("heading", "Van jaarplan naar begroting"),
            (
                "paragraph",
                "<p>Begin bij je jaarplan. Zet bij elke activiteit wat die ongeveer kost. Denk aan huur van een "
                "zaal, koffie en thee, drukwerk, een website, materiaal en onkosten van vrijwilligers. Tel alles "
                "op. Zet daarna aan de andere kant wat je verwacht binnen te krijgen: het budget van het "
                "stadsdeel, een bijdrage van een fonds, opbrengst van een activiteit.</p>",
            ),
            (
                "document",
                {
                    "title": "Sjabloon: begroting van het buurtplatform",
                    "filename": "begroting-sjabloon.txt",
                    "content": (
                        "BEGROTING BUURTPLATFORM [naam] - JAAR [jaar]\n"
                        "\n"
                        "UITGAVEN                        | Begroot | Werkelijk | Toelichting\n"
                        "--------------------------------+---------+-----------+-------------\n"
                        "Zaalhuur buurtavonden           |         |           |\n"
                        "Koffie, thee en iets lekkers    |         |           |\n"
                        "Drukwerk (flyers, posters)      |         |           |\n"
                        "Website en e-mail               |         |           |\n"
                        "Activiteiten van bewoners       |         |           |\n"
                        "Onkosten vrijwilligers          |         |           |\n"
                        "Onvoorzien                      |         |           |\n"
                        "TOTAAL UITGAVEN                 |         |           |\n"
                        "\n"
                        "INKOMSTEN                       | Begroot | Werkelijk | Toelichting\n"
                        "--------------------------------+---------+-----------+-------------\n"
                        "Budget stadsdeel                |         |           |\n"
                        "Bijdrage fonds                  |         |           |\n"
                        "Overige inkomsten               |         |           |\n"
                        "TOTAAL INKOMSTEN                |         |           |\n"
                        "\n"
                        "VERSCHIL (inkomsten - uitgaven) |         |           |\n"
                        "\n"
                        "Vastgesteld in het overleg van: [datum]\n"
                    ),
                },
            ),
            ("heading", "Zo gebruik je het sjabloon"),
            (
                "paragraph",
                "<ul>"
                "<li>Vul aan het begin van het jaar de kolom <em>Begroot</em> in.</li>"
                "<li>Houd de kolom <em>Werkelijk</em> bij, bijvoorbeeld elk kwartaal.</li>"
                "<li>Leg in de kolom <em>Toelichting</em> uit waarom iets anders liep.</li>"
                "<li>Houd een kleine post onvoorzien aan voor tegenvallers.</li>"
                "</ul>",
            ),
            ("heading", "Wie doet wat?"),
            (
                "paragraph",
                "<p>De penningmeester houdt de begroting bij, maar de hele kerngroep is er samen "
                "verantwoordelijk voor. Bespreek de stand een paar keer per jaar in het overleg. Zo zie je op "
                "tijd of je te veel of te weinig uitgeeft, en kun je samen bijsturen.</p>",
            ),
            (
                "tip",
                {
                    "title": "Rond bedragen af",
                    "text": "<p>In een begroting hoef je niet op de cent nauwkeurig te zijn. Ronde bedragen "
                    "maken de tabel leesbaar. Bij de verantwoording achteraf gebruik je wel de echte bedragen "
                    "van je bonnen en afschriften.</p>",
                },
            ),
            (
                "qa",
                {
                    "items": [
                        {
                            "question": "Wat als een activiteit duurder uitvalt?",
                            "answer": "<p>Kijk eerst of je kunt schuiven met andere posten of met onvoorzien. "
                            "Gaat het om een groot verschil, bespreek het dan in het overleg en meld het op tijd "
                            "bij wie het geld geeft.</p>",
                        },
                        {
                            "question": "Moet de begroting kloppen tot op nul?",
                            "answer": "<p>Nee. Zorg wel dat je niet meer uitgeeft dan je verwacht binnen te krijgen. "
                            "Houd je iets over, leg dan uit waarom en vraag bij je stadsdeel na wat je met het "
                            "restant moet doen.</p>",
                        },
                    ]
                },
            ),
            (
                "paragraph",
                "<p>Laat de begroting vaststellen in je overleg en schrijf de datum erbij. Zo weet iedereen welke "
                "versie geldt. Deel een samenvatting met de buurt: dat maakt je platform transparant en laat zien "
                "dat je zorgvuldig met buurtgeld omgaat.</p>",
            ),
        ],
    },
    {
        "slug": "een-plek-en-ondersteuning",
        "title": "Een plek en onafhankelijke ondersteuning",
        "theme": "geld-en-middelen",
        "summary": (
            "Naast een budget hoort bij de status ook een plek om samen te komen en onafhankelijke "
            "ondersteuning. Hoe vind je een goede plek, en bij wie kun je terecht met vragen?"
        ),
        "article_type": "tip",
        "audience": "both",
        "tags": ["ruimte", "ondersteuning", "buurthuis"],
        "related": ["budget-en-verantwoording", "inclusie-en-toegankelijkheid", "wie-is-wie-bij-de-gemeente"],
        "last_reviewed": "2026-06-30",
        "body": [
            (
                "paragraph",
                "<p>Het buurtplatformrecht noemt drie soorten steun: een beperkt budget, een plek en onafhankelijke "
                "ondersteuning. Over geld lees je meer in "
                '<a href="/geld-en-middelen/budget-en-verantwoording/">budget en verantwoording</a>. '
                "Hier gaat het over de andere twee. "
                "Wat je precies krijgt, spreek je af met je stadsdeel.</p>",
            ),
            ("heading", "Een plek om samen te komen"),
            (
                "paragraph",
                "<p>Een vaste plek maakt een platform zichtbaar. Mensen weten waar ze je kunnen vinden. Denk aan "
                "een ruimte in een buurthuis, een bibliotheek, een school of een wijkcentrum. Soms is er een "
                "ondernemer of een woningcorporatie die ruimte beschikbaar stelt. Let bij het kiezen op een paar "
                "dingen:</p>"
                "<ul>"
                "<li>Is de plek goed bereikbaar, ook zonder trap en met een rolstoel?</li>"
                "<li>Voelt iedereen zich er welkom? Een plek die bij één groep hoort, kan anderen afschrikken.</li>"
                "<li>Kun je er 's avonds en in het weekend terecht?</li>"
                "<li>Is er ruimte om spullen op te slaan?</li>"
                "</ul>",
            ),
            (
                "tip",
                {
                    "title": "Wissel af",
                    "text": "<p>Je hoeft niet altijd op dezelfde plek te vergaderen. Houd een buurtavond eens in "
                    "een café, de sporthal of het schoolplein. Zo bereik je andere mensen en leer je de buurt "
                    "beter kennen.</p>",
                },
            ),
            ("heading", "Onafhankelijke ondersteuning"),
            (
                "paragraph",
                "<p>Onafhankelijk betekent: iemand die niet voor de gemeente werkt en geen eigen belang heeft in de "
                "buurt. Zo iemand kan met je meedenken over bijvoorbeeld:</p>"
                "<ul>"
                "<li>je aanvraag voor de status of een verlenging;</li>"
                "<li>een advies op een plan van de gemeente;</li>"
                "<li>een conflict in de groep of met een andere groep;</li>"
                "<li>het opzetten van een vereniging of stichting.</li>"
                "</ul>"
                "<p>In Amsterdam geeft Stichting !WOON bewoners onafhankelijk advies over wonen en meedoen. De "
                "redactie van !WOON houdt ook deze kennisbank bij. Vraag bij je stadsdeel welke ondersteuning "
                "er voor jullie platform is geregeld.</p>",
            ),
            (
                "quote",
                {
                    "text": (
                        "Onze adviseur zei een keer: 'Wat wil de buurt eigenlijk?' Die vraag hadden we onszelf "
                        "al maanden niet gesteld."
                    ),
                    "attribution": "Penningmeester van een buurtplatform in Noord",
                },
            ),
            (
                "paragraph",
                "<p>Ook andere platforms zijn een bron van steun. In de Coalitie van Buurtplatformen Amsterdam "
                "en in de coalities per stadsdeel, zoals die in Zuidoost, helpen platforms elkaar. "
                '<a href="/aanmelden/">Meld je groep aan</a> om mee te doen.</p>',
            ),
            (
                "sources",
                {
                    "title": "Waar kun je terecht?",
                    "items": [
                        {
                            "title": "!WOON",
                            "url": "https://www.wooninfo.nl/",
                            "description": "Onafhankelijk advies voor bewoners en bewonersgroepen in Amsterdam.",
                        },
                        {
                            "title": "Gemeente Amsterdam",
                            "url": "https://www.amsterdam.nl/",
                            "description": "Contactgegevens van je stadsdeel en informatie over buurthuizen.",
                        },
                    ],
                },
            ),
        ],
    },
    {
        "slug": "praktijkvoorbeeld-groene-hoven",
        "title": "Praktijkvoorbeeld: een buurtbudget dat de buurt zelf verdeelt",
        "theme": "geld-en-middelen",
        "summary": (
            "Het fictieve Bewonersplatform Groene Hoven in Nieuw-West liet bewoners zelf kiezen waar een deel "
            "van het budget naartoe ging. Wat werkte, en wat bleek lastig?"
        ),
        "article_type": "praktijkvoorbeeld",
        "audience": "existing",
        "tags": ["praktijkvoorbeeld", "budget", "bewonersregie"],
        "related": ["budget-en-verantwoording", "een-begroting-maken", "vrijwilligers-vinden-en-houden"],
        "last_reviewed": "2026-10-21",
        "body": [
            (
                "paragraph",
                "<p><em>Dit voorbeeld is verzonnen. Bewonersplatform Groene Hoven bestaat niet; het verhaal is "
                "gebaseerd op ervaringen van verschillende platforms.</em></p>",
            ),
            ("heading", "Het idee"),
            (
                "paragraph",
                "<p>De kerngroep van Groene Hoven merkte dat steeds dezelfde mensen met ideeën kwamen. Om "
                "andere bewoners te betrekken, besloot het platform een deel van het budget door de buurt te "
                "laten verdelen. Iedereen mocht een idee indienen voor iets dat de buurt beter maakt. Bewoners "
                "kozen zelf de winnaars.</p>",
            ),
            ("heading", "Hoe het ging"),
            (
                "paragraph",
                "<ol>"
                "<li>Het platform maakte een kort formulier op papier en online, in eenvoudige taal.</li>"
                "<li>Vrijwilligers gingen langs bij de school, de moskee, het buurthuis en de markt om "
                "het idee uit te leggen.</li>"
                "<li>Er kwamen zeventien ideeën binnen, van een geveltuin tot een kookcursus voor vaders.</li>"
                "<li>Op een buurtavond presenteerden de indieners hun plan in twee minuten.</li>"
                "<li>Bewoners stemden met stickers. De ideeën met de meeste stemmen kregen geld, tot het potje "
                "op was.</li>"
                "</ol>",
            ),
            (
                "image",
                {
                    "label": "Stemmen met stickers",
                    "alt": "Een tafel met posters van buurtideeën vol gekleurde stickers.",
                    "caption": "Op de buurtavond stemden bewoners met stickers op de ideeën.",
                },
            ),
            (
                "quote",
                {
                    "text": (
                        "Ik had nog nooit iets met het platform te maken. Nu draai ik samen met mijn buurvrouw "
                        "een kookclub."
                    ),
                    "attribution": "Indiener van een idee (fictief)",
                },
            ),
            ("heading", "Wat lastig was"),
            (
                "paragraph",
                "<p>Niet alles ging vanzelf. Sommige indieners hadden hulp nodig bij het inschatten van de kosten. "
                "Een paar ideeën pasten niet binnen de afspraken met het stadsdeel over waar het geld voor "
                "bedoeld is. En de verantwoording kostte de penningmeester meer tijd, omdat er meer kleine "
                "uitgaven waren.</p>",
            ),
            (
                "example",
                {
                    "title": "De oplossing",
                    "text": "<p>Het jaar erna legde het platform vooraf uit welke ideeën wel en niet konden. Elke "
                    "indiener kreeg een maatje uit de kerngroep. En winnaars leverden hun bonnetjes in bij één "
                    "vast moment, zodat de penningmeester niet steeds hoefde na te bellen.</p>",
                },
            ),
            ("heading", "Wat je ervan kunt leren"),
            (
                "paragraph",
                "<ul>"
                "<li>Vraag je stadsdeel vooraf of deze manier van verdelen past bij de afspraken over je "
                "budget.</li>"
                "<li>Maak de spelregels kort en duidelijk.</li>"
                "<li>Ga naar mensen toe; een formulier alleen is niet genoeg.</li>"
                "<li>Vertel na afloop wat er met alle ideeën is gebeurd, ook met de ideeën die geen geld "
                "kregen.</li>"
                "</ul>",
            ),
        ],
    },
]
