"""The demo's content: what a supplier of industrial services writes about its customers.

Sample data, not interface text: every entry is a pair ``T(en, it)`` written once in each
language, so the Italian demo (``demo --lang it``) is Italian everywhere and the same seed picks
the same entries in either language. Templates take named fields (``{account}``, ``{centre}``,
``{offering}``, ``{competitor}``, ``{sponsor}``, ...) that ``demo.py`` fills per account.

Industries are grouped into five families; each family has its own strategies, trends, needs,
value propositions, KPIs, competitors, risks and joint-plan wording.
"""

from __future__ import annotations

from typing import NamedTuple


class T(NamedTuple):
    """One text in English and in Italian."""

    en: str
    it: str

    def pick(self, lang: str) -> str:
        return self.it if lang == "it" else self.en


PROCESS, DISCRETE, MOBILITY, UTILITIES, FACILITIES = (
    "process",
    "discrete",
    "mobility",
    "utilities",
    "facilities",
)

# the industry of each name core, and the family of each industry
INDUSTRY_OF_CORE: dict[str, T] = {
    "Logistics": T("Transport & logistics", "Trasporti e logistica"),
    "Pharma": T("Life sciences", "Scienze della vita"),
    "Foods": T("Food & beverage", "Alimentare e bevande"),
    "Motors": T("Automotive", "Automotive"),
    "Energy": T("Energy & utilities", "Energia e servizi pubblici"),
    "Retail": T("Retail", "Commercio al dettaglio"),
    "Chemicals": T("Chemicals", "Chimica"),
    "Telecom": T("Telecommunications", "Telecomunicazioni"),
    "Steel": T("Metals", "Metallurgia"),
    "Textiles": T("Consumer goods", "Beni di consumo"),
    "Aerospace": T("Aerospace", "Aerospaziale"),
    "Health": T("Healthcare", "Sanità"),
    "Insurance": T("Financial services", "Servizi finanziari"),
    "Robotics": T("Industrial automation", "Automazione industriale"),
    "Paper": T("Packaging", "Imballaggi"),
    "Glass": T("Building materials", "Materiali da costruzione"),
    "Water": T("Energy & utilities", "Energia e servizi pubblici"),
    "Rail": T("Transport & logistics", "Trasporti e logistica"),
    "Media": T("Media", "Media"),
    "Semiconductors": T("Electronics", "Elettronica"),
}
FAMILY_OF_CORE: dict[str, str] = {
    "Logistics": MOBILITY,
    "Pharma": PROCESS,
    "Foods": PROCESS,
    "Motors": DISCRETE,
    "Energy": UTILITIES,
    "Retail": MOBILITY,
    "Chemicals": PROCESS,
    "Telecom": UTILITIES,
    "Steel": PROCESS,
    "Textiles": PROCESS,
    "Aerospace": DISCRETE,
    "Health": FACILITIES,
    "Insurance": FACILITIES,
    "Robotics": DISCRETE,
    "Paper": PROCESS,
    "Glass": PROCESS,
    "Water": UTILITIES,
    "Rail": MOBILITY,
    "Media": FACILITIES,
    "Semiconductors": DISCRETE,
}

# the offerings (indexes into demo.OFFERINGS) that each family buys, likeliest first: fleet telematics,
# predictive maintenance, managed logistics, spare-parts service, energy monitoring, training
# academy, quality analytics, cloud integration
OFFERINGS_OF_FAMILY: dict[str, tuple[int, ...]] = {
    PROCESS: (1, 4, 6, 3, 5),
    DISCRETE: (6, 3, 1, 7, 5),
    MOBILITY: (0, 2, 3, 7, 5),
    UTILITIES: (1, 3, 5, 4, 7),
    FACILITIES: (4, 1, 3, 7, 5),
}

DESCRIPTION: dict[str, T] = {
    PROCESS: T(
        "{account} runs {sites} plants in continuous production; uptime and energy cost decide its margin.",
        "{account} gestisce {sites} stabilimenti a ciclo continuo; disponibilità degli impianti e costo "
        "dell'energia ne decidono il margine.",
    ),
    DISCRETE: T(
        "{account} builds to order on {sites} sites; quality and spare-parts lead times are its daily worry.",
        "{account} produce su commessa in {sites} siti; qualità e tempi dei ricambi sono la sua preoccupazione "
        "quotidiana.",
    ),
    MOBILITY: T(
        "{account} moves goods through {sites} hubs and depots; cost per delivery is watched weekly.",
        "{account} movimenta merci attraverso {sites} poli e depositi; il costo per consegna è seguito ogni "
        "settimana.",
    ),
    UTILITIES: T(
        "{account} operates a regulated network with {sites} field bases; outages are reported to the "
        "regulator.",
        "{account} gestisce una rete regolata con {sites} basi operative; i disservizi vanno comunicati "
        "all'autorità di regolazione.",
    ),
    FACILITIES: T(
        "{account} runs {sites} critical buildings (offices, data rooms, clinics) that must never stop.",
        "{account} gestisce {sites} edifici critici (uffici, sale dati, strutture) che non possono mai fermarsi.",
    ),
}
INTERNAL_NOTE: tuple[T, ...] = (
    T(
        "Price-sensitive buyer; discounts need the sales director.",
        "Acquirente sensibile al prezzo; gli sconti richiedono il direttore vendite.",
    ),
    T(
        "Payment terms 90 days; finance watches the exposure.",
        "Pagamento a 90 giorni; la finanza controlla l'esposizione.",
    ),
    T(
        "Good reference potential once the pilot delivers.",
        "Buon potenziale come referenza se il pilota riesce.",
    ),
    T(
        "Two escalations last year, both closed within a week.",
        "Due escalation l'anno scorso, entrambe chiuse in una settimana.",
    ),
)

