<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>Actions</name>
    <message>
        <source>Find out: %1</source>
        <translation>Scoprire: %1</translation>
    </message>
    <message>
        <source>Work towards: %1</source>
        <translation>Lavorare per: %1</translation>
    </message>
</context>
<context>
    <name>Enums</name>
    <message>
        <source>Current revenue</source>
        <translation>Fatturato attuale</translation>
    </message>
    <message>
        <source>Growth potential</source>
        <translation>Potenziale di crescita</translation>
    </message>
    <message>
        <source>Likelihood of renewals</source>
        <translation>Probabilità di rinnovo</translation>
    </message>
    <message>
        <source>Likelihood to win now and grow later</source>
        <translation>Probabilità di vincere ora e crescere in seguito</translation>
    </message>
    <message>
        <source>Relative effort needed (more effort = less attractive)</source>
        <translation>Impegno relativo richiesto (più impegno = meno attraente)</translation>
    </message>
    <message>
        <source>Relationship strength</source>
        <translation>Solidità della relazione</translation>
    </message>
    <message>
        <source>Fit (offerings, culture, industry focus)</source>
        <translation>Affinità (offerte, cultura, settore)</translation>
    </message>
    <message>
        <source>Logo attractiveness</source>
        <translation>Attrattiva del marchio</translation>
    </message>
    <message>
        <source>Opens doors and deepens trust with the customer&apos;s people at every level.</source>
        <translation>Apre porte e rafforza la fiducia con le persone del cliente a ogni livello.</translation>
    </message>
    <message>
        <source>Knows our offerings in depth and how they solve this customer&apos;s problems.</source>
        <translation>Conosce a fondo le nostre offerte e come risolvono i problemi di questo cliente.</translation>
    </message>
    <message>
        <source>Pulls our team and the customer&apos;s together to turn ideas into results.</source>
        <translation>Unisce il nostro team e quello del cliente per trasformare le idee in risultati.</translation>
    </message>
    <message>
        <source>Organises the work, owns the plan&apos;s dates and gets things finished on time.</source>
        <translation>Organizza il lavoro, è responsabile delle date del piano e porta a termine le cose in tempo.</translation>
    </message>
    <message>
        <source>Looks for new ways to create value the customer has not asked for yet.</source>
        <translation>Cerca nuovi modi di creare valore che il cliente non ha ancora chiesto.</translation>
    </message>
    <message>
        <source>Keeps everyone focused on outcomes, growth targets and the numbers.</source>
        <translation>Tiene tutti concentrati sui risultati, sugli obiettivi di crescita e sui numeri.</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidato</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Chiave</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Disqualified</source>
        <translation>Escluso</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviato</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Strategia</translation>
    </message>
    <message>
        <source>Research</source>
        <translation>Ricerca</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Piano d&apos;azione</translation>
    </message>
    <message>
        <source>Execution</source>
        <translation>Esecuzione</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisione</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Non iniziata</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In corso</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Completata</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Leggero</translation>
    </message>
    <message>
        <source>Deep</source>
        <translation>Approfondito</translation>
    </message>
    <message>
        <source>Penetration</source>
        <translation>Penetrazione</translation>
    </message>
    <message>
        <source>Expansion</source>
        <translation>Espansione</translation>
    </message>
    <message>
        <source>Protection</source>
        <translation>Protezione</translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation>Da decidere</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Priorità</translation>
    </message>
    <message>
        <source>Not this period</source>
        <translation>Non in questo periodo</translation>
    </message>
    <message>
        <source>Economic buyer</source>
        <translation>Acquirente economico</translation>
    </message>
    <message>
        <source>Decision maker</source>
        <translation>Decisore</translation>
    </message>
    <message>
        <source>Influencer</source>
        <translation>Influenzatore</translation>
    </message>
    <message>
        <source>Technical evaluator</source>
        <translation>Valutatore tecnico</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilizzatore</translation>
    </message>
    <message>
        <source>Gatekeeper</source>
        <translation>Filtro</translation>
    </message>
    <message>
        <source>Champion</source>
        <translation>Sostenitore interno</translation>
    </message>
    <message>
        <source>Blocker</source>
        <translation>Ostacolo</translation>
    </message>
    <message>
        <source>Strong supporter</source>
        <translation>Forte sostenitore</translation>
    </message>
    <message>
        <source>Supporter</source>
        <translation>Sostenitore</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutrale</translation>
    </message>
    <message>
        <source>Opponent</source>
        <translation>Oppositore</translation>
    </message>
    <message>
        <source>Strong opponent</source>
        <translation>Forte oppositore</translation>
    </message>
    <message>
        <source>Relationship Lead</source>
        <translation>Responsabile della relazione</translation>
    </message>
    <message>
        <source>Technical Expert</source>
        <translation>Esperto tecnico</translation>
    </message>
    <message>
        <source>Collaborator</source>
        <translation>Collaboratore</translation>
    </message>
    <message>
        <source>Project Manager</source>
        <translation>Project manager</translation>
    </message>
    <message>
        <source>Innovator</source>
        <translation>Innovatore</translation>
    </message>
    <message>
        <source>Results Driver</source>
        <translation>Orientato ai risultati</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Riserva</translation>
    </message>
    <message>
        <source>Range of customer needs we solve</source>
        <translation>Gamma di esigenze dei clienti che risolviamo</translation>
    </message>
    <message>
        <source>Our products, services and capabilities</source>
        <translation>I nostri prodotti, servizi e competenze</translation>
    </message>
    <message>
        <source>The market</source>
        <translation>Il mercato</translation>
    </message>
    <message>
        <source>Our company and its value proposition</source>
        <translation>La nostra azienda e la sua proposta di valore</translation>
    </message>
    <message>
        <source>The competition, and why we are better value</source>
        <translation>La concorrenza, e perché offriamo più valore</translation>
    </message>
    <message>
        <source>Unanswered</source>
        <translation>Senza risposta</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Con risposta</translation>
    </message>
    <message>
        <source>Needs research</source>
        <translation>Da approfondire</translation>
    </message>
    <message>
        <source>Not relevant</source>
        <translation>Non pertinente</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Bassa</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Neutralised</source>
        <translation>Neutralizzato</translation>
    </message>
    <message>
        <source>Losing ground</source>
        <translation>Perdiamo terreno</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Pianificata</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloccata</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annullata</translation>
    </message>
    <message>
        <source>Identified</source>
        <translation>Individuata</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Qualificata</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposta</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Vinta</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Persa</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Riunione</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Telefonata</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>Business review</source>
        <translation>Revisione di business</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Più alto è meglio</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>Più basso è meglio</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>In linea</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>A rischio</translation>
    </message>
    <message>
        <source>Off track</source>
        <translation>Fuori strada</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Sconosciuto</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Venduto</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Opportunità</translation>
    </message>
    <message>
        <source>Competitor holds it</source>
        <translation>Lo detiene un concorrente</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>Coperto</translation>
    </message>
    <message>
        <source>Thin</source>
        <translation>Debole</translation>
    </message>
    <message>
        <source>Uncovered</source>
        <translation>Scoperto</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Reading the plan</source>
        <translation>Lettura del piano</translation>
    </message>
    <message>
        <source>Preparing the pages</source>
        <translation>Preparazione delle pagine</translation>
    </message>
    <message>
        <source>Reading the brief</source>
        <translation>Lettura della scheda</translation>
    </message>
    <message>
        <source>Laying out the page</source>
        <translation>Impaginazione</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fatto</translation>
    </message>
