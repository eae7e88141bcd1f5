"""Articles for the theme "Buurtplatformrecht": the right, the status, its four tasks and renewal."""

ARTICLES = [
    {
        "slug": "het-buurtplatformrecht-in-het-kort",
        "title": "Het buurtplatformrecht in het kort",
        "theme": "buurtplatformrecht",
        "summary": (
            "Met het buurtplatformrecht krijgt een buurtplatform erkenning, een positie, een eigen manier van "
            "werken en steun. Daar staan vier taken tegenover. Dit is de kern in gewone taal."
        ),
        "article_type": "uitleg",
        "audience": "both",
        "tags": ["buurtplatformrecht", "status", "erkenning"],
        "related": ["de-status-aanvragen", "de-vier-taken", "als-twee-groepen-de-status-willen"],
        "last_reviewed": "2026-11-20",
        "body": [
            (
                "paragraph",
                "<p>Amsterdam wil dat bewoners meer te zeggen hebben over hun eigen buurt. Het buurtplatformrecht "
                "is een van de manieren om dat te regelen. Een groep bewoners die de buurt verbindt, kan de "
                "status van buurtplatform krijgen. Wat betekent dat?</p>",
            ),
            ("heading", "Wat je krijgt"),
            (
                "paragraph",
                "<p>Een buurtplatform met de status heeft recht op drie dingen:</p>"
                "<ul>"
                "<li><strong>Erkenning en een positie.</strong> De gemeente ziet het platform als "
                "gesprekspartner voor de buurt. Je krijgt informatie en je hebt een stem bij de plannen van de "
                "gemeente voor je buurt.</li>"
                "<li><strong>Een eigen manier van werken.</strong> Het platform bepaalt zelf hoe het zich "
                "organiseert, waar het aan werkt en hoe het besluiten neemt.</li>"
                "<li><strong>Steun.</strong> Denk aan een beperkt budget, een plek om samen te komen en "
                "onafhankelijke ondersteuning.</li>"
                "</ul>",
            ),
            ("heading", "Wat erbij hoort"),
            (
                "paragraph",
                "<p>De status is geen beloning, maar een opdracht. Een buurtplatform heeft vier taken: alle "
                "belangen in de buurt kennen, andere bewoners in beweging brengen, de samenwerking steeds "
                "breder maken en de buurt vertellen wat je doet en waarom. Je leest er meer over in het artikel "
                '<a href="/buurtplatformrecht/de-vier-taken/">de vier taken van een buurtplatform</a>.</p>',
            ),
            ("heading", "Hoe je de status krijgt"),
            (
                "paragraph",
                "<p>Een groep vraagt de status aan bij het eigen stadsdeel, via de gebiedsmakelaar of het "
                "stadsdeelbestuur. Het stadsdeelbestuur beslist, op advies van de stadsdeelcommissie. De status "
                "geldt voor <strong>vier jaar</strong>. Daarna kan het bestuur de status verlengen, ook weer op "
                "advies van de stadsdeelcommissie.</p>",
            ),
            (
                "image",
                {
                    "label": "Aanvraag - advies - besluit - 4 jaar",
                    "alt": "Vier pijlen achter elkaar: aanvraag, advies, besluit en vier jaar status.",
                    "caption": "Van aanvraag tot status: de groep vraagt aan, de commissie adviseert, het "
                    "bestuur besluit.",
                },
            ),
            ("heading", "Eén platform per buurt"),
            (
                "paragraph",
                "<p>In een buurt kan maar <strong>één</strong> platform de status hebben. Zo weet iedereen, ook "
                "de gemeente, wie het aanspreekpunt is. Willen twee groepen de status voor dezelfde buurt? Dan "
                "beslist het stadsdeelbestuur. Het is slim om in zo'n geval eerst met elkaar te praten: "
                "misschien kunnen jullie samen één platform vormen.</p>",
            ),
            (
                "tip",
                {
                    "title": "Check de details bij je stadsdeel",
                    "text": "<p>Hoe de aanvraag precies gaat, welke stukken je nodig hebt en hoe groot het budget "
                    "is, kan per stadsdeel verschillen. Vraag het na bij je gebiedsmakelaar. Kijk ook op de "
                    'website van de gemeente of stuur ons een vraag via <a href="/contact/">het '
                    "contactformulier</a>.</p>",
                },
            ),
            (
                "sources",
                {
                    "title": "Meer informatie",
                    "items": [
                        {
                            "title": "Gemeente Amsterdam",
                            "url": "https://www.amsterdam.nl/",
                            "description": "De website van de gemeente, met informatie over je stadsdeel en over "
                            "meedoen in je buurt.",
                        },
                        {
                            "title": "!WOON",
                            "url": "https://www.wooninfo.nl/",
                            "description": "Onafhankelijk advies voor bewoners over wonen en meedoen in de buurt.",
                        },
                    ],
                },
            ),
        ],
    },
    {
        "slug": "de-status-aanvragen",
        "title": "De status van buurtplatform aanvragen",
        "theme": "buurtplatformrecht",
        "summary": (
            "Hoe vraag je de status van buurtplatform aan? Je leest wie je benadert, wie adviseert en beslist, "
            "en hoe je een sterke aanvraag voorbereidt."
        ),
        "article_type": "uitleg",
        "audience": "starting",
        "tags": ["status", "aanvraag", "stadsdeel", "gebiedsmakelaar"],
        "related": ["het-buurtplatformrecht-in-het-kort", "als-twee-groepen-de-status-willen", "de-vier-taken"],
        "last_reviewed": "2026-11-20",
        "body": [
            (
                "paragraph",
                "<p>Je groep is een tijd bezig, je kent de buurt en de buurt kent jullie. Nu wil je de status "
                "van buurtplatform aanvragen. Hoe gaat dat in grote lijnen?</p>",
            ),
            ("heading", "Stap 1: neem contact op met je stadsdeel"),
            (
                "paragraph",
                "<p>De aanvraag loopt via het stadsdeel waar je buurt bij hoort. Je kunt terecht bij de "
                "gebiedsmakelaar van je buurt of rechtstreeks bij het stadsdeelbestuur. Een eerste gesprek met "
                "de gebiedsmakelaar is vaak handig: die weet wat het stadsdeel wil zien en welke groepen er nog "
                "meer actief zijn.</p>",
            ),
            ("heading", "Stap 2: laat zien wie je bent"),
            (
                "paragraph",
                "<p>Bereid een korte beschrijving van je groep voor. Denk aan:</p>"
                "<ul>"
                "<li>voor welke buurt je de status aanvraagt;</li>"
                "<li>wie er meedoen en hoe nieuwe mensen kunnen aansluiten;</li>"
                "<li>welke groepen en initiatieven je al verbindt;</li>"
                "<li>hoe je besluiten neemt en hoe je met geld omgaat;</li>"
                "<li>wat je de komende jaren wilt doen aan de vier taken.</li>"
                "</ul>"
                "<p>Vraag bij je stadsdeel na welke onderdelen zij precies willen zien. Een "
                '<a href="/organiseren/een-jaarplan-maken/">jaarplan</a> en een eenvoudige '
                '<a href="/geld-en-middelen/een-begroting-maken/">begroting</a> helpen om je plannen concreet te '
                "maken.</p>",
            ),
            ("heading", "Stap 3: advies en besluit"),
            (
                "paragraph",
                "<p>De stadsdeelcommissie geeft advies over je aanvraag. Daarna besluit het stadsdeelbestuur. "
                "Krijg je de status, dan geldt die voor vier jaar. Na die vier jaar kan het bestuur de status "
                "verlengen, opnieuw op advies van de stadsdeelcommissie.</p>",
            ),
            (
                "tip",
                {
                    "title": "Ga op tijd praten met andere groepen",
                    "text": "<p>In een buurt kan maar één platform de status hebben. Zijn er andere groepen die "
                    "ook aan een platform denken? Praat dan vóór je aanvraag met ze. Samen sta je sterker, en je "
                    "voorkomt dat het stadsdeelbestuur tussen twee groepen moet kiezen.</p>",
                },
            ),
            (
                "qa",
                {
                    "items": [
                        {
                            "question": "Moeten we een vereniging of stichting zijn?",
                            "answer": "<p>Dat hangt af van wat je stadsdeel vraagt, bijvoorbeeld als je een budget "
                            "gaat beheren. Vraag het na bij de gebiedsmakelaar voordat je kosten maakt.</p>",
                        },
                        {
                            "question": "Wat als onze buurt geen duidelijke grenzen heeft?",
                            "answer": "<p>Bespreek dat met je stadsdeel. Leg uit welk gebied jullie als buurt zien "
                            "en waarom. Zo voorkom je misverstanden met groepen in de buurt ernaast.</p>",
                        },
                        {
                            "question": "Kunnen we hulp krijgen bij de aanvraag?",
                            "answer": "<p>Ja. Stichting !WOON geeft bewoners onafhankelijk advies. Ook andere "
                            "platforms in de coalitie delen graag hun ervaring. Stuur ons een bericht via "
                            '<a href="/contact/">het contactformulier</a>.</p>',
                        },
                    ]
                },
            ),
            (
                "quote",
                {
                    "text": (
                        "Ons eerste gesprek met de gebiedsmakelaar was informeel. Daar hoorden we welke groepen "
                        "we nog niet kenden. Die zijn we eerst gaan opzoeken."
                    ),
                    "attribution": "Secretaris van een startend buurtplatform",
                },
            ),
        ],
    },
    {
        "slug": "de-vier-taken",
        "title": "De vier taken van een buurtplatform",
        "theme": "buurtplatformrecht",
        "summary": (
            "Een buurtplatform met de status heeft vier taken: alle belangen kennen, bewoners activeren, "
            "samenwerking verbreden en vertellen wat je doet. Wat betekent dat in de praktijk?"
        ),
        "article_type": "uitleg",
        "audience": "existing",
        "tags": ["taken", "status", "belangen", "samenwerking"],
        "related": ["het-buurtplatformrecht-in-het-kort", "communiceren-met-de-buurt", "inclusie-en-toegankelijkheid"],
        "last_reviewed": "2026-10-05",
        "body": [
            (
                "paragraph",
                "<p>Met de status van buurtplatform krijg je een stem in je buurt. Die stem is alleen sterk als "
                "hij de hele buurt vertegenwoordigt. Daarom horen er vier taken bij de status. Hieronder lees je "
                "wat ze betekenen en hoe je ze kunt aanpakken.</p>",
            ),
            ("heading", "1. Alle belangen in de buurt kennen"),
            (
                "paragraph",
                "<p>Weet wat er speelt, en dan niet alleen bij de mensen die al aan tafel zitten. Wat vinden "
                "ouders van jonge kinderen, ouderen, ondernemers, studenten, mensen in sociale huur en mensen met "
                "een koophuis? Je hoeft het niet met iedereen eens te zijn, maar je moet de verschillende "
                "belangen wel kennen en eerlijk kunnen doorgeven.</p>",
            ),
            (
                "tip",
                {
                    "title": "Houd een belangenkaart bij",
                    "text": "<p>Maak een lijst van groepen in de buurt en schrijf erbij wat hen bezighoudt en "
                    "wanneer je ze voor het laatst sprak. Kijk elk half jaar welke groepen je te weinig "
                    "hoort.</p>",
                },
            ),
            ("heading", "2. Andere bewoners activeren"),
            (
                "paragraph",
                "<p>Een platform doet niet alles zelf. Je helpt andere bewoners om zelf in actie te komen: een "
                "straatfeest, een geveltuin, een huiswerkclub. Soms is dat een klein zetje, zoals iemand "
                "voorstellen aan de juiste persoon bij het stadsdeel. Soms is het meer, zoals hulp bij een "
                "aanvraag.</p>",
            ),
            ("heading", "3. De samenwerking verbreden"),
            (
                "paragraph",
                "<p>Het platform wordt sterker als er steeds meer groepen bij aansluiten. Zoek actief naar "
                "groepen en organisaties waar je nog niet mee samenwerkt: een sportclub, een migrantenorganisatie, "
                "een school, de ondernemersvereniging. Samenwerking kan klein beginnen, bijvoorbeeld met het "
                "delen van elkaars activiteiten.</p>",
            ),
            ("heading", "4. Vertellen wat je doet en waarom"),
            (
                "paragraph",
                "<p>De buurt moet kunnen zien wat het platform doet, wat het besluit en waarom. Dat is "
                "transparantie, en het bouwt vertrouwen op. Vertel het op verschillende manieren: een nieuwsbrief, "
                "een bericht in de buurt-app, een prikbord in de supermarkt en een jaarlijkse buurtavond.</p>",
            ),
            (
                "example",
                {
                    "title": "Voorbeeld: de vier taken in één project",
                    "text": "<p>Een fictief platform in Nieuw-West hoorde dat ouderen in een flat zich eenzaam "
                    "voelden (belangen kennen). Het bracht twee bewoners in contact met de huurdersvereniging en "
                    "een jongerenclub (samenwerking verbreden). Samen startten ze een wekelijkse koffieochtend "
                    "die de bewoners zelf draaien (bewoners activeren). Het platform schreef er een stukje over "
                    "in de nieuwsbrief (vertellen wat je doet).</p>",
                },
            ),
            (
                "paragraph",
                "<p>Gebruik de vier taken als vaste kopjes in je jaarplan en je jaarverslag. Dan zie je snel waar "
                "je sterk bent en waar je nog iets te doen hebt.</p>",
            ),
        ],
    },
    {
        "slug": "als-twee-groepen-de-status-willen",
        "title": "Als twee groepen de status willen",
        "theme": "buurtplatformrecht",
        "summary": (
            "Per buurt kan maar één platform de status hebben. Wat gebeurt er als twee groepen dezelfde buurt "
            "willen vertegenwoordigen, en hoe voorkom je een strijd?"
        ),
        "article_type": "uitleg",
        "audience": "both",
        "tags": ["status", "samenwerking", "conflict"],
        "related": ["de-status-aanvragen", "het-buurtplatformrecht-in-het-kort"],
        "last_reviewed": "2026-04-27",
        "body": [
            (
                "paragraph",
                "<p>Het buurtplatformrecht is duidelijk: in een buurt kan maar één platform de status hebben. "
                "Zo is er één aanspreekpunt voor de buurt. Maar wat als twee groepen allebei de rol willen? Dat "
                "gebeurt vaker dan je denkt, bijvoorbeeld als een nieuwe groep ontstaat naast een groep die er "
                "al lang is.</p>",
            ),
            ("heading", "Wie beslist?"),
            (
                "paragraph",
                "<p>Willen twee groepen de status voor dezelfde buurt, dan beslist het stadsdeelbestuur. Het "
                "bestuur krijgt daarbij advies van de stadsdeelcommissie, net als bij elke andere aanvraag. Welke "
                "punten precies meewegen, kun je het best navragen bij je stadsdeel. Je mag ervan uitgaan dat het "
                "er in elk geval om gaat hoe goed een groep de vier taken kan uitvoeren.</p>",
            ),
            ("heading", "Beter: eerst met elkaar praten"),
            (
                "paragraph",
                "<p>Een besluit van bovenaf levert vaak een winnaar en een verliezer op. Dat is slecht voor de "
                "sfeer in de buurt. Probeer daarom eerst samen tot een oplossing te komen:</p>"
                "<ul>"
                "<li>Leer elkaar kennen. Wat willen jullie allebei voor de buurt? Vaak lijkt dat meer op elkaar "
                "dan je denkt.</li>"
                "<li>Kijk of jullie samen één platform kunnen vormen, met ruimte voor ieders werkgroepen.</li>"
                "<li>Kijk of de buurt misschien anders verdeeld is dan gedacht: werken jullie echt in hetzelfde "
                "gebied?</li>"
                "<li>Vraag een onafhankelijke gespreksleider, bijvoorbeeld via !WOON of de coalitie.</li>"
                "</ul>",
            ),
            (
                "example",
                {
                    "title": "Twee groepen, één platform (fictief voorbeeld)",
                    "text": "<p>In een buurt in Zuid bestond al jaren een bewonersgroep rond het park. Een "
                    "nieuwe groep jonge gezinnen wilde een platform beginnen. Na twee gesprekken besloten ze "
                    "samen verder te gaan: de parkgroep werd een werkgroep binnen het nieuwe platform, met een "
                    "vaste plek in de kerngroep. Ze vroegen de status samen aan.</p>",
                },
            ),
            (
                "quote",
                {
                    "text": (
                        "We waren bang dat we opgeslokt zouden worden. Nu hebben we juist meer mensen om ons "
                        "werk te doen."
                    ),
                    "attribution": "Lid van een bewonersgroep die samenging met een nieuw platform",
                },
            ),
            ("heading", "En als het toch niet lukt?"),
            (
                "paragraph",
                "<p>Soms kom je er samen niet uit. Dan beslist het stadsdeelbestuur. Krijgt jouw groep de status "
                "niet? Dan kun je nog steeds actief blijven in de buurt. Je kunt samenwerken met het platform "
                "dat de status wel heeft, of je richten op je eigen onderwerp. En de status geldt voor vier jaar: "
                "daarna kijkt het bestuur opnieuw.</p>",
            ),
            (
                "tip",
                {
                    "title": "Leg afspraken vast",
                    "text": "<p>Spreken jullie af om samen te werken? Zet de afspraken op papier: wie zit in de "
                    "kerngroep, hoe neem je besluiten en hoe verdeel je het budget. Dat voorkomt later "
                    "misverstanden.</p>",
                },
            ),
        ],
    },
    {
        "slug": "de-status-verlengen",
        "title": "Na vier jaar: de status verlengen",
        "theme": "buurtplatformrecht",
        "summary": (
            "De status van buurtplatform geldt voor vier jaar en kan daarna worden verlengd. Met deze tips "
            "bereid je de verlenging rustig voor, in plaats van op het laatste moment."
        ),
        "article_type": "tip",
        "audience": "existing",
        "tags": ["status", "verlengen", "terugblik"],
        "related": ["de-status-aanvragen", "budget-en-verantwoording", "de-vier-taken"],
        "last_reviewed": "2025-05-20",
        "body": [
            (
                "paragraph",
                "<p>De status van buurtplatform krijg je voor vier jaar. Daarna kan het stadsdeelbestuur de "
                "status verlengen, op advies van de stadsdeelcommissie. Vier jaar klinkt lang, maar het gaat snel. "
                "Met deze tips ben je op tijd klaar.</p>",
            ),
            ("heading", "Begin in het derde jaar"),
            (
                "paragraph",
                "<p>Zet de verlenging al in het derde jaar op de agenda. Vraag bij je stadsdeel na hoe en wanneer "
                "je de verlenging aanvraagt en wat ze willen zien. Dan heb je een jaar om eventuele gaten te "
                "dichten.</p>",
            ),
            ("heading", "Bewaar je bewijs onderweg"),
            (
                "paragraph",
                "<p>Het makkelijkste is om het hele jaar door bij te houden wat je doet. Bewaar jaarplannen, "
                "jaarverslagen, verslagen van buurtavonden en nieuwsbrieven in één gedeelde map. Maak foto's "
                "van activiteiten (vraag wel toestemming aan wie erop staat). Bij de verlenging hoef je dan "
                "niets te zoeken.</p>",
            ),
            ("heading", "Kijk eerlijk terug op de vier taken"),
            (
                "paragraph",
                "<p>Stel jezelf per taak een paar vragen:</p>"
                "<ul>"
                "<li>Kennen we de belangen van alle groepen in de buurt? Wie missen we nog?</li>"
                "<li>Hoeveel bewoners zijn er door ons zelf iets gaan doen?</li>"
                "<li>Met welke groepen werken we nu samen die er vier jaar geleden nog niet bij waren?</li>"
                "<li>Weet de buurt wat we doen en waarom?</li>"
                "</ul>"
                "<p>Een eerlijk verhaal, ook over wat niet lukte, is sterker dan een glanzende folder.</p>",
            ),
            (
                "tip",
                {
                    "title": "Vraag de buurt om feedback",
                    "text": "<p>Organiseer een buurtavond of een korte vragenlijst: wat vindt de buurt van het "
                    "platform? Wat moet beter? De antwoorden helpen bij je plannen voor de volgende vier jaar en "
                    "laten zien dat je de buurt serieus neemt.</p>",
                },
            ),
            (
                "tip",
                {
                    "title": "Denk aan opvolging",
                    "text": "<p>Vier jaar is ook een mooi moment om rollen te wisselen. Wie wil stoppen, wie wil "
                    "erbij? Een platform dat nieuwe mensen een plek geeft, laat zien dat het niet van een paar "
                    "personen afhangt.</p>",
                },
            ),
            (
                "qa",
                {
                    "items": [
                        {
                            "question": "Wat gebeurt er als we niet verlengen?",
                            "answer": "<p>Dan vervalt de status na vier jaar. Vraag bij je stadsdeel na wat dat "
                            "betekent voor bijvoorbeeld je budget en je plek.</p>",
                        },
                        {
                            "question": "Kan een andere groep de status krijgen bij de verlenging?",
                            "answer": "<p>Per buurt kan maar één platform de status hebben. Wil een andere groep "
                            "de status ook, dan beslist het stadsdeelbestuur. Zorg dat je op tijd weet wat er in de "
                            "buurt speelt.</p>",
                        },
                    ]
                },
            ),
        ],
    },
]
