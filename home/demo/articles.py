# ruff: noqa: E501 -- the long lines are Dutch prose strings
"""Demo articles (magazine-style) for the knowledge base.

Pure data, no Django imports. All people and organisations are fictional.
Re-exported by ``home.demo.content``.
"""

ARTICLES = [
    {
        "slug": "nieuwe-leden-werven",
        "title": "Nieuwe leden vinden: begin bij je eigen netwerk",
        "intro": "Veel cliëntenraden zoeken nieuwe leden, maar een oproep in de nieuwsbrief levert weinig op. Wat werkt wel?",
        "date": "2024-03-18",
        "edition": "Zorg en Zeggenschap, voorjaar 2024",
        "people_quoted": "Karim Belhadj (secretaris cliëntenraad Stichting Rivierduin)",
        "themes": ["organiseren-medezeggenschap", "achterban"],
        "keywords": ["werven", "inwerken", "sociale media", "tips"],
        "sectors": ["ggz", "vvt"],
        "body": [
            (
                "paragraph",
                "Een cliëntenraad met te weinig leden heeft het zwaar. Het werk komt op een paar schouders terecht en er blijft weinig tijd over voor de achterban. Toch hoeft werven geen grote klus te zijn. Het helpt al veel als je eerst goed nadenkt over wie je zoekt. Zoek je iemand met verstand van geld, of juist iemand die de dagbesteding goed kent?",
            ),
            ("heading", "Vraag mensen persoonlijk"),
            (
                "paragraph",
                "De meeste nieuwe leden komen binnen via een persoonlijke vraag. Een raadslid kent een cliënt of familielid die betrokken en kritisch is. Vraag die persoon dan gewoon of hij of zij een keer een vergadering wil bijwonen. Zo'n proefvergadering maakt de stap kleiner. Mensen zien dan zelf hoe het werkt en hoeveel tijd het kost.",
            ),
            (
                "quote",
                {
                    "text": "Wij nodigen belangstellenden eerst uit als gast. Na drie keer meekijken besluiten ze pas of ze lid willen worden. Bijna iedereen blijft.",
                    "attribution": "Karim Belhadj, secretaris cliëntenraad Stichting Rivierduin",
                },
            ),
            (
                "image",
                {
                    "slug": "werven-gesprek",
                    "colour": "#2b5d8a",
                    "motif": "circles",
                    "alt": "Twee raadsleden in gesprek met een belangstellende aan een keukentafel.",
                    "caption": "Een persoonlijk gesprek werkt beter dan een oproep.",
                },
            ),
            ("heading", "Gebruik meer kanalen"),
            (
                "paragraph",
                "Een oproep op papier blijft nuttig, maar bereikt vooral mensen die al betrokken zijn. Zet de vacature daarom ook op sociale media, op de website van de organisatie en in het cliëntenblad. Vraag zorgmedewerkers om cliënten te tippen, want zij weten vaak wie belangstelling heeft. Maak in de tekst duidelijk dat je geen ervaring nodig hebt. Vertel ook wat het lidmaatschap oplevert, zoals scholing en een vergoeding.",
            ),
            ("image", {"slug": "werven-rand", "colour": "#d9e4ec", "motif": "stripes", "alt": ""}),
            ("heading", "Zorg voor een goede start"),
            (
                "paragraph",
                "Werven stopt niet bij de eerste vergadering. Een nieuw lid heeft tijd nodig om de weg te vinden. Geef iedereen een maatje uit de raad en een map met de belangrijkste stukken. Plan na drie maanden een gesprek om te vragen hoe het gaat. Met goed inwerken houd je nieuwe leden ook echt vast.",
            ),
            (
                "cta",
                {
                    "text": "Wil je met de hele raad een wervingsplan maken? Dat kan in één dagdeel.",
                    "label": "Bekijk de module",
                    "target": "module:werven-van-leden",
                },
            ),
        ],
        "image": {"colour": "#2b5d8a", "motif": "circles"},
        "featured": False,
    },
    {
        "slug": "toegankelijke-clientenraad",
        "title": "Een cliëntenraad waar iedereen mee kan doen",
        "intro": "Leden met een beperking horen volwaardig mee te doen in de cliëntenraad. Met een paar aanpassingen lukt dat vaak prima.",
        "date": "2024-04-25",
        "edition": "Zorg en Zeggenschap, voorjaar 2024",
        "people_quoted": "Jeroen Dekker (lid cliëntenraad Stichting Hoeve de Horst)",
        "themes": ["organiseren-medezeggenschap", "hulpmiddelen"],
        "keywords": ["toegankelijkheid", "ondersteuner", "tips"],
        "sectors": ["gehandicaptenzorg"],
        "body": [
            (
                "paragraph",
                "In de gehandicaptenzorg zitten steeds meer cliënten zelf in de raad. Dat is precies de bedoeling, want zij weten als geen ander hoe de zorg voelt. Maar veel raden vergaderen met lange stukken en snelle discussies. Dat sluit mensen uit. Een toegankelijke raad vraagt om een andere manier van werken.",
            ),
            ("heading", "Stukken in eenvoudige taal"),
            (
                "paragraph",
                "Vraag de organisatie om stukken in eenvoudige taal aan te leveren. Een samenvatting van één pagina met plaatjes kan al veel helpen. Gebruik pictogrammen op de agenda, zodat iedereen ziet welk onderwerp aan de beurt is. Stuur de stukken op tijd rond. Dan kunnen leden ze vooraf met iemand doornemen.",
            ),
            (
                "quote",
                {
                    "text": "Vroeger knikte ik maar wat. Nu krijg ik de stukken een week eerder en leest mijn ondersteuner ze met me door.",
                    "attribution": "Jeroen Dekker, lid cliëntenraad Stichting Hoeve de Horst",
                },
            ),
            ("heading", "Vergaderen met aandacht"),
            (
                "paragraph",
                "Spreek samen regels af. Bijvoorbeeld: er praat één persoon tegelijk, en iedereen mag altijd om uitleg vragen. Houd vergaderingen korter en neem een pauze. Een ondersteuner kan helpen om het gesprek te volgen en een eigen mening te vormen. Kies ook een plek die goed bereikbaar is met een rolstoel en met het openbaar vervoer.",
            ),
            ("heading", "Ook digitaal toegankelijk"),
            (
                "paragraph",
                "Niet iedereen kan goed overweg met een laptop of een videovergadering. Bied hulp aan, of vergader op locatie als dat beter werkt. Vraag leden zelf wat ze nodig hebben. Zij weten het meestal het beste. Zo wordt toegankelijkheid een vast punt op de agenda, en geen bijzaak.",
            ),
            (
                "cta",
                {
                    "text": "Lees hoe een raad in de gehandicaptenzorg zijn vergaderingen helemaal omgooide.",
                    "label": "Lees het praktijkvoorbeeld",
                    "target": "example:toegankelijke-vergaderingen-de-horst",
                },
            ),
        ],
        "image": {"colour": "#2f5233", "motif": "grid"},
        "featured": False,
    },
    {
        "slug": "wmcz-2018-in-gewone-taal",
        "title": "De Wmcz 2018 in gewone taal",
        "intro": "De Wet medezeggenschap cliënten zorginstellingen 2018 regelt wat een cliëntenraad mag en moet. We zetten de belangrijkste punten op een rij, zonder moeilijke woorden.",
        "date": "2024-06-05",
        "edition": "Zorg en Zeggenschap, voorjaar 2024",
        "people_quoted": "",
        "themes": ["wet-medezeggenschap", "clientenrechten"],
        "keywords": ["Wmcz 2018", "adviesrecht", "instemmingsrecht", "medezeggenschapsregeling", "ongevraagd advies"],
        "sectors": ["vvt", "ggz", "gehandicaptenzorg", "jeugdzorg"],
        "body": [
            ("heading", "Waarom deze wet?"),
            (
                "paragraph",
                "Cliënten weten als geen ander hoe de zorg in de praktijk gaat. De Wmcz 2018 zorgt ervoor dat zij daar ook iets over te zeggen hebben. De wet geldt sinds 1 juli 2020. Hij vraagt de meeste zorgorganisaties om een cliëntenraad in te stellen. Die raad komt op voor de gezamenlijke belangen van alle cliënten.",
            ),
            ("heading", "Adviesrecht en instemmingsrecht"),
            (
                "paragraph",
                "Bij adviesrecht vraagt de bestuurder de raad om een mening voordat hij een besluit neemt. Denk aan de begroting, een fusie of een grote verbouwing. De bestuurder moet het advies serieus wegen en uitleggen waarom hij het eventueel niet volgt. Instemmingsrecht gaat een stap verder. Bij onderwerpen als kwaliteit, veiligheid, voeding en de klachtenregeling mag de bestuurder niet besluiten zonder dat de raad ermee instemt.",
            ),
            (
                "paragraph",
                "Daarnaast mag de raad altijd ongevraagd advies geven. Dat is handig als cliënten iets merken waar de bestuurder nog niet aan denkt. Een ongevraagd advies is het sterkst als je het onderbouwt met ervaringen uit de achterban. Schrijf ook op wat je precies voorstelt. Vraag om een schriftelijke reactie.",
            ),
            ("heading", "Afspraken op papier: de medezeggenschapsregeling"),
            (
                "paragraph",
                "In de medezeggenschapsregeling staan de afspraken tussen raad en bestuurder. Bijvoorbeeld hoeveel leden de raad heeft, hoe vaak je overlegt en welk budget er is. De bestuurder stelt de regeling vast, maar heeft daarvoor de instemming van de raad nodig. De kosten van de raad, zoals scholing en ondersteuning, betaalt de organisatie.",
            ),
            (
                "cta",
                {
                    "text": "Net begonnen in de raad? In de basiscursus leer je de wet kennen met voorbeelden uit de praktijk.",
                    "label": "Bekijk de cursus",
                    "target": "module:basiscursus-medezeggenschap",
                },
            ),
        ],
        "image": {"colour": "#4a3b73", "motif": "stripes"},
        "featured": True,
    },
    {
        "slug": "als-de-inspectie-op-bezoek-komt",
        "title": "Als de inspectie op bezoek komt",
        "intro": "Bij een bezoek van de Inspectie Gezondheidszorg en Jeugd praat de inspecteur vaak ook met de cliëntenraad. Hoe bereid je je daarop voor?",
        "date": "2024-08-29",
        "edition": "Zorg en Zeggenschap, najaar 2024",
        "people_quoted": "Joke Vermeulen (lid cliëntenraad Zorggroep De Linde)",
        "themes": ["kwaliteit-van-zorg", "clientenrechten"],
        "keywords": ["inspectie", "kwaliteitsplan", "werkplan", "tips"],
        "sectors": ["vvt", "gehandicaptenzorg", "ggz"],
        "body": [
            (
                "paragraph",
                "De inspectie houdt toezicht op de kwaliteit en de veiligheid van de zorg. Tijdens een bezoek kijkt een inspecteur rond, leest stukken en praat met medewerkers en cliënten. Een gesprek met de cliëntenraad hoort daar vaak bij. De inspecteur wil weten hoe cliënten de zorg ervaren. Ook kijkt de inspecteur of de raad serieus wordt genomen.",
            ),
            ("heading", "Wees eerlijk en concreet"),
            (
                "paragraph",
                "Je hoeft geen mooi verhaal te vertellen. De inspecteur heeft meer aan een eerlijk beeld. Vertel wat goed gaat, maar ook waar cliënten zich zorgen over maken. Geef voorbeelden uit de achterban. Noem welke adviezen de raad heeft gegeven en wat daarmee is gebeurd.",
            ),
            (
                "quote",
                {
                    "text": "Ik was zenuwachtig, maar de inspecteur was vooral nieuwsgierig. Ze wilde weten wat bewoners merken van alle plannen.",
                    "attribution": "Joke Vermeulen, lid cliëntenraad Zorggroep De Linde",
                },
            ),
            ("heading", "Tips voor de voorbereiding"),
            (
                "paragraph",
                "Lees het laatste kwaliteitsplan en de vorige inspectierapporten. Spreek af wie van de raad het woord voert. Zet op een rij welke adviezen de raad het afgelopen jaar gaf. Bedenk twee of drie punten die je zeker wilt noemen. En onthoud: je mag de inspecteur ook zelf vragen stellen.",
            ),
            ("heading", "Na het bezoek"),
            (
                "paragraph",
                "Na het bezoek schrijft de inspectie een rapport. Vraag de bestuurder om dat rapport met de raad te delen en te bespreken. Staan er verbeterpunten in? Vraag dan hoe de organisatie die gaat aanpakken en wanneer. Zet de verbeterpunten in het werkplan van de raad, zodat je ze kunt volgen.",
            ),
            (
                "cta",
                {
                    "text": "Wil je leren hoe je de kwaliteit van zorg beoordeelt door de ogen van cliënten?",
                    "label": "Bekijk de training",
                    "target": "module:kwaliteit-van-zorg-beoordelen",
                },
            ),
        ],
        "image": {"colour": "#8a2b3f", "motif": "waves"},
        "featured": False,
    },
    {
        "slug": "advies-over-de-begroting",
        "title": "Meepraten over geld: advies over de begroting",
        "intro": "Veel raadsleden vinden de begroting een lastig stuk. Toch zegt een begroting veel over de keuzes die een organisatie maakt voor cliënten.",
        "date": "2024-10-22",
        "edition": "Zorg en Zeggenschap, najaar 2024",
        "people_quoted": "Marja Hoekstra (penningmeester cliëntenraad Thuiszorg Zonnewende)",
        "themes": ["adviesonderwerpen", "hulpmiddelen"],
        "keywords": ["begroting", "adviesrecht", "werkplan", "bestuurder"],
        "sectors": ["vvt", "ziekenhuizen"],
        "body": [
            (
                "paragraph",
                "Elk jaar maakt de organisatie een begroting. Daarin staat hoeveel geld er binnenkomt en waar het naartoe gaat. De cliëntenraad heeft adviesrecht op de begroting. Je hoeft geen accountant te zijn om daar iets zinnigs over te zeggen. Het gaat om de vraag wat de cijfers betekenen voor cliënten.",
            ),
            ("heading", "Stel de goede vragen"),
            (
                "paragraph",
                "Begin niet bij de tabellen, maar bij de plannen. Vraag de bestuurder om in gewone taal uit te leggen wat er volgend jaar verandert. Waar gaat meer geld naartoe, en waar minder? Wordt er bezuinigd op personeel, eten of activiteiten? Dat zijn de vragen waar cliënten direct iets van merken.",
            ),
            (
                "quote",
                {
                    "text": "Ik vraag altijd: wat merkt een cliënt hiervan? Als niemand dat kan uitleggen, is het plan nog niet af.",
                    "attribution": "Marja Hoekstra, penningmeester cliëntenraad Thuiszorg Zonnewende",
                },
            ),
            ("heading", "Werk met een kleine commissie"),
            (
                "paragraph",
                "Het werkt goed om twee of drie leden de begroting te laten voorbereiden. Zij lezen de stukken, stellen vragen aan de controller en maken een korte samenvatting voor de rest van de raad. Zet de begroting op tijd in het werkplan. Dan weet je wanneer de stukken komen. Zo word je niet verrast door een korte termijn.",
            ),
            (
                "paragraph",
                "Schrijf het advies kort en helder op. Noem wat je steunt, waar je zorgen over hebt en wat je vraagt. Vraag de bestuurder om schriftelijk te reageren. Kijk een jaar later of de toezeggingen zijn nagekomen.",
            ),
            (
                "cta",
                {
                    "text": "Leer in twee dagdelen een begroting en jaarrekening lezen.",
                    "label": "Bekijk de training",
                    "target": "module:begroting-en-jaarrekening-lezen",
                },
            ),
        ],
        "image": {"colour": "#7a3b1d", "motif": "grid"},
        "featured": False,
    },
    {
        "slug": "jongerenraad-in-de-jeugdzorg",
        "title": "Jongeren praten mee: zo werkt een jongerenraad",
        "intro": "In de jeugdzorg heet de cliëntenraad vaak jongerenraad. Jongeren willen graag meepraten, maar wel op hun eigen manier.",
        "date": "2024-11-28",
        "edition": "Zorg en Zeggenschap, najaar 2024",
        "people_quoted": "Noor Bakker (lid jongerenraad Jeugdhulp De Vaart)",
        "themes": ["kwaliteit-jeugdzorg", "achterban"],
        "keywords": ["jongeren", "sociale media", "privacy", "achterban", "cliëntervaringen"],
        "sectors": ["jeugdzorg"],
        "body": [
            (
                "paragraph",
                "Een jongerenraad werkt anders dan een cliëntenraad in een verpleeghuis. Jongeren zitten vaak korter in zorg en hebben het druk met school of werk. Lange vergaderingen met dikke stukken werken daarom niet. Houd bijeenkomsten kort en praktisch. Kies onderwerpen waar jongeren zelf iets van merken.",
            ),
            ("heading", "Begeleiding is onmisbaar"),
            (
                "paragraph",
                "Een goede begeleider maakt het verschil. Die helpt met de agenda, legt moeilijke stukken uit en let erop dat afspraken worden nagekomen. De begeleider neemt het werk niet over. De jongeren bepalen zelf wat ze belangrijk vinden. Voor ouders is er vaak een aparte ouderraad.",
            ),
            (
                "quote",
                {
                    "text": "We wilden vooral dat de regels op de groep eerlijker werden. Nu mogen we meepraten over het nieuwe huisreglement.",
                    "attribution": "Noor Bakker, lid jongerenraad Jeugdhulp De Vaart",
                },
            ),
            ("heading", "Bereik jongeren waar ze zijn"),
            (
                "paragraph",
                "Jongeren lezen zelden een nieuwsbrief op papier. Een korte video of een poll op sociale media werkt beter. Let wel op privacy: niet iedere jongere wil dat anderen weten dat hij of zij in zorg is. Spreek daarom duidelijke regels af over foto's en namen. Een besloten groep is vaak veiliger dan een openbaar account.",
            ),
            ("heading", "Ervaringen van jongeren tellen mee"),
            (
                "paragraph",
                "Laat de ervaringen van jongeren meewegen bij de kwaliteit van de jeugdzorg. Nodig de bestuurder uit om op de groep te komen praten. Vraag jongeren wat goed gaat en wat beter moet. Zo worden hun cliëntervaringen een vast onderdeel van het beleid.",
            ),
            (
                "cta",
                {
                    "text": "Wil je een jongerenraad opzetten of nieuw leven inblazen? LOC helpt jongeren en begeleiders op weg.",
                    "label": "Bekijk het traject",
                    "target": "module:ondersteuning-jongerenraad",
                },
            ),
        ],
        "image": {"colour": "#0f5c5c", "motif": "circles"},
        "featured": True,
    },
    {
        "slug": "medezeggenschapsregeling-opnieuw-bekijken",
        "title": "Tijd voor een frisse blik op je medezeggenschapsregeling",
        "intro": "Bij veel raden ligt de medezeggenschapsregeling al jaren in de kast. Toch loont het om hem af en toe samen met de bestuurder opnieuw te bekijken.",
        "date": "2025-02-11",
        "edition": "Zorg en Zeggenschap, voorjaar 2025",
        "people_quoted": "Henk Verboom (voorzitter centrale cliëntenraad Woonzorg Oeverland)",
        "themes": ["wet-medezeggenschap", "organiseren-medezeggenschap"],
        "keywords": ["medezeggenschapsregeling", "Wmcz 2018", "instemmingsrecht", "bestuurder", "ondersteuner"],
        "sectors": ["vvt", "ggz"],
        "body": [
            (
                "paragraph",
                "Een medezeggenschapsregeling is geen document dat je één keer maakt en dan vergeet. Organisaties veranderen. Er komen locaties bij, teams worden anders ingedeeld of er komt een nieuwe bestuurder. Dan kloppen de afspraken soms niet meer met de praktijk. Een goede regeling groeit mee.",
            ),
            ("heading", "Waar let je op?"),
            (
                "paragraph",
                "Kijk eerst naar de samenstelling van de raad. Is elke groep cliënten vertegenwoordigd, ook de thuiszorg of de ambulante zorg? Kijk daarna naar de werkwijze. Staat erin hoe snel de raad stukken krijgt en hoeveel tijd je hebt om te reageren? Controleer ten slotte of het budget genoeg is voor scholing en een ondersteuner.",
            ),
            (
                "quote",
                {
                    "text": "We ontdekten dat onze regeling nog uitging van vier locaties. Inmiddels zijn het er zeven. Dat moest dus anders.",
                    "attribution": "Henk Verboom, voorzitter centrale cliëntenraad Woonzorg Oeverland",
                },
            ),
            ("heading", "Samen met de bestuurder"),
            (
                "paragraph",
                "Een nieuwe regeling maak je samen. Plan een aparte bijeenkomst met de bestuurder en neem er de tijd voor. Bespreek eerst wat goed gaat en wat beter kan. Schrijf pas daarna nieuwe tekst. Een onafhankelijke adviseur kan helpen om het gesprek op gang te houden en op de wettelijke eisen te letten.",
            ),
            (
                "paragraph",
                "De Wmcz 2018 geeft de raad instemmingsrecht op de regeling. Je hoeft dus niet akkoord te gaan met afspraken waar je niet achter staat. Toch is het doel een regeling waar beide partijen mee uit de voeten kunnen. Een goede verhouding met de bestuurder is minstens zo belangrijk als de tekst zelf.",
            ),
            (
                "cta",
                {
                    "text": "Een adviseur van LOC kan raad en bestuurder begeleiden bij een nieuwe regeling.",
                    "label": "Bekijk het adviestraject",
                    "target": "module:medezeggenschapsregeling-opstellen",
                },
            ),
        ],
        "image": {"colour": "#3b4a5c", "motif": "stripes"},
        "featured": False,
    },
    {
        "slug": "spiegelgesprekken-clienten-vertellen",
        "title": "Spiegelgesprek: cliënten vertellen, de organisatie luistert",
        "intro": "In een spiegelgesprek vertellen cliënten over hun ervaringen, terwijl bestuurders en medewerkers alleen luisteren. Het is een krachtige manier om de kwaliteit van zorg te verbeteren.",
        "date": "2025-03-06",
        "edition": "Zorg en Zeggenschap, voorjaar 2025",
        "people_quoted": "Wim Koster (voorzitter cliëntenraad Stichting Rivierduin)",
        "themes": ["kwaliteit-van-zorg", "achterban"],
        "keywords": ["spiegelgesprek", "cliëntervaringen", "kwaliteitsplan", "bestuurder"],
        "sectors": ["ggz", "maatschappelijke-opvang"],
        "body": [
            (
                "paragraph",
                "Een spiegelgesprek heeft een vaste opzet. Een kleine groep cliënten zit in een kring en vertelt over de zorg die ze krijgen. Een onafhankelijke gespreksleider stelt de vragen. Daaromheen zitten medewerkers, managers of de bestuurder. Zij luisteren alleen en stellen pas aan het eind vragen.",
            ),
            ("heading", "Waarom het werkt"),
            (
                "paragraph",
                "Cijfers uit een enquête zeggen veel, maar niet alles. In een spiegelgesprek hoor je het verhaal achter de cijfers. Medewerkers horen met eigen oren wat cliënten meemaken. Dat maakt vaak meer indruk dan een rapport. De cliëntenraad laat zo zien dat hij zijn achterban echt kent.",
            ),
            (
                "quote",
                {
                    "text": "Onze bestuurder zei na afloop: dit had ik nooit uit een rapport gehaald. Twee verbeterpunten staan nu in het kwaliteitsplan.",
                    "attribution": "Wim Koster, voorzitter cliëntenraad Stichting Rivierduin",
                },
            ),
            ("heading", "Zo pak je het aan"),
            (
                "paragraph",
                "Kies een duidelijk thema, bijvoorbeeld de overgang van de kliniek naar huis. Nodig zes tot acht cliënten uit met verschillende ervaringen. Zorg voor een veilige sfeer en leg uit dat niemand iets hoeft te vertellen wat hij niet wil. Maak vooraf afspraken over wat er met de uitkomsten gebeurt. Vraag de organisatie om binnen drie maanden te laten weten wat ze ermee doet.",
            ),
            ("heading", "Aandacht voor veiligheid"),
            (
                "paragraph",
                "Zeker in de ggz en de maatschappelijke opvang is het belangrijk dat deelnemers zich veilig voelen. Een ervaringsdeskundige als gespreksleider kan daarbij helpen. Plan ook een nagesprek met de deelnemers. Dan horen ze wat hun verhaal heeft opgeleverd.",
            ),
            (
                "cta",
                {
                    "text": "LOC helpt bij de voorbereiding en levert een onafhankelijke gespreksleider.",
                    "label": "Bekijk het traject",
                    "target": "module:spiegelgesprek-organiseren",
                },
            ),
        ],
        "image": {"colour": "#1f4e5f", "motif": "waves"},
        "featured": False,
    },
    {
        "slug": "sociale-media-voor-de-clientenraad",
        "title": "Sociale media: handig, maar denk even na",
        "intro": "Met sociale media bereik je mensen die nooit naar een vergadering komen. Wel vraagt het om duidelijke afspraken.",
        "date": "2025-04-30",
        "edition": "Zorg en Zeggenschap, voorjaar 2025",
        "people_quoted": "Sandra Visser (secretaris bewonersraad Opvanghuis De Vindplaats)",
        "themes": ["achterban", "hulpmiddelen"],
        "keywords": ["sociale media", "nieuwsbrief", "privacy", "achterban"],
        "sectors": ["maatschappelijke-opvang", "ggz"],
        "body": [
            (
                "paragraph",
                "Steeds meer cliëntenraden gebruiken sociale media. Denk aan een Facebookpagina, een WhatsApp-groep of een account op Instagram. Het voordeel is dat je snel veel mensen bereikt. Vooral jongere cliënten en familieleden lezen liever een bericht op hun telefoon dan een nieuwsbrief op papier. Maar sociale media kosten ook tijd en aandacht.",
            ),
            ("heading", "Begin met een doel"),
            (
                "paragraph",
                "Vraag je eerst af wat je wilt bereiken. Wil je laten weten wat de raad doet? Wil je meningen ophalen, of nieuwe leden werven? Kies daarna het kanaal dat past bij je achterban. In de opvang hebben veel mensen wel een telefoon, maar geen e-mailadres.",
            ),
            (
                "quote",
                {
                    "text": "Onze bewoners reageren nauwelijks op een brief. Een korte vraag in de groepsapp levert binnen een uur tien antwoorden op.",
                    "attribution": "Sandra Visser, secretaris bewonersraad Opvanghuis De Vindplaats",
                },
            ),
            ("heading", "Let op privacy"),
            (
                "paragraph",
                "Op sociale media kan iedereen meelezen. Zet dus nooit namen of verhalen van cliënten online zonder hun toestemming. Spreek af wie berichten plaatst en hoe je reageert op kritiek. Een vaste toon en een herkenbare afbeelding helpen om op te vallen. Vraag de communicatieafdeling van de organisatie om hulp als je er zelf niet uitkomt.",
            ),
            ("heading", "Vergeet niemand"),
            (
                "paragraph",
                "Niet iedereen heeft een smartphone. Sociale media zijn een aanvulling, geen vervanging. Blijf daarom ook de nieuwsbrief, het prikbord en het persoonlijke gesprek gebruiken. Zo bereik je de hele achterban.",
            ),
            (
                "cta",
                {
                    "text": "Meer manieren om je achterban te bereiken, van koffiegesprek tot nieuwsbrief.",
                    "label": "Lees het artikel",
                    "target": "article:achterban-bereiken",
                },
            ),
        ],
        "image": {"colour": "#6b2d5c", "motif": "circles"},
        "featured": False,
    },
    {
        "slug": "wat-klachten-vertellen",
        "title": "Wat klachten de cliëntenraad kunnen vertellen",
        "intro": "Een cliëntenraad behandelt geen klachten van individuele cliënten. Maar het overzicht van alle klachten is wel een rijke bron van informatie.",
        "date": "2025-05-20",
        "edition": "Zorg en Zeggenschap, voorjaar 2025",
        "people_quoted": "Fatma Yildiz (lid cliëntenraad Ziekenhuis Westerhaven)",
        "themes": ["clientenrechten", "kwaliteit-van-zorg"],
        "keywords": ["klachten", "vertrouwenspersoon", "cliëntervaringen", "ongevraagd advies", "instemmingsrecht"],
        "sectors": ["ziekenhuizen", "eerstelijnszorg"],
        "body": [
            (
                "paragraph",
                "Soms komt een cliënt met een klacht naar een lid van de raad. Dan is het goed om te weten dat de raad zelf geen klachten behandelt. Verwijs de persoon door naar de klachtenfunctionaris of de vertrouwenspersoon. Zij kunnen helpen en werken onafhankelijk. Vraag wel of je later mag horen hoe het is afgelopen.",
            ),
            ("heading", "Vraag om het klachtenjaarverslag"),
            (
                "paragraph",
                "De organisatie houdt bij welke klachten er binnenkomen. Vraag elk jaar om een overzicht, zonder namen. Kijk of je een patroon ziet. Gaan veel klachten over de bereikbaarheid, over wachttijden of over de bejegening? Dan is er misschien meer aan de hand dan een los voorval.",
            ),
            (
                "quote",
                {
                    "text": "Drie klachten over lange wachttijden bij de poli lijken weinig. Maar toen we doorvroegen, bleek het om een groot probleem te gaan.",
                    "attribution": "Fatma Yildiz, lid cliëntenraad Ziekenhuis Westerhaven",
                },
            ),
            ("heading", "Van patroon naar advies"),
            (
                "paragraph",
                "Zie je een patroon, dan kun je ongevraagd advies geven. Beschrijf wat je ziet en waarom het cliënten raakt. Combineer de klachten met andere cliëntervaringen, zoals de uitkomsten van een enquête. Doe een concreet voorstel. Vraag de bestuurder om binnen een afgesproken termijn te reageren.",
            ),
            ("heading", "Kijk ook naar de regeling zelf"),
            (
                "paragraph",
                "Weten cliënten hoe ze een klacht kunnen indienen? Is de informatie te vinden in eenvoudige taal, ook op de website? De cliëntenraad heeft instemmingsrecht op de klachtenregeling. Dat is een goed moment om deze vragen te stellen.",
            ),
            (
                "cta",
                {
                    "text": "Leer in één dagdeel hoe je een klachtenregeling toetst.",
                    "label": "Bekijk de training",
                    "target": "module:klachtenregeling-beoordelen",
                },
            ),
        ],
        "image": {"colour": "#5a4410", "motif": "stripes"},
        "featured": False,
    },
    {
        "slug": "clientenraad-bij-een-fusie",
        "title": "Een fusie op komst: zo houdt de raad grip",
        "intro": "Als twee zorgorganisaties samengaan, verandert er veel voor cliënten. De cliëntenraad heeft adviesrecht, maar moet er wel vroeg bij zijn.",
        "date": "2025-09-14",
        "edition": "Zorg en Zeggenschap, najaar 2025",
        "people_quoted": "Peter van Lingen (voorzitter centrale cliëntenraad Stichting De Brem)",
        "themes": ["adviesonderwerpen", "wet-medezeggenschap"],
        "keywords": ["fusie", "adviesrecht", "raad van toezicht", "bestuurder", "medezeggenschapsregeling"],
        "sectors": ["gehandicaptenzorg", "vvt"],
        "body": [
            (
                "paragraph",
                "Een fusie is een van de grootste besluiten die een bestuurder kan nemen. Voor cliënten kan het gevolgen hebben voor hun vaste begeleiders, hun woonplek of de manier van werken. Daarom mag de raad volgens de Wmcz 2018 advies geven. Dat advies moet komen op een moment dat het nog invloed kan hebben op het besluit.",
            ),
            ("heading", "Wees er op tijd bij"),
            (
                "paragraph",
                "Vraag de bestuurder om de raad al in de verkenningsfase te informeren. Dan kun je meedenken voordat alles vastligt. Spreek af hoe en wanneer je informatie krijgt. Sommige informatie is vertrouwelijk. Maak dan duidelijke afspraken over wat je wel en niet met de achterban kunt delen.",
            ),
            (
                "quote",
                {
                    "text": "We hebben vanaf het eerste gesprek gezegd: betrek ons nu, niet pas als het contract klaar is. Dat heeft veel gescheeld.",
                    "attribution": "Peter van Lingen, voorzitter centrale cliëntenraad Stichting De Brem",
                },
            ),
            ("heading", "Zet de cliënt centraal"),
            (
                "paragraph",
                "Maak een lijst met vragen die voor cliënten belangrijk zijn. Blijven de vaste begeleiders? Wat gebeurt er met kleine locaties? Hoe ziet de medezeggenschap er na de fusie uit? Vraag ook hoe de raad van toezicht de belangen van cliënten meeweegt. Gebruik deze vragen als basis voor je advies.",
            ),
            ("heading", "Twee raden worden één"),
            (
                "paragraph",
                "Na een fusie moeten twee raden vaak samen verder. Begin daar op tijd mee. Leer elkaar kennen, vergelijk de werkwijzen en maak samen een nieuwe medezeggenschapsregeling. Een externe begeleider kan helpen om beide raden een gelijke stem te geven.",
            ),
            (
                "cta",
                {
                    "text": "Lees hoe de raad van Stichting De Brem een stevig fusieadvies schreef.",
                    "label": "Lees het praktijkvoorbeeld",
                    "target": "example:fusie-advies-de-brem",
                },
            ),
        ],
        "image": {"colour": "#2b5d8a", "motif": "grid"},
        "featured": False,
    },
    {
        "slug": "achterban-bereiken",
        "title": "Zo blijf je in gesprek met je achterban",
        "intro": "Een cliëntenraad spreekt namens alle cliënten, maar hoe weet je wat zij echt vinden? Drie manieren om je achterban te bereiken, ook als mensen niet vanzelf naar je toe komen.",
        "date": "2025-10-02",
        "edition": "Zorg en Zeggenschap, najaar 2025",
        "people_quoted": "Ans de Wit (voorzitter cliëntenraad Zorggroep De Linde)",
        "themes": ["achterban", "organiseren-medezeggenschap"],
        "keywords": ["achterban", "koffiegesprek", "nieuwsbrief", "tips"],
        "sectors": ["vvt", "gehandicaptenzorg"],
        "body": [
            (
                "paragraph",
                "Iedere cliëntenraad kent de vraag: voor wie doen we dit eigenlijk? Het antwoord is eenvoudig. Je doet het voor alle cliënten van de organisatie, en vaak ook voor hun familie. Die groep heet de achterban. Een advies is sterker als je kunt laten zien dat het gebaseerd is op wat cliënten zelf zeggen.",
            ),
            ("heading", "Ga naar de mensen toe"),
            (
                "paragraph",
                "Wacht niet tot cliënten naar de vergadering komen, want dat gebeurt bijna nooit. Ga zelf op pad, bijvoorbeeld naar de huiskamer, de dagbesteding of het restaurant. Neem koffie mee en stel één duidelijke vraag. Zo'n koffiegesprek duurt een half uur. Het levert vaak meer op dan een lange enquête.",
            ),
            (
                "quote",
                {
                    "text": "In het begin vonden we het spannend om zomaar aan te schuiven. Nu vragen bewoners zelf wanneer we weer komen.",
                    "attribution": "Ans de Wit, voorzitter cliëntenraad Zorggroep De Linde",
                },
            ),
            ("heading", "Maak reageren makkelijk"),
            (
                "paragraph",
                "Niet iedereen praat graag in een groep. Zet daarom ook een ideeënbus neer of geef een kaartje mee met een telefoonnummer. Een korte nieuwsbrief op papier werkt goed voor mensen die geen computer gebruiken. Schrijf in korte zinnen en zet er een foto van de raadsleden bij. Dan weten mensen wie ze kunnen aanspreken.",
            ),
            ("heading", "Vertel wat je met de reacties doet"),
            (
                "paragraph",
                "Mensen blijven alleen meedenken als ze merken dat het zin heeft. Laat daarom altijd weten wat de raad met hun mening heeft gedaan. Dat kan in de nieuwsbrief, op het prikbord of tijdens het volgende koffiegesprek. Ook als een advies niet is overgenomen, is het goed om dat eerlijk te vertellen. Zo bouw je vertrouwen op.",
            ),
            (
                "cta",
                {
                    "text": "Wil je hier met je hele raad mee aan de slag? In de training maak je een plan om je achterban te bereiken.",
                    "label": "Bekijk de module",
                    "target": "module:in-contact-met-je-achterban",
                },
            ),
        ],
        "image": {"colour": "#1f4e5f", "motif": "circles"},
        "featured": True,
    },
    {
        "slug": "onvrijwillige-zorg",
        "title": "Onvrijwillige zorg: waar let de cliëntenraad op?",
        "intro": "Soms krijgen cliënten zorg waar ze het niet mee eens zijn, bijvoorbeeld een deur die op slot gaat. De Wet zorg en dwang stelt daar strenge regels aan.",
        "date": "2025-11-18",
        "edition": "Zorg en Zeggenschap, najaar 2025",
        "people_quoted": "Ria Smits (ondersteuner cliëntenraad Stichting Hoeve de Horst)",
        "themes": ["clientenrechten", "adviesonderwerpen"],
        "keywords": ["onvrijwillige zorg", "Wzd", "vertrouwenspersoon", "ongevraagd advies"],
        "sectors": ["vvt", "gehandicaptenzorg"],
        "body": [
            (
                "paragraph",
                "Onvrijwillige zorg is zorg waar een cliënt of zijn vertegenwoordiger het niet mee eens is. Denk aan een deur die op slot gaat, toezicht met een camera of minder bezoek. De Wet zorg en dwang, kortweg Wzd, geldt voor mensen met dementie of een verstandelijke beperking. Het uitgangspunt is: nee, tenzij. Onvrijwillige zorg mag alleen als laatste middel.",
            ),
            ("heading", "De rol van de cliëntenraad"),
            (
                "paragraph",
                "De raad beslist niet over de zorg aan één cliënt. Wel kun je kijken naar het beleid van de organisatie. Hoe vaak wordt onvrijwillige zorg toegepast? Welke andere oplossingen worden eerst geprobeerd? Worden cliënten en familie goed geïnformeerd? Vraag de bestuurder om de cijfers en bespreek ze minstens één keer per jaar.",
            ),
            (
                "quote",
                {
                    "text": "Het gaat niet alleen om de cijfers. We willen weten wat er gebeurt om de vrijheid van bewoners zo groot mogelijk te houden.",
                    "attribution": "Ria Smits, ondersteuner cliëntenraad Stichting Hoeve de Horst",
                },
            ),
            ("heading", "De cliëntenvertrouwenspersoon"),
            (
                "paragraph",
                "Iedere cliënt die met de Wzd te maken krijgt, kan terecht bij een cliëntenvertrouwenspersoon. Die is onafhankelijk van de organisatie. Controleer of cliënten en familie weten dat deze vertrouwenspersoon bestaat. Nodig de vertrouwenspersoon eens uit voor een vergadering. Die ziet vaak wat er speelt, zonder namen te noemen.",
            ),
            ("heading", "Ongevraagd advies"),
            (
                "paragraph",
                "Zie je dat er iets niet goed gaat, geef dan ongevraagd advies. Bijvoorbeeld over betere uitleg aan familie of meer aandacht voor andere oplossingen. Betrek ook medewerkers bij je vragen, want zij werken er elke dag mee. Zo help je mee aan zorg waarin de vrijheid van cliënten voorop staat.",
            ),
            (
                "cta",
                {
                    "text": "Meer houvast nodig? Volg de training over onvrijwillige zorg voor cliëntenraden.",
                    "label": "Bekijk de training",
                    "target": "module:onvrijwillige-zorg-meekijken",
                },
            ),
        ],
        "image": {"colour": "#4a3b73", "motif": "waves"},
        "featured": False,
    },
    {
        "slug": "samenwerken-met-het-zorgkantoor",
        "title": "In gesprek met het zorgkantoor",
        "intro": "Het zorgkantoor koopt de langdurige zorg in, bijvoorbeeld voor mensen die in een verpleeghuis wonen. Steeds meer zorgkantoren willen daarbij horen wat cliëntenraden vinden.",
        "date": "2026-01-15",
        "edition": "Zorg en Zeggenschap, voorjaar 2026",
        "people_quoted": "Gerda Mulder (lid cliëntenraad Woonzorg Oeverland)",
        "themes": ["kwaliteit-van-zorg", "adviesonderwerpen"],
        "keywords": ["zorgkantoor", "samenwerking", "kwaliteitsplan", "cliëntervaringen"],
        "sectors": ["vvt", "gehandicaptenzorg"],
        "body": [
            (
                "paragraph",
                "Het zorgkantoor maakt afspraken met zorgorganisaties over de zorg uit de Wet langdurige zorg. Dat gaat over geld, maar ook over kwaliteit. Wat vinden bewoners belangrijk? Hoe gaat de organisatie om met het tekort aan personeel? Op die vragen kan de cliëntenraad een antwoord geven vanuit de praktijk.",
            ),
            ("heading", "Wat heeft de raad eraan?"),
            (
                "paragraph",
                "Een gesprek met het zorgkantoor geeft de raad een extra ingang. Je hoort welke afspraken er worden gemaakt en welke eisen het zorgkantoor stelt. Daarmee kun je beter beoordelen of het kwaliteitsplan van de organisatie klopt. Soms kan het zorgkantoor ook een probleem oppakken dat bij de organisatie blijft liggen.",
            ),
            (
                "quote",
                {
                    "text": "We vertelden over de lange wachtlijst voor dagbesteding. Het zorgkantoor wist daar niets van en heeft het meegenomen in de afspraken.",
                    "attribution": "Gerda Mulder, lid cliëntenraad Woonzorg Oeverland",
                },
            ),
            ("heading", "Goed voorbereid het gesprek in"),
            (
                "paragraph",
                "Bereid het gesprek voor met de hele raad. Kies twee of drie onderwerpen die voor cliënten echt belangrijk zijn. Gebruik voorbeelden en cliëntervaringen uit de achterban. Laat de bestuurder weten dat je in gesprek gaat. Dat voorkomt misverstanden en houdt de samenwerking goed.",
            ),
            (
                "paragraph",
                "Niet elk zorgkantoor werkt op dezelfde manier. Sommige nodigen raden uit voor een jaarlijkse bijeenkomst, andere voeren gesprekken per organisatie. Vraag bij het zorgkantoor in je regio na hoe het daar gaat. Deel je ervaringen daarna met andere raden in de regio.",
            ),
            (
                "cta",
                {
                    "text": "Lees hoe de raad van Woonzorg Oeverland elk jaar met het zorgkantoor praat.",
                    "label": "Lees het praktijkvoorbeeld",
                    "target": "example:zorgkantoor-gesprek-oeverland",
                },
            ),
        ],
        "image": {"colour": "#7a3b1d", "motif": "stripes"},
        "featured": False,
    },
    {
        "slug": "vrijwilligers-van-loc",
        "title": "Vrijwilligers van LOC: ‘Ik leer elke keer iets nieuws’",
        "intro": "LOC werkt met vrijwilligers die cliëntenraden helpen, trainingen geven of meedenken over beleid. Wat doen zij precies, en wat levert het hen op?",
        "date": "2026-02-10",
        "edition": "Zorg en Zeggenschap, voorjaar 2026",
        "people_quoted": "Els Jansen (vrijwillig adviseur bij LOC)",
        "themes": ["vrijwilligers-loc", "dienstverlening"],
        "keywords": ["vrijwilligers", "scholing", "samenwerking", "werven"],
        "sectors": [],
        "body": [
            (
                "paragraph",
                "Naast de vaste adviseurs werken er bij LOC vrijwilligers. Veel van hen zaten zelf jaren in een cliëntenraad. Ze kennen het werk dus van binnenuit. Die ervaring delen ze met raden die net beginnen of die ergens mee worstelen. Ze geven trainingen, helpen bij een lastig advies of denken mee over het werven van leden.",
            ),
            ("heading", "Een goede voorbereiding"),
            (
                "paragraph",
                "Nieuwe vrijwilligers krijgen eerst scholing. Ze leren de Wmcz 2018 goed kennen en oefenen met gesprekken. Daarna lopen ze een paar keer mee met een ervaren collega. Zo weten ze wat ze kunnen verwachten. Ook later zijn er regelmatig bijeenkomsten om hun kennis bij te houden.",
            ),
            (
                "quote",
                {
                    "text": "Elke raad is anders. Het ene jaar help ik met een begroting, het andere jaar met een fusie. Ik leer er zelf ook veel van.",
                    "attribution": "Els Jansen, vrijwillig adviseur bij LOC",
                },
            ),
            ("heading", "Hoe vraag je hulp?"),
            (
                "paragraph",
                "Een cliëntenraad die hulp zoekt, kan contact opnemen met LOC. Samen kijk je welke vraag er precies ligt. Soms is een korte uitleg aan de telefoon genoeg. Soms past een training op maat of een traject met meer bijeenkomsten beter. De samenwerking met een vrijwilliger is dan vaak een prettige en betaalbare oplossing.",
            ),
            ("heading", "Zelf vrijwilliger worden?"),
            (
                "paragraph",
                "LOC zoekt mensen met ervaring in medezeggenschap, in de zorg of in het begeleiden van groepen. Je hoeft niet alles al te weten. Belangrijk is dat je betrokken bent en graag je kennis deelt. Je krijgt er een introductie, begeleiding en leuke collega's voor terug.",
            ),
            (
                "cta",
                {
                    "text": "Nieuwe vrijwilligers starten met een introductie van twee dagdelen.",
                    "label": "Bekijk de introductie",
                    "target": "module:introductie-vrijwillig-adviseur",
                },
            ),
        ],
        "image": {"colour": "#0f5c5c", "motif": "grid"},
        "featured": False,
    },
]