# --- strategy ---------------------------------------------------------------------------------
STRATEGY_WHAT: dict[str, tuple[T, ...]] = {
    PROCESS: (
        T(
            "Become {account}'s partner for plant uptime: predictive maintenance on every line, starting at "
            "{centre}.",
            "Diventare il partner di {account} per la disponibilità degli impianti: manutenzione predittiva su "
            "ogni linea, a partire dall'area {centre}.",
        ),
        T(
            "Extend {offering} from {centre} to all {sites} plants of {account} under one service contract.",
            "Estendere {the_offering} dall'area {centre} a tutti i {sites} stabilimenti di {account} con un unico "
            "contratto di servizio.",
        ),
        T(
            "Turn {account}'s energy and quality data into one improvement programme run with its plant "
            "managers.",
            "Trasformare i dati di energia e qualità di {account} in un unico programma di miglioramento, "
            "condotto con i suoi direttori di stabilimento.",
        ),
    ),
    DISCRETE: (
        T(
            "Make {account}'s lines our reference for connected quality: {offering} at {centre} first, then "
            "every line.",
            "Fare delle linee di {account} il nostro riferimento per la qualità connessa: {the_offering} prima "
            "nell'area {centre}, poi su ogni linea.",
        ),
        T(
            "Win the spare-parts and service business for {account}'s installed base across {sites} sites.",
            "Conquistare ricambi e assistenza per il parco macchine di {account} in tutti i {sites} siti.",
        ),
        T(
            "Become the one integration partner behind {account}'s shop-floor data, starting with {centre}.",
            "Diventare l'unico partner di integrazione dei dati di reparto di {account}, a partire dall'area "
            "{centre}.",
        ),
    ),
    MOBILITY: (
        T(
            "Run {account}'s fleet telematics and maintenance as one service, depot by depot.",
            "Gestire telematica e manutenzione della flotta di {account} come un unico servizio, deposito per "
            "deposito.",
        ),
        T(
            "Bring {offering} to {account}'s {centre} and prove the model for its other {sites} hubs.",
            "Portare {the_offering} nell'area {centre} di {account} e dimostrare il modello per gli altri {sites} "
            "poli.",
        ),
        T(
            "Cut {account}'s cost per delivery with {offering} across the whole network.",
            "Ridurre il costo per consegna di {account} con {the_offering} su tutta la rete.",
        ),
    ),
    UTILITIES: (
        T(
            "Be {account}'s long-term partner for asset reliability: predictive maintenance and spare parts "
            "under one contract.",
            "Essere il partner di lungo periodo di {account} per l'affidabilità degli asset: manutenzione "
            "predittiva e ricambi in un unico contratto.",
        ),
        T(
            "Move {account} from call-out repairs to planned maintenance at its {sites} field bases.",
            "Portare {account} dagli interventi su chiamata alla manutenzione pianificata nelle sue {sites} basi "
            "operative.",
        ),
        T(
            "Support {account}'s transition projects with {offering} and training for its field crews.",
            "Sostenere i progetti di transizione di {account} con {the_offering} e formazione per le squadre sul "
            "campo.",
        ),
    ),
    FACILITIES: (
        T(
            "Keep {account}'s critical buildings running: one service desk for technology, energy and spare "
            "parts.",
            "Tenere in funzione gli edifici critici di {account}: un unico service desk per impianti, energia e "
            "ricambi.",
        ),
        T(
            "Grow from {centre} into a group-wide facilities and energy contract with {account}.",
            "Crescere dall'area {centre} a un contratto di gruppo per servizi tecnici ed energia con {account}.",
        ),
        T(
            "Help {account} meet its sustainability commitments with {offering} at every site.",
            "Aiutare {account} a rispettare i suoi impegni di sostenibilità con {the_offering} in ogni sede.",
        ),
    ),
}
STRATEGY_WITH_WHOM: tuple[T, ...] = (
    T(
        "{sponsor} ({sponsor_title}) as sponsor; {centre} and {centre2} for the rollout.",
        "{sponsor} ({sponsor_title}) come sponsor; le aree {centre} e {centre2} per l'estensione.",
    ),
    T(
        "{sponsor} and the leadership of {centre}; procurement from the first pilot onwards.",
        "{sponsor} e i responsabili dell'area {centre}; gli acquisti coinvolti fin dal primo pilota.",
    ),
    T(
        "The team around {sponsor}, with {centre2} as the first site; finance once the business case is ready.",
        "Il gruppo di {sponsor}, con l'area {centre2} come primo sito; la finanza quando il business case è "
        "pronto.",
    ),
    T(
        "{sponsor}, the site managers at {centre}, and their IT team for the data side.",
        "{sponsor}, i responsabili di sito dell'area {centre} e il loro team IT per la parte dati.",
    ),
)
STRATEGY_WHY: dict[str, tuple[T, ...]] = {
    PROCESS: (
        T(
            "Unplanned stops cost them about {pct}% of output; our pilot at {centre} cut them by a third.",
            "I fermi non pianificati costano loro circa il {pct}% della produzione; il nostro pilota nell'area "
            "{centre} li ha ridotti di un terzo.",
        ),
        T(
            "They are consolidating suppliers, and we already run {centre}; {competitor} holds {offering2}.",
            "Stanno riducendo i fornitori e noi gestiamo già l'area {centre}; {competitor} ha {the_offering2}.",
        ),
        T(
            "Energy is now their second-largest cost; the board wants a plan within the year.",
            "L'energia è ormai il loro secondo costo; il consiglio vuole un piano entro l'anno.",
        ),
    ),
    DISCRETE: (
        T(
            "They launch {n} new product lines this year and cannot hire the inspectors they would need.",
            "Quest'anno lanciano {n} nuove linee di prodotto e non riescono ad assumere i collaudatori necessari.",
        ),
        T(
            "Their scrap rate is {pct}% above plan and nobody owns the data; we can.",
            "Il loro tasso di scarto è del {pct}% sopra il piano e nessuno è responsabile dei dati; noi possiamo "
            "esserlo.",
        ),
        T(
            "Spare parts take weeks from the OEMs; {competitor} is slow too, and the plants know it.",
            "I ricambi dai costruttori arrivano in settimane; anche {competitor} è lento, e gli stabilimenti lo "
            "sanno.",
        ),
    ),
    MOBILITY: (
        T(
            "Fuel and driver shortages squeeze their margin; we cut fuel use {pct}% on a comparable fleet.",
            "Carburante e carenza di autisti comprimono il loro margine; su una flotta simile abbiamo ridotto i "
            "consumi del {pct}%.",
        ),
        T(
            "The incumbent {competitor} has no answer for {offering2}, and their contract ends next year.",
            "Il fornitore attuale {competitor} non ha risposte {on_offering2} e il suo contratto scade l'anno "
            "prossimo.",
        ),
        T(
            "New leadership at {centre} wants measurable savings within the year.",
            "La nuova direzione dell'area {centre} vuole risparmi misurabili entro l'anno.",
        ),
    ),
    UTILITIES: (
        T(
            "The regulator penalises outages; every avoided hour counts in their next tariff review.",
            "L'autorità penalizza i disservizi; ogni ora evitata conta nella prossima revisione tariffaria.",
        ),
        T(
            "Half their field engineers retire within ten years; they need a partner, not a parts vendor.",
            "Metà dei loro tecnici va in pensione entro dieci anni; serve un partner, non un venditore di "
            "ricambi.",
        ),
        T(
            "Investment budgets are frozen but service budgets are approved: our model fits.",
            "I budget di investimento sono congelati, quelli per i servizi sono approvati: il nostro modello è "
            "adatto.",
        ),
    ),
    FACILITIES: (
        T(
            "Downtime in their buildings hurts their reputation; they value response times over price.",
            "Un fermo nei loro edifici danneggia la reputazione; contano più i tempi di intervento del prezzo.",
        ),
        T(
            "Their new CFO is consolidating facility suppliers; we already serve {centre}.",
            "Il nuovo direttore finanziario sta riducendo i fornitori di servizi tecnici; serviamo già l'area "
            "{centre}.",
        ),
        T(
            "{competitor} missed its response times last winter; the door is open.",
            "{competitor} non ha rispettato i tempi di intervento lo scorso inverno; la porta è aperta.",
        ),
    ),
}