</context>
<context>
    <name>Kpi</name>
    <message>
        <source>No target</source>
        <translation>Nessun obiettivo</translation>
    </message>
    <message>
        <source>No measurement</source>
        <translation>Nessuna misurazione</translation>
    </message>
    <message>
        <source>Target reached</source>
        <translation>Obiettivo raggiunto</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>In linea</translation>
    </message>
    <message>
        <source>Behind</source>
        <translation>In ritardo</translation>
    </message>
    <message>
        <source>Off target</source>
        <translation>Fuori obiettivo</translation>
    </message>
    <message>
        <source>Revenue growth</source>
        <translation>Crescita del fatturato</translation>
    </message>
    <message>
        <source>Top account teams are 3.1x more likely to grow key-account revenue by 20 % or more.</source>
        <translation>I migliori team di account hanno 3,1 volte più probabilità di far crescere del 20 % o più il fatturato degli account chiave.</translation>
    </message>
    <message>
        <source>Profit growth</source>
        <translation>Crescita del profitto</translation>
    </message>
    <message>
        <source>Top account teams are 3.4x more likely to grow profit by 20 % or more.</source>
        <translation>I migliori team di account hanno 3,4 volte più probabilità di far crescere il profitto del 20 % o più.</translation>
    </message>
    <message>
        <source>Customer satisfaction</source>
        <translation>Soddisfazione del cliente</translation>
    </message>
    <message>
        <source>score</source>
        <translation>punteggio</translation>
    </message>
    <message>
        <source>Top account teams are 4.5x more likely to see satisfaction improve year over year.</source>
        <translation>I migliori team di account hanno 4,5 volte più probabilità di vedere migliorare la soddisfazione di anno in anno.</translation>
    </message>
