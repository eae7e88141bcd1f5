"""The FAQ page: short answers to questions the editors often get."""

FAQ = {
    "slug": "veelgestelde-vragen",
    "title": "Veelgestelde vragen",
    "intro": "Korte antwoorden op vragen die we vaak krijgen. Staat je vraag er niet bij? Stuur ons een bericht.",
    "items": [
        {
            "question": "Wat is een buurtplatform?",
            "answer": "<p>Een groep bewoners die de actieve mensen en initiatieven in een buurt met elkaar "
            "verbindt. Het platform wordt gedragen door bewoners en bepaalt zelf hoe het werkt.</p>",
        },
        {
            "question": "Wat is het buurtplatformrecht?",
            "answer": "<p>Een manier waarop een buurtplatform in Amsterdam een officiële status kan krijgen. Met "
            "die status heb je recht op erkenning en een positie (informatie en een stem bij plannen van de "
            "gemeente voor je buurt), een eigen manier van werken en steun: een beperkt budget, een plek en "
            "onafhankelijke ondersteuning.</p>",
        },
        {
            "question": "Waar vraag ik de status van buurtplatform aan?",
            "answer": "<p>Bij je eigen stadsdeel, via de gebiedsmakelaar of het stadsdeelbestuur. Het "
            "stadsdeelbestuur beslist, op advies van de stadsdeelcommissie.</p>",
        },
        {
            "question": "Hoe lang geldt de status?",
            "answer": "<p>Vier jaar. Daarna kan het stadsdeelbestuur de status verlengen, ook weer op advies van "
            "de stadsdeelcommissie.</p>",
        },
        {
            "question": "Kunnen twee platforms in dezelfde buurt de status hebben?",
            "answer": "<p>Nee, per buurt kan maar één platform de status hebben. Willen twee groepen de status, "
            "dan beslist het stadsdeelbestuur. Vaak is het beter om eerst samen te kijken of je één platform "
            "kunt vormen.</p>",
        },
        {
            "question": "Welke taken horen bij de status?",
            "answer": "<p>Vier taken: alle belangen in de buurt kennen, andere bewoners activeren, de "
            "samenwerking verbreden en de buurt vertellen wat je doet en waarom.</p>",
        },
        {
            "question": "Moet ons platform een vereniging of stichting zijn?",
            "answer": "<p>Niet altijd. Veel groepen beginnen informeel. Een rechtsvorm is handig als je geld gaat "
            "beheren of afspraken maakt. Vraag bij je stadsdeel na wat zij verwachten.</p>",
        },
        {
            "question": "Wat is de Coalitie van Buurtplatformen Amsterdam?",
            "answer": "<p>Een netwerk van buurtplatformen en bewonersgroepen die naar die rol toe groeien. Ze leren "
            "van elkaar en trekken samen op. Er zijn ook coalities per stadsdeel, zoals in Zuidoost.</p>",
        },
        {
            "question": "Hoe wordt mijn groep lid van de coalitie?",
            "answer": '<p>Vul het <a href="/aanmelden/">aanmeldformulier</a> in. Ook groepen die nog geen '
            "status hebben, zijn welkom.</p>",
        },
        {
            "question": "Welke buurtplatformen zijn er al?",
            "answer": '<p>Kijk in het <a href="/buurtplatformen/">register van buurtplatformen</a>. Daar zie je '
            "per buurt welk platform actief is.</p>",
        },
        {
            "question": "Wie houdt deze kennisbank bij?",
            "answer": "<p>De redactie van Stichting !WOON, een onafhankelijke stichting die bewoners adviseert "
            "over meedoen in hun buurt. De kennisbank is er voor de coalitie: voor buurtplatformen, door "
            "buurtplatformen.</p>",
        },
        {
            "question": "Kan ik zelf een artikel of tip insturen?",
            "answer": "<p>Graag! Heb je een praktijkvoorbeeld, een handig sjabloon of ideeën voor een artikel? "
            'Stuur het via <a href="/contact/">het contactformulier</a>. De redactie neemt contact met je '
            "op.</p>",
        },
        {
            "question": "Ik zie een fout of verouderde informatie. Wat nu?",
            "answer": '<p>Laat het ons weten via <a href="/contact/">het contactformulier</a>. Bij elk artikel '
            "staat wanneer de redactie het voor het laatst heeft nagekeken.</p>",
        },
        {
            "question": "Waar kan ik terecht voor persoonlijk advies?",
            "answer": "<p>Bij Stichting !WOON kunnen bewoners terecht voor onafhankelijk advies. Kijk op "
            '<a href="https://www.wooninfo.nl/">de website van !WOON</a> hoe je contact opneemt.</p>',
        },
    ],
}