# --- what we learn about the account ---------------------------------------------------------------
TRENDS: dict[str, tuple[T, ...]] = {
    PROCESS: (
        T(
            "Pressure to cut CO₂ emissions by 30% before 2030",
            "Pressione a ridurre le emissioni di CO₂ del 30% entro il 2030",
        ),
        T(
            "Energy prices twice the level of five years ago",
            "Prezzi dell'energia doppi rispetto a cinque anni fa",
        ),
        T("Fewer, larger suppliers per category", "Meno fornitori per categoria, ma più grandi"),
        T("Shortage of skilled maintenance staff", "Carenza di tecnici di manutenzione qualificati"),
        T("Digital twins of production lines", "Gemelli digitali delle linee di produzione"),
    ),
    DISCRETE: (
        T(
            "Shorter product cycles and more variants per line",
            "Cicli di prodotto più brevi e più varianti per linea",
        ),
        T("Near-shoring of production to Europe", "Rientro della produzione in Europa"),
        T("Traceability demanded by the end customers", "Tracciabilità richiesta dai clienti finali"),
        T("Automation of visual inspection", "Automazione del controllo visivo"),
        T("Service revenue as a share of the business", "Servizi come quota crescente del fatturato"),
    ),
    MOBILITY: (
        T("Electric vans in city deliveries", "Furgoni elettrici nelle consegne urbane"),
        T("Shortage of drivers and warehouse staff", "Carenza di autisti e di personale di magazzino"),
        T("Next-day delivery becoming the norm", "La consegna il giorno dopo è diventata la norma"),
        T("Emission zones in the main cities", "Zone a basse emissioni nelle città principali"),
        T("Customers asking for CO₂ per shipment", "Clienti che chiedono la CO₂ per spedizione"),
    ),
    UTILITIES: (
        T("Grid investment to connect renewables", "Investimenti nella rete per collegare le rinnovabili"),
        T("Stricter penalties for outages", "Penali più severe per i disservizi"),
        T("An ageing field workforce", "Squadre sul campo sempre più anziane"),
        T("Remote monitoring of substations", "Monitoraggio remoto delle sottostazioni"),
        T("Budgets shifting from investment to services", "Budget che passano dagli investimenti ai servizi"),
    ),
    FACILITIES: (
        T("Hybrid work reshaping office space", "Il lavoro ibrido che ridisegna gli spazi"),
        T(
            "Sustainability reporting under the new EU rules",
            "Rendicontazione di sostenibilità secondo le nuove regole UE",
        ),
        T("Ageing building technology", "Impianti degli edifici sempre più vecchi"),
        T("Cyber security for building systems", "Sicurezza informatica degli impianti degli edifici"),
        T(
            "Fewer facility suppliers, group-wide contracts",
            "Meno fornitori di servizi tecnici, contratti di gruppo",
        ),
    ),
}
NEEDS: dict[str, tuple[T, ...]] = {
    PROCESS: (
        T("Fewer unplanned stops on the main lines", "Meno fermi non pianificati sulle linee principali"),
        T(
            "Energy use per tonne down year on year",
            "Consumo di energia per tonnellata in calo anno dopo anno",
        ),
        T(
            "One maintenance standard for every plant",
            "Un unico standard di manutenzione per tutti gli stabilimenti",
        ),
        T("Evidence for the sustainability report", "Dati per il bilancio di sostenibilità"),
        T("Faster start-up of new lines", "Avvio più rapido delle nuove linee"),
    ),
    DISCRETE: (
        T("Fewer manual quality checks", "Meno controlli qualità manuali"),
        T("Spare parts on site within 48 hours", "Ricambi in sede entro 48 ore"),
        T(
            "One view of machine data across plants",
            "Una sola vista dei dati macchina in tutti gli stabilimenti",
        ),
        T("Shorter ramp-up of new product lines", "Avviamento più breve delle nuove linee di prodotto"),
        T("Trained operators for the new machines", "Operatori formati sulle nuove macchine"),
    ),
    MOBILITY: (
        T("Lower cost per delivery", "Costo per consegna più basso"),
        T("Vans back on the road the same day", "Furgoni di nuovo in strada in giornata"),
        T("CO₂ figures per shipment for their customers", "Dati di CO₂ per spedizione per i loro clienti"),
        T("Fewer late deliveries at peak times", "Meno consegne in ritardo nei periodi di picco"),
        T("One dashboard for every depot", "Un unico cruscotto per tutti i depositi"),
    ),
    UTILITIES: (
        T("Fewer outage minutes per connection", "Meno minuti di disservizio per utenza"),
        T("Planned rather than emergency repairs", "Interventi pianificati invece che d'emergenza"),
        T(
            "Knowledge kept when senior engineers retire",
            "Competenze conservate quando i tecnici esperti vanno in pensione",
        ),
        T("Spare parts for assets no longer made", "Ricambi per apparati fuori produzione"),
        T("Remote data from every substation", "Dati remoti da ogni sottostazione"),
    ),
    FACILITIES: (
        T("Critical rooms that never go down", "Locali critici che non si fermano mai"),
        T("Energy use per square metre down", "Consumo di energia per metro quadro in calo"),
        T("One service desk for all buildings", "Un unico service desk per tutti gli edifici"),
        T("Response within four hours, day and night", "Intervento entro quattro ore, giorno e notte"),
        T("Figures for the sustainability report", "Dati per il bilancio di sostenibilità"),
    ),
}
# value propositions: title, problem, solution, quantified value ({money}: an amount in words), proof
VALUE_PROPOSITIONS: dict[str, tuple[tuple[T, T, T, T, T], ...]] = {
    PROCESS: (
        (
            T("Uptime as a service", "Disponibilità degli impianti come servizio"),
            T(
                "Unplanned stops cost about {pct}% of output on the main lines.",
                "I fermi non pianificati costano circa il {pct}% della produzione sulle linee principali.",
            ),
            T(
                "Predictive maintenance across all lines with one service contract and one service desk.",
                "Manutenzione predittiva su tutte le linee con un unico contratto e un unico service desk.",
            ),
            T("About {money} a year in avoided downtime", "Circa {money} l'anno di fermi evitati"),
            T(
                "A comparable plant cut unplanned stops by a third in its first year.",
                "Uno stabilimento simile ha ridotto i fermi non pianificati di un terzo nel primo anno.",
            ),
        ),
        (
            T("Energy you can see", "Energia sotto controllo"),
            T(
                "Energy per tonne is not measured line by line, so savings cannot be targeted.",
                "Il consumo per tonnellata non è misurato linea per linea, quindi i risparmi non si possono mirare.",
            ),
            T(
                "Energy monitoring on every line, with a monthly review of the largest consumers.",
                "Monitoraggio energetico su ogni linea, con una revisione mensile dei maggiori consumi.",
            ),
            T(
                "About {money} a year in energy savings",
                "Circa {money} l'anno di risparmio energetico",
            ),
            T(
                "Three plants in the same industry saved 8 to 11% of their energy use.",
                "Tre stabilimenti dello stesso settore hanno risparmiato dall'8 all'11% dell'energia.",
            ),
        ),
    ),
    DISCRETE: (
        (
            T("Right first time", "Giusto al primo colpo"),
            T(
                "Manual inspection misses defects and slows every new line.",
                "Il controllo manuale lascia passare difetti e rallenta ogni nuova linea.",
            ),
            T(
                "Quality analytics on the line, linked to the machine data we already collect.",
                "Analisi della qualità in linea, collegata ai dati macchina che già raccogliamo.",
            ),
            T(
                "About {money} a year in scrap and rework avoided",
                "Circa {money} l'anno di scarti e rilavorazioni evitati",
            ),
            T(
                "First-pass yield rose from 91% to 96% at a comparable plant.",
                "In uno stabilimento simile la resa al primo passaggio è salita dal 91% al 96%.",
            ),
        ),
        (
            T("Parts in 48 hours", "Ricambi in 48 ore"),
            T(
                "Machines wait weeks for parts from the original makers.",
                "Le macchine aspettano settimane i ricambi dai costruttori.",
            ),
            T(
                "A spare-parts service with a stock agreed per plant and a 48-hour promise.",
                "Un servizio ricambi con una scorta concordata per stabilimento e consegna garantita in 48 ore.",
            ),
            T(
                "About {money} a year in waiting time avoided",
                "Circa {money} l'anno di attese evitate",
            ),
            T(
                "Average lead time fell from 12 to 4 days at two reference customers.",
                "Il tempo medio di consegna è sceso da 12 a 4 giorni presso due clienti di riferimento.",
            ),
        ),
    ),
    MOBILITY: (
        (
            T("Every van on the road", "Ogni furgone in strada"),
            T(
                "Vans off the road for repairs miss deliveries at peak times.",
                "I furgoni fermi per riparazioni fanno saltare le consegne nei picchi.",
            ),
            T(
                "Fleet telematics and planned maintenance booked around the delivery routes.",
                "Telematica della flotta e manutenzione pianificata in base ai giri di consegna.",
            ),
            T(
                "About {money} a year in avoided downtime and rentals",
                "Circa {money} l'anno tra fermi e noleggi evitati",
            ),
            T(
                "A parcel operator with 900 vans cut workshop days by 40%.",
                "Un corriere con 900 furgoni ha ridotto del 40% i giorni in officina.",
            ),
        ),
        (
            T("Cost per delivery, down", "Costo per consegna in calo"),
            T(
                "Fuel and idle time are not measured per route.",
                "Carburante e tempi morti non sono misurati per giro.",
            ),
            T(
                "Route and driving data in one dashboard per depot, with coaching for drivers.",
                "Dati di percorso e di guida in un unico cruscotto per deposito, con affiancamento degli autisti.",
            ),
            T("About {money} a year in fuel", "Circa {money} l'anno di carburante"),
            T(
                "Fuel use fell 7% in six months on a comparable fleet.",
                "Su una flotta simile i consumi sono scesi del 7% in sei mesi.",
            ),
        ),
    ),
    UTILITIES: (
        (
            T("Fewer outage minutes", "Meno minuti di disservizio"),
            T(
                "Faults are found when they happen, not before.",
                "I guasti si scoprono quando avvengono, non prima.",
            ),
            T(
                "Condition monitoring of the critical substations and planned repairs.",
                "Monitoraggio delle condizioni delle sottostazioni critiche e interventi pianificati.",
            ),
            T("About {money} a year in avoided penalties", "Circa {money} l'anno di penali evitate"),
            T(
                "A regional operator cut outage minutes by a quarter in two years.",
                "Un gestore regionale ha ridotto di un quarto i minuti di disservizio in due anni.",
            ),
        ),
        (
            T("Know-how that stays", "Competenze che restano"),
            T(
                "Senior engineers retire and take their knowledge with them.",
                "I tecnici esperti vanno in pensione e portano via le loro conoscenze.",
            ),
            T(
                "A training academy for field crews, built on their own assets and procedures.",
                "Un'academy di formazione per le squadre, costruita sui loro apparati e sulle loro procedure.",
            ),
            T(
                "About {money} a year in external call-outs avoided",
                "Circa {money} l'anno di interventi esterni evitati",
            ),
            T(
                "Forty field engineers certified in a year at a comparable operator.",
                "Quaranta tecnici certificati in un anno presso un gestore simile.",
            ),
        ),
    ),
    FACILITIES: (
        (
            T("Buildings that never stop", "Edifici che non si fermano"),
            T(
                "A failure in a critical room is found by the people who use it.",
                "Un guasto in un locale critico lo scopre chi lo usa.",
            ),
            T(
                "Remote monitoring of the critical rooms and a four-hour response, day and night.",
                "Monitoraggio remoto dei locali critici e intervento entro quattro ore, giorno e notte.",
            ),
            T(
                "About {money} a year in avoided incidents",
                "Circa {money} l'anno di incidenti evitati",
            ),
            T(
                "No critical outage in three years at a comparable group.",
                "Nessun fermo critico in tre anni presso un gruppo simile.",
            ),
        ),
        (
            T("Energy per square metre, down", "Energia per metro quadro in calo"),
            T(
                "Energy use is known per bill, not per building.",
                "Il consumo è noto per bolletta, non per edificio.",
            ),
            T(
                "Energy monitoring per building with a quarterly savings plan.",
                "Monitoraggio energetico per edificio con un piano trimestrale di risparmio.",
            ),
            T(
                "About {money} a year in energy savings",
                "Circa {money} l'anno di risparmio energetico",
            ),
            T(
                "Twelve office buildings used 9% less energy in the first year.",
                "Dodici edifici per uffici hanno consumato il 9% in meno nel primo anno.",
            ),
        ),
    ),
}

