"""The demo's sample texts in Italian (``kam-desktop demo --lang it``), keyed by the English text.

Sample data, not interface text: it is written into the user's database once, in the language
chosen for the demo, so it lives here rather than in a Qt Linguist catalogue. Names of people,
companies and competitors stay as they are.
"""

from __future__ import annotations

DEMO_IT: dict[str, str] = {
    # industries
    "Transport & logistics": "Trasporti e logistica",
    "Life sciences": "Scienze della vita",
    "Food & beverage": "Alimentare e bevande",
    "Automotive": "Automotive",
    "Energy & utilities": "Energia e servizi pubblici",
    "Retail": "Commercio al dettaglio",
    "Chemicals": "Chimica",
    "Telecommunications": "Telecomunicazioni",
    "Metals": "Metallurgia",
    "Consumer goods": "Beni di consumo",
    "Aerospace": "Aerospaziale",
    "Healthcare": "Sanità",
    "Financial services": "Servizi finanziari",
    "Industrial automation": "Automazione industriale",
    "Packaging": "Imballaggi",
    "Building materials": "Materiali da costruzione",
    "Media": "Media",
    "Electronics": "Elettronica",
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
    # trends and needs
    "Pressure to cut CO₂ emissions 30% by 2030": "Pressione a ridurre le emissioni di CO₂ del 30% entro il 2030",
    "Consolidation of suppliers to fewer strategic partners": "Riduzione dei fornitori a pochi partner strategici",
    "Move from capex to service contracts": "Passaggio dagli investimenti ai contratti di servizio",
    "Shortage of skilled maintenance staff": "Carenza di tecnici di manutenzione qualificati",
    "Near-shoring of production to Europe": "Rientro della produzione in Europa",
    "Digital twins of production lines": "Gemelli digitali delle linee di produzione",
    "Reduce unplanned downtime on the main lines": "Ridurre i fermi non pianificati sulle linee principali",
    "One supplier dashboard for all sites": "Un unico cruscotto fornitori per tutte le sedi",
    "Faster onboarding of new plants": "Avvio più rapido dei nuovi stabilimenti",
    "Lower total cost of ownership of the fleet": "Costo totale di possesso della flotta più basso",
    "Evidence for the sustainability report": "Dati per il bilancio di sostenibilità",
    "Fewer manual quality checks": "Meno controlli qualità manuali",
    # actions (templates: {c} buying centre, {o} offering)
    "Schedule executive sponsor meeting": "Fissare l'incontro con lo sponsor di direzione",
    "Map the procurement process at {c}": "Mappare il processo d'acquisto presso {c}",
    "Prepare ROI case for {o}": "Preparare il calcolo del ritorno per {o}",
    "Run discovery workshop with {c}": "Tenere un workshop esplorativo con {c}",
    "Send reference case study": "Inviare un caso di studio di riferimento",
    "Agree pilot scope for {o}": "Concordare il perimetro del pilota per {o}",
    "Introduce our technical architect to {c}": "Presentare il nostro architetto tecnico a {c}",
    "Review contract renewal terms": "Rivedere le condizioni di rinnovo del contratto",
    "Collect KPI baseline data": "Raccogliere i dati di partenza dei KPI",
    "Invite to customer advisory board": "Invitare al comitato consultivo clienti",
    # objectives (templates: {c} centre, {o} offering, {x} competitor, {q} quarter)
    "Open {c} as a new buying centre": "Aprire {c} come nuovo centro d'acquisto",
    "First order from {c} by Q{q}": "Primo ordine da {c} entro il {q}º trimestre",
    "Sell {o} alongside our current services": "Vendere {o} insieme ai servizi attuali",
    "Signed pilot of {o}": "Pilota di {o} firmato",
    "Keep {x} out of the renewal": "Tenere {x} fuori dal rinnovo",
    "Renewal signed, 3-year term": "Rinnovo firmato, durata 3 anni",
    # account texts (template: {name}, {industry})
    "{name} is a {industry} business.": "{name} opera nel settore {industry}.",
    "Internal: pricing sensitivity high.": "Interno: molto sensibile al prezzo.",
    "Strategic fit and growth potential": "Affinità strategica e potenziale di crescita",
    # competitor
    "Holds the {offering} contract": "Detiene il contratto di {offering}",
    "Low price, incumbent": "Prezzo basso, fornitore in carica",
    "Slow support": "Assistenza lenta",
    "Show total cost of ownership with a pilot": "Dimostrare il costo totale di possesso con un pilota",
    # strategy
    "Become the preferred partner for uptime and service across all sites.": (
        "Diventare il partner preferito per disponibilità degli impianti e servizio in tutte le sedi."
    ),
    "The COO's operations team and the procurement board.": (
        "Il team operations del direttore operativo e il comitato acquisti."
    ),
    "They are consolidating suppliers; we already run their largest plant.": (
        "Stanno riducendo i fornitori; gestiamo già il loro stabilimento più grande."
    ),
    # research
    "Confirmed in the last business review.": "Confermato nell'ultima revisione di business.",
    "Business review": "Revisione di business",
    # value proposition
    "Uptime as a service": "Disponibilità degli impianti come servizio",
    "Unplanned downtime costs about 2% of output.": "I fermi non pianificati costano circa il 2% della produzione.",
    "Predictive maintenance across all lines with one service contract.": (
        "Manutenzione predittiva su tutte le linee con un unico contratto di servizio."
    ),
    "€1.2m a year in avoided downtime": "1,2 milioni di € l'anno di fermi evitati",
    "Reference: same result at a comparable plant in 2025.": (
        "Referenza: stesso risultato in uno stabilimento simile nel 2025."
    ),
    # actions, opportunities, interactions
    "Half a day of the solutions engineer": "Mezza giornata dell'ingegnere delle soluzioni",
    "{offering} for {centre}": "{offering} per {centre}",
    "Quarterly business review": "Revisione trimestrale di business",
    "Operations check-in": "Punto con le operations",
    "Customer site": "Sede del cliente",
    "Video call": "Videochiamata",
    "Discussed uptime figures and the pilot scope.": "Discussi i dati di disponibilità e il perimetro del pilota.",
    "Send the ROI model.": "Inviare il modello di ritorno sull'investimento.",
    # KPIs (name, unit) and the review
    "Revenue growth": "Crescita del fatturato",
    "Customer satisfaction": "Soddisfazione del cliente",
    "Unplanned downtime": "Fermi non pianificati",
    "hours/month": "ore/mese",
    "Pilot running; procurement slower than expected.": "Pilota in corso; gli acquisti sono più lenti del previsto.",
    "Add a procurement workshop; move the pilot review to next month.": (
        "Aggiungere un workshop con gli acquisti; spostare la revisione del pilota al mese prossimo."
    ),
    "OurCo Industrial Services": "OurCo Servizi Industriali",
}