</context>
<context>
    <name>PhaseRules</name>
    <message>
        <source>Strategy is complete when the statement says what you intend to do and why (and, beyond light rigour, with whom and the revenue target), each of penetration, expansion and protection is either a focus or explicitly &apos;not this period&apos;, and every focus topic has at least one objective.</source>
        <translation>La strategia è completa quando la dichiarazione dice cosa intendete fare e perché (e, oltre il rigore leggero, con chi e con quale obiettivo di fatturato), penetrazione, espansione e protezione sono ciascuna una priorità o esplicitamente &apos;non in questo periodo&apos;, e ogni tema prioritario ha almeno un obiettivo.</translation>
    </message>
    <message>
        <source>Research is complete when the core account team is picked, at least half of the questions for this rigour are addressed (answered, not relevant, or research assigned with an owner and a due date) with every category touched, every &apos;needs research&apos; item has an owner and a due date, the key stakeholders are known (a decision maker or economic buyer among them, beyond light rigour), and you have decided whether the account still deserves key status.</source>
        <translation>La ricerca è completa quando il team dell&apos;account è scelto, almeno metà delle domande per questo rigore è affrontata (con risposta, non pertinente, o ricerca assegnata con responsabile e scadenza) toccando ogni categoria, ogni voce &apos;da approfondire&apos; ha un responsabile e una scadenza, gli interlocutori chiave sono noti (tra loro, oltre il rigore leggero, un decisore o l&apos;acquirente economico), e avete deciso se l&apos;account merita ancora lo stato di account chiave.</translation>
    </message>
    <message>
        <source>The action plan is complete when there is a compelling case (a value proposition), every objective has at least one action, and every open action has an owner and a due date.</source>
        <translation>Il piano d&apos;azione è completo quando c&apos;è una proposta convincente (una proposta di valore), ogni obiettivo ha almeno un&apos;azione e ogni azione aperta ha un responsabile e una scadenza.</translation>
    </message>
    <message>
        <source>Execution is under way when opportunities are tracked, interactions are logged in the plan period, and every live opportunity has an expected close date.</source>
        <translation>L&apos;esecuzione è avviata quando le opportunità sono seguite, le interazioni del periodo del piano sono registrate e ogni opportunità aperta ha una data di chiusura prevista.</translation>
    </message>
    <message>
        <source>A review is complete when KPIs have a target and measurements, and at least one review (health, findings, adjustments) has been recorded.</source>
        <translation>Una revisione è completa quando i KPI hanno un obiettivo e delle misurazioni, ed è stata registrata almeno una revisione (stato, risultati, correzioni).</translation>
    </message>
    <message>
        <source>Say what you intend to do with this account.</source>
        <translation>Dite cosa intendete fare con questo account.</translation>
    </message>
    <message>
        <source>Say why this strategy.</source>
        <translation>Dite perché questa strategia.</translation>
    </message>
    <message>
        <source>Say with whom (buying centres, stakeholders).</source>
        <translation>Dite con chi (centri d&apos;acquisto, interlocutori).</translation>
    </message>
    <message>
        <source>Set the revenue target for the period.</source>
        <translation>Fissate l&apos;obiettivo di fatturato per il periodo.</translation>
    </message>
    <message>
        <source>Decide on %1: a focus, or not this period.</source>
        <translation>Decidete sulla %1: una priorità, o non in questo periodo.</translation>
    </message>
    <message>
        <source>Add an objective for %1.</source>
        <translation>Aggiungete un obiettivo per la %1.</translation>
    </message>
    <message>
        <source>Add at least one objective.</source>
        <translation>Aggiungete almeno un obiettivo.</translation>
    </message>
    <message>
        <source>Pick the core account team.</source>
        <translation>Scegliete il team dell&apos;account.</translation>
    </message>
    <message>
        <source>Address at least half of the research questions (%1 of %2 so far).</source>
        <translation>Affrontate almeno metà delle domande di ricerca (%1 su %2 finora).</translation>
    </message>
    <message>
        <source>Touch every question category (%1 of %2).</source>
        <translation>Toccate ogni categoria di domande (%1 su %2).</translation>
    </message>
    <message>
        <source>Give %n &apos;needs research&apos; item(s) an owner and a due date.</source>
        <translation>Date un responsabile e una scadenza alle voci &apos;da approfondire&apos; che ne sono prive (%n).</translation>
    </message>
    <message>
        <source>Add the stakeholders you know.</source>
        <translation>Aggiungete gli interlocutori che conoscete.</translation>
    </message>
    <message>
        <source>Identify the decision maker or economic buyer.</source>
        <translation>Individuate il decisore o l&apos;acquirente economico.</translation>
    </message>
    <message>
        <source>Decide whether the account still deserves key status.</source>
        <translation>Decidete se l&apos;account merita ancora lo stato di account chiave.</translation>
    </message>
    <message>
        <source>Write the compelling case (a value proposition).</source>
        <translation>Scrivete la proposta convincente (una proposta di valore).</translation>
    </message>
    <message>
        <source>The plan has no objectives yet (Strategy phase).</source>
        <translation>Il piano non ha ancora obiettivi (fase Strategia).</translation>
    </message>
    <message>
        <source>Give %n objective(s) at least one action.</source>
        <translation>Date almeno un&apos;azione agli obiettivi che ne sono privi (%n).</translation>
    </message>
    <message>
        <source>Give %n open action(s) an owner and a due date.</source>
        <translation>Date un responsabile e una scadenza alle azioni aperte che ne sono prive (%n).</translation>
    </message>
    <message>
        <source>Track at least one opportunity.</source>
        <translation>Seguite almeno un&apos;opportunità.</translation>
    </message>
    <message>
        <source>Log at least one interaction in the plan period.</source>
        <translation>Registrate almeno un&apos;interazione nel periodo del piano.</translation>
    </message>
    <message>
        <source>Give %n live opportunity(ies) an expected close date.</source>
        <translation>Date una data di chiusura prevista alle opportunità aperte che ne sono prive (%n).</translation>
    </message>
    <message>
        <source>Define at least one KPI with a target.</source>
        <translation>Definite almeno un KPI con un obiettivo.</translation>
    </message>
    <message>
        <source>Record at least one KPI measurement.</source>
        <translation>Registrate almeno una misurazione di un KPI.</translation>
    </message>
    <message>
        <source>Record a review (health, findings, adjustments).</source>
        <translation>Registrate una revisione (stato, risultati, correzioni).</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 di %2</translation>
    </message>
    <message>
        <source>No plan period set</source>
        <translation>Periodo del piano non definito</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non definito</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>[continued in long text %1 at the end of this section]</source>
        <translation>[continua nel testo lungo %1 alla fine di questa sezione]</translation>
    </message>
</context>
<context>
    <name>TalkingPoints</name>
    <message>
        <source>Make the case “%1”%2</source>
        <translation>Presentare la proposta “%1”%2</translation>
    </message>
    <message>
        <source>Explore %1 for %2 (whitespace)</source>
        <translation>Esplorare %1 per %2 (spazio bianco)</translation>
    </message>
    <message>
        <source>Ask how the incumbent&apos;s %1 is working for %2</source>
        <translation>Chiedere come funziona per %2 il servizio %1 del fornitore attuale</translation>
    </message>
    <message>
        <source>Open doors: %1</source>
        <translation>Aprire porte: %1</translation>
    </message>
    <message>
        <source>Widen the offer: %1</source>
        <translation>Ampliare l&apos;offerta: %1</translation>
    </message>
    <message>
        <source>Protect the base: %1</source>
        <translation>Proteggere la base: %1</translation>
    </message>
    <message>
        <source>Counter %1: %2</source>
        <translation>Contrastare %1: %2</translation>
    </message>
    <message>
        <source>Hear out %1&apos;s reservations before proposing anything</source>
        <translation>Ascoltare le riserve di %1 prima di proporre qualcosa</translation>
    </message>
</context>
</TS>