COMPETITORS: tuple[str, ...] = (
    "Vantor Systems",
    "Brightline",
    "Kuehnert & Co.",
    "Axiomatic",
    "Northwind Services",
    "Polaris Tech",
)
COMPETITORS_OF_FAMILY: dict[str, tuple[int, ...]] = {
    PROCESS: (0, 2, 4),
    DISCRETE: (3, 5, 0),
    MOBILITY: (1, 4, 2),
    UTILITIES: (2, 0, 5),
    FACILITIES: (4, 1, 3),
}
# per competitor: strengths, weaknesses, counter-strategy; presence is a template
COMPETITOR_PROFILE: tuple[tuple[T, T, T], ...] = (
    (
        T("Low price; the incumbent on most sites", "Prezzo basso; fornitore storico in quasi tutti i siti"),
        T("Slow response outside office hours", "Risposta lenta fuori orario"),
        T(
            "Show the total cost of ownership with a pilot",
            "Dimostrare il costo totale di possesso con un pilota",
        ),
    ),
    (
        T("Strong software and dashboards", "Software e cruscotti molto curati"),
        T("No field engineers of its own", "Nessun tecnico proprio sul campo"),
        T(
            "Sell the service behind the data: engineers on site within a day",
            "Vendere il servizio dietro i dati: tecnici in sede entro un giorno",
        ),
    ),
    (
        T(
            "Long relationship with the plant managers",
            "Rapporto di lunga data con i direttori di stabilimento",
        ),
        T("Old technology; no remote monitoring", "Tecnologia datata; nessun monitoraggio remoto"),
        T(
            "Build relationships above the plant level; show remote monitoring live",
            "Costruire relazioni sopra il livello di stabilimento; mostrare il monitoraggio remoto dal vivo",
        ),
    ),
    (
        T("Global framework agreement with the group", "Accordo quadro globale con il gruppo"),
        T("Little local presence", "Poca presenza locale"),
        T(
            "Win the sites the framework serves badly, one by one",
            "Conquistare uno per uno i siti che l'accordo serve male",
        ),
    ),
    (
        T("Aggressive discounts at renewal", "Sconti aggressivi al rinnovo"),
        T("High staff turnover; quality varies", "Alto ricambio del personale; qualità variabile"),
        T(
            "Renew early, with service levels they cannot match",
            "Rinnovare in anticipo, con livelli di servizio che non possono eguagliare",
        ),
    ),
    (
        T(
            "Certified for the customer's safety standards",
            "Certificato per gli standard di sicurezza del cliente",
        ),
        T("Expensive change requests", "Richieste di modifica costose"),
        T(
            "Get certified too; offer fixed-price changes",
            "Certificarci anche noi; offrire modifiche a prezzo fisso",
        ),
    ),
)
COMPETITOR_PRESENCE: tuple[T, ...] = (
    T("Holds the {offering} contract at {centre}", "Ha il contratto per {the_offering} nell'area {centre}"),
    T(
        "Pitching {offering} to {centre} this quarter",
        "Sta proponendo {the_offering} all'area {centre} in questo trimestre",
    ),
    T(
        "Supplies {offering} group-wide under a framework",
        "Fornisce {the_offering} a tutto il gruppo con un accordo quadro",
    ),
)

