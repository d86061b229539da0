"""The demo's research answers: one answer template per question of the bank, in English and Italian.

Templates take the fields ``demo.py`` fills per account ({account}, {centre}, {centre2}, {offering},
{offering2}, {competitor}, {person}, {person_title}, {sponsor}, {kam}, {year}, {pct}, {n}, {sites},
{trend}, {need}, {need_2}), so two accounts rarely read the same. Working text: internal by nature,
never printed in the customer edition.
"""

from __future__ import annotations

from kam_desktop.services.demo_content import T

ANSWERS: dict[str, T] = {
    "Q01": T(
        "First order in {year} for {centre}; the big win was the service contract two years later. One "
        "escalation over a late repair, closed by {kam}.",
        "Primo ordine nel {year} per l'area {centre}; il grande successo è stato il contratto di servizio due "
        "anni dopo. Una escalation per una riparazione in ritardo, chiusa da {kam}.",
    ),
    "Q02": T(
        "{offering_cap} at {centre} and spare parts for {centre2}; margin in line with the segment.",
        "{offering_cap} nell'area {centre} e ricambi per l'area {centre2}; margine in linea con il segmento.",
    ),
    "Q03": T(
        "Roughly {pct}% of their spend in our categories; {competitor} has most of the rest.",
        "Circa il {pct}% della loro spesa nelle nostre categorie; {competitor} ha quasi tutto il resto.",
    ),
    "Q04": T(
        "Service contract for {centre} runs until the end of next year; the price list is renegotiated every "
        "January.",
        "Il contratto di servizio per l'area {centre} scade alla fine del prossimo anno; il listino si rinegozia "
        "ogni gennaio.",
    ),
    "Q05": T(
        "{n} engineers part-time and a named service manager; enough today, not for a second site.",
        "{n} tecnici a tempo parziale e un responsabile del servizio dedicato; bastano oggi, non per un secondo "
        "sito.",
    ),
    "Q06": T(
        "Service levels met in {pct} of the last 12 months; one complaint about invoicing, since fixed.",
        "Livelli di servizio rispettati in {pct} degli ultimi 12 mesi; un reclamo sulla fatturazione, risolto.",
    ),
    "Q07": T(
        "Our energy division sells them metering at two sites; we met once and agreed to share the plan.",
        "La nostra divisione energia vende loro contatori in due siti; ci siamo visti una volta e abbiamo "
        "deciso di condividere il piano.",
    ),
    "Q08": T(
        "{kam} leads the relationship; technical expert and collaborator are covered; nobody drives results "
        "yet.",
        "{kam} guida la relazione; esperto tecnico e collaboratore sono coperti; manca ancora chi spinge sui "
        "risultati.",
    ),
    "Q09": T(
        "{sponsor} signs above the threshold; {person} ({person_title}) shapes the specification.",
        "{sponsor} firma sopra la soglia; {person} ({person_title}) definisce le specifiche.",
    ),
    "Q10": T(
        "Divisions {centre}, {centre2} and a central procurement team; we are not present in {centre2}.",
        "Aree {centre}, {centre2} e un ufficio acquisti centrale; non siamo presenti nell'area {centre2}.",
    ),
    "Q11": T(
        "Strong with {person}; neutral with procurement; {sponsor} is still unknown to us.",
        "Forte con {person}; neutra con gli acquisti; {sponsor} non ci conosce ancora.",
    ),
    "Q12": T(
        "{person} is our champion: the pilot made their department look good. Their position is secure.",
        "{person} è il nostro sostenitore: il pilota ha dato visibilità al suo reparto. La sua posizione è "
        "solida.",
    ),
    "Q13": T(
        "Our sales director met {sponsor} once in {year}; an executive relationship is still to build.",
        "Il nostro direttore vendite ha incontrato {sponsor} una volta nel {year}; una relazione di vertice è "
        "ancora da costruire.",
    ),
    "Q14": T(
        "{centre} gets a new head in the spring; {person} may move to group operations.",
        "L'area {centre} avrà un nuovo responsabile in primavera; {person} potrebbe passare alle operations di "
        "gruppo.",
    ),
    "Q15": T(
        "{trend}; for them this is the first topic at every board meeting.",
        "{trend}; per loro è il primo tema di ogni consiglio.",
    ),
    "Q16": T(
        "New reporting duties from next year; they will need data for each of their {sites} sites, which they do not have.",
        "Nuovi obblighi di rendicontazione dal prossimo anno; serviranno dati per ciascuno dei loro {sites} siti, che oggi non hanno.",
    ),
    "Q17": T(
        "Their own customers order smaller quantities more often; planning is harder and stock is up {pct}%.",
        "I loro clienti ordinano quantità più piccole più spesso; pianificare è più difficile e le scorte sono "
        "salite del {pct}%.",
    ),
    "Q18": T(
        "Sensors and remote monitoring are approved for {centre}; AI is discussed but has no budget yet.",
        "Sensori e monitoraggio remoto sono approvati per l'area {centre}; dell'intelligenza artificiale si parla "
        "ma non c'è ancora budget.",
    ),
    "Q19": T(
        "Energy and labour costs cut their margin by {n} points; investment is frozen, services are not.",
        "Costi di energia e personale hanno ridotto il margine di {n} punti; gli investimenti sono congelati, i "
        "servizi no.",
    ),
    "Q20": T(
        "A 30% CO₂ target by 2030; {person} says suppliers must report their own footprint from next year.",
        "Obiettivo di riduzione della CO₂ del 30% entro il 2030; secondo {person} dal prossimo anno i fornitori "
        "dovranno rendicontare la propria impronta.",
    ),
    "Q21": T(
        "Opportunity: {need} fits {offering}. Threat: {competitor} bundles services at a discount.",
        "Opportunità: {need} si sposa con {the_offering}. Minaccia: {competitor} offre servizi in pacchetto a "
        "prezzo scontato.",
    ),
    "Q22": T("{need}; {need_2}; and a leaner supplier base.", "{need}; {need_2}; e meno fornitori."),
    "Q23": T(
        "{need} costs them most: {person} estimates {n} lost shifts a quarter.",
        "Il problema più costoso è questo: {need}. {person} stima {n} turni persi a trimestre.",
    ),
    "Q24": T(
        "{sponsor} on cost per unit; {person} on availability and safety.",
        "{sponsor} sul costo per unità; {person} su disponibilità e sicurezza.",
    ),
    "Q25": T(
        "{offering_cap} for {centre2}: they handle it in-house today, badly by their own account.",
        "{offering_cap} per l'area {centre2}: oggi lo gestiscono internamente, male a detta loro.",
    ),
    "Q26": T(
        "Response times at night and reporting; we were late {n} times this year as well.",
        "Tempi di intervento notturni e reportistica; anche noi siamo stati in ritardo {n} volte quest'anno.",
    ),
    "Q27": T(
        "They do not measure the cost of small stops; our data suggests {pct}% of lost output.",
        "Non misurano il costo delle microfermate; i nostri dati indicano il {pct}% di produzione persa.",
    ),
    "Q28": T(
        "A new line at {centre2} is funded for next year; the tender for the equipment closes in {months} "
        "months.",
        "Una nuova linea nell'area {centre2} è finanziata per il prossimo anno; la gara per gli impianti si "
        "chiude tra {months} mesi.",
    ),
    "Q29": T(
        "{centre} wants uptime; {centre2} wants lower cost; head office wants one standard.",
        "L'area {centre} vuole disponibilità; l'area {centre2} vuole costi più bassi; la sede vuole un unico "
        "standard.",
    ),
    "Q30": T(
        "Sales up {pct}% last year, margin under pressure, rating stable; they pay us in 60 days on average.",
        "Vendite in crescita del {pct}% l'anno scorso, margine sotto pressione, rating stabile; ci pagano in "
        "media a 60 giorni.",
    ),
    "Q31": T(
        "The annual report puts operational excellence and sustainability first; growth through {n} "
        "acquisitions.",
        "Il bilancio mette al primo posto l'eccellenza operativa e la sostenibilità; crescita tramite {n} "
        "acquisizioni.",
    ),
    "Q32": T(
        "Central procurement above {money}; sites buy freely below it; budgets are set in October.",
        "Acquisti centrali sopra {money}; sotto quella soglia i siti comprano liberamente; i budget si "
        "fissano in ottobre.",
    ),
    "Q33": T(
        "Price, response time and safety record; {person} scores us well on the last two.",
        "Prezzo, tempi di intervento e sicurezza; {person} ci dà buoni punteggi sugli ultimi due.",
    ),
    "Q34": T(
        "They bought a smaller competitor last year; its {n} sites are being integrated now.",
        "L'anno scorso hanno acquisito un concorrente più piccolo; i suoi {n} siti sono in fase di integrazione.",
    ),
    "Q35": T(
        "Engineering-led and cautious; {centre} decides slowly but stays loyal once convinced.",
        "Guidati dall'ingegneria e prudenti; l'area {centre} decide lentamente ma resta fedele una volta convinta.",
    ),
    "Q36": T(
        "A strong name in {industry}; {person} agreed to host a reference visit after the pilot.",
        "Un nome forte nel settore {industry}; {person} ha accettato di ospitare una visita di referenza dopo il "
        "pilota.",
    ),
    "Q37": T(
        "{competitor} with about {pct}% of the spend, {competitor2} with a small share at {centre2}.",
        "{competitor} con circa il {pct}% della spesa, {competitor2} con una piccola quota nell'area {centre2}.",
    ),
    "Q38": T(
        "{competitor} is strongest with the plant managers and in {offering2}.",
        "{competitor} è più forte con i direttori di stabilimento e {on_offering2}.",
    ),
    "Q39": T(
        "They see {competitor} as cheap but slow; us as reliable but expensive.",
        "Vedono {competitor} come economico ma lento; noi come affidabili ma cari.",
    ),
    "Q40": T(
        "{competitor} offered a two-year discount on {offering2} to {centre}.",
        "{competitor} ha offerto all'area {centre} uno sconto di due anni {on_offering2}.",
    ),
    "Q41": T(
        "An in-house team for {offering2} is discussed every budget round; they lack the people, so it is unlikely.",
        "Di una squadra interna per {the_offering2} si parla a ogni giro di budget; mancano le persone, quindi è "
        "improbabile.",
    ),
    "Q42": T(
        "Engineers on site within a day and the data to prove it; {competitor} cannot show either.",
        "Tecnici in sede entro un giorno e i dati per dimostrarlo; {competitor} non può mostrare né l'uno né "
        "l'altro.",
    ),
    "Q43": T(
        "Lost {offering2} in {year} to {competitor}: the price gap was {pct}% and we bid late.",
        "Perso il contratto {of_offering2} nel {year} contro {competitor}: la differenza di prezzo era del {pct}% e abbiamo "
        "presentato l'offerta tardi.",
    ),
    "Q44": T(
        "{need}: about {money} a year, from their own downtime figures.",
        "{need}: circa {money} l'anno, secondo i loro dati sui fermi.",
    ),
    "Q45": T(
        "{offering_cap} for {centre}; {offering2} later, once the data is connected.",
        "{offering_cap} per l'area {centre}; {the_offering2} più avanti, quando i dati saranno collegati.",
    ),
    "Q46": T(
        "{centre2}, with the service we run at {centre}; worth about as much again.",
        "L'area {centre2}, con il servizio che gestiamo nell'area {centre}; vale circa altrettanto.",
    ),
    "Q47": T(
        "Pilot results at {centre} and two references in {industry}.",
        "I risultati del pilota nell'area {centre} e due referenze nel settore {industry}.",
    ),
    "Q48": T(
        "A shared maintenance standard for all their sites, written with {person}'s engineers.",
        "Uno standard di manutenzione comune a tutti i loro siti, scritto con gli ingegneri di {person}.",
    ),
    "Q49": T(
        "About three times today's business in three years; it takes {n} engineers and a pilot budget.",
        "Circa tre volte il giro d'affari di oggi in tre anni; servono {n} tecnici e un budget per il pilota.",
    ),
    "Q50": T(
        "Our night service saved them {n} stops last year, and nobody there knows it.",
        "Il nostro servizio notturno ha evitato loro {n} fermi l'anno scorso, e da loro nessuno lo sa.",
    ),
    "Q51": T(
        "Budget owner at {centre2} and the renewal date; {kam} finds out before the next review.",
        "Il titolare del budget nell'area {centre2} e la data di rinnovo; {kam} lo scopre prima della prossima "
        "revisione.",
    ),
    "Q52": T(
        "Whether the group moves procurement for {centre} abroad; that would change everything.",
        "Se il gruppo sposta all'estero gli acquisti dell'area {centre}; cambierebbe tutto.",
    ),
    "Q53": T(
        "The new head of {centre} and the finance lead; {kam} asks {person} for both introductions.",
        "Il nuovo responsabile dell'area {centre} e il responsabile finanziario; {kam} chiede a {person} "
        "entrambe le presentazioni.",
    ),
    "Q54": T(
        "A project manager for the rollout at {centre2} and a decision on pilot pricing from our finance team.",
        "Un project manager per l'estensione all'area {centre2} e una decisione della nostra finanza sul prezzo "
        "del pilota.",
    ),
    "Q55": T(
        "That {centre2} has budget next year; one call with {person} tests it.",
        "Che l'area {centre2} abbia budget il prossimo anno; basta una telefonata con {person} per verificarlo.",
    ),
    "Q56": T(
        "Yes, {person} at the last review: they buy for response times; they would buy more with one contract.",
        "Sì, {person} all'ultima revisione: comprano per i tempi di intervento; comprerebbero di più con un "
        "unico contratto.",
    ),
    "Q57": T(
        "Fewer service calls, {person} skipping the monthly call, tenders without us; checked every month.",
        "Meno chiamate di assistenza, {person} che salta la telefonata mensile, gare senza di noi; verificati "
        "ogni mese.",
    ),
}
SOURCES: tuple[T, ...] = (
    T("Business review", "Revisione di business"),
    T("Site visit", "Visita in sede"),
    T("Call with {person}", "Telefonata con {person}"),
    T("Their annual report", "Il loro bilancio annuale"),
    T("Our service data", "I nostri dati di servizio"),
)
