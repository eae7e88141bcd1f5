"""Articles for the theme "Organiseren": what a platform is, starting one, legal forms, meetings, plans."""

ARTICLES = [
    {
        "slug": "wat-is-een-buurtplatform",
        "title": "Wat is een buurtplatform?",
        "theme": "organiseren",
        "summary": (
            "Een buurtplatform verbindt de actieve bewoners en initiatieven in een buurt. Het is geen club "
            "naast alle andere clubs, maar een plek waar ze elkaar vinden en samen sterker staan."
        ),
        "article_type": "uitleg",
        "audience": "starting",
        "tags": ["buurtplatform", "starten", "bewoners"],
        "related": ["een-buurtplatform-starten", "het-buurtplatformrecht-in-het-kort", "de-vier-taken"],
        "last_reviewed": "2026-09-01",
        "body": [
            ("heading", "Een koepel van bewoners"),
            (
                "paragraph",
                "<p>In bijna elke buurt zijn mensen actief. Er is een groep die de speeltuin bijhoudt, een "
                "moestuinclub, een koffieochtend in het buurthuis, een bewonerscommissie van een flat en "
                "misschien een groep die zich zorgen maakt over het verkeer. Vaak weten die groepen weinig van "
                "elkaar. Een buurtplatform brengt ze bij elkaar. Het is een koepel: een netwerk van bewoners en "
                "initiatieven die samen zeggen wat de buurt nodig heeft.</p>",
            ),
            (
                "paragraph",
                "<p>Een buurtplatform wordt gedragen door bewoners. Er zit geen organisatie of instelling achter "
                "die de koers bepaalt. Bewoners kiezen zelf waar ze aan werken en hoe ze dat doen. Dat maakt een "
                "platform anders dan een adviesraad die door de gemeente is ingesteld.</p>",
            ),
            ("heading", "Wat doet een buurtplatform?"),
            (
                "paragraph",
                "<p>Wat een platform doet, verschilt per buurt. Toch zie je steeds dezelfde soorten werk "
                "terugkomen:</p>"
                "<ul>"
                "<li><strong>Verbinden</strong>: mensen en groepen met elkaar in contact brengen, zodat ze "
                "elkaar kunnen helpen.</li>"
                "<li><strong>Signaleren</strong>: merken wat er speelt en dat op tafel leggen, ook als het om "
                "bewoners gaat die zelf niet snel aan de bel trekken.</li>"
                "<li><strong>Meepraten</strong>: met de gemeente in gesprek gaan over plannen voor de buurt, "
                "liefst voordat die plannen klaar zijn.</li>"
                "<li><strong>Vertellen</strong>: de buurt laten weten wat het platform doet en waarom.</li>"
                "</ul>",
            ),
            (
                "quote",
                {
                    "text": (
                        "Eerst dachten we dat we nog een clubje erbij waren. Nu zien we dat we juist de plek "
                        "zijn waar alle clubjes elkaar tegenkomen."
                    ),
                    "attribution": "Vrijwilliger van een buurtplatform in Amsterdam-Oost",
                },
            ),
            ("heading", "Het buurtplatformrecht"),
            (
                "paragraph",
                "<p>In Amsterdam kan een buurtplatform een officiële status krijgen via het "
                "buurtplatformrecht. Met die status heb je recht op erkenning en een positie: je krijgt "
                "informatie en je praat mee over de plannen van de gemeente voor je buurt. Je houdt je eigen "
                "manier van werken. En je krijgt steun, zoals een beperkt budget, een plek en onafhankelijke "
                "ondersteuning. Daar staan taken tegenover. Je hoeft die status niet te hebben om als platform "
                "te beginnen: veel groepen groeien er stap voor stap naartoe.</p>",
            ),
            (
                "image",
                {
                    "label": "Buurt, bewoners, initiatieven",
                    "alt": "Tekening van een buurt met lijnen tussen groepen bewoners.",
                    "caption": "Een buurtplatform legt verbindingen tussen groepen die elkaar anders niet zien.",
                },
            ),
            ("heading", "Voor wie is een buurtplatform?"),
            (
                "paragraph",
                "<p>Een buurtplatform is er voor de hele buurt, niet alleen voor de mensen die al actief zijn. "
                "Dat is meteen de grootste uitdaging. Jonge ouders, ouderen, nieuwe buurtbewoners, mensen die de "
                "taal nog leren, ondernemers: ze horen er allemaal bij. Een goed platform zoekt dus ook actief "
                "naar de mensen die het nog niet kent.</p>",
            ),
            (
                "tip",
                {
                    "title": "Kijk in het register",
                    "text": "<p>Benieuwd welke platforms er al zijn? In het "
                    '<a href="/buurtplatformen/">register van buurtplatformen</a> zie je per buurt wie er '
                    "actief is. Misschien is er bij jou in de buurt al een groep waar je bij kunt "
                    "aansluiten.</p>",
                },
            ),
            (
                "paragraph",
                "<p>Wil je weten hoe je zelf begint? Lees dan verder bij "
                '<a href="/organiseren/een-buurtplatform-starten/">een buurtplatform starten in zes stappen</a>. '
                "En wil je als groep aansluiten bij de Coalitie van Buurtplatformen Amsterdam? "
                'Dat kan via <a href="/aanmelden/">het aanmeldformulier</a>.</p>',
            ),
        ],
    },
    {
        "slug": "een-buurtplatform-starten",
        "title": "Een buurtplatform starten in zes stappen",
        "theme": "organiseren",
        "summary": (
            "Je hoeft niet alles tegelijk te regelen. Met deze zes stappen kom je van een paar enthousiaste "
            "buren tot een platform dat de buurt kent en waar de buurt op kan rekenen."
        ),
        "article_type": "tip",
        "audience": "starting",
        "tags": ["starten", "stappenplan", "kerngroep"],
        "related": ["wat-is-een-buurtplatform", "een-rechtsvorm-kiezen", "de-status-aanvragen"],
        "last_reviewed": "2026-10-12",
        "body": [
            (
                "paragraph",
                "<p>Een buurtplatform begint bijna altijd klein. Een paar mensen die vinden dat het beter kan in "
                "de buurt, of die merken dat groepen langs elkaar heen werken. Hieronder lees je hoe je van dat "
                "begin een stevig platform maakt. Neem er de tijd voor: een platform dat langzaam groeit, houdt "
                "het vaak langer vol.</p>",
            ),
            ("heading", "1. Vorm een kleine kerngroep"),
            (
                "paragraph",
                "<p>Zoek drie tot zes mensen die mee willen trekken. Het helpt als ze verschillend zijn: in "
                "leeftijd, achtergrond en in de straten waar ze wonen. Spreek af hoe vaak je bij elkaar komt en "
                "wie wat doet. Een kerngroep is geen bestuur; het is een groep die het werk op gang brengt.</p>",
            ),
            ("heading", "2. Breng de buurt in kaart"),
            (
                "paragraph",
                "<p>Maak een lijst van alle groepen, initiatieven, organisaties en plekken in de buurt. Denk aan "
                "bewonerscommissies, sportclubs, moskeeën en kerken, scholen, de bibliotheek, het buurthuis en "
                "ondernemers. Schrijf erbij wie je al kent en wie nog niet. Die lijst is later goud waard.</p>",
            ),
            ("heading", "3. Ga langs en luister"),
            (
                "paragraph",
                "<p>Bezoek de groepen op je lijst. Vertel kort wat je van plan bent en vraag vooral wat hen "
                "bezighoudt. Wat gaat goed? Waar lopen ze tegenaan? Wat zouden ze van een platform willen? Zo "
                "verzamel je ideeën en laat je zien dat het platform van iedereen is.</p>",
            ),
            ("heading", "4. Organiseer een eerste buurtavond"),
            (
                "paragraph",
                "<p>Nodig iedereen uit voor een avond waar je vertelt wat je hebt gehoord. Laat de buurt "
                "meedenken over wat het platform als eerste moet oppakken. Houd het luchtig en kort, met koffie "
                "en iets lekkers. Gebruik onze "
                '<a href="/communicatie-en-bereik/een-buurtavond-organiseren/">checklist voor een buurtavond</a> '
                "als geheugensteun.</p>",
            ),
            ("heading", "5. Spreek af hoe je werkt"),
            (
                "paragraph",
                "<p>Leg een paar afspraken vast. Hoe neem je besluiten? Wie mag meedoen? Hoe ga je om met geld? "
                "Hoe vaak vertel je de buurt wat je doet? Een paar heldere afspraken op één A4 voorkomen later "
                "veel gedoe. Je kunt beginnen als informele groep en later een vereniging of stichting "
                "oprichten als dat nodig is.</p>",
            ),
            ("heading", "6. Laat van je horen"),
            (
                "paragraph",
                "<p>Vertel de buurt wat je doet: met een nieuwsbrief per e-mail, een groep in een buurt-app, "
                "posters in portieken of een stand op het plein. Meld je ook bij je stadsdeel, bijvoorbeeld via "
                "de gebiedsmakelaar. Die kan je wegwijs maken en vertellen wat er in de buurt gepland is.</p>",
            ),
            (
                "tip",
                {
                    "title": "Sluit je aan bij de coalitie",
                    "text": "<p>Je hoeft het wiel niet zelf uit te vinden. In de Coalitie van Buurtplatformen "
                    "Amsterdam delen platforms en startende groepen hun ervaringen. Ook groepen die nog groeien "
                    'naar de rol van buurtplatform zijn welkom. <a href="/aanmelden/">Meld je groep aan</a>.</p>',
                },
            ),
            (
                "qa",
                {
                    "items": [
                        {
                            "question": "Moeten we meteen de status van buurtplatform aanvragen?",
                            "answer": "<p>Nee. Veel groepen werken eerst een tijd samen en vragen de status aan "
                            "als ze de buurt goed kennen. Dan heb je ook meer te vertellen in je aanvraag.</p>",
                        },
                        {
                            "question": "Hoeveel tijd kost het?",
                            "answer": "<p>Dat kies je zelf. Reken in het begin op een paar uur per week voor de "
                            "kerngroep, en verdeel het werk zo dat niemand alles alleen doet.</p>",
                        },
                    ]
                },
            ),
        ],
    },
    {
        "slug": "een-rechtsvorm-kiezen",
        "title": "Informele groep, vereniging of stichting?",
        "theme": "organiseren",
        "summary": (
            "Een buurtplatform kan een informele groep zijn, een vereniging of een stichting. Wat is het "
            "verschil, en wanneer is een rechtsvorm handig?"
        ),
        "article_type": "uitleg",
        "audience": "both",
        "tags": ["rechtsvorm", "vereniging", "stichting", "notaris"],
        "related": ["een-buurtplatform-starten", "budget-en-verantwoording"],
        "last_reviewed": "2026-06-18",
        "body": [
            (
                "paragraph",
                "<p>Veel buurtplatformen beginnen als een groep buren zonder officiële vorm. Dat werkt prima "
                "zolang je weinig geld beheert en geen contracten sluit. Maar op een gegeven moment komt de "
                "vraag: moeten we een vereniging of stichting worden? Hieronder zetten we de drie vormen naast "
                "elkaar. Het gaat om de hoofdlijnen; laat je voor je eigen situatie altijd goed adviseren.</p>",
            ),
            ("heading", "De informele groep"),
            (
                "paragraph",
                "<p>Een informele groep heeft geen inschrijving en geen statuten. Je spreekt samen af hoe je "
                "werkt. Dat is snel en eenvoudig. Het nadeel: de groep bestaat juridisch niet. Sluit iemand "
                "namens de groep een afspraak, dan is die persoon daar zelf voor verantwoordelijk. Ook een "
                "bankrekening op naam van de groep is dan lastig.</p>",
            ),
            ("heading", "De vereniging"),
            (
                "paragraph",
                "<p>Een vereniging heeft <strong>leden</strong>. De leden vormen samen de algemene "
                "ledenvergadering (ALV), en die heeft het laatste woord: de ALV kiest het bestuur en keurt "
                "bijvoorbeeld de plannen en de cijfers goed. Een vereniging past goed bij een platform dat "
                "bewoners echt zeggenschap wil geven. Je richt een vereniging met volledige rechtsbevoegdheid "
                "op bij de notaris en schrijft haar in bij de Kamer van Koophandel (KvK).</p>",
            ),
            ("heading", "De stichting"),
            (
                "paragraph",
                "<p>Een stichting heeft <strong>geen leden</strong>, alleen een bestuur. Het bestuur beslist. "
                "Dat maakt een stichting wendbaar, maar je moet zelf regelen hoe bewoners invloed houden, "
                "bijvoorbeeld met een open buurtavond of een klankbordgroep. Ook een stichting richt je op bij "
                "de notaris en schrijf je in bij de KvK.</p>",
            ),
            (
                "image",
                {
                    "label": "Groep - vereniging - stichting",
                    "alt": "Drie vakken naast elkaar met de namen van de drie vormen.",
                    "caption": "Drie vormen, elk met eigen voor- en nadelen.",
                },
            ),
            (
                "paragraph",
                "<p>Er bestaan nog meer rechtsvormen, zoals de coöperatie. Die is bedoeld voor leden die samen "
                "iets ondernemen, bijvoorbeeld energie opwekken. Voor een buurtplatform ligt een vereniging of "
                "stichting meestal meer voor de hand.</p>",
            ),
            ("heading", "Wat past bij jullie?"),
            (
                "paragraph",
                "<p>Stel jezelf een paar vragen:</p>"
                "<ul>"
                "<li>Gaan we geld beheren of subsidie aanvragen? Dan is een rechtsvorm vaak handig of "
                "nodig.</li>"
                "<li>Willen we dat bewoners via een ledenvergadering meebeslissen? Dan past een vereniging.</li>"
                "<li>Willen we snel kunnen schakelen met een vaste groep? Dan past een stichting.</li>"
                "<li>Werken we vooral samen zonder geld? Dan kan een informele groep volstaan.</li>"
                "</ul>",
            ),
            (
                "tip",
                {
                    "title": "Vraag na wat je stadsdeel verwacht",
                    "text": "<p>Of je voor het buurtplatformrecht of voor een budget een rechtsvorm nodig hebt, "
                    "kan per situatie verschillen. Vraag het na bij je stadsdeel of de gebiedsmakelaar voordat "
                    "je naar de notaris gaat.</p>",
                },
            ),
            (
                "sources",
                {
                    "title": "Meer lezen",
                    "items": [
                        {
                            "title": "Kamer van Koophandel",
                            "url": "https://www.kvk.nl/",
                            "description": "Uitleg over rechtsvormen en over inschrijven in het handelsregister.",
                        },
                        {
                            "title": "Rijksoverheid",
                            "url": "https://www.rijksoverheid.nl/",
                            "description": "Algemene informatie van de overheid, ook over verenigingen en "
                            "stichtingen.",
                        },
                    ],
                },
            ),
        ],
    },
    {
        "slug": "goed-vergaderen",
        "title": "Goed vergaderen met een vaste agenda",
        "theme": "organiseren",
        "summary": (
            "Korte, goed voorbereide vergaderingen houden een platform gezond. Met een vaste agenda en een "
            "paar afspraken weet iedereen waar hij aan toe is. Inclusief een sjabloon om te downloaden."
        ),
        "article_type": "hulpmiddel",
        "audience": "existing",
        "tags": ["vergaderen", "agenda", "sjabloon"],
        "related": ["een-jaarplan-maken", "energie-houden"],
        "last_reviewed": "2025-03-14",
        "body": [
            (
                "paragraph",
                "<p>Vergaderen is niet het doel van een buurtplatform, maar je ontkomt er niet aan. Goed nieuws: "
                "met een vaste opzet kost het minder tijd en krijg je meer gedaan. Het sjabloon hieronder "
                "kun je aanpassen aan je eigen platform.</p>",
            ),
            ("heading", "Voor de vergadering"),
            (
                "paragraph",
                "<ul>"
                "<li>Stuur de agenda minstens vijf dagen vooraf rond, per e-mail of in de groepsapp.</li>"
                "<li>Zet bij elk punt wat je wilt: informeren, meedenken of besluiten.</li>"
                "<li>Stuur stukken mee en houd ze kort; niemand leest twintig pagina's op een telefoon.</li>"
                "<li>Kies een plek die voor iedereen bereikbaar is, ook met een rolstoel of kinderwagen.</li>"
                "</ul>",
            ),
            ("heading", "Tijdens de vergadering"),
            (
                "paragraph",
                "<p>Spreek een voorzitter en een notulist af, en wissel die rollen af. Begin en eindig op tijd. "
                "Geef nieuwe mensen aan het begin even het woord, zodat ze zich welkom voelen. Noteer vooral "
                "besluiten en acties: wie doet wat, voor wanneer.</p>",
            ),
            (
                "document",
                {
                    "title": "Sjabloon: agenda voor een overleg van het buurtplatform",
                    "filename": "agenda-sjabloon.txt",
                    "content": (
                        "AGENDA OVERLEG BUURTPLATFORM [naam]\n"
                        "Datum: [datum]    Tijd: [begin] tot [eind]    Plek: [adres]\n"
                        "Voorzitter: [naam]    Notulen: [naam]\n"
                        "\n"
                        "1. Opening en kennismaking met nieuwe mensen (5 min)\n"
                        "2. Vaststellen agenda (2 min)\n"
                        "3. Actielijst vorige keer: wat is gedaan? (10 min)\n"
                        "4. Nieuws uit de buurt: wat hoorden we? (15 min)\n"
                        "5. Onderwerp om te bespreken: [onderwerp]  - doel: [informeren/meedenken/besluiten]\n"
                        "6. Onderwerp om te besluiten: [onderwerp]\n"
                        "7. Geld: stand van zaken (5 min)\n"
                        "8. Wat vertellen we de buurt over dit overleg?\n"
                        "9. Rondvraag en volgende datum\n"
                        "\n"
                        "ACTIELIJST\n"
                        "Actie | Wie | Voor wanneer\n"
                        "..... | ... | ............\n"
                    ),
                },
            ),
            ("heading", "Besluiten nemen"),
            (
                "paragraph",
                "<p>Spreek vooraf af hoe je besluiten neemt. Veel platforms zoeken eerst naar een oplossing waar "
                "iedereen mee kan leven. Lukt dat niet, dan stem je, bijvoorbeeld met een gewone meerderheid. "
                "Schrijf ook op wanneer een besluit geldig is: moet een bepaald deel van de kerngroep aanwezig "
                "zijn? En wat doe je met een dringende vraag tussen twee vergaderingen in? Zulke afspraken lijken "
                "overbodig zolang alles goed gaat, maar ze helpen enorm als er spanning is.</p>",
            ),
            (
                "qa",
                {
                    "items": [
                        {
                            "question": "Wat als iemand steeds het woord neemt?",
                            "answer": "<p>Het is de taak van de voorzitter om iedereen aan het woord te laten. "
                            "Een rondje waarin ieder kort iets zegt, werkt vaak goed. Bespreek het anders "
                            "rustig na afloop.</p>",
                        },
                        {
                            "question": "Kunnen we ook online vergaderen?",
                            "answer": "<p>Ja, maar niet iedereen kan of wil dat. Wissel af, of zorg dat mensen "
                            "op een vaste plek samen kunnen inbellen.</p>",
                        },
                    ]
                },
            ),
            ("heading", "Na de vergadering"),
            (
                "paragraph",
                "<p>Stuur binnen een week een kort verslag rond met de besluiten en de actielijst. Vertel de buurt "
                "in gewone woorden wat er besloten is. Dat hoort bij de taak van een platform om uit te leggen wat "
                "je doet en waarom.</p>",
            ),
            (
                "tip",
                {
                    "title": "Een open vergadering?",
                    "text": "<p>Sommige platforms houden elke vergadering open voor alle bewoners. Dat is "
                    "transparant, maar vraagt om een goede voorzitter. Een tussenvorm: een paar keer per jaar "
                    "een open buurtavond en daartussen een kort overleg van de kerngroep.</p>",
                },
            ),
        ],
    },
    {
        "slug": "een-jaarplan-maken",
        "title": "Een jaarplan maken in één avond",
        "theme": "organiseren",
        "summary": (
            "Een jaarplan hoeft geen dik rapport te zijn. Met een eenvoudig sjabloon zet je in één avond op "
            "papier wat je dit jaar wilt bereiken, wie wat doet en wat het kost."
        ),
        "article_type": "hulpmiddel",
        "audience": "both",
        "tags": ["jaarplan", "plannen", "sjabloon"],
        "related": ["goed-vergaderen", "een-begroting-maken", "budget-en-verantwoording"],
        "last_reviewed": "2026-02-09",
        "body": [
            (
                "paragraph",
                "<p>Waarom een jaarplan? Omdat het je helpt keuzes te maken. Een buurt heeft meer wensen dan een "
                "groep vrijwilligers aankan. Met een plan kies je bewust wat je wél doet. Het helpt ook bij de "
                "verantwoording: aan het eind van het jaar kun je laten zien wat je hebt bereikt. En als je een "
                "budget aanvraagt, is een plan vaak het eerste waar naar gevraagd wordt.</p>",
            ),
            ("heading", "Zo pak je het aan"),
            (
                "paragraph",
                "<ol>"
                "<li><strong>Kijk terug.</strong> Wat ging vorig jaar goed, en wat niet? Wat hoorden jullie in "
                "de buurt?</li>"
                "<li><strong>Kies drie doelen.</strong> Niet meer. Bijvoorbeeld: meer jongeren betrekken, "
                "meepraten over de herinrichting van het plein, en een vaste nieuwsbrief.</li>"
                "<li><strong>Maak ze concreet.</strong> Wat wil je aan het eind van het jaar zien? Wie is "
                "trekker?</li>"
                "<li><strong>Zet het in de tijd.</strong> Verdeel de activiteiten over de seizoenen.</li>"
                "<li><strong>Reken het door.</strong> Wat kost het, en waar komt het geld vandaan?</li>"
                "</ol>",
            ),
            (
                "document",
                {
                    "title": "Sjabloon: jaarplan van het buurtplatform",
                    "filename": "jaarplan-sjabloon.txt",
                    "content": (
                        "JAARPLAN BUURTPLATFORM [naam] - JAAR [jaar]\n"
                        "\n"
                        "Wie zijn we? (drie zinnen)\n"
                        "...\n"
                        "\n"
                        "Wat hoorden we in de buurt?\n"
                        "- ...\n"
                        "\n"
                        "Onze drie doelen\n"
                        "Doel 1: ...   Trekker: ...   Klaar als: ...\n"
                        "Doel 2: ...   Trekker: ...   Klaar als: ...\n"
                        "Doel 3: ...   Trekker: ...   Klaar als: ...\n"
                        "\n"
                        "Planning per kwartaal\n"
                        "Kwartaal 1: ...\n"
                        "Kwartaal 2: ...\n"
                        "Kwartaal 3: ...\n"
                        "Kwartaal 4: ... en terugblik\n"
                        "\n"
                        "De vier taken: wat doen we eraan?\n"
                        "- Alle belangen in de buurt kennen: ...\n"
                        "- Andere bewoners activeren: ...\n"
                        "- Samenwerking verbreden: ...\n"
                        "- De buurt vertellen wat we doen en waarom: ...\n"
                        "\n"
                        "Geld: zie de begroting in de bijlage.\n"
                    ),
                },
            ),
            (
                "tip",
                {
                    "title": "Maak het samen",
                    "text": "<p>Een jaarplan dat de kerngroep alleen schrijft, blijft vaak in een la liggen. "
                    "Bespreek de doelen op een open buurtavond. Dan weet de buurt wat ze van je kan verwachten "
                    "en haken mensen eerder aan.</p>",
                },
            ),
            (
                "example",
                {
                    "title": "Zo deed een fictief platform het",
                    "text": "<p>Een platform in Noord hing de drie doelen van het jaar op grote vellen in het "
                    "buurthuis. Bewoners plakten er stickers bij met hun ideeën. Op de laatste avond van het jaar "
                    "keken ze samen terug: wat is er van terechtgekomen? Zo werd het plan van de hele buurt.</p>",
                },
            ),
            (
                "qa",
                {
                    "items": [
                        {
                            "question": "Hoe lang mag een jaarplan zijn?",
                            "answer": "<p>Liefst niet meer dan twee kantjes. Alles wat langer is, leest bijna "
                            "niemand. Details kun je in een bijlage zetten.</p>",
                        },
                        {
                            "question": "Wat als we halverwege het jaar een nieuw doel krijgen?",
                            "answer": "<p>Bespreek dan wat ervoor moet wijken. Een nieuw doel erbij zonder iets "
                            "te schrappen is de snelste weg naar een overbelaste kerngroep.</p>",
                        },
                    ]
                },
            ),
            ("heading", "Houd het levend"),
            (
                "paragraph",
                "<p>Zet het jaarplan een paar keer per jaar op de agenda van je overleg. Loopt iets anders dan "
                "gedacht? Pas het plan dan aan en leg uit waarom. Een plan is een kompas, geen contract.</p>",
            ),
        ],
    },
    {
        "slug": "peer-review-in-de-coalitie",
        "title": "Van elkaar leren: peer review in de coalitie",
        "theme": "organiseren",
        "summary": (
            "In de coalitie kijken buurtplatformen met elkaar mee. Met intervisie en peer review leer je van "
            "andere platforms over toegankelijkheid, inclusie, bewonersregie, transparantie en doe-kracht."
        ),
        "article_type": "uitleg",
        "audience": "existing",
        "tags": ["coalitie", "intervisie", "kwaliteit"],
        "related": ["inclusie-en-toegankelijkheid", "de-vier-taken", "goed-vergaderen"],
        "last_reviewed": "2026-11-02",
        "body": [
            (
                "paragraph",
                "<p>Elk buurtplatform loopt tegen vragen aan die een ander platform al eens heeft opgelost. "
                "Daarom leren de platforms in de Coalitie van Buurtplatformen Amsterdam van elkaar. Dat gebeurt "
                "op twee manieren: met intervisie en met peer review.</p>",
            ),
            ("heading", "Intervisie: een vraag voorleggen"),
            (
                "paragraph",
                "<p>Bij intervisie brengt één platform een vraag in, bijvoorbeeld: 'Hoe krijgen we meer "
                "jongeren aan tafel?' De anderen stellen eerst alleen vragen om de situatie goed te begrijpen. "
                "Pas daarna delen ze ervaringen en tips. De inbrenger kiest zelf wat hij ermee doet. Een ronde "
                "duurt ongeveer een uur.</p>",
            ),
            ("heading", "Peer review: een spiegel van collega's"),
            (
                "paragraph",
                "<p>Bij peer review bezoeken twee of drie mensen van andere platforms jouw platform. Ze praten "
                "met de kerngroep, lezen je jaarplan, gaan misschien mee naar een buurtavond en spreken een paar "
                "bewoners. Daarna geven ze een eerlijke, vriendelijke terugkoppeling. Ze kijken naar vijf "
                "punten:</p>"
                "<ul>"
                "<li><strong>Toegankelijkheid</strong>: kan iedereen meedoen, ook wie slecht ter been is, slecht "
                "ziet of de taal nog leert?</li>"
                "<li><strong>Inclusiviteit</strong>: zijn alle groepen in de buurt in beeld en aan tafel?</li>"
                "<li><strong>Bewonersregie</strong>: bepalen bewoners zelf de koers?</li>"
                "<li><strong>Transparantie</strong>: weet de buurt wat het platform doet, besluit en "
                "uitgeeft?</li>"
                "<li><strong>Doe-kracht</strong>: komt er ook echt iets van de grond?</li>"
                "</ul>",
            ),
            (
                "quote",
                {
                    "text": (
                        "Het was spannend om anderen binnen te laten. Maar ze zagen dingen die wij al jaren niet "
                        "meer zagen, zoals dat onze vergaderplek een trap zonder lift heeft."
                    ),
                    "attribution": "Lid van de kerngroep van een buurtplatform",
                },
            ),
            ("heading", "Geen examen"),
            (
                "paragraph",
                "<p>Peer review is geen keuring en je kunt er niet voor zakken. Het doel is leren. Het platform "
                "dat bezocht wordt, bepaalt zelf wat het met de tips doet. De bezoekers leren er trouwens net "
                "zoveel van: ze nemen ideeën mee naar huis.</p>",
            ),
            (
                "qa",
                {
                    "items": [
                        {
                            "question": "Hoe doe ik mee?",
                            "answer": "<p>Peer review en intervisie worden georganiseerd binnen de coalitie. Is "
                            'je groep nog geen lid? <a href="/aanmelden/">Meld je dan aan</a>. Wil je weten '
                            'wanneer de volgende ronde is? Stuur een bericht via <a href="/contact/">het '
                            "contactformulier</a>.</p>",
                        },
                        {
                            "question": "Wat gebeurt er met de terugkoppeling?",
                            "answer": "<p>Die is voor het bezochte platform. Het platform kiest zelf of het de "
                            "uitkomsten deelt, bijvoorbeeld in het jaarverslag.</p>",
                        },
                    ]
                },
            ),
            (
                "tip",
                {
                    "title": "Begin klein",
                    "text": "<p>Spreek eerst af met één ander platform om bij elkaar een buurtavond bij te "
                    "wonen en daarna een kop koffie te drinken. Dat is de eenvoudigste vorm van van elkaar "
                    "leren.</p>",
                },
            ),
        ],
    },
]