# --- objectives: (description, measurable target, wording for the customer) -------------------------
OBJECTIVES: dict[str, tuple[tuple[T, T, T], ...]] = {
    "penetration": (
        (
            T("Open {centre} as a new buying centre", "Aprire l'area {centre} come nuovo centro d'acquisto"),
            T("First order from {centre} by {due}", "Primo ordine dall'area {centre} entro {due}"),
            T(
                "Bring the service you know to your {centre} team",
                "Portare il servizio che conoscete anche al vostro team {centre}",
            ),
        ),
        (
            T("Win {centre2} as the second site", "Conquistare l'area {centre2} come secondo sito"),
            T("Site agreement for {centre2} signed", "Accordo di sito per l'area {centre2} firmato"),
            T(
                "Roll out the proven service at {centre2}",
                "Estendere il servizio già collaudato all'area {centre2}",
            ),
        ),
    ),
    "expansion": (
        (
            T(
                "Sell {offering} alongside our current services",
                "Vendere {the_offering} insieme ai servizi attuali",
            ),
            T("Signed pilot of {offering}", "Pilota {of_offering} firmato"),
            T(
                "Pilot {offering} together and measure the result",
                "Provare insieme {the_offering} e misurarne il risultato",
            ),
        ),
        (
            T("Add {offering} to the service contract", "Aggiungere {the_offering} al contratto di servizio"),
            T("{offering_cap} in the contract by {due}", "{the_offering_cap} nel contratto entro {due}"),
            T(
                "Make {offering} part of the service you already receive",
                "Includere {the_offering} nel servizio che già ricevete",
            ),
        ),
    ),
    "protection": (
        (
            T("Keep {competitor} out of the renewal", "Tenere {competitor} fuori dal rinnovo"),
            T("Renewal signed, 3-year term", "Rinnovo firmato, durata 3 anni"),
            T("", ""),
        ),
        (
            T("Renew before {competitor} can bid", "Rinnovare prima che {competitor} possa fare un'offerta"),
            T("Renewal signed before the tender opens", "Rinnovo firmato prima dell'apertura della gara"),
            T("", ""),
        ),
    ),
}

# --- actions: our own (sales) tasks, never shared; joint ones have an owner on each side ------------
OUR_ACTIONS: tuple[T, ...] = (
    T("Prepare the ROI case for {offering2}", "Preparare il calcolo del ritorno per {the_offering2}"),
    T("Review the contract renewal terms", "Rivedere le condizioni di rinnovo del contratto"),
    T("Send a reference case study", "Inviare un caso di studio di riferimento"),
    T("Map the procurement process at {centre}", "Mappare il processo d'acquisto dell'area {centre}"),
    T(
        "Agree the pricing approach with our finance team",
        "Concordare l'impostazione dei prezzi con la nostra finanza",
    ),
    T(
        "Brief our technical architect before the site visit",
        "Preparare il nostro architetto tecnico alla visita in sede",
    ),
    T("Update the account plan after the review", "Aggiornare il piano dell'account dopo la revisione"),
)
JOINT_ACTIONS: tuple[T, ...] = (
    T(
        "Agree the pilot scope for {offering2} at {centre}",
        "Concordare il perimetro del pilota {of_offering2} nell'area {centre}",
    ),
    T("Collect the baseline data at {centre}", "Raccogliere i dati di partenza nell'area {centre}"),
    T("Run the discovery workshop at {centre}", "Tenere il workshop esplorativo nell'area {centre}"),
    T("Walk the site together at {centre2}", "Visitare insieme il sito dell'area {centre2}"),
    T("Sign off the rollout plan for {centre2}", "Approvare il piano di estensione per l'area {centre2}"),
    T("Name an owner on each side for every site", "Nominare un responsabile per parte per ogni sito"),
    T("Review the quarterly results together", "Esaminare insieme i risultati del trimestre"),
    T("Hold the sponsors' meeting", "Tenere l'incontro tra gli sponsor"),
)
RESOURCES: tuple[T, ...] = (
    T("Half a day of the solutions engineer", "Mezza giornata dell'ingegnere delle soluzioni"),
    T("Two days of a field engineer on site", "Due giornate di un tecnico in sede"),
    T("Data export from their maintenance system", "Estrazione dati dal loro sistema di manutenzione"),
)

