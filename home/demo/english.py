# ruff: noqa: E501 -- the long lines are English prose strings
"""English translations of the demo content, the themes, the sectors and the site settings.

Pure data, no Django imports. All people and organisations are fictional.
Keys are the Dutch slugs (``PAGES`` uses ``"article:<slug>"``, ``"module:<slug>"`` and
``"example:<slug>"``). Themes, sectors, dates and kinds are not repeated here: they stay
synchronised with the Dutch source. Each ``keywords`` list follows the order of the Dutch item.
"""

THEMES = {
    "wet-medezeggenschap": {
        "name": "Client participation law (Wmcz)",
        "slug": "client-participation-law",
        "description": "What the Wmcz 2018 (Dutch Act on client participation in care institutions) says, and what it means for the council.",
    },
    "adviesonderwerpen": {
        "name": "Topics for advice by the client council",
        "slug": "advice-topics",
        "description": "Topics on which the council gives advice or must give its consent.",
    },
    "organiseren-medezeggenschap": {
        "name": "Organising and renewing client participation",
        "slug": "organising-client-participation",
        "description": "How to set up, strengthen and renew client participation.",
    },
    "hulpmiddelen": {
        "name": "Tools for the client council",
        "slug": "tools-for-the-client-council",
        "description": "Practical tools, tips and examples.",
    },
    "dienstverlening": {
        "name": "Services for client councils",
        "slug": "services-for-client-councils",
        "description": "What LOC does for client councils: training, advice and coaching.",
    },
    "achterban": {
        "name": "Contact with the people you represent",
        "slug": "contact-with-the-people-you-represent",
        "description": "Staying in touch with the clients and families the council speaks for.",
    },
    "kwaliteit-van-zorg": {
        "name": "Quality of care",
        "slug": "quality-of-care",
        "description": "Good care and a good life, seen through the eyes of clients.",
    },
    "kwaliteit-jeugdzorg": {
        "name": "Quality of youth care",
        "slug": "quality-of-youth-care",
        "description": "The quality of care and support for young people.",
    },
    "vrijwilligers-loc": {
        "name": "LOC volunteers",
        "slug": "loc-volunteers",
        "description": "Volunteers who work through LOC, for example in regional networks.",
    },
    "clientenrechten": {
        "name": "Clients' rights",
        "slug": "clients-rights",
        "description": "The rights of people who receive care.",
    },
}

SECTORS = {
    "vvt": {
        "name": "Nursing homes, care homes and home care",
        "slug": "nursing-homes-care-homes-and-home-care",
        "description": "Care for older people in a nursing home or care home, and care at home.",
    },
    "ggz": {
        "name": "Mental health care",
        "slug": "mental-health-care",
        "description": "Care and treatment for people with mental health problems.",
    },
    "jeugdzorg": {
        "name": "Youth care",
        "slug": "youth-care",
        "description": "Help for children, young people and their parents.",
    },
    "gehandicaptenzorg": {
        "name": "Disability care",
        "slug": "disability-care",
        "description": "Care for people with a disability.",
    },
    "maatschappelijke-opvang": {
        "name": "Shelter and support",
        "slug": "shelter-and-support",
        "description": "Shelter and support for people who have no fixed place to live.",
    },
    "ziekenhuizen": {
        "name": "Hospitals and independent clinics",
        "slug": "hospitals-and-independent-clinics",
        "description": "Hospital care and independent treatment centres.",
    },
    "eerstelijnszorg": {
        "name": "Primary care",
        "slug": "primary-care",
        "description": "Care close to home, such as the family doctor (GP) and physiotherapy.",
    },
}

SETTINGS = {
    "organisation": "LOC Waardevolle zorg",
    "vraagbaak_phone": "030 284 32 00",
    "vraagbaak_email": "vraagbaak@loc.nl",
    "vraagbaak_hours": "Monday to Friday, 9 am to 5 pm",
    "about": "The Client Participation Knowledge Base brings together articles, training courses and practical examples for client councils.",
}

