"""Articles for the theme "Samenwerken met de gemeente"."""

ARTICLES = [
    {
        "slug": "wie-is-wie-bij-de-gemeente",
        "title": "Samenwerken met de gemeente: wie is wie?",
        "theme": "samenwerken-met-de-gemeente",
        "summary": (
            "Stadsdeelbestuur, stadsdeelcommissie, gebiedsmakelaar: wie doet wat? Een kort overzicht van je "
            "gesprekspartners bij de gemeente en tips voor een goede samenwerking."
        ),
        "article_type": "uitleg",
        "audience": "both",
        "tags": ["gemeente", "stadsdeel", "gebiedsmakelaar", "samenwerking"],
        "related": ["meepraten-over-plannen", "praktijkvoorbeeld-zeven-pleinen", "de-status-aanvragen"],
        "last_reviewed": "2026-08-24",
        "body": [
            (
                "paragraph",
                "<p>Als buurtplatform heb je veel met de gemeente te maken. Amsterdam is verdeeld in stadsdelen, "
                "en voor de meeste zaken in je buurt is het stadsdeel je eerste aanspreekpunt. Maar met wie praat "
                "je dan precies?</p>",
            ),
            ("heading", "Je gesprekspartners"),
            (
                "paragraph",
                "<ul>"
                "<li><strong>De gebiedsmakelaar</strong> werkt voor het stadsdeel en kent een deel van het "
                "stadsdeel goed. Hij of zij is vaak je eerste contact: voor vragen, om de weg te vinden en om "
                "te horen wat er gepland is.</li>"
                "<li><strong>Het stadsdeelbestuur</strong> neemt besluiten over zaken in het stadsdeel, ook "
                "over de status van buurtplatformen.</li>"
                "<li><strong>De stadsdeelcommissie</strong> bestaat uit gekozen leden en geeft het bestuur "
                "advies, onder meer over het verlenen en verlengen van de status.</li>"
                "<li><strong>Ambtenaren van projecten</strong>, bijvoorbeeld voor de inrichting van een straat "
                "of plein. Met hen praat je over concrete plannen.</li>"
                "</ul>"
                "<p>Hoe dit in jouw stadsdeel precies is geregeld, vraag je het best na bij je stadsdeel of "
                "zoek je op de website van de gemeente.</p>",
            ),
            ("heading", "Tips voor een goede samenwerking"),
            (
                "paragraph",
                "<ol>"
                "<li><strong>Leer elkaar kennen voordat er iets moet.</strong> Nodig de gebiedsmakelaar uit "
                "voor een overleg of een rondje door de buurt. Een goede band helpt als het spannend wordt.</li>"
                "<li><strong>Weet wat je wilt.</strong> Ga niet met twintig punten naar een gesprek, maar met "
                "de drie die de buurt het belangrijkst vindt.</li>"
                "<li><strong>Spreek de taal van de buurt.</strong> Jij weet wat bewoners merken. Vertel dat met "
                "voorbeelden: daar kan de gemeente weinig tegenin brengen.</li>"
                "<li><strong>Maak afspraken zichtbaar.</strong> Stuur na elk gesprek een korte e-mail met wat "
                "er is afgesproken.</li>"
                "<li><strong>Blijf onafhankelijk.</strong> Je werkt samen, maar je bent geen onderdeel van de "
                "gemeente. Je mag kritisch zijn.</li>"
                "</ol>",
            ),
            (
                "quote",
                {
                    "text": (
                        "De gemeente is geen tegenstander en geen baas. Het is een partner met een eigen agenda, "
                        "net als wij."
                    ),
                    "attribution": "Voorzitter van een buurtplatform in West",
                },
            ),
            ("heading", "Als het schuurt"),
            (
                "paragraph",
                "<p>Soms voel je je niet gehoord, of hoor je te laat over een plan. Blijf dan rustig en "
                "concreet: wat is er gebeurd, wat had je verwacht en wat stel je voor? Kom je er met je vaste "
                "contact niet uit, vraag dan een gesprek met het stadsdeelbestuur. En zoek steun bij andere "
                "platforms in de coalitie: die hebben vaak hetzelfde meegemaakt.</p>",
            ),
            (
                "tip",
                {
                    "title": "Onafhankelijk advies",
                    "text": "<p>Wil je even sparren met iemand die niet van de gemeente is? De adviseurs van "
                    "Stichting !WOON helpen bewoners onafhankelijk bij vragen over meedoen en inspraak.</p>",
                },
            ),
            (
                "sources",
                {
                    "title": "Handige websites",
                    "items": [
                        {
                            "title": "Gemeente Amsterdam",
                            "url": "https://www.amsterdam.nl/",
                            "description": "Informatie over de stadsdelen, het stadsdeelbestuur en de "
                            "stadsdeelcommissies.",
                        },
                        {
                            "title": "!WOON",
                            "url": "https://www.wooninfo.nl/",
                            "description": "Onafhankelijke informatie en advies voor Amsterdamse bewoners.",
                        },
                    ],
                },
            ),
        ],
    },
    {
        "slug": "meepraten-over-plannen",
        "title": "Meepraten over plannen voor je buurt",
        "theme": "samenwerken-met-de-gemeente",
        "summary": (
            "Een buurtplatform met de status heeft een stem bij de plannen van de gemeente voor de buurt. Zo "
            "zorg je dat je op tijd aan tafel zit en dat de hele buurt meepraat, niet alleen jullie."
        ),
        "article_type": "tip",
        "audience": "existing",
        "tags": ["inspraak", "plannen", "meepraten"],
        "related": ["wie-is-wie-bij-de-gemeente", "de-vier-taken", "een-buurtavond-organiseren"],
        "last_reviewed": "2026-07-01",
        "body": [
            (
                "paragraph",
                "<p>Een nieuw speelveld, een andere busroute, woningen die worden gerenoveerd: de gemeente maakt "
                "voortdurend plannen die je buurt raken. Als buurtplatform met de status heb je recht op "
                "informatie en op een stem bij die plannen. Hoe haal je daar het meeste uit?</p>",
            ),
            ("heading", "Wees er vroeg bij"),
            (
                "paragraph",
                "<p>Hoe eerder je meepraat, hoe meer je kunt veranderen. Als een ontwerp klaar is, gaat het vaak "
                "alleen nog over details. Vraag je gebiedsmakelaar daarom regelmatig welke plannen eraan komen. "
                "Spreek bijvoorbeeld af dat je twee keer per jaar een overzicht krijgt.</p>",
            ),
            ("heading", "Praat niet alleen namens jezelf"),
            (
                "paragraph",
                "<p>Je stem is sterk omdat je de buurt vertegenwoordigt. Haal dus eerst op wat bewoners vinden, "
                "vooral de mensen die het plan het meest raakt. Ga langs bij de bewoners van de straat, hang een "
                "poster op met een vraag, of organiseer een korte inloop. Zo kun je zeggen: 'Dit hoorden we van "
                "zestig bewoners', in plaats van 'Wij vinden'.</p>",
            ),
            (
                "tip",
                {
                    "title": "Maak het makkelijk om te reageren",
                    "text": "<p>Niet iedereen komt naar een avond. Zet een tafel bij de supermarkt, maak een "
                    "korte vragenlijst op papier en online, en vraag het in een buurt-app. Hoe meer manieren, "
                    "hoe meer verschillende mensen je hoort.</p>",
                },
            ),
            ("heading", "Geef een helder advies"),
            (
                "paragraph",
                "<p>Zet je reactie op papier. Een goede opbouw:</p>"
                "<ul>"
                "<li>wat je hebt gedaan om de buurt te horen;</li>"
                "<li>waar de buurt blij mee is;</li>"
                "<li>waar de buurt zich zorgen over maakt, met voorbeelden;</li>"
                "<li>wat je voorstelt, en waar bewoners het onderling oneens zijn.</li>"
                "</ul>"
                "<p>Verschillen laten zien is geen zwakte. Het maakt je advies juist geloofwaardig.</p>",
            ),
            ("heading", "Vraag om terugkoppeling"),
            (
                "paragraph",
                "<p>Vraag de gemeente wat er met je advies gebeurt. Wat is overgenomen, wat niet, en waarom? "
                "Vertel dat daarna aan de buurt. Ook als het antwoord tegenvalt: mensen willen weten dat hun "
                "inbreng is gelezen.</p>",
            ),
            (
                "quote",
                {
                    "text": (
                        "Sinds we elke inspraakreactie samen met de buurt schrijven, nemen ambtenaren ons veel "
                        "serieuzer. Ze weten dat er een hele straat achter staat."
                    ),
                    "attribution": "Kerngroeplid van een buurtplatform in Zuidoost",
                },
            ),
        ],
    },
    {
        "slug": "praktijkvoorbeeld-zeven-pleinen",
        "title": "Praktijkvoorbeeld: een plein opnieuw inrichten met de buurt",
        "theme": "samenwerken-met-de-gemeente",
        "summary": (
            "Het fictieve Buurtplatform Zeven Pleinen in Oost praatte mee over de herinrichting van een plein. "
            "Zo pakten ze het aan, en dit leerden ze ervan."
        ),
        "article_type": "praktijkvoorbeeld",
        "audience": "existing",
        "tags": ["praktijkvoorbeeld", "plein", "inspraak"],
        "related": ["meepraten-over-plannen", "wie-is-wie-bij-de-gemeente"],
        "last_reviewed": "2026-09-15",
        "body": [
            (
                "paragraph",
                "<p><em>Dit is een verzonnen voorbeeld. Buurtplatform Zeven Pleinen bestaat niet; het verhaal is "
                "samengesteld uit ervaringen die platforms met ons deelden.</em></p>",
            ),
            ("heading", "De aanleiding"),
            (
                "paragraph",
                "<p>Het plein in het midden van de buurt was al jaren een parkeerplaats met een paar bankjes. De "
                "gemeente wilde het opnieuw inrichten. Het buurtplatform hoorde dat via de gebiedsmakelaar, "
                "ruim voordat er een ontwerp lag. Dat was het begin van een traject van bijna een jaar.</p>",
            ),
            ("heading", "Wat ze deden"),
            (
                "paragraph",
                "<ol>"
                "<li><strong>Ophalen.</strong> Drie zaterdagen stond het platform met koffie op het plein. "
                "Bewoners zetten stickers op een grote kaart: hier wil ik spelen, hier zitten, hier "
                "fietsen parkeren.</li>"
                "<li><strong>Verder kijken.</strong> De kerngroep zag dat vooral ouders en ouderen reageerden. "
                "Daarom gingen ze ook naar de jongerenclub, de school en de moskee.</li>"
                "<li><strong>Samen ontwerpen.</strong> Met de ontwerpers van de gemeente hielden ze twee "
                "avonden waarop bewoners konden tekenen en kiezen.</li>"
                "<li><strong>Terugkoppelen.</strong> Bij elk nieuw ontwerp legde het platform in een nieuwsbrief "
                "uit wat er met de ideeën was gebeurd.</li>"
                "</ol>",
            ),
            (
                "image",
                {
                    "label": "Ideeën voor het plein",
                    "alt": "Een plattegrond van een plein met gekleurde stickers van bewoners.",
                    "caption": "Bewoners plakten hun wensen op een kaart van het plein.",
                },
            ),
            ("heading", "Waar het schuurde"),
            (
                "paragraph",
                "<p>Niet iedereen was blij. Een groep bewoners wilde de parkeerplaatsen houden. Het platform "
                "nam dat serieus: het advies aan de gemeente noemde de zorgen eerlijk en stelde voor om een deel "
                "van de plekken te houden voor mensen die slecht ter been zijn. Dat voorstel kwam in het "
                "definitieve ontwerp.</p>",
            ),
            (
                "quote",
                {
                    "text": (
                        "We hebben niet gedaan alsof iedereen het eens was. Juist daardoor vertrouwden ook de "
                        "tegenstanders ons."
                    ),
                    "attribution": "Kerngroeplid van het (fictieve) platform",
                },
            ),
            (
                "example",
                {
                    "title": "Wat ze anders zouden doen",
                    "text": "<p>Achteraf hadden ze eerder afspraken willen maken met de gemeente over de "
                    "planning. Twee keer kreeg het platform maar een week om te reageren. Nu spreken ze aan het "
                    "begin van een project af hoeveel tijd de buurt krijgt.</p>",
                },
            ),
            ("heading", "Wat je ervan kunt leren"),
            (
                "paragraph",
                "<ul>"
                "<li>Zorg dat de gebiedsmakelaar weet dat je vroeg betrokken wilt worden.</li>"
                "<li>Ga naar de mensen toe in plaats van te wachten tot ze naar jou komen.</li>"
                "<li>Benoem verschillen in de buurt eerlijk.</li>"
                "<li>Vertel steeds wat er met de inbreng is gebeurd.</li>"
                "</ul>",
            ),
        ],
    },
]