# --- opportunities --------------------------------------------------------------------------------
OPPORTUNITY_TITLE: tuple[T, ...] = (
    T("{offering_cap} for {centre}", "{offering_cap} per l'area {centre}"),
    T("{offering_cap}: rollout to {centre}", "{offering_cap}: estensione all'area {centre}"),
    T("{offering_cap} pilot at {centre}", "Pilota {of_offering} nell'area {centre}"),
)
OPPORTUNITY_NOTE: dict[str, T] = {
    "identified": T(
        "Raised by {person} during a site visit.", "Emersa con {person} durante una visita in sede."
    ),
    "qualified": T(
        "Budget confirmed by {person}; decision expected this quarter.",
        "Budget confermato da {person}; decisione attesa in questo trimestre.",
    ),
    "proposed": T(
        "Proposal sent; {person} is collecting the approvals.",
        "Offerta inviata; {person} sta raccogliendo le approvazioni.",
    ),
    "won": T("Signed; kick-off held with {person}.", "Firmata; avvio fatto con {person}."),
    "lost": T(
        "Lost to {competitor} on price; {person} asked us to bid again next year.",
        "Persa contro {competitor} sul prezzo; {person} ci ha chiesto di riproporci l'anno prossimo.",
    ),
}

# --- interactions: (kind, subject, summary, next steps) for past ones; (kind, subject) for coming ones --
PAST_INTERACTIONS: tuple[tuple[str, T, T, T], ...] = (
    (
        "meeting",
        T("Site visit at {centre}", "Visita in sede nell'area {centre}"),
        T(
            "Walked the lines with {person}; two of them still run on calendar maintenance.",
            "Visitate le linee con {person}; due funzionano ancora con manutenzione a calendario.",
        ),
        T("Send the sensor plan for the two lines.", "Inviare il piano dei sensori per le due linee."),
    ),
    (
        "call",
        T("Pilot status call", "Telefonata sullo stato del pilota"),
        T(
            "{person} confirmed the pilot results; the budget holder is in finance.",
            "{person} ha confermato i risultati del pilota; il budget è della finanza.",
        ),
        T("Ask for a meeting with finance.", "Chiedere un incontro con la finanza."),
    ),
    (
        "email",
        T("Revised scope for {offering2}", "Perimetro rivisto per {the_offering2}"),
        T(
            "Sent the revised scope; {person} replied that the timing works for them.",
            "Inviato il perimetro rivisto; {person} ha risposto che i tempi vanno bene.",
        ),
        T("Prepare the order form.", "Preparare il modulo d'ordine."),
    ),
    (
        "workshop",
        T("Discovery workshop: {need}", "Workshop esplorativo: {need}"),
        T(
            "Six people from {centre}; we listed eleven causes and ranked the top three.",
            "Sei persone dell'area {centre}; elencate undici cause e scelte le prime tre.",
        ),
        T(
            "Write up the top three causes with a cost for each.",
            "Descrivere le prime tre cause con il costo di ciascuna.",
        ),
    ),
    (
        "business_review",
        T("Business review, {quarter}", "Revisione di business, {quarter}"),
        T(
            "Service levels met; {person} wants the same reporting for {centre}.",
            "Livelli di servizio rispettati; {person} vuole lo stesso report per l'area {centre}.",
        ),
        T("Propose the reporting for {centre}.", "Proporre il report per l'area {centre}."),
    ),
    (
        "call",
        T("Renewal timing with procurement", "Tempi del rinnovo con gli acquisti"),
        T(
            "Procurement plans the tender for spring; {person} prefers an early renewal.",
            "Gli acquisti prevedono la gara in primavera; {person} preferisce un rinnovo anticipato.",
        ),
        T("Draft the early-renewal offer.", "Preparare l'offerta di rinnovo anticipato."),
    ),
    (
        "meeting",
        T("Lunch with {person}", "Pranzo con {person}"),
        T(
            "Talked about their reorganisation; {centre} gets a new head in the spring.",
            "Parlato della riorganizzazione; l'area {centre} avrà un nuovo responsabile in primavera.",
        ),
        T(
            "Ask {person} for an introduction to the new head.",
            "Chiedere a {person} una presentazione al nuovo responsabile.",
        ),
    ),
)
COMING_INTERACTIONS: tuple[tuple[str, T], ...] = (
    (
        "meeting",
        T("Pilot extension: scope with {centre}", "Estensione del pilota: perimetro con l'area {centre}"),
    ),
    ("workshop", T("Improvement workshop at {centre2}", "Workshop di miglioramento nell'area {centre2}")),
    ("call", T("Monthly operations call", "Telefonata operativa mensile")),
    (
        "meeting",
        T("Introducing our {offering2} specialist", "Presentazione del nostro specialista {of_offering2}"),
    ),
)
REVIEW_MEETING = T("Joint business review", "Revisione congiunta di business")
LOCATIONS: tuple[T, ...] = (
    T("Their offices, {centre}", "Presso i loro uffici, area {centre}"),
    T("Video call", "Videochiamata"),
    T("Our offices", "Presso i nostri uffici"),
)

# --- KPIs: (name, unit, direction, baseline, target, shared with the customer) ---------------------
KPIS: dict[str, tuple[tuple[T, T, str, float, float], ...]] = {
    PROCESS: (
        (
            T("Unplanned downtime", "Fermi non pianificati"),
            T("hours/month", "ore/mese"),
            "lower_is_better",
            40.0,
            20.0,
        ),
        (
            T("Energy per tonne", "Energia per tonnellata"),
            T("kWh/t", "kWh/t"),
            "lower_is_better",
            310.0,
            270.0,
        ),
    ),
    DISCRETE: (
        (T("First-pass yield", "Resa al primo passaggio"), T("%", "%"), "higher_is_better", 91.0, 96.0),
        (
            T("Spare-parts lead time", "Tempo di consegna dei ricambi"),
            T("days", "giorni"),
            "lower_is_better",
            12.0,
            4.0,
        ),
    ),
    MOBILITY: (
        (T("On-time deliveries", "Consegne puntuali"), T("%", "%"), "higher_is_better", 88.0, 95.0),
        (
            T("Workshop days per van", "Giorni in officina per furgone"),
            T("days/year", "giorni/anno"),
            "lower_is_better",
            9.0,
            5.0,
        ),
    ),
    UTILITIES: (
        (
            T("Outage minutes per connection", "Minuti di disservizio per utenza"),
            T("min/year", "min/anno"),
            "lower_is_better",
            60.0,
            45.0,
        ),
        (
            T("Planned share of maintenance", "Quota di manutenzione pianificata"),
            T("%", "%"),
            "higher_is_better",
            45.0,
            70.0,
        ),
    ),
    FACILITIES: (
        (
            T("Critical incidents", "Incidenti critici"),
            T("per quarter", "per trimestre"),
            "lower_is_better",
            9.0,
            4.0,
        ),
        (
            T("Energy per square metre", "Energia per metro quadro"),
            T("kWh/m²", "kWh/m²"),
            "lower_is_better",
            180.0,
            150.0,
        ),
    ),
}
OUR_KPI = (T("Revenue growth", "Crescita del fatturato"), T("%", "%"), "higher_is_better", 0.0, 20.0)