PAGES = {
    # ------------------------------------------------------------------ articles
    "article:nieuwe-leden-werven": {
        "title": "Finding new members: start with your own network",
        "slug": "finding-new-members",
        "intro": "Many client councils are looking for new members, but a call in the newsletter brings in very few. What does work?",
        "edition": "Zorg en Zeggenschap, spring 2024",
        "people_quoted": "Karim Belhadj (secretary of the client council of Stichting Rivierduin)",
        "keywords": ["recruitment", "induction", "social media", "tips"],
        "body": [
            (
                "paragraph",
                "A client council with too few members has a hard time. The work falls on a few people, and there is little time left for the clients they represent. But finding new members does not have to be a big job. It already helps a lot to think first about who you are looking for. Do you need someone who understands money, or someone who knows the day activities well?",
            ),
            ("heading", "Ask people in person"),
            (
                "paragraph",
                "Most new members join because someone asked them in person. A council member knows a client or family member who is involved and thinks critically. Simply ask that person if they would like to come to a meeting once. A trial meeting like this makes the step smaller. People see for themselves how it works and how much time it takes.",
            ),
            (
                "quote",
                {
                    "text": "We first invite interested people as guests. Only after watching three times do they decide if they want to become a member. Almost everyone stays.",
                    "attribution": "Karim Belhadj, secretary of the client council of Stichting Rivierduin",
                },
            ),
            (
                "image",
                {
                    "slug": "werven-gesprek",
                    "colour": "#2b5d8a",
                    "motif": "circles",
                    "alt": "Two council members talking with an interested person at a kitchen table.",
                    "caption": "A personal conversation works better than a notice.",
                },
            ),
            ("heading", "Use more channels"),
            (
                "paragraph",
                "A notice on paper is still useful, but it mainly reaches people who are already involved. So also put the vacancy on social media, on the organisation's website and in the client magazine. Ask care staff to suggest clients, because they often know who is interested. Make clear in the text that no experience is needed. Also say what members get in return, such as training and an allowance.",
            ),
            ("image", {"slug": "werven-rand", "colour": "#d9e4ec", "motif": "stripes", "alt": ""}),
            ("heading", "Give new members a good start"),
            (
                "paragraph",
                "Recruiting does not stop at the first meeting. A new member needs time to find their way. Give everyone a buddy from the council and a folder with the most important papers. After three months, plan a talk to ask how things are going. A good induction helps you keep new members.",
            ),
            (
                "cta",
                {
                    "text": "Would you like to make a recruitment plan with the whole council? You can do it in one half-day session.",
                    "label": "View the module",
                    "target": "module:werven-van-leden",
                },
            ),
        ],
    },
    "article:toegankelijke-clientenraad": {
        "title": "A client council where everyone can take part",
        "slug": "a-client-council-where-everyone-can-take-part",
        "intro": "Members with a disability should be able to take full part in the client council. A few changes often make this possible.",
        "edition": "Zorg en Zeggenschap, spring 2024",
        "people_quoted": "Jeroen Dekker (member of the client council of Stichting Hoeve de Horst)",
        "keywords": ["accessibility", "support person", "tips"],
        "body": [
            (
                "paragraph",
                "In disability care, more and more clients sit on the council themselves. That is exactly the idea, because they know better than anyone how the care feels. But many councils meet with long papers and fast discussions. That shuts people out. An accessible council needs a different way of working.",
            ),
            ("heading", "Papers in easy language"),
            (
                "paragraph",
                "Ask the organisation to provide papers in easy language. A one-page summary with pictures can already help a lot. Use symbols on the agenda, so that everyone can see which topic is being discussed. Send out the papers in good time. Then members can go through them with someone beforehand.",
            ),
            (
                "quote",
                {
                    "text": "I used to just nod along. Now I get the papers a week earlier and my support person reads them through with me.",
                    "attribution": "Jeroen Dekker, member of the client council of Stichting Hoeve de Horst",
                },
            ),
            ("heading", "Meetings with care and attention"),
            (
                "paragraph",
                "Agree on rules together. For example: one person speaks at a time, and everyone may always ask for an explanation. Keep meetings shorter and take a break. A support person can help members follow the conversation and form their own opinion. Also choose a place that is easy to reach by wheelchair and by public transport.",
            ),
            ("heading", "Accessible online too"),
            (
                "paragraph",
                "Not everyone finds it easy to use a laptop or join a video meeting. Offer help, or meet in person if that works better. Ask members what they need. They usually know best. This way accessibility becomes a regular item on the agenda, not an afterthought.",
            ),
            (
                "cta",
                {
                    "text": "Read how a council in disability care completely changed the way it holds meetings.",
                    "label": "Read the practical example",
                    "target": "example:toegankelijke-vergaderingen-de-horst",
                },
            ),
        ],
    },
    "article:wmcz-2018-in-gewone-taal": {
        "title": "The Wmcz 2018 in plain language",
        "slug": "the-wmcz-2018-in-plain-language",
        "intro": "The Wmcz 2018 (Dutch Act on client participation in care institutions) sets out what a client council may do and must do. We list the main points, without difficult words.",
        "edition": "Zorg en Zeggenschap, spring 2024",
        "people_quoted": "",
        "keywords": [
            "Wmcz 2018",
            "right to advise",
            "right of consent",
            "participation agreement",
            "own-initiative advice",
        ],
        "body": [
            ("heading", "Why this law?"),
            (
                "paragraph",
                "Clients know better than anyone how care works in practice. The Wmcz 2018 makes sure they also have a say in it. The law has applied since 1 July 2020. It asks most care organisations to set up a client council. This council stands up for the shared interests of all clients.",
            ),
            ("heading", "The right to advise and the right of consent"),
            (
                "paragraph",
                "With the right to advise, the director (the person or board who runs the organisation) must ask the council for its opinion before making a decision. Think of the budget, a merger or a large building project. The director must take the advice seriously, and explain why if they do not follow it. The right of consent goes one step further. On topics such as quality, safety, food and the complaints procedure, the director may not decide without the council's agreement.",
            ),
            (
                "paragraph",
                "The council may also give advice on its own initiative at any time. This is useful when clients notice something the director has not yet thought about. Advice on your own initiative is strongest when you support it with experiences from the clients you represent. Also write down exactly what you propose. Ask for a written reply.",
            ),
            ("heading", "Agreements on paper: the participation agreement"),
            (
                "paragraph",
                "The participation agreement (in Dutch: medezeggenschapsregeling) contains the agreements between the council and the director. For example, how many members the council has, how often you meet and what budget there is. The director sets the agreement, but needs the council's consent to do so. The organisation pays the council's costs, such as training and support.",
            ),
            (
                "cta",
                {
                    "text": "Just joined the council? In the basic course you get to know the law, with examples from practice.",
                    "label": "View the course",
                    "target": "module:basiscursus-medezeggenschap",
                },
            ),
        ],
    },
    "article:als-de-inspectie-op-bezoek-komt": {
        "title": "When the inspectorate comes to visit",
        "slug": "when-the-inspectorate-comes-to-visit",
        "intro": "When the Health and Youth Care Inspectorate (Inspectie Gezondheidszorg en Jeugd) visits, the inspector often also talks to the client council. How do you prepare for this?",
        "edition": "Zorg en Zeggenschap, autumn 2024",
        "people_quoted": "Joke Vermeulen (member of the client council of Zorggroep De Linde)",
        "keywords": ["inspection", "quality plan", "work plan", "tips"],
        "body": [
            (
                "paragraph",
                "The inspectorate checks the quality and safety of care. During a visit, an inspector looks around, reads documents and talks to staff and clients. A talk with the client council is often part of this. The inspector wants to know how clients experience the care. The inspector also looks at whether the council is taken seriously.",
            ),
            ("heading", "Be honest and specific"),
            (
                "paragraph",
                "You do not have to tell a nice story. An honest picture is more useful to the inspector. Say what goes well, but also what clients are worried about. Give examples from the clients you represent. Mention what advice the council has given and what happened with it.",
            ),
            (
                "quote",
                {
                    "text": "I was nervous, but the inspector was mainly curious. She wanted to know what residents notice of all the plans.",
                    "attribution": "Joke Vermeulen, member of the client council of Zorggroep De Linde",
                },
            ),
            ("heading", "Tips for preparing"),
            (
                "paragraph",
                "Read the latest quality plan and the previous inspection reports. Agree who will speak for the council. Make a list of the advice the council gave in the past year. Think of two or three points you certainly want to mention. And remember: you may ask the inspector questions too.",
            ),
            ("heading", "After the visit"),
            (
                "paragraph",
                "After the visit, the inspectorate writes a report. Ask the director to share the report with the council and discuss it. Does it list points for improvement? Then ask how and when the organisation will deal with them. Put these points in the council's work plan, so that you can follow them up.",
            ),
            (
                "cta",
                {
                    "text": "Would you like to learn how to judge the quality of care through the eyes of clients?",
                    "label": "View the training",
                    "target": "module:kwaliteit-van-zorg-beoordelen",
                },
            ),
        ],
    },
    "article:advies-over-de-begroting": {
        "title": "Having a say about money: advice on the budget",
        "slug": "advice-on-the-budget",
        "intro": "Many council members find the budget a difficult document. Yet a budget says a lot about the choices an organisation makes for its clients.",
        "edition": "Zorg en Zeggenschap, autumn 2024",
        "people_quoted": "Marja Hoekstra (treasurer of the client council of Thuiszorg Zonnewende)",
        "keywords": ["budget", "right to advise", "work plan", "director"],
        "body": [
            (
                "paragraph",
                "Every year the organisation makes a budget. It shows how much money comes in and where it goes. The client council has the right to advise on the budget. You do not have to be an accountant to say something useful about it. The question is what the figures mean for clients.",
            ),
            ("heading", "Ask the right questions"),
            (
                "paragraph",
                "Do not start with the tables, but with the plans. Ask the director to explain in everyday language what will change next year. Where will more money go, and where less? Will there be cuts in staff, food or activities? Those are the questions where clients notice a direct effect.",
            ),
            (
                "quote",
                {
                    "text": "I always ask: what will a client notice of this? If nobody can explain that, the plan is not finished yet.",
                    "attribution": "Marja Hoekstra, treasurer of the client council of Thuiszorg Zonnewende",
                },
            ),
            ("heading", "Work with a small committee"),
            (
                "paragraph",
                "It works well to let two or three members prepare the budget. They read the papers, ask the finance manager questions and write a short summary for the rest of the council. Put the budget in the work plan in good time. Then you know when the papers will arrive. That way a short deadline will not take you by surprise.",
            ),
            (
                "paragraph",
                "Write the advice down briefly and clearly. Say what you support, what worries you and what you are asking for. Ask the director to reply in writing. A year later, check whether the promises have been kept.",
            ),
            (
                "cta",
                {
                    "text": "Learn to read a budget and annual accounts in two half-day sessions.",
                    "label": "View the training",
                    "target": "module:begroting-en-jaarrekening-lezen",
                },
            ),
        ],
    },
    "article:jongerenraad-in-de-jeugdzorg": {
        "title": "Young people have their say: how a youth council works",
        "slug": "how-a-youth-council-works",
        "intro": "In youth care, the client council is often called a youth council. Young people want to have their say, but in their own way.",
        "edition": "Zorg en Zeggenschap, autumn 2024",
        "people_quoted": "Noor Bakker (member of the youth council of Jeugdhulp De Vaart)",
        "keywords": ["young people", "social media", "privacy", "people you represent", "client experiences"],
        "body": [
            (
                "paragraph",
                "A youth council works differently from a client council in a nursing home. Young people often receive care for a shorter time and are busy with school or work. So long meetings with thick piles of papers do not work. Keep meetings short and practical. Choose topics that young people notice in their own lives.",
            ),
            ("heading", "Good support is essential"),
            (
                "paragraph",
                "A good youth worker makes all the difference. They help with the agenda, explain difficult papers and make sure agreements are kept. The youth worker does not take over the work. The young people decide for themselves what they find important. There is often a separate council for parents.",
            ),
            (
                "quote",
                {
                    "text": "Most of all, we wanted the rules in our group home to be fairer. Now we can help decide on the new house rules.",
                    "attribution": "Noor Bakker, member of the youth council of Jeugdhulp De Vaart",
                },
            ),
            ("heading", "Reach young people where they are"),
            (
                "paragraph",
                "Young people rarely read a newsletter on paper. A short video or a poll on social media works better. But think about privacy: not every young person wants others to know they receive care. So agree clear rules about photos and names. A private group is often safer than a public account.",
            ),
            ("heading", "Young people's experiences count"),
            (
                "paragraph",
                "Let the experiences of young people count when you look at the quality of youth care. Invite the director to come and talk in the group home. Ask young people what goes well and what needs to improve. This way their experiences become a regular part of the organisation's policy.",
            ),
            (
                "cta",
                {
                    "text": "Do you want to set up a youth council or bring it back to life? LOC helps young people and their youth workers get started.",
                    "label": "View the programme",
                    "target": "module:ondersteuning-jongerenraad",
                },
            ),
        ],
    },
    "article:medezeggenschapsregeling-opnieuw-bekijken": {
        "title": "Time for a fresh look at your participation agreement",
        "slug": "a-fresh-look-at-your-participation-agreement",
        "intro": "In many councils, the participation agreement has been sitting in a cupboard for years. Yet it pays to look at it again with the director from time to time.",
        "edition": "Zorg en Zeggenschap, spring 2025",
        "people_quoted": "Henk Verboom (chair of the central client council of Woonzorg Oeverland)",
        "keywords": ["participation agreement", "Wmcz 2018", "right of consent", "director", "support person"],
        "body": [
            (
                "paragraph",
                "A participation agreement is not a document you make once and then forget. Organisations change. New locations open, teams are organised differently or a new director arrives. Then the agreements sometimes no longer match what happens in practice. A good agreement grows with the organisation.",
            ),
            ("heading", "What should you look at?"),
            (
                "paragraph",
                "First look at who sits on the council. Is every group of clients represented, including home care or outpatient care? Then look at how the council works. Does the agreement say how quickly the council gets papers and how much time you have to respond? Finally, check whether the budget is enough for training and a support person.",
            ),
            (
                "quote",
                {
                    "text": "We found out that our agreement still assumed four locations. By now there are seven. So that had to change.",
                    "attribution": "Henk Verboom, chair of the central client council of Woonzorg Oeverland",
                },
            ),
            ("heading", "Together with the director"),
            (
                "paragraph",
                "You make a new agreement together. Plan a separate meeting with the director and take your time. First discuss what goes well and what could be better. Only then write new text. An independent adviser can help keep the conversation going and keep an eye on the legal requirements.",
            ),
            (
                "paragraph",
                "The Wmcz 2018 (Dutch Act on client participation in care institutions) gives the council the right of consent on the agreement. So you do not have to accept arrangements you do not support. Still, the aim is an agreement that works for both sides. A good relationship with the director is at least as important as the text itself.",
            ),
            (
                "cta",
                {
                    "text": "An adviser from LOC can guide the council and the director through making a new agreement.",
                    "label": "View the advice programme",
                    "target": "module:medezeggenschapsregeling-opstellen",
                },
            ),
        ],
    },
    "article:spiegelgesprekken-clienten-vertellen": {
        "title": "Mirror meeting: clients speak, the organisation listens",
        "slug": "mirror-meetings-clients-speak",
        "intro": "In a mirror meeting, clients talk about their experiences while directors and staff only listen. It is a powerful way to improve the quality of care.",
        "edition": "Zorg en Zeggenschap, spring 2025",
        "people_quoted": "Wim Koster (chair of the client council of Stichting Rivierduin)",
        "keywords": ["mirror meeting", "client experiences", "quality plan", "director"],
        "body": [
            (
                "paragraph",
                "A mirror meeting (in Dutch: spiegelgesprek) always follows the same format. A small group of clients sits in a circle and talks about the care they receive. An independent chair asks the questions. Staff, managers or the director sit around them. They only listen and ask questions at the very end.",
            ),
            ("heading", "Why it works"),
            (
                "paragraph",
                "Figures from a survey tell you a lot, but not everything. In a mirror meeting you hear the story behind the figures. Staff hear with their own ears what clients go through. That often makes more impact than a report. It also shows that the client council really knows the people it represents.",
            ),
            (
                "quote",
                {
                    "text": "Afterwards our director said: I would never have learned this from a report. Two points for improvement are now in the quality plan.",
                    "attribution": "Wim Koster, chair of the client council of Stichting Rivierduin",
                },
            ),
            ("heading", "How to go about it"),
            (
                "paragraph",
                "Choose a clear theme, for example going home after a stay in a clinic. Invite six to eight clients with different experiences. Create a safe atmosphere and explain that nobody has to share anything they do not want to. Agree beforehand what will happen with the results. Ask the organisation to tell you within three months what it will do with them.",
            ),
            ("heading", "Attention to safety"),
            (
                "paragraph",
                "Especially in mental health care and in shelters, it is important that participants feel safe. A chair who has lived experience can help with this. Also plan a follow-up talk with the participants. Then they hear what their story has achieved.",
            ),
            (
                "cta",
                {
                    "text": "LOC helps with the preparation and provides an independent chair.",
                    "label": "View the programme",
                    "target": "module:spiegelgesprek-organiseren",
                },
            ),
        ],
    },
    "article:sociale-media-voor-de-clientenraad": {
        "title": "Social media: useful, but think first",
        "slug": "social-media-for-the-client-council",
        "intro": "With social media you reach people who never come to a meeting. But you do need clear agreements.",
        "edition": "Zorg en Zeggenschap, spring 2025",
        "people_quoted": "Sandra Visser (secretary of the residents' council of Opvanghuis De Vindplaats)",
        "keywords": ["social media", "newsletter", "privacy", "people you represent"],
        "body": [
            (
                "paragraph",
                "More and more client councils use social media. Think of a Facebook page, a WhatsApp group or an Instagram account. The advantage is that you reach many people quickly. Younger clients and family members in particular would rather read a message on their phone than a newsletter on paper. But social media also take time and attention.",
            ),
            ("heading", "Start with a goal"),
            (
                "paragraph",
                "First ask yourself what you want to achieve. Do you want to let people know what the council does? Do you want to collect opinions, or find new members? Then choose the channel that suits the people you represent. In shelters, many people do have a phone, but no email address.",
            ),
            (
                "quote",
                {
                    "text": "Our residents hardly ever reply to a letter. A short question in the group chat gets ten answers within an hour.",
                    "attribution": "Sandra Visser, secretary of the residents' council of Opvanghuis De Vindplaats",
                },
            ),
            ("heading", "Think about privacy"),
            (
                "paragraph",
                "On social media, anyone can read along. So never put clients' names or stories online without their permission. Agree who posts messages and how you respond to criticism. A consistent tone and a recognisable image help you stand out. Ask the organisation's communications department for help if you get stuck.",
            ),
            ("heading", "Do not leave anyone out"),
            (
                "paragraph",
                "Not everyone has a smartphone. Social media are an addition, not a replacement. So keep using the newsletter, the notice board and personal conversations too. That way you reach everyone you represent.",
            ),
            (
                "cta",
                {
                    "text": "More ways to reach the people you represent, from coffee chats to newsletters.",
                    "label": "Read the article",
                    "target": "article:achterban-bereiken",
                },
            ),
        ],
    },
    "article:wat-klachten-vertellen": {
        "title": "What complaints can tell the client council",
        "slug": "what-complaints-can-tell-the-client-council",
        "intro": "A client council does not deal with complaints from individual clients. But the overview of all complaints is a rich source of information.",
        "edition": "Zorg en Zeggenschap, spring 2025",
        "people_quoted": "Fatma Yildiz (member of the client council of Ziekenhuis Westerhaven)",
        "keywords": [
            "complaints",
            "confidential adviser",
            "client experiences",
            "own-initiative advice",
            "right of consent",
        ],
        "body": [
            (
                "paragraph",
                "Sometimes a client brings a complaint to a council member. Then it is good to know that the council itself does not deal with complaints. Refer the person to the complaints officer or the confidential adviser. They can help and they work independently. But do ask if you may hear later how things turned out.",
            ),
            ("heading", "Ask for the annual complaints report"),
            (
                "paragraph",
                "The organisation keeps track of the complaints it receives. Ask for an overview every year, without names. See whether you notice a pattern. Are many complaints about how hard it is to get through, about waiting times or about how people are treated? Then there may be more going on than a single incident.",
            ),
            (
                "quote",
                {
                    "text": "Three complaints about long waiting times at the outpatient clinic do not seem much. But when we asked further, it turned out to be a big problem.",
                    "attribution": "Fatma Yildiz, member of the client council of Ziekenhuis Westerhaven",
                },
            ),
            ("heading", "From pattern to advice"),
            (
                "paragraph",
                "If you see a pattern, you can give advice on your own initiative. Describe what you see and why it affects clients. Combine the complaints with other client experiences, such as the results of a survey. Make a concrete proposal. Ask the director to reply within an agreed time.",
            ),
            ("heading", "Also look at the complaints procedure itself"),
            (
                "paragraph",
                "Do clients know how to make a complaint? Can they find the information in easy language, also on the website? The client council has the right of consent on the complaints procedure. That is a good moment to ask these questions.",
            ),
            (
                "cta",
                {
                    "text": "Learn how to check a complaints procedure in one half-day session.",
                    "label": "View the training",
                    "target": "module:klachtenregeling-beoordelen",
                },
            ),
        ],
    },
    "article:clientenraad-bij-een-fusie": {
        "title": "A merger on the way: how the council stays in control",
        "slug": "the-client-council-and-a-merger",
        "intro": "When two care organisations merge, a lot changes for clients. The client council has the right to advise, but it must get involved early.",
        "edition": "Zorg en Zeggenschap, autumn 2025",
        "people_quoted": "Peter van Lingen (chair of the central client council of Stichting De Brem)",
        "keywords": ["merger", "right to advise", "supervisory board", "director", "participation agreement"],
        "body": [
            (
                "paragraph",
                "A merger is one of the biggest decisions a director can make. For clients, it can affect their regular support workers, where they live or the way of working. That is why the Wmcz 2018 (Dutch Act on client participation in care institutions) gives the council the right to advise. The advice must come at a time when it can still influence the decision.",
            ),
            ("heading", "Be there in time"),
            (
                "paragraph",
                "Ask the director to inform the council as early as the exploratory stage. Then you can share your ideas before everything is fixed. Agree how and when you will receive information. Some information is confidential. In that case, make clear agreements about what you can and cannot share with the people you represent.",
            ),
            (
                "quote",
                {
                    "text": "From the very first meeting we said: involve us now, not when the contract is ready. That made a big difference.",
                    "attribution": "Peter van Lingen, chair of the central client council of Stichting De Brem",
                },
            ),
            ("heading", "Put clients first"),
            (
                "paragraph",
                "Make a list of questions that matter to clients. Will their regular support workers stay? What happens to small locations? What will client participation look like after the merger? Also ask how the supervisory board takes clients' interests into account. Use these questions as the basis for your advice.",
            ),
            ("heading", "Two councils become one"),
            (
                "paragraph",
                "After a merger, two councils often have to continue together. Start on this in good time. Get to know each other, compare how you work and make a new participation agreement together. An outside adviser can help give both councils an equal voice.",
            ),
            (
                "cta",
                {
                    "text": "Read how the council of Stichting De Brem wrote strong advice on a merger.",
                    "label": "Read the practical example",
                    "target": "example:fusie-advies-de-brem",
                },
            ),
        ],
    },
    "article:achterban-bereiken": {
        "title": "How to stay in touch with the people you represent",
        "slug": "staying-in-touch-with-the-people-you-represent",
        "intro": "A client council speaks for all clients, but how do you know what they really think? Three ways to reach the people you represent, even if they do not come to you by themselves.",
        "edition": "Zorg en Zeggenschap, autumn 2025",
        "people_quoted": "Ans de Wit (chair of the client council of Zorggroep De Linde)",
        "keywords": ["people you represent", "coffee chat", "newsletter", "tips"],
        "body": [
            (
                "paragraph",
                "Every client council knows the question: who are we actually doing this for? The answer is simple. You do it for all the organisation's clients, and often for their families too. Together, they are the people the council represents. Advice is stronger when you can show that it is based on what clients themselves say.",
            ),
            ("heading", "Go to where people are"),
            (
                "paragraph",
                "Do not wait for clients to come to the meeting, because that almost never happens. Go out yourself, for example to the living room, the day activities or the restaurant. Bring coffee and ask one clear question. A coffee chat like this takes half an hour. It often tells you more than a long survey.",
            ),
            (
                "quote",
                {
                    "text": "At first we found it scary to just sit down and join people. Now residents ask us when we are coming back.",
                    "attribution": "Ans de Wit, chair of the client council of Zorggroep De Linde",
                },
            ),
            ("heading", "Make it easy to respond"),
            (
                "paragraph",
                "Not everyone likes to talk in a group. So also put out an ideas box, or hand out a card with a phone number. A short newsletter on paper works well for people who do not use a computer. Write in short sentences and add a photo of the council members. Then people know who they can talk to.",
            ),
            ("heading", "Say what you do with the responses"),
            (
                "paragraph",
                "People only keep sharing their views if they see that it makes a difference. So always let them know what the council did with their opinions. You can do this in the newsletter, on the notice board or at the next coffee chat. Even if the director did not follow the advice, it is good to say so honestly. This is how you build trust.",
            ),
            (
                "cta",
                {
                    "text": "Would you like to work on this with your whole council? In the training you make a plan to reach the people you represent.",
                    "label": "View the module",
                    "target": "module:in-contact-met-je-achterban",
                },
            ),
        ],
    },
    "article:onvrijwillige-zorg": {
        "title": "Involuntary care: what should the client council look out for?",
        "slug": "involuntary-care",
        "intro": "Sometimes clients receive care they do not agree with, such as a door that is locked. The Wzd (Dutch Care and Compulsion Act) sets strict rules for this.",
        "edition": "Zorg en Zeggenschap, autumn 2025",
        "people_quoted": "Ria Smits (support person for the client council of Stichting Hoeve de Horst)",
        "keywords": ["involuntary care", "Wzd", "confidential adviser", "own-initiative advice"],
        "body": [
            (
                "paragraph",
                "Involuntary care is care that a client, or their representative, does not agree with. Think of a door that is locked, supervision with a camera or fewer visits. The Wzd applies to people with dementia or an intellectual disability. The starting point is: no, unless. Involuntary care is only allowed as a last resort.",
            ),
            ("heading", "The role of the client council"),
            (
                "paragraph",
                "The council does not decide about the care of an individual client. But you can look at the organisation's policy. How often is involuntary care used? Which other solutions are tried first? Are clients and families given good information? Ask the director for the figures and discuss them at least once a year.",
            ),
            (
                "quote",
                {
                    "text": "It is not only about the figures. We want to know what is being done to give residents as much freedom as possible.",
                    "attribution": "Ria Smits, support person for the client council of Stichting Hoeve de Horst",
                },
            ),
            ("heading", "The client confidential adviser"),
            (
                "paragraph",
                "Every client who has to deal with the Wzd can go to a client confidential adviser. This adviser is independent of the organisation. Check that clients and families know this adviser exists. Invite the confidential adviser to a meeting some time. They often see what is going on, without mentioning names.",
            ),
            ("heading", "Advice on your own initiative"),
            (
                "paragraph",
                "If you see that something is not going well, give advice on your own initiative. For example, about better explanations for families or more attention to other solutions. Also involve staff in your questions, because they work with this every day. This way you help to create care in which clients' freedom comes first.",
            ),
            (
                "cta",
                {
                    "text": "Need more guidance? Take the training on involuntary care for client councils.",
                    "label": "View the training",
                    "target": "module:onvrijwillige-zorg-meekijken",
                },
            ),
        ],
    },
    "article:samenwerken-met-het-zorgkantoor": {
        "title": "Talking with the care office",
        "slug": "talking-with-the-care-office",
        "intro": "The care office (zorgkantoor) buys long-term care, for example for people who live in a nursing home. More and more care offices want to hear what client councils think.",
        "edition": "Zorg en Zeggenschap, spring 2026",
        "people_quoted": "Gerda Mulder (member of the client council of Woonzorg Oeverland)",
        "keywords": ["care office", "working together", "quality plan", "client experiences"],
        "body": [
            (
                "paragraph",
                "The care office makes agreements with care organisations about care under the Wlz (Dutch Long-term Care Act). This is about money, but also about quality. What do residents find important? How does the organisation deal with the shortage of staff? The client council can answer these questions from everyday practice.",
            ),
            ("heading", "What does the council gain?"),
            (
                "paragraph",
                "A conversation with the care office gives the council an extra way in. You hear which agreements are being made and what the care office asks of the organisation. This helps you judge whether the organisation's quality plan is right. Sometimes the care office can also take up a problem that the organisation leaves unsolved.",
            ),
            (
                "quote",
                {
                    "text": "We told them about the long waiting list for day activities. The care office knew nothing about it and included it in the agreements.",
                    "attribution": "Gerda Mulder, member of the client council of Woonzorg Oeverland",
                },
            ),
            ("heading", "Go into the conversation well prepared"),
            (
                "paragraph",
                "Prepare the conversation with the whole council. Choose two or three topics that really matter to clients. Use examples and client experiences from the people you represent. Let the director know that you are going to talk with the care office. This avoids misunderstandings and keeps the working relationship good.",
            ),
            (
                "paragraph",
                "Not every care office works in the same way. Some invite councils to a yearly meeting, others hold talks with each organisation separately. Ask the care office in your region how they do it. Afterwards, share your experiences with other councils in the region.",
            ),
            (
                "cta",
                {
                    "text": "Read how the council of Woonzorg Oeverland talks with the care office every year.",
                    "label": "Read the practical example",
                    "target": "example:zorgkantoor-gesprek-oeverland",
                },
            ),
        ],
    },
    "article:vrijwilligers-van-loc": {
        "title": "LOC volunteers: ‘I learn something new every time’",
        "slug": "loc-volunteers",
        "intro": "LOC works with volunteers who help client councils, give training or share ideas on policy. What exactly do they do, and what do they get out of it?",
        "edition": "Zorg en Zeggenschap, spring 2026",
        "people_quoted": "Els Jansen (volunteer adviser at LOC)",
        "keywords": ["volunteers", "training", "working together", "recruitment"],
        "body": [
            (
                "paragraph",
                "Besides its permanent advisers, LOC also works with volunteers. Many of them sat on a client council themselves for years. So they know the work from the inside. They share this experience with councils that are just starting or are struggling with something. They give training, help with difficult advice or share ideas on finding new members.",
            ),
            ("heading", "Good preparation"),
            (
                "paragraph",
                "New volunteers first receive training. They get to know the Wmcz 2018 (Dutch Act on client participation in care institutions) well and practise having conversations. Then they go along with an experienced colleague a few times. That way they know what to expect. Later on, there are also regular meetings to keep their knowledge up to date.",
            ),
            (
                "quote",
                {
                    "text": "Every council is different. One year I help with a budget, the next year with a merger. I learn a lot from it myself too.",
                    "attribution": "Els Jansen, volunteer adviser at LOC",
                },
            ),
            ("heading", "How do you ask for help?"),
            (
                "paragraph",
                "A client council that needs help can contact LOC. Together you look at what exactly the question is. Sometimes a short explanation on the phone is enough. Sometimes a training made to measure or a programme with more meetings is a better fit. Working with a volunteer is then often a pleasant and affordable solution.",
            ),
            ("heading", "Would you like to become a volunteer?"),
            (
                "paragraph",
                "LOC is looking for people with experience in client participation, in care or in guiding groups. You do not need to know everything already. What matters is that you care and like to share what you know. In return you get an introduction, support and nice colleagues.",
            ),
            (
                "cta",
                {
                    "text": "New volunteers start with an introduction of two half-day sessions.",
                    "label": "View the introduction",
                    "target": "module:introductie-vrijwillig-adviseur",
                },
            ),
        ],
    },
    # ------------------------------------------------------------------- modules
    "module:werkplan-en-jaarverslag": {
        "title": "Making a work plan and an annual report",
        "slug": "work-plan-and-annual-report",
        "duration": "1 half-day session",
        "target_group": "Chairs and secretaries of client councils",
        "intro": "With a good work plan, the council knows where it stands. In this training you make a work plan that you really use all year.",
        "keywords": ["work plan", "budget", "tips"],
        "body": [
            (
                "paragraph",
                "A work plan describes what the council wants to do in the coming year. Which topics will come up? When do you expect requests for advice? How will you keep in touch with the people you represent? A work plan helps you make your own choices, instead of only reacting to what the director sends you.",
            ),
            ("heading", "Getting started in practice"),
            (
                "paragraph",
                "You bring the yearly planning of your own organisation. Together we link fixed moments, such as the budget and the quality plan, to the council's work plan. You also learn how to write a short annual report at the end of the year. This report shows the people you represent and the director what the council has achieved.",
            ),
            ("heading", "Tips from practice"),
            (
                "paragraph",
                "Keep the work plan short and choose no more than five main goals. Discuss the plan with the director, so that you both work to the same planning. Look at the plan again every three months. That way it stays a living document.",
            ),
        ],
    },
    "module:basiscursus-voor-ondersteuners": {
        "title": "Basic course for council support staff",
        "slug": "basic-course-for-council-support-staff",
        "duration": "4 half-day sessions",
        "target_group": "Support staff and secretaries who work for client councils",
        "intro": "As a support person, you are at the heart of the client council. In this course you learn what the council may expect from you and how you can make its members stronger.",
        "keywords": ["support person", "training", "work plan", "accessibility"],
        "body": [
            (
                "paragraph",
                "The support person arranges the meetings, keeps an eye on deadlines and makes sure papers are ready on time. But the role is wider than being a secretary. A good support person helps members form their own opinion, without giving them that opinion. This needs an independent attitude.",
            ),
            ("heading", "Topics"),
            (
                "paragraph",
                "You learn the basics of the Wmcz 2018 (Dutch Act on client participation in care institutions) and the participation agreement. We discuss how to set up a work plan and a yearly planning. You also learn to make papers accessible, for example in easy language. Finally, we share experiences of difficult situations, such as disagreement between the council and the director.",
            ),
            (
                "quote",
                {
                    "text": "I thought I would mainly be taking minutes. Now I know I can also help the council give sharper advice.",
                    "attribution": "Participant in the basic course, support person in mental health care",
                },
            ),
        ],
    },
    "module:coaching-raad-en-bestuurder": {
        "title": "Coaching: stronger together as council and director",
        "slug": "coaching-for-council-and-director",
        "duration": "",
        "target_group": "Client councils that want to work better with the director",
        "intro": "Are talks with the director not going smoothly? A coach helps you to have good conversations with each other again.",
        "keywords": ["director", "working together", "work plan"],
        "body": [
            (
                "paragraph",
                "Good client participation starts with a good relationship with the director. Sometimes this does not happen by itself. Papers arrive too late, advice gets no reply or trust has gone. A coach from LOC takes a fresh look at how you work together.",
            ),
            ("heading", "How it works"),
            (
                "paragraph",
                "The coach first has separate talks with the council and with the director. Then there are one or more joint sessions. In these sessions you discuss what both sides expect from each other. You write down the agreements, for example in the work plan or the participation agreement. After six months you look back together.",
            ),
            (
                "quote",
                {
                    "text": "The coach asked questions we never dared to ask each other. After that, our meetings became much more open.",
                    "attribution": "Member of a client council in disability care",
                },
            ),
        ],
    },
    "module:klachtenregeling-beoordelen": {
        "title": "Assessing the complaints procedure",
        "slug": "assessing-the-complaints-procedure",
        "duration": "1 half-day session",
        "target_group": "Client councils that need to assess a complaints procedure",
        "intro": "A good complaints procedure is easy to find and fair. Learn how the council checks the procedure and what you can do with complaint figures.",
        "keywords": ["complaints", "confidential adviser", "right of consent", "own-initiative advice"],
        "body": [
            (
                "paragraph",
                "The client council has the right of consent on the complaints procedure. That is an important responsibility. A client with a complaint must know where to go. They must also be able to trust that they will be taken seriously. In this training you learn to read the procedure with a critical eye.",
            ),
            ("heading", "What it covers"),
            (
                "paragraph",
                "We discuss the role of the complaints officer, the confidential adviser and the disputes committee. You learn what a good procedure should include. We also look at the annual complaints report, and how to find signs in it for advice on your own initiative. You go home with a handy checklist.",
            ),
            (
                "cta",
                {
                    "text": "Read how complaints can lead the council to a bigger problem.",
                    "label": "Read the article",
                    "target": "article:wat-klachten-vertellen",
                },
            ),
        ],
    },
    "module:werven-van-leden": {
        "title": "Recruiting new members",
        "slug": "recruiting-new-members",
        "duration": "1 half-day session",
        "target_group": "Client councils with vacancies",
        "intro": "A full council with members who work well together starts with smart recruiting. In one half-day session you make a recruitment plan.",
        "keywords": ["recruitment", "induction", "social media", "tips"],
        "body": [
            (
                "paragraph",
                "Many councils find it hard to find new members. In this training you first look at who is on your council now. What knowledge and experience are you still missing? Which groups of clients are not represented at the moment?",
            ),
            ("heading", "From profile to trial meeting"),
            (
                "paragraph",
                "Together you write a profile and an inviting text in plain language. You discuss which channels are suitable, from the notice board to social media. You also practise how to approach people in person. Finally, you make agreements about the induction of new members.",
            ),
            (
                "cta",
                {
                    "text": "Read which approach helps other councils to find new members.",
                    "label": "Read the article",
                    "target": "article:nieuwe-leden-werven",
                },
            ),
        ],
    },
    "module:begroting-en-jaarrekening-lezen": {
        "title": "Reading the budget and the annual accounts",
        "slug": "reading-the-budget-and-annual-accounts",
        "duration": "2 half-day sessions",
        "target_group": "Members who give advice on money matters",
        "intro": "Figures do not have to be scary. In this training you learn to read a budget and annual accounts, and to give good advice on them.",
        "keywords": ["budget", "right to advise", "director", "work plan"],
        "body": [
            ("heading", "What will be covered?"),
            (
                "paragraph",
                "You learn how a budget and annual accounts are put together. Where does the organisation's money come from? What does a shortfall or a reserve mean? We use examples from care organisations, without names. Each time, you practise with the question of what the figures mean for clients.",
            ),
            ("heading", "From figures to advice"),
            (
                "paragraph",
                "In the second half-day session you write a short piece of advice yourself. You learn which questions you can ask the director or the finance manager. We also discuss how to give the budget a fixed place in the council's work plan. That way, advice on money becomes a calm and regular part of the year.",
            ),
            (
                "cta",
                {
                    "text": "Read how a budget committee in home care goes about its work.",
                    "label": "Read the practical example",
                    "target": "example:begroting-thuiszorg-zonnewende",
                },
            ),
        ],
    },
    "module:basiscursus-medezeggenschap": {
        "title": "Basic course on client participation",
        "slug": "basic-course-on-client-participation",
        "duration": "3 half-day sessions",
        "target_group": "New members of a client council",
        "intro": "In this basic course you learn what a client council does and what rights the council has. You get a solid basis for having your say.",
        "keywords": ["Wmcz 2018", "right to advise", "right of consent", "induction", "training"],
        "body": [
            ("heading", "What will you learn?"),
            (
                "paragraph",
                "You learn how the Wmcz 2018 (Dutch Act on client participation in care institutions) is put together. What is the difference between the right to advise and the right of consent? When can you give advice on your own initiative? You practise with examples from different care sectors. Afterwards, you know how to assess a request for advice.",
            ),
            ("heading", "Who is it for?"),
            (
                "paragraph",
                "The course is meant for members who have been on the council for less than a year. Experienced members who want to refresh their knowledge are welcome too. You do not need any previous knowledge. The course fits well into the induction of new members.",
            ),
            (
                "cta",
                {
                    "text": "Want a taste first? Read the main points of the law in plain language.",
                    "label": "Read the article",
                    "target": "article:wmcz-2018-in-gewone-taal",
                },
            ),
        ],
    },
    "module:medezeggenschapsregeling-opstellen": {
        "title": "Drawing up or renewing the participation agreement",
        "slug": "drawing-up-the-participation-agreement",
        "duration": "",
        "target_group": "The client council and the director together",
        "intro": "An adviser from LOC guides the council and the director in making or renewing the participation agreement. The result is an agreement that suits the organisation and meets the law.",
        "keywords": ["participation agreement", "Wmcz 2018", "director"],
        "body": [
            (
                "paragraph",
                "Every care organisation with a client council must have a participation agreement (in Dutch: medezeggenschapsregeling). It contains agreements about who sits on the council, how it works and its budget. Many agreements are out of date or no longer fit the organisation. In this programme you work together towards a new version.",
            ),
            ("heading", "How does the programme work?"),
            (
                "paragraph",
                "The adviser starts with a talk with the council and a talk with the director. This is followed by a joint meeting about problems and wishes. The adviser writes a draft agreement, which you discuss and change together. We adjust the number of meetings to your situation.",
            ),
            (
                "cta",
                {
                    "text": "What should you look out for in a new agreement? Read about the experiences of a central client council.",
                    "label": "Read the article",
                    "target": "article:medezeggenschapsregeling-opnieuw-bekijken",
                },
            ),
        ],
    },
    "module:spiegelgesprek-organiseren": {
        "title": "Support with a mirror meeting",
        "slug": "support-with-a-mirror-meeting",
        "duration": "",
        "target_group": "Client councils that want to organise a mirror meeting",
        "intro": "A mirror meeting brings the voice of clients straight to the organisation. LOC helps with the preparation and provides an independent chair.",
        "keywords": ["mirror meeting", "client experiences", "director"],
        "body": [
            (
                "paragraph",
                "A mirror meeting seems simple, but it needs good preparation. Who do you invite? Which questions do you ask? And how do you make sure that something really changes afterwards? In this programme an adviser from LOC thinks along with you.",
            ),
            ("heading", "What we offer"),
            (
                "paragraph",
                "We help you choose a theme and invite participants. An experienced chair leads the meeting. Afterwards we write a short report with the main points. Together with the council, we discuss how to turn these points into agreements with the director.",
            ),
            (
                "cta",
                {
                    "text": "Read how a council in mental health care held a mirror meeting about going home.",
                    "label": "Read the practical example",
                    "target": "example:spiegelgesprek-rivierduin",
                },
            ),
        ],
    },
    "module:in-contact-met-je-achterban": {
        "title": "In touch with the people you represent",
        "slug": "in-touch-with-the-people-you-represent",
        "duration": "2 half-day sessions",
        "target_group": "Client councils that want to get to know the people they represent better",
        "intro": "How do you know what clients find important? In this training you make a plan to reach the people you represent, with methods that suit your organisation.",
        "keywords": ["people you represent", "coffee chat", "newsletter", "social media", "work plan"],
        "body": [
            (
                "paragraph",
                "A client council is only as strong as its contact with the people it represents. Yet many councils find it hard to reach clients and families. In this training you first look at exactly who those people are. Then you discuss which ways of keeping in touch suit that group.",
            ),
            ("heading", "Methods"),
            (
                "paragraph",
                "We cover different methods: a coffee chat on the ward, a short survey, a newsletter and the use of social media. You also learn how to prepare a mirror meeting. For each method, we discuss what it brings and how much time it takes.",
            ),
            ("heading", "Result"),
            (
                "paragraph",
                "At the end of the training, the council has its own plan for reaching the people it represents. It says who you want to reach, how and when. The plan gets a place in the council's work plan. That way, contact with the people you represent becomes a regular part of the work.",
            ),
            (
                "cta",
                {
                    "text": "Read how a council in care for older people started holding coffee chats.",
                    "label": "Read the practical example",
                    "target": "example:koffiegesprekken-de-linde",
                },
            ),
        ],
    },
    "module:begeleiding-bij-een-fusie": {
        "title": "Support during a merger",
        "slug": "support-during-a-merger",
        "duration": "",
        "target_group": "Client councils of organisations that are going to work together or merge",
        "intro": "A merger asks a lot of a client council. In this programme an adviser helps with the advice and with bringing the councils together.",
        "keywords": ["merger", "right to advise", "supervisory board", "working together"],
        "body": [
            (
                "paragraph",
                "In a merger, the client council has the right to advise. But the papers are often thick and time is short. An adviser helps to list the most important questions for clients. Together you make a planning, so that the council can give good advice in time.",
            ),
            ("heading", "After the merger"),
            (
                "paragraph",
                "When two organisations merge, their councils also have to continue together. The adviser guides the councils as they get to know each other and helps them make new agreements. Think of a shared way of working, a new participation agreement and dividing the tasks. The programme can also include talks with the new director and the supervisory board.",
            ),
            (
                "cta",
                {
                    "text": "Read which questions a council can ask in advance when a merger is on the way.",
                    "label": "Read the article",
                    "target": "article:clientenraad-bij-een-fusie",
                },
            ),
        ],
    },
    "module:ondersteuning-jongerenraad": {
        "title": "Setting up and supporting a youth council",
        "slug": "setting-up-and-supporting-a-youth-council",
        "duration": "",
        "target_group": "Youth care organisations and the people who support youth councils",
        "intro": "Does your youth care organisation want to start a youth council, or bring one back to life? In this programme we help young people and their youth workers get started.",
        "keywords": ["young people", "recruitment", "social media"],
        "body": [
            (
                "paragraph",
                "Young people in youth care have a right to have their say. Still, it is not easy to keep a youth council going. Young people come and go quickly, and the work has to fit their lives. In this programme we look together at what suits your organisation.",
            ),
            ("heading", "What we do"),
            (
                "paragraph",
                "We help you find young people for the council, for example with a short video or a social media campaign. We train youth workers in their role: supporting without taking over. And we organise a first meeting between the young people and the director. That way, young people notice straight away that their voice counts.",
            ),
            ("heading", "Quality through the eyes of young people"),
            (
                "paragraph",
                "A youth council can say a lot about the quality of youth care. We show how young people collect experiences and turn them into advice. Think of house rules, how the group home is set up or the step to living on their own.",
            ),
            (
                "cta",
                {
                    "text": "Read how the youth council of Jeugdhulp De Vaart made the house rules fairer.",
                    "label": "Read the practical example",
                    "target": "example:jongerenraad-de-vaart",
                },
            ),
        ],
    },
    "module:kwaliteit-van-zorg-beoordelen": {
        "title": "Quality of care: looking closely and giving advice",
        "slug": "quality-of-care-looking-closely-and-giving-advice",
        "duration": "2 half-day sessions",
        "target_group": "Members who want to have a say in the quality policy",
        "intro": "The council has the right of consent on the quality policy. In this training you learn how to judge quality from the clients' point of view.",
        "keywords": ["quality plan", "right of consent", "client experiences", "inspection", "care office"],
        "body": [
            (
                "paragraph",
                "Quality of care is about more than rules and procedures. It is about whether clients feel safe, whether they are listened to and whether they have a good life. In this training you look at quality through the eyes of clients. You learn which information the organisation collects and how to read it.",
            ),
            ("heading", "Topics"),
            (
                "paragraph",
                "We discuss the quality plan and the quality report, the results of research into client experiences and reports from the inspectorate. You also learn what role the care office (zorgkantoor) plays. Then you practise giving advice or consent. Which questions do you ask, and which conditions can you set?",
            ),
            ("heading", "For all sectors"),
            (
                "paragraph",
                "The training is suitable for councils in all care sectors. We adapt the examples to the participants. A council in care for older people works with different agreements on quality than a council in mental health care. But the way of looking is the same.",
            ),
            (
                "cta",
                {
                    "text": "Is the inspectorate coming soon? Read how to prepare as a council.",
                    "label": "Read the article",
                    "target": "article:als-de-inspectie-op-bezoek-komt",
                },
            ),
        ],
    },
    "module:introductie-vrijwillig-adviseur": {
        "title": "Introduction for volunteer advisers",
        "slug": "introduction-for-volunteer-advisers",
        "duration": "2 half-day sessions",
        "target_group": "New LOC volunteers",
        "intro": "Are you starting as a volunteer at LOC? In this introduction you learn how LOC works and how to give client councils good support.",
        "keywords": ["volunteers", "training", "working together"],
        "body": [
            (
                "paragraph",
                "LOC works with volunteers who use their experience to help client councils. Before you start, you follow this introduction. You learn how LOC looks at care: the client's life is the starting point. You also meet the advisers and other volunteers.",
            ),
            ("heading", "Programme"),
            (
                "paragraph",
                "The first half-day session is about LOC's services and your role as a volunteer. In the second half-day session you practise conversations with a client council. You learn to listen, to ask further questions and to find out clearly what people are asking for. Then you make agreements about your first task and about the support you will get.",
            ),
            (
                "cta",
                {
                    "text": "Read what LOC volunteers do and what they get out of it.",
                    "label": "Read the article",
                    "target": "article:vrijwilligers-van-loc",
                },
            ),
        ],
    },
    "module:onvrijwillige-zorg-meekijken": {
        "title": "Involuntary care: keeping an eye on it as a client council",
        "slug": "involuntary-care-for-client-councils",
        "duration": "1 half-day session",
        "target_group": "Client councils in care for older people and in disability care",
        "intro": "What does the Wzd (Dutch Care and Compulsion Act) mean for clients, and what can the council do? This training gives you clear guidance.",
        "keywords": ["involuntary care", "Wzd", "confidential adviser", "own-initiative advice"],
        "body": [
            (
                "paragraph",
                "Since the Wzd came into force, care organisations must deal carefully with involuntary care. The client council can keep an eye on the policy. But how do you do that without getting involved in the care of one single client? This training helps you ask the right questions.",
            ),
            ("heading", "What will be covered?"),
            (
                "paragraph",
                "You learn the main points of the Wzd and the step-by-step plan that care professionals follow. We discuss which figures you can ask for and how to discuss them with the director. The role of the client confidential adviser is also covered. At the end, you think of a topic for advice on your own initiative.",
            ),
            (
                "cta",
                {
                    "text": "First read what a client council can look out for with involuntary care.",
                    "label": "Read the article",
                    "target": "article:onvrijwillige-zorg",
                },
            ),
        ],
    },
    # ---------------------------------------------------------- practical examples
    "example:toegankelijke-vergaderingen-de-horst": {
        "title": "Meetings in easy language",
        "slug": "meetings-in-easy-language",
        "organisation": "Client council of Stichting Hoeve de Horst",
        "intro": "Half of the members of the Hoeve de Horst council are clients with an intellectual disability. The council completely changed the way it holds meetings.",
        "what_they_did": "All papers now come with a summary in easy language, with pictures. The agenda uses symbols. Every member with a disability has their own support person, who goes through the papers with them beforehand. A meeting lasts no longer than an hour and a half, with a break.",
        "what_it_brought": "All members now take an active part in the discussion. The director now writes requests for advice in easy language too. Other councils in the region come to see how it works.",
        "keywords": ["accessibility", "support person", "tips"],
        "body": [
            (
                "quote",
                {
                    "text": "Now I understand what we are talking about. Then I also dare to say something.",
                    "attribution": "Jeroen Dekker, member of the client council of Stichting Hoeve de Horst",
                },
            ),
        ],
    },
    "example:patientenpanel-zonnehoek": {
        "title": "An online panel for patients",
        "slug": "an-online-panel-for-patients",
        "organisation": "Client council of Gezondheidscentrum Zonnehoek",
        "intro": "How does a small council find out what thousands of patients think? That is why the council of Gezondheidscentrum Zonnehoek, a health centre, started its own panel.",
        "what_they_did": "The council asked patients on the website and in the waiting room to join a panel. Four times a year, panel members receive a short questionnaire. For people without internet, there is a paper version at the reception desk.",
        "what_it_brought": "The panel now has more than two hundred members. Thanks to their answers, the centre is easier to reach by phone and the website is easier to read. The council can now back up its advice with figures.",
        "keywords": ["people you represent", "client experiences", "accessibility"],
        "body": [
            (
                "paragraph",
                "The council keeps the questionnaires short on purpose: ten questions at most, in plain language. Each questionnaire is about one topic, such as the out-of-hours GP service or the pharmacy. The results are then shown in the waiting room and on the website. This way patients see that their opinion makes a difference.",
            ),
        ],
    },
    "example:begroting-thuiszorg-zonnewende": {
        "title": "A budget committee that works",
        "slug": "a-budget-committee-that-works",
        "organisation": "Client council of Thuiszorg Zonnewende",
        "intro": "The council of Thuiszorg Zonnewende always found the budget a difficult document. A small committee changed that.",
        "what_they_did": "Three members formed a budget committee. They took a training course and met the finance manager twice, before the budget was even finished. The committee wrote a one-page summary for the whole council.",
        "what_it_brought": "For the first time, the council's advice was concrete and well supported. The director set aside extra money for the induction of new district nurses. The budget now has a fixed place in the council's work plan.",
        "keywords": ["budget", "right to advise", "work plan"],
        "body": [],
    },
    "example:jongerenraad-de-vaart": {
        "title": "Young people help decide on the house rules",
        "slug": "young-people-help-decide-on-the-house-rules",
        "organisation": "Youth council of Jeugdhulp De Vaart",
        "intro": "In the group homes of Jeugdhulp De Vaart, young people found the house rules unclear and sometimes unfair. The youth council took this up.",
        "what_they_did": "The youth council held a short poll in a private group on social media. Then the council talked with young people from each group home. Together with a youth worker, they wrote a proposal for new house rules in plain language.",
        "what_it_brought": "The director accepted almost all of the proposal. The new house rules now hang in every group home, with an explanation of why each rule is there. Young people say they feel taken more seriously.",
        "keywords": ["young people", "social media", "people you represent", "privacy"],
        "body": [
            (
                "paragraph",
                "It was important that the young people chose for themselves which rules they wanted to discuss. The youth worker only helped with the planning and with the conversation with the director. The poll did not ask for names, so that everyone could answer honestly. Next year the council will check again whether the rules still work.",
            ),
        ],
    },
    "example:spiegelgesprek-rivierduin": {
        "title": "Mirror meeting about going home",
        "slug": "mirror-meeting-about-going-home",
        "organisation": "Client council of Stichting Rivierduin",
        "intro": "In a mirror meeting, clients of the mental health organisation Rivierduin told what it is like to come home after a stay in a clinic.",
        "what_they_did": "Together with the director, the council chose the theme of leaving the clinic. Seven clients told their stories while therapists and managers listened. Someone with lived experience led the meeting.",
        "what_it_brought": "It became clear that in their first week at home, clients often could not reach anyone. The organisation now has a fixed contact person for that period. This point for improvement is also in the quality plan.",
        "keywords": ["mirror meeting", "client experiences", "quality plan"],
        "body": [],
    },
    "example:nachtopvang-de-vindplaats": {
        "title": "Advice on the night shelter, on the council's own initiative",
        "slug": "advice-on-the-night-shelter",
        "organisation": "Residents' council of Opvanghuis De Vindplaats",
        "intro": "The residents' council of De Vindplaats heard many complaints about unrest in the night shelter. The council decided to take action itself.",
        "what_they_did": "For two weeks, council members talked with residents in the evenings. In the group chat they asked for short responses. They brought everything they heard together in advice to the director, given on the council's own initiative.",
        "what_it_brought": "There are now fixed quiet hours and a small quiet room. Residents know better who they can go to with a complaint. It also brought the council new people who want to become members.",
        "keywords": ["own-initiative advice", "complaints", "social media", "people you represent"],
        "body": [
            (
                "quote",
                {
                    "text": "Residents saw that something changed after they responded. Suddenly three people wanted to join the council.",
                    "attribution": "Sandra Visser, secretary of the residents' council of Opvanghuis De Vindplaats",
                },
            ),
        ],
    },
    "example:klachten-analyse-westerhaven": {
        "title": "Making waiting times visible",
        "slug": "making-waiting-times-visible",
        "organisation": "Client council of Ziekenhuis Westerhaven",
        "intro": "By reading the annual complaints report carefully, the client council of Ziekenhuis Westerhaven found a problem with waiting times.",
        "what_they_did": "The council asked for the annual complaints report and listed the complaints for each department. Members also asked patients in the waiting room about their experiences. With this information, the council sent advice to the director on its own initiative.",
        "what_it_brought": "The hospital has changed the planning of the outpatient clinic and now sends a text message when there are delays. A year later, the number of complaints about waiting times has clearly gone down.",
        "keywords": ["complaints", "own-initiative advice", "client experiences"],
        "body": [],
    },
    "example:fusie-advies-de-brem": {
        "title": "Strong advice on the merger",
        "slug": "strong-advice-on-the-merger",
        "organisation": "Central client council of Stichting De Brem",
        "intro": "When Stichting De Brem was going to merge with another organisation, the client council wanted to be involved from the start.",
        "what_they_did": "The council asked for information as early as the exploratory stage. A small working group made a list of questions from clients and families. The council also talked with the supervisory board. With help from an adviser, the council wrote advice with clear conditions.",
        "what_it_brought": "The director included the conditions in the merger plan, such as keeping regular support workers. After the merger, the two councils started working together with a shared participation agreement.",
        "keywords": ["merger", "right to advise", "supervisory board", "participation agreement"],
        "body": [
            ("heading", "The council's conditions"),
            (
                "paragraph",
                "The council asked for three things. Clients keep their regular support workers as much as possible. Small homes stay open, unless the clients themselves want something else. And client participation will be arranged again within a year after the merger, together with both councils.",
            ),
        ],
    },
    "example:koffiegesprekken-de-linde": {
        "title": "Coffee chats on every ward",
        "slug": "coffee-chats-on-every-ward",
        "organisation": "Client council of Zorggroep De Linde",
        "intro": "The client council of Zorggroep De Linde took coffee round to all the wards. This way the members heard what really matters to residents.",
        "what_they_did": "Every month, two council members went to a different ward with coffee and biscuits. Each time they asked one question, for example about the food or the activities. They wrote the answers down on a standard form. Family members could respond on a card.",
        "what_it_brought": "The council heard that many residents found the evening meal too early. With this information, the council gave advice on its own initiative, and the evening meal is now later. Residents now know the council members by name.",
        "keywords": ["people you represent", "coffee chat", "own-initiative advice", "tips"],
        "body": [
            (
                "quote",
                {
                    "text": "One question at a time is enough. Then you get real answers instead of a long list of complaints.",
                    "attribution": "Ans de Wit, chair of the client council of Zorggroep De Linde",
                },
            ),
        ],
    },
    "example:zorgkantoor-gesprek-oeverland": {
        "title": "Talking with the care office every year",
        "slug": "talking-with-the-care-office-every-year",
        "organisation": "Client council of Woonzorg Oeverland",
        "intro": "For two years now, the client council of Woonzorg Oeverland has talked with the care office (zorgkantoor) every year. Both sides get something out of it.",
        "what_they_did": "The council prepares the talk with all its members and chooses three topics. The members bring stories from residents and families. The director knows about the talk, but does not take part.",
        "what_it_brought": "The care office got a better picture of the waiting list for day activities. That topic is now part of the agreements with the organisation. The council feels it is taken more seriously, by the care office and by the director.",
        "keywords": ["care office", "working together", "client experiences"],
        "body": [],
    },
    "example:vrijwilliger-helpt-de-meerwaard": {
        "title": "An LOC volunteer helped the council get going again",
        "slug": "a-volunteer-helped-the-council-get-going-again",
        "organisation": "Client council of Ggz De Meerwaard",
        "intro": "After three members left, the council of Ggz De Meerwaard was down to two people. A volunteer from LOC helped them make a fresh start.",
        "what_they_did": "The volunteer held a few meetings with the two members about finding new members and sharing out tasks. Together they wrote an appeal and approached clients in person. New members got an induction programme with a buddy.",
        "what_it_brought": "Within six months, the council had six members again. The council now has its own work plan and a permanent support person. The members say that help from someone with experience made them feel much calmer.",
        "keywords": ["volunteers", "recruitment", "induction", "support person"],
        "body": [],
    },
}
