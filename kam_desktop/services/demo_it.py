"""The demo's short labels in Italian (``kam-desktop demo --lang it``), keyed by the English label:
regions, buying centres, job titles, our team's functions, offerings. The demo's sentences are in
``demo_content`` and ``demo_answers`` as (English, Italian) pairs.

Sample data, not interface text: it is written into the user's database once, in the language
chosen for the demo, so it lives here rather than in a Qt Linguist catalogue. Names of people,
companies and competitors stay as they are.
"""

from __future__ import annotations

DEMO_IT: dict[str, str] = {
    # a buying centre's kind
    "division": "divisione",
    # regions
    "DACH": "DACH",
    "Nordics": "Paesi nordici",
    "Benelux": "Benelux",
    "Italy": "Italia",
    "Iberia": "Penisola iberica",
    "France": "Francia",
    "UK & Ireland": "Regno Unito e Irlanda",
    "Poland & CEE": "Polonia ed Europa centro-orientale",
    "North America": "Nord America",
    # buying centres
    "Operations": "Operations",
    "Procurement": "Acquisti",
    "R&D": "Ricerca e sviluppo",
    "Finance": "Finanza",
    "IT": "IT",
    "Plant Milan": "Stabilimento di Milano",
    "Plant Gdańsk": "Stabilimento di Danzica",
    "Logistics hub": "Polo logistico",
    "Marketing": "Marketing",
    "Quality": "Qualità",
    "After-sales": "Post-vendita",
    "Corporate HQ": "Sede centrale",
    # job titles
    "Chief Executive Officer": "Amministratore delegato",
    "Chief Operating Officer": "Direttore operativo",
    "Chief Financial Officer": "Direttore finanziario",
    "VP Procurement": "Direttore acquisti",
    "Head of Engineering": "Responsabile ingegneria",
    "Head of IT": "Responsabile IT",
    "Plant Director": "Direttore di stabilimento",
    "Category Manager": "Category manager",
    "Procurement Lead": "Responsabile acquisti",
    "Project Engineer": "Ingegnere di progetto",
    "Quality Manager": "Responsabile qualità",
    "Operations Manager": "Responsabile operations",
    "IT Architect": "Architetto IT",
    "Executive Assistant": "Assistente di direzione",
    # our team's functions
    "Key Account Manager": "Key account manager",
    "Solutions Engineer": "Ingegnere delle soluzioni",
    "Customer Success": "Customer success",
    "Project Manager": "Project manager",
    "Product Specialist": "Specialista di prodotto",
    "Sales Director": "Direttore vendite",
    "Innovation Lead": "Responsabile innovazione",
    "Service Delivery": "Erogazione del servizio",
    "Pricing & Commercial": "Prezzi e offerte commerciali",
    "Technical Architect": "Architetto tecnico",
    "Marketing Manager": "Responsabile marketing",
    "Finance Business Partner": "Controller",
    # offerings
    "Fleet telematics": "Telematica per flotte",
    "Predictive maintenance": "Manutenzione predittiva",
    "Managed logistics": "Logistica gestita",
    "Spare-parts service": "Servizio ricambi",
    "Energy monitoring": "Monitoraggio energetico",
    "Training academy": "Academy di formazione",
    "Quality analytics": "Analisi della qualità",
    "Cloud integration": "Integrazione cloud",
    # other labels
    "Strategic fit and growth potential": "Affinità strategica e potenziale di crescita",
    "OurCo Industrial Services": "OurCo Servizi Industriali",
}

# The article of each offering in Italian, for sentences that need one ("la telematica per flotte
# copre...", "sulla manutenzione predittiva", "dell'academy di formazione").
OFFERING_ARTICLE_IT: dict[str, str] = {
    "Fleet telematics": "la",
    "Predictive maintenance": "la",
    "Managed logistics": "la",
    "Spare-parts service": "il",
    "Energy monitoring": "il",
    "Training academy": "l'",
    "Quality analytics": "l'",
    "Cloud integration": "l'",
}
# article -> the preposition joined with it: di + la = della, su + il = sul, ...
ARTICLED_PREPOSITIONS_IT: dict[str, dict[str, str]] = {
    "": {"la": "la ", "il": "il ", "l'": "l'"},
    "di": {"la": "della ", "il": "del ", "l'": "dell'"},
    "su": {"la": "sulla ", "il": "sul ", "l'": "sull'"},
}


def with_article_it(name: str, english: str, preposition: str = "") -> str:
    """'telematica per flotte' -> 'la telematica per flotte' / 'della telematica per flotte'."""
    return ARTICLED_PREPOSITIONS_IT[preposition][OFFERING_ARTICLE_IT[english]] + name