# --- the review: per health, (findings, adjustments, summary for the customer) -----------------------
REVIEWS: dict[str, tuple[T, T, T]] = {
    "on_track": (
        T(
            "Pilot delivered its target; {centre2} asked for the same service.",
            "Il pilota ha raggiunto l'obiettivo; l'area {centre2} ha chiesto lo stesso servizio.",
        ),
        T(
            "Bring the rollout at {centre2} forward by a quarter.",
            "Anticipare di un trimestre l'estensione all'area {centre2}.",
        ),
        T(
            "The pilot met its target and {centre2} will follow. We agreed to start there a quarter earlier.",
            "Il pilota ha raggiunto l'obiettivo e l'area {centre2} seguirà. Abbiamo concordato di partire lì un "
            "trimestre prima.",
        ),
    ),
    "at_risk": (
        T(
            "Pilot running; their approvals slower than expected; {competitor} is discounting.",
            "Pilota in corso; le loro approvazioni sono più lente del previsto; {competitor} sta facendo sconti.",
        ),
        T(
            "Add an approvals workshop; move the pilot review to next month.",
            "Aggiungere un workshop sulle approvazioni; spostare la revisione del pilota al mese prossimo.",
        ),
        T(
            "The pilot is running and the first results are good. Approvals took longer than planned, so we "
            "moved the pilot review one month later.",
            "Il pilota è in corso e i primi risultati sono buoni. Le approvazioni hanno richiesto più tempo del "
            "previsto, quindi abbiamo spostato la revisione del pilota di un mese.",
        ),
    ),
    "off_track": (
        T(
            "Sponsor changed; the new head of {centre} has not met us yet.",
            "Lo sponsor è cambiato; il nuovo responsabile dell'area {centre} non ci ha ancora incontrati.",
        ),
        T(
            "Meet the new head of {centre} within a month; pause the rollout until then.",
            "Incontrare il nuovo responsabile dell'area {centre} entro un mese; sospendere l'estensione fino ad "
            "allora.",
        ),
        T(
            "With the new leadership at {centre} we will agree the next steps before the rollout continues.",
            "Con la nuova direzione dell'area {centre} concorderemo i prossimi passi prima di proseguire "
            "l'estensione.",
        ),
    ),
}

# --- the joint plan, written to the customer ------------------------------------------------------
EXECUTIVE_SUMMARY: dict[str, T] = {
    PROCESS: T(
        "Your priorities, as you told us: {need_1}, and {need_2}.\n\n"
        "What we delivered: {offering} runs at {centre}, and the figures in this plan show the progress "
        "quarter by quarter.\n\n"
        "What we propose next: bring the same service to {centre2}, with one contract and one service desk.\n\n"
        "The decisions we ask for: approval of the rollout to {centre2}, and a named owner on your side for "
        "each site.",
        "Le vostre priorità, come ce le avete descritte: {need_1}, e {need_2}.\n\n"
        "Cosa abbiamo realizzato: {the_offering} è in funzione nell'area {centre}, e i dati di questo piano mostrano i "
        "progressi trimestre per trimestre.\n\n"
        "Cosa proponiamo: portare lo stesso servizio all'area {centre2}, con un unico contratto e un unico "
        "service desk.\n\n"
        "Le decisioni che vi chiediamo: l'approvazione dell'estensione all'area {centre2} e un responsabile "
        "da parte vostra per ogni sito.",
    ),
    DISCRETE: T(
        "Your priorities, as you told us: {need_1}, and {need_2}.\n\n"
        "What we delivered: {offering} is live at {centre}, and rework there has come down since the start.\n\n"
        "What we propose next: connect {centre2} to the same data, so that both sites are measured the same "
        "way.\n\n"
        "The decisions we ask for: a go-ahead for {centre2}, and access to the machine data of its lines.",
        "Le vostre priorità, come ce le avete descritte: {need_1}, e {need_2}.\n\n"
        "Cosa abbiamo realizzato: {the_offering} è in funzione nell'area {centre} e da allora le rilavorazioni sono "
        "diminuite.\n\n"
        "Cosa proponiamo: collegare l'area {centre2} agli stessi dati, così che entrambi i siti siano misurati "
        "allo stesso modo.\n\n"
        "Le decisioni che vi chiediamo: il via libera per l'area {centre2} e l'accesso ai dati macchina delle "
        "sue linee.",
    ),
    MOBILITY: T(
        "Your priorities, as you told us: {need_1}, and {need_2}.\n\n"
        "What we delivered: {offering} covers {centre}, and its vans spend fewer days in the workshop.\n\n"
        "What we propose next: extend the service to {centre2} before the peak season.\n\n"
        "The decisions we ask for: the depots to include in the next phase, and a contact at each of them.",
        "Le vostre priorità, come ce le avete descritte: {need_1}, e {need_2}.\n\n"
        "Cosa abbiamo realizzato: {the_offering} copre l'area {centre} e i suoi furgoni passano meno giorni in "
        "officina.\n\n"
        "Cosa proponiamo: estendere il servizio all'area {centre2} prima del periodo di picco.\n\n"
        "Le decisioni che vi chiediamo: i depositi da includere nella prossima fase e un referente per "
        "ciascuno.",
    ),
    UTILITIES: T(
        "Your priorities, as you told us: {need_1}, and {need_2}.\n\n"
        "What we delivered: {offering} covers the substations of {centre}, and repairs there are now "
        "mostly planned.\n\n"
        "What we propose next: add {centre2} and train your field crews on the new routines.\n\n"
        "The decisions we ask for: the list of substations for next year, and dates for the first training.",
        "Le vostre priorità, come ce le avete descritte: {need_1}, e {need_2}.\n\n"
        "Cosa abbiamo realizzato: {the_offering} copre le sottostazioni dell'area {centre} e ora gli interventi "
        "sono in gran parte pianificati.\n\n"
        "Cosa proponiamo: aggiungere l'area {centre2} e formare le vostre squadre sulle nuove procedure.\n\n"
        "Le decisioni che vi chiediamo: l'elenco delle sottostazioni per il prossimo anno e le date della "
        "prima formazione.",
    ),
    FACILITIES: T(
        "Your priorities, as you told us: {need_1}, and {need_2}.\n\n"
        "What we delivered: {offering} runs in the buildings of {centre}, with no critical outage since it "
        "started.\n\n"
        "What we propose next: one service desk for {centre2} as well, with the same response times.\n\n"
        "The decisions we ask for: the buildings to include, and a facility contact for each of them.",
        "Le vostre priorità, come ce le avete descritte: {need_1}, e {need_2}.\n\n"
        "Cosa abbiamo realizzato: {the_offering} è in funzione negli edifici dell'area {centre}, senza fermi critici "
        "dall'avvio.\n\n"
        "Cosa proponiamo: un unico service desk anche per l'area {centre2}, con gli stessi tempi di "
        "intervento.\n\n"
        "Le decisioni che vi chiediamo: gli edifici da includere e un referente tecnico per ciascuno.",
    ),
}
AMBITION: dict[str, T] = {
    PROCESS: T(
        "Together, make unplanned stops a rare event at every {account} plant.",
        "Insieme, rendere i fermi non pianificati un evento raro in ogni stabilimento di {account}.",
    ),
    DISCRETE: T(
        "Together, get every {account} line right first time.",
        "Insieme, fare in modo che ogni linea di {account} produca giusto al primo colpo.",
    ),
    MOBILITY: T(
        "Together, keep every {account} van on the road and every delivery on time.",
        "Insieme, tenere in strada ogni furgone di {account} e puntuale ogni consegna.",
    ),
    UTILITIES: T(
        "Together, give every {account} connection fewer and shorter outages.",
        "Insieme, dare a ogni utenza di {account} disservizi più rari e più brevi.",
    ),
    FACILITIES: T(
        "Together, keep every {account} building running, using less energy.",
        "Insieme, tenere in funzione ogni edificio di {account} consumando meno energia.",
    ),
}
NEXT_STEPS = T(
    "1. Agree the scope for {centre2} at the joint review on {review}.\n"
    "2. Name an owner on each side for every site in the plan.\n"
    "3. Share the quarterly results with both sponsors.",
    "1. Concordare il perimetro per l'area {centre2} alla revisione congiunta del {review}.\n"
    "2. Nominare un responsabile per parte per ogni sito del piano.\n"
    "3. Condividere i risultati trimestrali con entrambi gli sponsor.",
)
CADENCE: tuple[T, ...] = (
    T(
        "Monthly operations call; quarterly business review with both sponsors",
        "Telefonata operativa mensile; revisione trimestrale di business con entrambi gli sponsor",
    ),
    T(
        "Fortnightly site call during the rollout; business review every quarter",
        "Telefonata di sito ogni due settimane durante l'estensione; revisione di business ogni trimestre",
    ),
)
ESCALATION = T(
    "Site leads first; if not settled within two working days, the two sponsors decide together.",
    "Prima i responsabili di sito; se la questione non si risolve in due giorni lavorativi, decidono insieme "
    "i due sponsor.",
)
# (description, mitigation, owner side, shared)
RISKS: dict[str, tuple[tuple[T, T, str, bool], ...]] = {
    PROCESS: (
        (
            T("Approval lead times for the rollout", "Tempi di approvazione dell'estensione"),
            T(
                "Start the approval in parallel with the pilot review; both sponsors follow it monthly.",
                "Avviare l'approvazione in parallelo alla revisione del pilota; entrambi gli sponsor la seguono ogni mese.",
            ),
            "yours",
            True,
        ),
        (
            T(
                "Planned shutdowns leave little time to install sensors",
                "Le fermate programmate lasciano poco tempo per installare i sensori",
            ),
            T(
                "Install during the summer shutdown; a named engineer for each line.",
                "Installare durante la fermata estiva; un tecnico designato per ogni linea.",
            ),
            "joint",
            True,
        ),
        (
            T(
                "Availability of our field engineers during the peak",
                "Disponibilità dei nostri tecnici nel periodo di picco",
            ),
            T("A backup engineer named for each site.", "Un tecnico di riserva designato per ogni sito."),
            "ours",
            True,
        ),
    ),
    DISCRETE: (
        (
            T(
                "Machine data not accessible on the older lines",
                "Dati macchina non accessibili sulle linee più vecchie",
            ),
            T(
                "Agree a data checklist per line before the rollout.",
                "Concordare una lista di controllo dei dati per linea prima dell'estensione.",
            ),
            "joint",
            True,
        ),
        (
            T(
                "New product launches compete for the same engineers",
                "I lanci di nuovi prodotti si contendono gli stessi ingegneri",
            ),
            T(
                "Fix the rollout dates in the launch calendar.",
                "Fissare le date dell'estensione nel calendario dei lanci.",
            ),
            "yours",
            True,
        ),
        (
            T("Parts stock not agreed in time", "Scorta ricambi non concordata in tempo"),
            T(
                "Agree the stock list at the next review.",
                "Concordare l'elenco della scorta alla prossima revisione.",
            ),
            "ours",
            True,
        ),
    ),
    MOBILITY: (
        (
            T(
                "Peak season leaves no vans free for installation",
                "Il periodo di picco non lascia furgoni liberi per l'installazione",
            ),
            T(
                "Install outside the peak, depot by depot.",
                "Installare fuori dal picco, deposito per deposito.",
            ),
            "joint",
            True,
        ),
        (
            T("Drivers wary of telematics", "Autisti diffidenti verso la telematica"),
            T(
                "Explain the coaching approach together with the works council.",
                "Spiegare l'affiancamento insieme alla rappresentanza dei lavoratori.",
            ),
            "yours",
            True,
        ),
        (
            T("Workshop capacity in the north", "Capacità delle officine al nord"),
            T(
                "A partner workshop contracted before the rollout.",
                "Un'officina partner sotto contratto prima dell'estensione.",
            ),
            "ours",
            True,
        ),
    ),
    UTILITIES: (
        (
            T("Access permits for the substations", "Permessi di accesso alle sottostazioni"),
            T(
                "Request the permits together, one quarter ahead.",
                "Richiedere insieme i permessi, con un trimestre di anticipo.",
            ),
            "joint",
            True,
        ),
        (
            T(
                "Field crews busy with storm repairs in winter",
                "Squadre impegnate nelle riparazioni per maltempo in inverno",
            ),
            T(
                "Schedule the training in spring and autumn.",
                "Programmare la formazione in primavera e in autunno.",
            ),
            "yours",
            True,
        ),
        (
            T("Parts for assets no longer made", "Ricambi per apparati fuori produzione"),
            T(
                "We keep a reserve stock for the critical assets.",
                "Teniamo una scorta di riserva per gli apparati critici.",
            ),
            "ours",
            True,
        ),
    ),
    FACILITIES: (
        (
            T(
                "Access to the critical rooms during office hours",
                "Accesso ai locali critici in orario d'ufficio",
            ),
            T("Agree maintenance windows per building.", "Concordare finestre di manutenzione per edificio."),
            "joint",
            True,
        ),
        (
            T("Building data held by several landlords", "Dati degli edifici in mano a più proprietari"),
            T("Ask the landlords for the data together.", "Chiedere insieme i dati ai proprietari."),
            "yours",
            True,
        ),
        (
            T(
                "Our night shift coverage in the smaller cities",
                "La nostra copertura notturna nelle città minori",
            ),
            T(
                "A partner on call in each city before the rollout.",
                "Un partner reperibile in ogni città prima dell'estensione.",
            ),
            "ours",
            True,
        ),
    ),
}
INTERNAL_RISK = (
    T("{competitor} is discounting to keep its contract", "{competitor} fa sconti per tenersi il contratto"),
    T("", ""),
    "ours",
    False,
)
