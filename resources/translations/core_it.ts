<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>ActionOrigin</name>
    <message>
        <source>Review</source>
        <translation>Revisione</translation>
    </message>
    <message>
        <source>Meeting next step</source>
        <translation>Passo successivo di un incontro</translation>
    </message>
    <message>
        <source>Research</source>
        <translation>Ricerca</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Obiettivo</translation>
    </message>
</context>
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
    <name>Backups</name>
    <message>
        <source>Automatic</source>
        <translation>Automatico</translation>
    </message>
    <message>
        <source>Made by you</source>
        <translation>Creato da te</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Prima di un aggiornamento</translation>
    </message>
    <message>
        <source>Replaced by a restore</source>
        <translation>Sostituito da un ripristino</translation>
    </message>
    <message>
        <source>Damaged file, moved aside</source>
        <translation>File danneggiato, messo da parte</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>“%1” is not a time zone (use a name like Europe/Rome).</source>
        <translation>“%1” non è un fuso orario (usa un nome come Europe/Rome).</translation>
    </message>
    <message>
        <source>KAM Desktop</source>
        <translation>KAM Desktop</translation>
    </message>
    <message>
        <source>No account named “%1”.</source>
        <translation>Nessun account di nome “%1”.</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>Account: %1</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>Tipo: %1</translation>
    </message>
    <message>
        <source>Attendees: %1</source>
        <translation>Partecipanti: %1</translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>Sintesi:</translation>
    </message>
    <message>
        <source>Next steps:</source>
        <translation>Prossimi passi:</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Responsabile: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Stato: %1</translation>
    </message>
    <message>
        <source>Due: %1 – %2</source>
        <translation>Scadenza: %1 – %2</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Wrote a demo portfolio of %1 accounts (%2 rows) to %3 in %4 s.</source>
        <translation>Portafoglio demo di %1 account (%2 righe) scritto in %3 (%4 s).</translation>
    </message>
    <message>
        <source>Wrote the customer edition of the plan for %1 (%2 pages) to %3 in %4 s.</source>
        <translation>Edizione per il cliente del piano di %1 (%2 pagine) scritta in %3 (%4 s).</translation>
    </message>
    <message>
        <source>Wrote the internal edition of the plan for %1 (%2 pages) to %3 in %4 s.</source>
        <translation>Edizione interna del piano di %1 (%2 pagine) scritta in %3 (%4 s).</translation>
    </message>
    <message>
        <source>Wrote the meeting brief for %1 (1 page) to %2.</source>
        <translation>Scheda incontro per %1 (1 pagina) scritta in %2.</translation>
    </message>
    <message>
        <source>Wrote the meeting brief for %1 (%2 pages) to %3.</source>
        <translation>Scheda incontro per %1 (%2 pagine) scritta in %3.</translation>
    </message>
</context>
<context>
    <name>CliData</name>
    <message>
        <source>Backed up %1 to %2</source>
        <translation>Copia di sicurezza di %1 scritta in %2</translation>
    </message>
    <message>
        <source>No backups of %1 yet (they go to %2).</source>
        <translation>Ancora nessuna copia di sicurezza di %1 (vanno in %2).</translation>
    </message>
    <message>
        <source>Created (UTC)</source>
        <translation>Creato (UTC)</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dimensione</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation>%1 ripristinato da %2.</translation>
    </message>
    <message>
        <source>The previous file was kept as %1</source>
        <translation>Il file precedente è stato conservato come %1</translation>
    </message>
    <message>
        <source>The backup came from an older version and was upgraded.</source>
        <translation>La copia di sicurezza veniva da una versione precedente ed è stata aggiornata.</translation>
    </message>
    <message>
        <source>%1: no problems found (integrity check and foreign-key check passed).</source>
        <translation>%1: nessun problema trovato (controllo di integrità e delle chiavi esterne superati).</translation>
    </message>
    <message>
        <source>Newest good backup: %1 (%2 UTC); restore it with %3</source>
        <translation>Copia di sicurezza integra più recente: %1 (%2 UTC); ripristinala con %3</translation>
    </message>
    <message>
        <source>No good backup was found.</source>
        <translation>Non è stata trovata nessuna copia di sicurezza integra.</translation>
    </message>
    <message>
        <source>%1 is damaged: %2 The file was not changed. %3</source>
        <translation>%1 è danneggiato: %2 Il file non è stato modificato. %3</translation>
    </message>
    <message>
        <source>Wrote %1 rows of %2 tables to %3</source>
        <translation>Scritte %1 righe di %2 tabelle in %3</translation>
    </message>
    <message>
        <source>Imported %1 rows of %2 tables into %3</source>
        <translation>Importate %1 righe di %2 tabelle in %3</translation>
    </message>
    <message>
        <source>Wrote %1 %2 rows to %3</source>
        <translation>Scritte %1 righe di %2 in %3</translation>
    </message>
</context>
<context>
    <name>Coverage</name>
    <message>
        <source>%1 is thin (backup only).</source>
        <translation>%1 è debole (solo un sostituto).</translation>
    </message>
    <message>
        <source>%1 is uncovered.</source>
        <translation>%1 è scoperto.</translation>
    </message>
    <message>
        <source>%1 On this team: %2.</source>
        <translation>%1 In questo team: %2.</translation>
    </message>
    <message>
        <source>%1 Nobody on this team plays it elsewhere; outside it: %2.</source>
        <translation>%1 Nessuno di questo team lo ricopre altrove; fuori dal team: %2.</translation>
    </message>
    <message>
        <source>%1 Nobody on the team plays it on any account yet.</source>
        <translation>%1 Nessuno del team lo ricopre ancora su alcun account.</translation>
    </message>
    <message>
        <source>backup here</source>
        <translation>sostituto qui</translation>
    </message>
    <message>
        <source>primary on 1 other account</source>
        <translation>titolare su 1 altro account</translation>
    </message>
    <message>
        <source>primary on %1 other accounts</source>
        <translation>titolare su altri %1 account</translation>
    </message>
    <message>
        <source>backup on 1 other account</source>
        <translation>sostituto su 1 altro account</translation>
    </message>
    <message>
        <source>backup on %1 other accounts</source>
        <translation>sostituto su altri %1 account</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>no date</source>
        <translation>senza data</translation>
    </message>
    <message>
        <source>today</source>
        <translation>oggi</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>domani</translation>
    </message>
    <message>
        <source>1 day overdue</source>
        <translation>in ritardo di 1 giorno</translation>
    </message>
    <message>
        <source>%1 days overdue</source>
        <translation>in ritardo di %1 giorni</translation>
    </message>
    <message>
        <source>in %1 days</source>
        <translation>tra %1 giorni</translation>
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
    <name>Errors</name>
    <message>
        <source>The weight of %1 must be a number.</source>
        <translation>Il peso di %1 deve essere un numero.</translation>
    </message>
    <message>
        <source>The weight of %1 must be from 0 to 100.</source>
        <translation>Il peso di %1 deve essere tra 0 e 100.</translation>
    </message>
    <message>
        <source>At least one factor needs a weight above zero.</source>
        <translation>Almeno un fattore deve avere un peso maggiore di zero.</translation>
    </message>
    <message>
        <source>That account no longer exists (it may be in the trash).</source>
        <translation>Questo account non esiste più (forse è nel cestino).</translation>
    </message>
    <message>
        <source>An account named “%1” already exists.</source>
        <translation>Esiste già un account di nome “%1”.</translation>
    </message>
    <message>
        <source>That account name is already used.</source>
        <translation>Questo nome di account è già in uso.</translation>
    </message>
    <message>
        <source>No account named “%1”.</source>
        <translation>Nessun account di nome “%1”.</translation>
    </message>
    <message>
        <source>You already have %1 of %2 key accounts. Write why %3 deserves a place beyond the cap.</source>
        <translation>Hai già %1 key account su %2. Scrivi perché %3 merita un posto oltre il limite.</translation>
    </message>
    <message>
        <source>Write why %1 is no longer a key account.</source>
        <translation>Scrivi perché %1 non è più un key account.</translation>
    </message>
    <message>
        <source>That account was permanently deleted and cannot be restored.</source>
        <translation>Questo account è stato eliminato definitivamente e non può essere ripristinato.</translation>
    </message>
    <message>
        <source>Move the account to the trash before deleting it permanently.</source>
        <translation>Sposta l&apos;account nel cestino prima di eliminarlo definitivamente.</translation>
    </message>
    <message>
        <source>Rate at least one factor.</source>
        <translation>Valuta almeno un fattore.</translation>
    </message>
    <message>
        <source>This account already has a buying centre named “%1”.</source>
        <translation>Questo account ha già un centro d&apos;acquisto di nome “%1”.</translation>
    </message>
    <message>
        <source>That buying centre no longer exists.</source>
        <translation>Questo centro d&apos;acquisto non esiste più.</translation>
    </message>
    <message>
        <source>Describe the customer&apos;s problem: the case starts there.</source>
        <translation>Descrivi il problema del cliente: il caso parte da lì.</translation>
    </message>
    <message>
        <source>Describe how we solve it.</source>
        <translation>Descrivi come lo risolviamo.</translation>
    </message>
    <message>
        <source>That value proposition no longer exists.</source>
        <translation>Questa proposta di valore non esiste più.</translation>
    </message>
    <message>
        <source>That value proposition was permanently deleted.</source>
        <translation>Questa proposta di valore è stata eliminata definitivamente.</translation>
    </message>
    <message>
        <source>That research question no longer exists.</source>
        <translation>Questa domanda di ricerca non esiste più.</translation>
    </message>
    <message>
        <source>That objective no longer exists.</source>
        <translation>Questo obiettivo non esiste più.</translation>
    </message>
    <message>
        <source>That offering no longer exists.</source>
        <translation>Questa offerta non esiste più.</translation>
    </message>
    <message>
        <source>That opportunity no longer exists.</source>
        <translation>Questa opportunità non esiste più.</translation>
    </message>
    <message>
        <source>That opportunity was permanently deleted.</source>
        <translation>Questa opportunità è stata eliminata definitivamente.</translation>
    </message>
    <message>
        <source>That competitor no longer exists.</source>
        <translation>Questo concorrente non esiste più.</translation>
    </message>
    <message>
        <source>Start time must be written HH:MM, like 09:30.</source>
        <translation>L&apos;ora di inizio va scritta HH:MM, ad esempio 09:30.</translation>
    </message>
    <message>
        <source>That interaction no longer exists.</source>
        <translation>Questa interazione non esiste più.</translation>
    </message>
    <message>
        <source>An attendee is no longer a stakeholder of this account.</source>
        <translation>Un partecipante non è più uno stakeholder di questo account.</translation>
    </message>
    <message>
        <source>An attendee is no longer on our team.</source>
        <translation>Un partecipante non fa più parte del nostro team.</translation>
    </message>
    <message>
        <source>That interaction was permanently deleted.</source>
        <translation>Questa interazione è stata eliminata definitivamente.</translation>
    </message>
    <message>
        <source>That meeting no longer exists.</source>
        <translation>Questo incontro non esiste più.</translation>
    </message>
    <message>
        <source>That stakeholder no longer exists.</source>
        <translation>Questo stakeholder non esiste più.</translation>
    </message>
    <message>
        <source>That plan no longer exists.</source>
        <translation>Questo piano non esiste più.</translation>
    </message>
    <message>
        <source>That action no longer exists.</source>
        <translation>Questa azione non esiste più.</translation>
    </message>
    <message>
        <source>That owner is no longer on the team.</source>
        <translation>Questo responsabile non fa più parte del team.</translation>
    </message>
    <message>
        <source>That action was permanently deleted.</source>
        <translation>Questa azione è stata eliminata definitivamente.</translation>
    </message>
    <message>
        <source>%1 has no customer wording</source>
        <translation>%1 non ha una formulazione per il cliente</translation>
    </message>
    <message>
        <source>%1 cannot be marked done yet: %2</source>
        <translation>%1 non può ancora essere segnata come completata: %2</translation>
    </message>
    <message>
        <source>The key-account cap must be a whole number from 1 to 10,000.</source>
        <translation>Il limite di key account deve essere un numero intero tra 1 e 10.000.</translation>
    </message>
    <message>
        <source>A chosen team member no longer exists or is archived.</source>
        <translation>Un membro del team scelto non esiste più o è archiviato.</translation>
    </message>
    <message>
        <source>Write the answer, or choose another status.</source>
        <translation>Scrivi la risposta o scegli un altro stato.</translation>
    </message>
    <message>
        <source>That team member no longer exists.</source>
        <translation>Questo membro del team non esiste più.</translation>
    </message>
    <message>
        <source>That question no longer exists.</source>
        <translation>Questa domanda non esiste più.</translation>
    </message>
    <message>
        <source>There is no question %1 in the bank.</source>
        <translation>Nella banca delle domande non c&apos;è la domanda %1.</translation>
    </message>
    <message>
        <source>Write the question.</source>
        <translation>Scrivi la domanda.</translation>
    </message>
    <message>
        <source>Choose one of the 8 categories.</source>
        <translation>Scegli una delle 8 categorie.</translation>
    </message>
    <message>
        <source>Questions of the bank cannot be deleted; mark them not relevant.</source>
        <translation>Le domande della banca non si possono eliminare; segnale come non pertinenti.</translation>
    </message>
    <message>
        <source>That question was permanently deleted.</source>
        <translation>Questa domanda è stata eliminata definitivamente.</translation>
    </message>
    <message>
        <source>That KPI no longer exists.</source>
        <translation>Questo KPI non esiste più.</translation>
    </message>
    <message>
        <source>For a KPI where higher is better the target must be above the baseline.</source>
        <translation>Per un KPI in cui più alto è meglio, l&apos;obiettivo deve essere sopra il valore di partenza.</translation>
    </message>
    <message>
        <source>For a KPI where lower is better the target must be below the baseline.</source>
        <translation>Per un KPI in cui più basso è meglio, l&apos;obiettivo deve essere sotto il valore di partenza.</translation>
    </message>
    <message>
        <source>That KPI was permanently deleted.</source>
        <translation>Questo KPI è stato eliminato definitivamente.</translation>
    </message>
    <message>
        <source>Value cannot be empty.</source>
        <translation>Il valore non può essere vuoto.</translation>
    </message>
    <message>
        <source>That measurement no longer exists.</source>
        <translation>Questa misurazione non esiste più.</translation>
    </message>
    <message>
        <source>An adjustment is either a new action or a change to an objective.</source>
        <translation>Una correzione è una nuova azione oppure una modifica a un obiettivo.</translation>
    </message>
    <message>
        <source>Choose the objective to change.</source>
        <translation>Scegli l&apos;obiettivo da modificare.</translation>
    </message>
    <message>
        <source>Email must look like name@company.com.</source>
        <translation>L&apos;e-mail deve avere la forma nome@azienda.com.</translation>
    </message>
    <message>
        <source>That stakeholder no longer exists (they may be in the trash).</source>
        <translation>Questo stakeholder non esiste più (forse è nel cestino).</translation>
    </message>
    <message>
        <source>That stakeholder belongs to another account.</source>
        <translation>Questo stakeholder appartiene a un altro account.</translation>
    </message>
    <message>
        <source>A person cannot report to themselves.</source>
        <translation>Una persona non può riportare a se stessa.</translation>
    </message>
    <message>
        <source>The manager must be a stakeholder of this account.</source>
        <translation>Il responsabile deve essere uno stakeholder di questo account.</translation>
    </message>
    <message>
        <source>That would make a loop in the org chart: the manager already reports (directly or indirectly) to this person.</source>
        <translation>Si creerebbe un ciclo nell&apos;organigramma: il responsabile riporta già (direttamente o indirettamente) a questa persona.</translation>
    </message>
    <message>
        <source>That stakeholder was permanently deleted.</source>
        <translation>Questo stakeholder è stato eliminato definitivamente.</translation>
    </message>
    <message>
        <source>That trend no longer exists.</source>
        <translation>Questa tendenza non esiste più.</translation>
    </message>
    <message>
        <source>That need no longer exists.</source>
        <translation>Questa esigenza non esiste più.</translation>
    </message>
    <message>
        <source>Unknown kind of item: %1.</source>
        <translation>Tipo di elemento sconosciuto: %1.</translation>
    </message>
    <message>
        <source>That %1 no longer exists.</source>
        <translation>Questo elemento (%1) non esiste più.</translation>
    </message>
    <message>
        <source>That %1 was permanently deleted.</source>
        <translation>Questo elemento (%1) è stato eliminato definitivamente.</translation>
    </message>
    <message>
        <source>The plan must end on or after the day it starts.</source>
        <translation>Il piano deve finire nel giorno in cui inizia o dopo.</translation>
    </message>
    <message>
        <source>A plan period can be at most five years long.</source>
        <translation>Il periodo di un piano può durare al massimo cinque anni.</translation>
    </message>
    <message>
        <source>Another plan of this account starts on that day.</source>
        <translation>Un altro piano di questo account inizia in quel giorno.</translation>
    </message>
    <message>
        <source>A targeted buying centre no longer exists.</source>
        <translation>Un centro d&apos;acquisto scelto come obiettivo non esiste più.</translation>
    </message>
    <message>
        <source>A targeted stakeholder no longer exists.</source>
        <translation>Uno stakeholder scelto come obiettivo non esiste più.</translation>
    </message>
    <message>
        <source>Unknown growth topic.</source>
        <translation>Tema di crescita sconosciuto.</translation>
    </message>
    <message>
        <source>That objective was permanently deleted.</source>
        <translation>Questo obiettivo è stato eliminato definitivamente.</translation>
    </message>
    <message>
        <source>Choose standard, candidate or disqualified.</source>
        <translation>Scegli standard, candidato o escluso.</translation>
    </message>
    <message>
        <source>Write why the account no longer deserves key status.</source>
        <translation>Scrivi perché l&apos;account non merita più lo stato di key account.</translation>
    </message>
    <message>
        <source>Email must look like name@example.com.</source>
        <translation>L&apos;e-mail deve avere la forma nome@esempio.com.</translation>
    </message>
    <message>
        <source>A team member named “%1” already exists.</source>
        <translation>Esiste già un membro del team di nome “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>%n role assignment(s)</source>
        <translation>
            <numerusform>%n assegnazione di ruolo</numerusform>
            <numerusform>%n assegnazioni di ruolo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account team(s)</source>
        <translation>
            <numerusform>%n team di account</numerusform>
            <numerusform>%n team di account</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) owned</source>
        <translation>
            <numerusform>%n azione di cui è responsabile</numerusform>
            <numerusform>%n azioni di cui è responsabile</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stakeholder relationship(s) owned</source>
        <translation>
            <numerusform>%n relazione con stakeholder di cui è responsabile</numerusform>
            <numerusform>%n relazioni con stakeholder di cui è responsabile</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n research question(s) owned</source>
        <translation>
            <numerusform>%n domanda di ricerca di cui è responsabile</numerusform>
            <numerusform>%n domande di ricerca di cui è responsabile</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interaction(s) attended</source>
        <translation>
            <numerusform>%n interazione a cui ha partecipato</numerusform>
            <numerusform>%n interazioni a cui ha partecipato</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be deleted: still in use (%2). Archive them instead - their history stays and they get no new assignments.</source>
        <translation>%1 non può essere eliminato: è ancora in uso (%2). Archivialo invece: la sua storia resta e non riceve nuovi incarichi.</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 esiste già.</translation>
    </message>
    <message>
        <source>%1 is archived and cannot take on new work; unarchive them first.</source>
        <translation>%1 è archiviato e non può ricevere nuovi incarichi: prima riattivalo.</translation>
    </message>
    <message>
        <source>Unknown role “%1”.</source>
        <translation>Ruolo sconosciuto “%1”.</translation>
    </message>
    <message>
        <source>Strength must be primary or backup.</source>
        <translation>La copertura deve essere principale o di riserva.</translation>
    </message>
    <message>
        <source>Unknown fluency area “%1”.</source>
        <translation>Area di competenza sconosciuta “%1”.</translation>
    </message>
    <message>
        <source>Rate at least one area.</source>
        <translation>Valuta almeno un&apos;area.</translation>
    </message>
    <message>
        <source>That item was deleted permanently and cannot be restored.</source>
        <translation>Questo elemento è stato eliminato definitivamente e non può essere ripristinato.</translation>
    </message>
    <message>
        <source>Restore the account “%1” first: this item belongs to it.</source>
        <translation>Ripristina prima l&apos;account “%1”: questo elemento gli appartiene.</translation>
    </message>
    <message>
        <source>Move the item to the trash before deleting it permanently.</source>
        <translation>Sposta l&apos;elemento nel cestino prima di eliminarlo definitivamente.</translation>
    </message>
    <message>
        <source>The catalogue already has an offering named “%1”.</source>
        <translation>Il catalogo ha già un&apos;offerta di nome “%1”.</translation>
    </message>
    <message>
        <source>That whitespace cell no longer exists.</source>
        <translation>Questa cella della mappa delle opportunità non esiste più.</translation>
    </message>
    <message>
        <source>Choose what to export: %1 or %2.</source>
        <translation>Scegli cosa esportare: %1 o %2.</translation>
    </message>
    <message>
        <source>The demo writes between 1 and %1 accounts.</source>
        <translation>La demo scrive da 1 a %1 account.</translation>
    </message>
    <message>
        <source>This database already has accounts; the demo writes only into an empty one.</source>
        <translation>Questo database contiene già degli account; la demo scrive solo in un database vuoto.</translation>
    </message>
    <message>
        <source>This database already has a team; the demo writes only into an empty one.</source>
        <translation>Questo database ha già un team; la demo scrive solo in un database vuoto.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Paper size must be A4 or Letter.</source>
        <translation>Il formato della carta deve essere A4 o Letter.</translation>
    </message>
    <message>
        <source>Edition must be internal or customer.</source>
        <translation>L’edizione deve essere interna o per il cliente.</translation>
    </message>
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
    <message>
        <source>The database has no accounts to export.</source>
        <translation>Il database non contiene account da esportare.</translation>
    </message>
    <message>
        <source>Reading the program</source>
        <translation>Lettura del programma</translation>
    </message>
    <message>
        <source>Laying out the pages</source>
        <translation>Impaginazione</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Testo</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Valutazione</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Probabilità</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Nome dell&apos;account</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Settore</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Regione</translation>
    </message>
    <message>
        <source>Current revenue</source>
        <translation>Fatturato attuale</translation>
    </message>
    <message>
        <source>Potential revenue</source>
        <translation>Fatturato potenziale</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <source>Internal notes</source>
        <translation>Note interne</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Assessment date</source>
        <translation>Data della valutazione</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Buying centre name</source>
        <translation>Nome del centro d&apos;acquisto</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>The customer&apos;s problem</source>
        <translation>Il problema del cliente</translation>
    </message>
    <message>
        <source>Our solution</source>
        <translation>La nostra soluzione</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <source>Quantified value</source>
        <translation>Valore quantificato</translation>
    </message>
    <message>
        <source>Proof</source>
        <translation>Prova</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Opportunità</translation>
    </message>
    <message>
        <source>Growth topic</source>
        <translation>Tema di crescita</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Chiusura prevista</translation>
    </message>
    <message>
        <source>Counter-strategy status</source>
        <translation>Stato della contromossa</translation>
    </message>
    <message>
        <source>Counter-strategy</source>
        <translation>Contromossa</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Oggetto</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Luogo</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sintesi</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Prossimi passi</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>Resources needed</source>
        <translation>Risorse necessarie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Edizione</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>Rigour</source>
        <translation>Livello di approfondimento</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Il tuo nome</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Nome dell&apos;azienda</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definizione</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Risposta</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Domanda</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direzione</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Valore di partenza</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Obiettivo</translation>
    </message>
    <message>
        <source>KPI name</source>
        <translation>Nome del KPI</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unità</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Data della revisione</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Stato di salute</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Risultati</translation>
    </message>
    <message>
        <source>Adjustments</source>
        <translation>Correzioni</translation>
    </message>
    <message>
        <source>New target</source>
        <translation>Nuovo obiettivo</translation>
    </message>
    <message>
        <source>New due date</source>
        <translation>Nuova scadenza</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>Correzione</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Decision role</source>
        <translation>Ruolo decisionale</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>Influenza</translation>
    </message>
    <message>
        <source>Attitude</source>
        <translation>Atteggiamento</translation>
    </message>
    <message>
        <source>Relationship strength</source>
        <translation>Solidità della relazione</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Ultimo contatto</translation>
    </message>
    <message>
        <source>What they care about</source>
        <translation>Cosa gli sta a cuore</translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>Concorrente</translation>
    </message>
    <message>
        <source>Presence</source>
        <translation>Presenza</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Punti di forza</translation>
    </message>
    <message>
        <source>Weaknesses</source>
        <translation>Punti deboli</translation>
    </message>
    <message>
        <source>Threat level</source>
        <translation>Livello di minaccia</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Tendenza</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impatto</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Esigenza</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorità</translation>
    </message>
    <message>
        <source>Plan start</source>
        <translation>Inizio del piano</translation>
    </message>
    <message>
        <source>Plan end</source>
        <translation>Fine del piano</translation>
    </message>
    <message>
        <source>What you intend to do</source>
        <translation>Cosa intendi fare</translation>
    </message>
    <message>
        <source>With whom</source>
        <translation>Con chi</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Perché</translation>
    </message>
    <message>
        <source>Revenue target</source>
        <translation>Obiettivo di fatturato</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Obiettivo</translation>
    </message>
    <message>
        <source>Measurable target</source>
        <translation>Traguardo misurabile</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funzione</translation>
    </message>
    <message>
        <source>Rating date</source>
        <translation>Data della valutazione</translation>
    </message>
    <message>
        <source>Offering</source>
        <translation>Offerta</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>Account name</source>
        <translation>Nome dell&apos;account</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Settore</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Regione</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Current revenue</source>
        <translation>Fatturato attuale</translation>
    </message>
    <message>
        <source>Potential revenue</source>
        <translation>Fatturato potenziale</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <source>Internal notes</source>
        <translation>Note interne</translation>
    </message>
    <message>
        <source>Write a mapping as “Column=field”, not “%1”.</source>
        <translation>Scrivi una corrispondenza come “Colonna=campo”, non “%1”.</translation>
    </message>
    <message>
        <source>The file has no column “%1”. Its columns: %2.</source>
        <translation>Il file non ha una colonna “%1”. Le sue colonne: %2.</translation>
    </message>
    <message>
        <source>“%1” is not a field. Fields: %2.</source>
        <translation>“%1” non è un campo. Campi: %2.</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizzazione</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Reparto</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Manager id</source>
        <translation>Id del responsabile</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <source>The file is not a readable vCard file: %1</source>
        <translation>Il file non è un file vCard leggibile: %1</translation>
    </message>
    <message>
        <source>The file holds no vCard.</source>
        <translation>Il file non contiene nessuna vCard.</translation>
    </message>
    <message>
        <source>No column holds the contacts&apos; names (such as Name, First Name, Last Name).</source>
        <translation>Nessuna colonna contiene i nomi dei contatti (come Nome, Nome di battesimo, Cognome).</translation>
    </message>
    <message>
        <source>The email address “%1” is not valid.</source>
        <translation>L&apos;indirizzo e-mail “%1” non è valido.</translation>
    </message>
    <message>
        <source>The two amounts are in different currencies.</source>
        <translation>I due importi sono in valute diverse.</translation>
    </message>
    <message>
        <source>No column is mapped to the account name; map one (Column=name).</source>
        <translation>Nessuna colonna corrisponde al nome dell&apos;account; indicane una (Colonna=name).</translation>
    </message>
    <message>
        <source>The row has %1 cells but the header has %2 (a stray delimiter?).</source>
        <translation>La riga ha %1 celle ma l&apos;intestazione ne ha %2 (un separatore di troppo?).</translation>
    </message>
    <message>
        <source>decimal comma (1.234,56)</source>
        <translation>virgola decimale (1.234,56)</translation>
    </message>
    <message>
        <source>decimal point (1,234.56)</source>
        <translation>punto decimale (1,234.56)</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>virgola</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>punto e virgola</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulazione</translation>
    </message>
    <message>
        <source>pipe</source>
        <translation>barra verticale</translation>
    </message>
    <message>
        <source>The file cannot be read as %1; choose another encoding.</source>
        <translation>Il file non si può leggere come %1; scegli un’altra codifica.</translation>
    </message>
    <message>
        <source>The file is not valid CSV near row %1: %2.</source>
        <translation>Il file non è un CSV valido vicino alla riga %1: %2.</translation>
    </message>
    <message>
        <source>The file is larger than 64 MB; split it first.</source>
        <translation>Il file supera i 64 MB; dividilo prima.</translation>
    </message>
    <message>
        <source>The file is empty: no header row was found.</source>
        <translation>Il file è vuoto: non è stata trovata nessuna riga d&apos;intestazione.</translation>
    </message>
    <message>
        <source>Added %1, updated %2, skipped %3, invalid %4.</source>
        <translation>Aggiunti %1, aggiornati %2, saltati %3, non validi %4.</translation>
    </message>
    <message>
        <source>The decimal separator must be “comma” or “point”.</source>
        <translation>Il separatore decimale deve essere “comma” (virgola) o “point” (punto).</translation>
    </message>
    <message>
        <source>Same name as row %1; skipped.</source>
        <translation>Stesso nome della riga %1; saltato.</translation>
    </message>
    <message>
        <source>“%1” is in the trash; restore it to update it. Skipped.</source>
        <translation>“%1” è nel cestino; ripristinalo per aggiornarlo. Saltato.</translation>
    </message>
    <message>
        <source>Updates “%1”.</source>
        <translation>Aggiorna “%1”.</translation>
    </message>
    <message>
        <source>“%1” already has these values.</source>
        <translation>“%1” ha già questi valori.</translation>
    </message>
    <message>
        <source>“%1” already exists; skipped.</source>
        <translation>“%1” esiste già; saltato.</translation>
    </message>
    <message>
        <source>Duplicates are either skipped or updated.</source>
        <translation>I duplicati vengono saltati oppure aggiornati.</translation>
    </message>
    <message numerus="yes">
        <source>Added %1, skipped %2, invalid %3; %n reports-to link(s).</source>
        <translation>
            <numerusform>Aggiunti %1, saltati %2, non validi %3; %n legame di dipendenza gerarchica.</numerusform>
            <numerusform>Aggiunti %1, saltati %2, non validi %3; %n legami di dipendenza gerarchica.</numerusform>
        </translation>
    </message>
    <message>
        <source>No account named “%1”.</source>
        <translation>Nessun account di nome “%1”.</translation>
    </message>
    <message>
        <source>No organisation: choose the account to put everyone into.</source>
        <translation>Nessuna organizzazione: scegli l&apos;account in cui inserire tutti.</translation>
    </message>
    <message>
        <source>No account named “%1”: add it first, or choose the account to put everyone into.</source>
        <translation>Nessun account di nome “%1”: aggiungilo prima, oppure scegli l&apos;account in cui inserire tutti.</translation>
    </message>
    <message>
        <source>Already a stakeholder of %1; skipped.</source>
        <translation>Già un interlocutore di %1; saltato.</translation>
    </message>
    <message>
        <source>The same person as row %1; skipped.</source>
        <translation>La stessa persona della riga %1; saltata.</translation>
    </message>
    <message>
        <source>There is no file at %1.</source>
        <translation>Non esiste nessun file in %1.</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 non è un file normale.</translation>
    </message>
    <message>
        <source>%1 is larger than 64 MB; split it first.</source>
        <translation>%1 supera i 64 MB; dividilo prima.</translation>
    </message>
    <message>
        <source>%1 cannot be read (permission denied).</source>
        <translation>%1 non si può leggere (permesso negato).</translation>
    </message>
    <message>
        <source>card %1: %2</source>
        <translation>scheda %1: %2</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>riga %1: %2</translation>
    </message>
    <message>
        <source>kam-desktop: 1 invalid row; nothing was imported. Fix it, or use --skip-invalid.</source>
        <translation>kam-desktop: 1 riga non valida; non è stato importato nulla. Correggila, oppure usa --skip-invalid.</translation>
    </message>
    <message>
        <source>kam-desktop: %1 invalid rows; nothing was imported. Fix them, or use --skip-invalid.</source>
        <translation>kam-desktop: %1 righe non valide; non è stato importato nulla. Correggile, oppure usa --skip-invalid.</translation>
    </message>
    <message>
        <source>(dry run: nothing written)</source>
        <translation>(prova: non è stato scritto nulla)</translation>
    </message>
    <message>
        <source>kam-desktop: %1 invalid contacts; nothing was imported. Fix them, or use --skip-invalid.</source>
        <translation>kam-desktop: %1 contatti non validi; non è stato importato nulla. Correggili, oppure usa --skip-invalid.</translation>
    </message>
    <message>
        <source>Wrote %1 meetings and %2 due dates (times in %3) to %4</source>
        <translation>Scritti %1 incontri e %2 scadenze (orari in %3) in %4</translation>
    </message>
</context>
<context>
    <name>Integrity</name>
    <message>
        <source>Newest good backup: %1 (%2).</source>
        <translation>Copia di sicurezza integra più recente: %1 (%2).</translation>
    </message>
    <message>
        <source>No good backup was found.</source>
        <translation>Non è stata trovata nessuna copia di sicurezza integra.</translation>
    </message>
    <message>
        <source>%1 is damaged: %2 The file was not changed. %3</source>
        <translation>%1 è danneggiato: %2 Il file non è stato modificato. %3</translation>
    </message>
    <message>
        <source>it cannot be read (%1).</source>
        <translation>non è leggibile (%1).</translation>
    </message>
    <message>
        <source>its first bytes are all zero: the start of the file was wiped.</source>
        <translation>i suoi primi byte sono tutti a zero: l&apos;inizio del file è stato cancellato.</translation>
    </message>
    <message>
        <source>it does not start like a database file (its beginning is damaged, or it is another kind of file).</source>
        <translation>non inizia come un file di database (l&apos;inizio è danneggiato, oppure è un altro tipo di file).</translation>
    </message>
    <message>
        <source>it is cut off inside its own header.</source>
        <translation>si interrompe all&apos;interno della sua stessa intestazione.</translation>
    </message>
    <message>
        <source>its header is damaged (impossible page size).</source>
        <translation>la sua intestazione è danneggiata (dimensione di pagina impossibile).</translation>
    </message>
    <message>
        <source>its size is not a whole number of pages: part of it is missing (it was cut off).</source>
        <translation>la sua dimensione non è un numero intero di pagine: ne manca una parte (è stato troncato).</translation>
    </message>
    <message>
        <source>it is shorter than its header says (%1 of %2 pages): part of it is missing (it was cut off).</source>
        <translation>è più corto di quanto dice la sua intestazione (%1 di %2 pagine): ne manca una parte (è stato troncato).</translation>
    </message>
    <message>
        <source>it belongs to another application (id %1).</source>
        <translation>appartiene a un&apos;altra applicazione (id %1).</translation>
    </message>
    <message>
        <source>SQLite cannot read it as a database (the file is not a database or its first page is damaged).</source>
        <translation>SQLite non riesce a leggerlo come database (il file non è un database oppure la sua prima pagina è danneggiata).</translation>
    </message>
    <message>
        <source>parts of the file are damaged (SQLite found broken pages or indexes).</source>
        <translation>alcune parti del file sono danneggiate (SQLite ha trovato pagine o indici rovinati).</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) point to records that no longer exist.</source>
        <translation>
            <numerusform>%n record punta a record che non esistono più.</numerusform>
            <numerusform>%n record puntano a record che non esistono più.</numerusform>
        </translation>
    </message>
    <message>
        <source>its schema version record (alembic_version) is missing.</source>
        <translation>manca il record della versione dello schema (alembic_version).</translation>
    </message>
    <message>
        <source>SQLite reports: %1</source>
        <translation>SQLite segnala: %1</translation>
    </message>
    <message>
        <source>the file is empty: its contents were lost.</source>
        <translation>il file è vuoto e il suo contenuto è andato perso.</translation>
    </message>
    <message>
        <source>parts of the file are damaged.</source>
        <translation>alcune parti del file sono danneggiate.</translation>
    </message>
    <message>
        <source>parts of the file are damaged (SQLite found broken pages).</source>
        <translation>alcune parti del file sono danneggiate (SQLite ha trovato pagine rovinate).</translation>
    </message>
    <message>
        <source>it does not start like a database file.</source>
        <translation>non inizia come un file di database.</translation>
    </message>
</context>
<context>
    <name>Kpi</name>
    <message numerus="yes">
        <source>%1 of %n measured KPI(s) off target.</source>
        <translation>
            <numerusform>%1 su %n KPI misurato fuori obiettivo.</numerusform>
            <numerusform>%1 su %n KPI misurati fuori obiettivo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n measured KPI(s) behind.</source>
        <translation>
            <numerusform>%1 su %n KPI misurato in ritardo.</numerusform>
            <numerusform>%1 su %n KPI misurati in ritardo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n open action(s) overdue.</source>
        <translation>
            <numerusform>%1 su %n azione aperta in ritardo.</numerusform>
            <numerusform>%1 su %n azioni aperte in ritardo.</numerusform>
        </translation>
    </message>
    <message>
        <source>No KPI has a target and a measurement yet.</source>
        <translation>Nessun KPI ha ancora un obiettivo e una misurazione.</translation>
    </message>
    <message numerus="yes">
        <source>All %n measured KPI(s) on track or at target.</source>
        <translation>
            <numerusform>L&apos;unico KPI misurato è in linea o a obiettivo.</numerusform>
            <numerusform>Tutti e %n i KPI misurati sono in linea o a obiettivo.</numerusform>
        </translation>
    </message>
    <message>
        <source>No overdue actions.</source>
        <translation>Nessuna azione in ritardo.</translation>
    </message>
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
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Top account teams are 3.1x more likely to grow key-account revenue by 20 % or more.</source>
        <translation>I migliori team di account hanno 3,1 volte più probabilità di far crescere del 20 % o più il fatturato dei key account.</translation>
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
    <name>Numbers</name>
    <message>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numero</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>%1 must be a number.</source>
        <translation>%1 deve essere un numero.</translation>
    </message>
    <message>
        <source>%1 must be a finite number.</source>
        <translation>%1 deve essere un numero finito.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a number in this format (decimal separator “%3”). Type it like %4.</source>
        <translation>%1: “%2” non è un numero in questo formato (separatore decimale “%3”). Scrivilo come %4.</translation>
    </message>
    <message>
        <source>%1: “%2” is ambiguous: here it would be read as %3, but it could also mean %4. Type %3 or %4 to say which.</source>
        <translation>%1: “%2” è ambiguo: qui verrebbe letto come %3, ma potrebbe anche voler dire %4. Scrivi %3 oppure %4 per indicare quale.</translation>
    </message>
    <message>
        <source>%1 is implausibly large.</source>
        <translation>Il valore di «%1» è troppo grande per essere plausibile.</translation>
    </message>
    <message>
        <source>%1 can have at most %2 decimals.</source>
        <translation>%1 può avere al massimo %2 decimali.</translation>
    </message>
    <message>
        <source>%1 cannot be negative.</source>
        <translation>Il campo «%1» non può essere negativo.</translation>
    </message>
    <message>
        <source>%1 can have at most 2 decimals.</source>
        <translation>%1 può avere al massimo 2 decimali.</translation>
    </message>
    <message>
        <source>%1 is implausibly large (at most %2).</source>
        <translation>Il valore di «%1» è troppo grande per essere plausibile (al massimo %2).</translation>
    </message>
    <message>
        <source>%1 is in %2: “%3” is another currency.</source>
        <translation>%1 è in %2: “%3” è un’altra valuta.</translation>
    </message>
    <message>
        <source>%1 must be a date without a time.</source>
        <translation>%1 deve essere una data senza ora.</translation>
    </message>
    <message>
        <source>%1 must be a date.</source>
        <translation>%1 deve essere una data.</translation>
    </message>
    <message>
        <source>%1: write the year in full, like %2.</source>
        <translation>%1: scrivi l&apos;anno per intero, come %2.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a date. Type it like %3.</source>
        <translation>%1: “%2” non è una data. Scrivila come %3.</translation>
    </message>
    <message>
        <source>%1: %2 is not a real calendar date.</source>
        <translation>%1: %2 non è una data esistente nel calendario.</translation>
    </message>
    <message>
        <source>%1: %2 is not a real calendar date (dates are typed like %3).</source>
        <translation>%1: %2 non è una data esistente nel calendario (le date si scrivono come %3).</translation>
    </message>
    <message>
        <source>%1 must be between 1900 and 2200.</source>
        <translation>%1 deve essere tra il 1900 e il 2200.</translation>
    </message>
</context>
<context>
    <name>Output</name>
    <message>
        <source>Choose where to save the file.</source>
        <translation>Scegli dove salvare il file.</translation>
    </message>
    <message>
        <source>Refused to write %1: the link cannot be followed.</source>
        <translation>Scrittura di %1 rifiutata: il collegamento non si può seguire.</translation>
    </message>
    <message>
        <source>Refused to write %1: %2.</source>
        <translation>Scrittura di %1 rifiutata: %2.</translation>
    </message>
    <message>
        <source>Refused to write %1: it is the open database.</source>
        <translation>Scrittura di %1 rifiutata: è il database aperto.</translation>
    </message>
    <message>
        <source>Refused to write %1: it belongs to the open database (its journal).</source>
        <translation>Scrittura di %1 rifiutata: appartiene al database aperto (è il suo journal).</translation>
    </message>
    <message>
        <source>Refused to write %1: it is a folder; give a file name.</source>
        <translation>Scrittura di %1 rifiutata: è una cartella; indica un nome di file.</translation>
    </message>
    <message>
        <source>Refused to write %1: it is not a regular file (a device, a pipe or a socket).</source>
        <translation>Scrittura di %1 rifiutata: non è un file normale (un dispositivo, una pipe o un socket).</translation>
    </message>
    <message>
        <source>Refused to write %1: the file has more than one name (hard links); choose a new file name.</source>
        <translation>Scrittura di %1 rifiutata: il file ha più di un nome (collegamenti fisici); scegli un nuovo nome di file.</translation>
    </message>
    <message>
        <source>Refused to write %1: it is a database file; choose a new file name.</source>
        <translation>Scrittura di %1 rifiutata: è un file di database; scegli un nuovo nome di file.</translation>
    </message>
    <message>
        <source>Refused to write %1: it belongs to a database (its journal).</source>
        <translation>Scrittura di %1 rifiutata: appartiene a un database (è il suo journal).</translation>
    </message>
    <message>
        <source>Refused to write %1: it is inside a backups folder; choose another folder.</source>
        <translation>Scrittura di %1 rifiutata: è dentro una cartella di copie di sicurezza; scegli un’altra cartella.</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder %2 does not exist.</source>
        <translation>Impossibile scrivere %1: la cartella %2 non esiste.</translation>
    </message>
    <message>
        <source>Cannot write %1: permission denied.</source>
        <translation>Impossibile scrivere %1: permesso negato.</translation>
    </message>
    <message>
        <source>Cannot write %1: the disk is full. Nothing was written.</source>
        <translation>Impossibile scrivere %1: il disco è pieno. Non è stato scritto nulla.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Nothing was written.</source>
        <translation>Impossibile scrivere %1: %2. Non è stato scritto nulla.</translation>
    </message>
</context>
<context>
    <name>PhaseRules</name>
    <message>
        <source>Log an interaction that took place between %1 (the plan&apos;s start) and %2.</source>
        <translation>Registra un&apos;interazione avvenuta tra il %1 (l&apos;inizio del piano) e il %2.</translation>
    </message>
    <message>
        <source>The plan period starts on %1, after today: interactions count from that day, or move the plan&apos;s start (Strategy, first page).</source>
        <translation>Il periodo del piano inizia il %1, dopo oggi: le interazioni contano da quel giorno, oppure sposta l&apos;inizio del piano (Strategia, prima pagina).</translation>
    </message>
    <message>
        <source>Say with whom: write it, or tick the buying centres or stakeholders the strategy targets.</source>
        <translation>Di&apos; con chi: scrivilo, oppure spunta i centri d&apos;acquisto o gli stakeholder a cui si rivolge la strategia.</translation>
    </message>
    <message>
        <source>Give 1 &apos;needs research&apos; item an owner and a due date.</source>
        <translation>Dai un responsabile e una scadenza alla voce &apos;da approfondire&apos; che ne è priva.</translation>
    </message>
    <message>
        <source>Give %1 &apos;needs research&apos; items an owner and a due date.</source>
        <translation>Dai un responsabile e una scadenza alle %1 voci &apos;da approfondire&apos; che ne sono prive.</translation>
    </message>
    <message>
        <source>Give 1 objective at least one action.</source>
        <translation>Dai almeno un&apos;azione all&apos;obiettivo che ne è privo.</translation>
    </message>
    <message>
        <source>Give %1 objectives at least one action.</source>
        <translation>Dai almeno un&apos;azione ai %1 obiettivi che ne sono privi.</translation>
    </message>
    <message>
        <source>Give 1 open action an owner and a due date.</source>
        <translation>Dai un responsabile e una scadenza all&apos;azione aperta che ne è priva.</translation>
    </message>
    <message>
        <source>Give %1 open actions an owner and a due date.</source>
        <translation>Dai un responsabile e una scadenza alle %1 azioni aperte che ne sono prive.</translation>
    </message>
    <message>
        <source>Give 1 live opportunity an expected close date.</source>
        <translation>Dai una data di chiusura prevista all&apos;opportunità aperta che ne è priva.</translation>
    </message>
    <message>
        <source>Give %1 live opportunities an expected close date.</source>
        <translation>Dai una data di chiusura prevista alle %1 opportunità aperte che ne sono prive.</translation>
    </message>
    <message>
        <source>The interaction of %1 is before the plan period starts (%2): if the plan really began earlier, move its start (Strategy, first page).</source>
        <translation>L&apos;interazione del %1 è precedente all&apos;inizio del periodo del piano (%2): se il piano è davvero iniziato prima, spostane l&apos;inizio (Strategia, prima pagina).</translation>
    </message>
    <message>
        <source>The interaction of %1 is still ahead: it counts once its day has come.</source>
        <translation>L&apos;interazione del %1 deve ancora avvenire: conterà quando sarà arrivato il suo giorno.</translation>
    </message>
    <message>
        <source>Strategy is complete when the statement says what you intend to do and why (and, beyond light rigour, with whom and the revenue target), each of penetration, expansion and protection is either a focus or explicitly &apos;not this period&apos;, and every focus topic has at least one objective.</source>
        <translation>La strategia è completa quando la dichiarazione dice cosa intendi fare e perché (e, oltre il rigore leggero, con chi e con quale obiettivo di fatturato), penetrazione, espansione e protezione sono ciascuna una priorità o esplicitamente &apos;non in questo periodo&apos;, e ogni tema prioritario ha almeno un obiettivo.</translation>
    </message>
    <message>
        <source>Research is complete when the core account team is picked, at least half of the questions for this rigour are addressed (answered, not relevant, or research assigned with an owner and a due date) with every category touched, every &apos;needs research&apos; item has an owner and a due date, the key stakeholders are known (a decision maker or economic buyer among them, beyond light rigour), and you have decided whether the account still deserves key status.</source>
        <translation>La ricerca è completa quando il team dell&apos;account è scelto, almeno metà delle domande per questo rigore è affrontata (con risposta, non pertinente, o ricerca assegnata con responsabile e scadenza) toccando ogni categoria, ogni voce &apos;da approfondire&apos; ha un responsabile e una scadenza, gli interlocutori chiave sono noti (tra loro, oltre il rigore leggero, un decisore o l&apos;acquirente economico), e hai deciso se l&apos;account merita ancora lo stato di key account.</translation>
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
        <translation>Di&apos; cosa intendi fare con questo account.</translation>
    </message>
    <message>
        <source>Say why this strategy.</source>
        <translation>Di&apos; perché questa strategia.</translation>
    </message>
    <message>
        <source>Set the revenue target for the period.</source>
        <translation>Fissa l&apos;obiettivo di fatturato per il periodo.</translation>
    </message>
    <message>
        <source>Decide on %1: a focus, or not this period.</source>
        <translation>Obiettivi di %1: decidi se sono una priorità in questo periodo.</translation>
    </message>
    <message>
        <source>Add an objective for %1.</source>
        <translation>Aggiungi un obiettivo di %1.</translation>
    </message>
    <message>
        <source>Add at least one objective.</source>
        <translation>Aggiungi almeno un obiettivo.</translation>
    </message>
    <message>
        <source>Pick the core account team.</source>
        <translation>Scegli il team dell&apos;account.</translation>
    </message>
    <message>
        <source>Address at least half of the research questions (%1 of %2 so far).</source>
        <translation>Affronta almeno metà delle domande di ricerca (%1 su %2 finora).</translation>
    </message>
    <message>
        <source>Touch every question category (%1 of %2).</source>
        <translation>Tocca ogni categoria di domande (%1 su %2).</translation>
    </message>
    <message>
        <source>Add the stakeholders you know.</source>
        <translation>Aggiungi gli interlocutori che conosci.</translation>
    </message>
    <message>
        <source>Identify the decision maker or economic buyer.</source>
        <translation>Individua il decisore o l&apos;acquirente economico.</translation>
    </message>
    <message>
        <source>Decide whether the account still deserves key status.</source>
        <translation>Decidi se l&apos;account merita ancora lo stato di key account.</translation>
    </message>
    <message>
        <source>Write the compelling case (a value proposition).</source>
        <translation>Scrivi la proposta convincente (una proposta di valore).</translation>
    </message>
    <message>
        <source>The plan has no objectives yet (Strategy phase).</source>
        <translation>Il piano non ha ancora obiettivi (fase Strategia).</translation>
    </message>
    <message>
        <source>Track at least one opportunity.</source>
        <translation>Segui almeno un&apos;opportunità.</translation>
    </message>
    <message>
        <source>Log at least one interaction in the plan period.</source>
        <translation>Registra almeno un&apos;interazione nel periodo del piano.</translation>
    </message>
    <message>
        <source>Define at least one KPI with a target.</source>
        <translation>Definisci almeno un KPI con un obiettivo.</translation>
    </message>
    <message>
        <source>Record at least one KPI measurement.</source>
        <translation>Registra almeno una misurazione di un KPI.</translation>
    </message>
    <message>
        <source>Record a review (health, findings, adjustments).</source>
        <translation>Registra una revisione (stato, risultati, correzioni).</translation>
    </message>
</context>
<context>
    <name>Portfolio</name>
    <message>
        <source>No plan</source>
        <translation>Nessun piano</translation>
    </message>
    <message>
        <source>%1 (%2/5)</source>
        <translation>%1 (%2/5)</translation>
    </message>
    <message>
        <source>Reviewed (5/5 done)</source>
        <translation>Rivisto (5/5 fatte)</translation>
    </message>
    <message>
        <source>%1 scores %2: consider key status.</source>
        <translation>%1 ha un punteggio di %2: valuta lo stato di key account.</translation>
    </message>
    <message>
        <source>%1 scores %2, below every non-key account: review its status.</source>
        <translation>%1 ha un punteggio di %2, più basso di ogni account che non è key account: rivedine lo stato.</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>Your name</source>
        <translation>Il tuo nome</translation>
    </message>
    <message>
        <source>Your company</source>
        <translation>La tua azienda</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
</context>
<context>
    <name>Program</name>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>There is no success factor %1.</source>
        <translation>Non esiste il fattore di successo %1.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidenze</translation>
    </message>
    <message>
        <source>Rate at least one of the nine factors from 1 to 5.</source>
        <translation>Valuta almeno uno dei nove fattori da 1 a 5.</translation>
    </message>
    <message>
        <source>There is no component %1 in the definition.</source>
        <translation>Non esiste la componente %1 nella definizione.</translation>
    </message>
    <message>
        <source>There is no trust question %1.</source>
        <translation>Non esiste la domanda sulla fiducia %1.</translation>
    </message>
    <message>
        <source>There is no customer want %1.</source>
        <translation>Non esiste il desiderio del cliente %1.</translation>
    </message>
    <message>
        <source>Answer the three leadership questions.</source>
        <translation>Rispondi alle tre domande per la direzione.</translation>
    </message>
    <message>
        <source>Answer %1</source>
        <translation>Risposta %1</translation>
    </message>
    <message>
        <source>up</source>
        <translation>in salita</translation>
    </message>
    <message>
        <source>down</source>
        <translation>in discesa</translation>
    </message>
    <message>
        <source>flat</source>
        <translation>stabile</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ancora nessuno</translation>
    </message>
    <message>
        <source>%1 of %2 (%3%)</source>
        <translation>%1 su %2 (%3%)</translation>
    </message>
    <message>
        <source>Key accounts scored on all 8 factors</source>
        <translation>Key account valutati su tutti gli 8 fattori</translation>
    </message>
    <message>
        <source>Key-account list</source>
        <translation>Lista dei key account</translation>
    </message>
    <message>
        <source>%1 of a cap of %2 (%3)</source>
        <translation>%1 su un limite di %2 (%3)</translation>
    </message>
    <message>
        <source>within the cap</source>
        <translation>entro il limite</translation>
    </message>
    <message>
        <source>over the cap</source>
        <translation>oltre il limite</translation>
    </message>
    <message>
        <source>Over-cap accounts with a written reason</source>
        <translation>Account oltre il limite con un motivo scritto</translation>
    </message>
    <message>
        <source>Key accounts with a current plan</source>
        <translation>Key account con un piano in corso</translation>
    </message>
    <message>
        <source>Research questions addressed</source>
        <translation>Domande di ricerca affrontate</translation>
    </message>
    <message>
        <source>Open actions with an owner and a due date</source>
        <translation>Azioni aperte con responsabile e scadenza</translation>
    </message>
    <message>
        <source>Phases completed</source>
        <translation>Fasi completate</translation>
    </message>
    <message>
        <source>Plans reviewed in the last %1 days</source>
        <translation>Piani rivisti negli ultimi %1 giorni</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuna</translation>
    </message>
    <message>
        <source>Key accounts with all 6 roles covered</source>
        <translation>Key account con tutti i 6 ruoli coperti</translation>
    </message>
    <message>
        <source>Most frequent gaps</source>
        <translation>Lacune più frequenti</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Team members rated in all 5 areas</source>
        <translation>Membri del team valutati in tutte le 5 aree</translation>
    </message>
    <message>
        <source>Average rating per area</source>
        <translation>Valutazione media per area</translation>
    </message>
    <message>
        <source>Areas nobody is fluent in</source>
        <translation>Aree in cui nessuno è fluente</translation>
    </message>
    <message>
        <source>The app cannot measure this factor; your own evidence counts.</source>
        <translation>L&apos;app non può misurare questo fattore; contano le tue evidenze.</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accettato</translation>
    </message>
    <message>
        <source>Adapted</source>
        <translation>Adattato</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Respinto</translation>
    </message>
    <message>
        <source>Key account management is a systematic approach to managing and growing a named set of our most important customers, to maximise mutual value.</source>
        <translation>La gestione dei key account è un approccio sistematico per gestire e far crescere un insieme definito dei nostri clienti più importanti, per massimizzare il valore reciproco.</translation>
    </message>
    <message>
        <source>Key accounts are distinct from accounts that are merely large in revenue.</source>
        <translation>I key account sono distinti dai clienti che sono semplicemente grandi per fatturato.</translation>
    </message>
    <message>
        <source>The number of key accounts is limited, and the list is protected against uncontrolled growth.</source>
        <translation>Il numero di key account è limitato e la lista è protetta da una crescita incontrollata.</translation>
    </message>
    <message>
        <source>Key accounts are pursued as institutional partners: value is built and co-created together.</source>
        <translation>I key account sono trattati come partner istituzionali: il valore si costruisce e si crea insieme.</translation>
    </message>
    <message>
        <source>Focus goes to three growth topics: penetration (more buying centres), expansion (more offerings) and protection (keeping competitors out).</source>
        <translation>L&apos;attenzione va a tre temi di crescita: penetrazione (più centri d&apos;acquisto), espansione (più offerte) e protezione (tenere fuori i concorrenti).</translation>
    </message>
    <message>
        <source>Key accounts are assets that need continued, often significant investment, including changes of structure and process.</source>
        <translation>I key account sono asset che richiedono investimenti continui, spesso significativi, anche in cambiamenti di struttura e di processo.</translation>
    </message>
    <message>
        <source>Returns on key-account investment are judged against long-term business strategy.</source>
        <translation>Il ritorno degli investimenti sui key account si giudica rispetto alla strategia aziendale di lungo periodo.</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisione</translation>
    </message>
    <message>
        <source>What it means for us</source>
        <translation>Che cosa significa per noi</translation>
    </message>
    <message>
        <source>Say in your own words how you adapt it, or why you reject it.</source>
        <translation>Di&apos; con parole tue come la adatti, o perché la respingi.</translation>
    </message>
    <message>
        <source>That self-assessment no longer exists.</source>
        <translation>Quell&apos;autovalutazione non esiste più.</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Risposta</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Valutazione</translation>
    </message>
    <message>
        <source>Division</source>
        <translation>Divisione</translation>
    </message>
    <message>
        <source>How it is involved</source>
        <translation>Come è coinvolta</translation>
    </message>
    <message>
        <source>Cooperation</source>
        <translation>Collaborazione</translation>
    </message>
    <message>
        <source>That division entry no longer exists.</source>
        <translation>Quella divisione non esiste più.</translation>
    </message>
    <message>
        <source>Review cycle</source>
        <translation>Ciclo di revisione</translation>
    </message>
    <message>
        <source>Budget asked for</source>
        <translation>Budget richiesto</translation>
    </message>
    <message>
        <source>Budget granted</source>
        <translation>Budget concesso</translation>
    </message>
    <message>
        <source>Resources asked for</source>
        <translation>Risorse richieste</translation>
    </message>
    <message>
        <source>Resources granted</source>
        <translation>Risorse concesse</translation>
    </message>
    <message>
        <source>That leadership cycle no longer exists.</source>
        <translation>Quel ciclo della direzione non esiste più.</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Riflessione</translation>
    </message>
    <message>
        <source>KAM program report</source>
        <translation>Rapporto sul programma KAM</translation>
    </message>
    <message>
        <source>INTERNAL – the program&apos;s self-assessment</source>
        <translation>INTERNO – l&apos;autovalutazione del programma</translation>
    </message>
    <message>
        <source>Our charter for key account management</source>
        <translation>La nostra carta della gestione dei key account</translation>
    </message>
    <message>
        <source>Prepared by %1 on %2</source>
        <translation>Preparato da %1 il %2</translation>
    </message>
    <message>
        <source>the key account manager</source>
        <translation>il key account manager</translation>
    </message>
    <message>
        <source>In our words</source>
        <translation>Con parole nostre</translation>
    </message>
    <message>
        <source>The six components</source>
        <translation>Le sei componenti</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 il %2</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>Non ancora deciso</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Componente</translation>
    </message>
    <message>
        <source>%1 of 6 components decided.</source>
        <translation>%1 componenti su 6 decise.</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Perché conta</translation>
    </message>
    <message>
        <source>The nine success factors</source>
        <translation>I nove fattori di successo</translation>
    </message>
    <message>
        <source>No self-assessment yet: rate the nine factors on the Program page.</source>
        <translation>Nessuna autovalutazione finora: valuta i nove fattori nella pagina Programma.</translation>
    </message>
    <message>
        <source>Latest self-assessment: %1 - overall %2 of 5 (trend %3).</source>
        <translation>Ultima autovalutazione: %1 - complessivo %2 su 5 (andamento %3).</translation>
    </message>
    <message>
        <source>%1
Ours: %2</source>
        <translation>%1
Nostre: %2</translation>
    </message>
    <message>
        <source>Success factor</source>
        <translation>Fattore di successo</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Ultima</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Andamento</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Storico</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>Fattore</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Complessivo</translation>
    </message>
    <message>
        <source>What the levels look like</source>
        <translation>Come appaiono i livelli</translation>
    </message>
    <message>
        <source>Internal trust and collaboration</source>
        <translation>Fiducia interna e collaborazione</translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation>Non ancora risposto</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Domanda</translation>
    </message>
    <message>
        <source>Our answer</source>
        <translation>La nostra risposta</translation>
    </message>
    <message>
        <source>Our divisions on key accounts</source>
        <translation>Le nostre divisioni sui key account</translation>
    </message>
    <message>
        <source>No division recorded on a key account yet.</source>
        <translation>Nessuna divisione registrata finora su un key account.</translation>
    </message>
    <message>
        <source>Key account</source>
        <translation>Key account</translation>
    </message>
    <message>
        <source>Our division</source>
        <translation>La nostra divisione</translation>
    </message>
    <message>
        <source>Leadership support</source>
        <translation>Sostegno della direzione</translation>
    </message>
    <message>
        <source>No leadership cycle recorded yet.</source>
        <translation>Nessun ciclo della direzione registrato finora.</translation>
    </message>
    <message>
        <source>Review cycle of %1</source>
        <translation>Ciclo di revisione del %1</translation>
    </message>
    <message>
        <source>People and resources asked for</source>
        <translation>Persone e risorse richieste</translation>
    </message>
    <message>
        <source>People and resources granted</source>
        <translation>Persone e risorse concesse</translation>
    </message>
    <message>
        <source>KAM is not selling</source>
        <translation>Il KAM non è vendita</translation>
    </message>
    <message>
        <source>%1 decision makers</source>
        <translation>%1 decisori</translation>
    </message>
    <message>
        <source>%1 %2 objectives</source>
        <translation>%1 obiettivi di %2</translation>
    </message>
    <message>
        <source>Customers want</source>
        <translation>I clienti vogliono</translation>
    </message>
    <message>
        <source>Selling / account management</source>
        <translation>Vendita / gestione degli account</translation>
    </message>
    <message>
        <source>In our plans</source>
        <translation>Nei nostri piani</translation>
    </message>
    <message>
        <source>Our reflection</source>
        <translation>La nostra riflessione</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Consigli</translation>
    </message>
    <message>
        <source>No factor is rated 2 or lower in the latest assessment.</source>
        <translation>Nessun fattore ha valutazione 2 o inferiore nell&apos;ultima autovalutazione.</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Che cosa fare</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dove</translation>
    </message>
    <message>
        <source>Wrote the program report (%1 pages) to %2.</source>
        <translation>Rapporto sul programma scritto (%1 pagine) in %2.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Summary for the customer</source>
        <translation>Sintesi per il cliente</translation>
    </message>
    <message>
        <source>Write the summary for the customer before you share the review.</source>
        <translation>Scrivi la sintesi per il cliente prima di condividere la revisione.</translation>
    </message>
    <message>
        <source>(continued)</source>
        <translation>(continua)</translation>
    </message>
    <message>
        <source>+ %1 more (see the table)</source>
        <translation>+ altri %1 (vedi la tabella)</translation>
    </message>
    <message>
        <source>+ %1 more reporting lines: see the stakeholder table.</source>
        <translation>+ altre %1 linee di riporto: vedi la tabella degli interlocutori.</translation>
    </message>
    <message>
        <source>Ours</source>
        <translation>A nostro carico</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>A carico del cliente</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>scadenza %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>entro il %1</translation>
    </message>
    <message>
        <source>held %1</source>
        <translation>tenuta il %1</translation>
    </message>
    <message>
        <source>Past due since %1: the customer would read a missed date. Change the due date or unshare it before you export.</source>
        <translation>Scaduta dal %1: il cliente leggerebbe una data mancata. Cambia la scadenza o togli la condivisione prima di esportare.</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>Choose a due date from today on: the customer reads it as a promise.</source>
        <translation>Scegli una scadenza da oggi in poi: il cliente la legge come un impegno.</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contatti</translation>
    </message>
    <message>
        <source>Prepared this plan</source>
        <translation>Ha preparato questo piano</translation>
    </message>
    <message>
        <source>Executive sponsor</source>
        <translation>Sponsor esecutivo</translation>
    </message>
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
    <message>
        <source>not assessed</source>
        <translation>non valutato</translation>
    </message>
    <message>
        <source>+%1 more in KAM Desktop</source>
        <translation>altri %1 in KAM Desktop</translation>
    </message>
    <message>
        <source>influence %1/5</source>
        <translation>influenza %1/5</translation>
    </message>
    <message>
        <source>relationship %1/5</source>
        <translation>relazione %1/5</translation>
    </message>
    <message>
        <source>Who is in the meeting</source>
        <translation>Chi partecipa all&apos;incontro</translation>
    </message>
    <message>
        <source>No one from the customer is recorded for this meeting yet.</source>
        <translation>Per questo incontro non è ancora registrato nessuno del cliente.</translation>
    </message>
    <message>
        <source>Cares about:</source>
        <translation>Ha a cuore:</translation>
    </message>
    <message>
        <source>Open with them:</source>
        <translation>Aperto con loro:</translation>
    </message>
    <message>
        <source>ours: %1</source>
        <translation>nostro: %1</translation>
    </message>
    <message>
        <source>last contact %1</source>
        <translation>ultimo contatto %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>mai</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Our read</source>
        <translation>La nostra lettura</translation>
    </message>
    <message>
        <source>What matters to them</source>
        <translation>Cosa conta per loro</translation>
    </message>
    <message>
        <source>From our side:</source>
        <translation>Da parte nostra:</translation>
    </message>
    <message>
        <source>Talking points</source>
        <translation>Punti da trattare</translation>
    </message>
    <message>
        <source>No talking points yet.</source>
        <translation>Ancora nessun punto da trattare.</translation>
    </message>
    <message>
        <source>Objectives of the plan</source>
        <translation>Obiettivi del piano</translation>
    </message>
    <message>
        <source>No objectives set yet.</source>
        <translation>Ancora nessun obiettivo.</translation>
    </message>
    <message>
        <source>Questions to ask</source>
        <translation>Domande da porre</translation>
    </message>
    <message>
        <source>No open research questions.</source>
        <translation>Nessuna domanda di ricerca aperta.</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>Azioni aperte</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>senza data</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>in ritardo</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>senza responsabile</translation>
    </message>
    <message>
        <source>Live opportunities</source>
        <translation>Opportunità aperte</translation>
    </message>
    <message>
        <source>%1%, close %2</source>
        <translation>%1%, chiusura %2</translation>
    </message>
    <message>
        <source>open</source>
        <translation>aperta</translation>
    </message>
    <message>
        <source>No live opportunities in these divisions.</source>
        <translation>Nessuna opportunità aperta in queste divisioni.</translation>
    </message>
    <message>
        <source>Last interactions</source>
        <translation>Ultime interazioni</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Prossimo: %1</translation>
    </message>
    <message>
        <source>No earlier interactions recorded.</source>
        <translation>Nessuna interazione precedente registrata.</translation>
    </message>
    <message>
        <source>Also coming up</source>
        <translation>In arrivo</translation>
    </message>
    <message>
        <source>Meeting brief – %1</source>
        <translation>Scheda incontro – %1</translation>
    </message>
    <message>
        <source>Internal meeting brief</source>
        <translation>Scheda incontro interna</translation>
    </message>
    <message>
        <source>Meeting brief · %1</source>
        <translation>Scheda incontro · %1</translation>
    </message>
    <message>
        <source>INTERNAL – for your preparation, do not forward</source>
        <translation>INTERNO – per la tua preparazione, non inoltrare</translation>
    </message>
    <message>
        <source>Nothing open involving these people.</source>
        <translation>Nulla di aperto che coinvolga queste persone.</translation>
    </message>
    <message>
        <source>Prepared %1 by KAM Desktop</source>
        <translation>Preparato il %1 da KAM Desktop</translation>
    </message>
    <message>
        <source>Account brief (no meeting chosen)</source>
        <translation>Scheda dell&apos;account (nessun incontro scelto)</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Al %1</translation>
    </message>
    <message>
        <source>Review summary</source>
        <translation>Sintesi della revisione</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Rischio</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Incontro</translation>
    </message>
    <message>
        <source>Your priorities, as you told us: ...

What we delivered: ...

What we propose next: ...

The decisions we ask for: ...</source>
        <translation>Le vostre priorità, come ce le avete descritte: ...

Cosa abbiamo realizzato: ...

Cosa proponiamo come prossimo passo: ...

Le decisioni che vi chiediamo: ...</translation>
    </message>
    <message>
        <source>This account has no plan yet.</source>
        <translation>Questo account non ha ancora un piano.</translation>
    </message>
    <message>
        <source>Marked internal: never shared</source>
        <translation>Segnato come interno: mai condiviso</translation>
    </message>
    <message>
        <source>No customer wording yet: not printed</source>
        <translation>Ancora senza formulazione per il cliente: non stampato</translation>
    </message>
    <message>
        <source>Our own commercial figure: never printed</source>
        <translation>Un nostro dato commerciale: mai stampato</translation>
    </message>
    <message>
        <source>Past meeting: only upcoming meetings are printed</source>
        <translation>Incontro passato: si stampano solo gli incontri futuri</translation>
    </message>
    <message>
        <source>That item no longer exists.</source>
        <translation>Quella voce non esiste più.</translation>
    </message>
    <message>
        <source>This item is marked internal; it cannot be shared with the customer.</source>
        <translation>Questa voce è segnata come interna; non può essere condivisa con il cliente.</translation>
    </message>
    <message>
        <source>Customer wording</source>
        <translation>Formulazione per il cliente</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Prossimi passi</translation>
    </message>
    <message>
        <source>Escalation path</source>
        <translation>Percorso di escalation</translation>
    </message>
    <message>
        <source>The version is a number from 1 to 999.</source>
        <translation>La versione è un numero da 1 a 999.</translation>
    </message>
    <message>
        <source>Choose a sponsor from this account&apos;s people.</source>
        <translation>Scegli uno sponsor tra le persone di questo account.</translation>
    </message>
    <message>
        <source>Choose a sponsor from our team.</source>
        <translation>Scegli uno sponsor del nostro team.</translation>
    </message>
    <message>
        <source>Describe the risk or dependency.</source>
        <translation>Descrivi il rischio o la dipendenza.</translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation>Mitigazione</translation>
    </message>
    <message>
        <source>Choose who carries the risk.</source>
        <translation>Scegli chi si fa carico del rischio.</translation>
    </message>
    <message>
        <source>An internal action cannot be shared with the customer.</source>
        <translation>Un&apos;azione interna non può essere condivisa con il cliente.</translation>
    </message>
    <message>
        <source>Choose their owner from this account&apos;s people.</source>
        <translation>Scegli il loro responsabile tra le persone di questo account.</translation>
    </message>
    <message>
        <source>As the customer reads it</source>
        <translation>Come lo legge il cliente</translation>
    </message>
    <message>
        <source>An internal objective cannot be shared with the customer.</source>
        <translation>Un obiettivo interno non può essere condiviso con il cliente.</translation>
    </message>
    <message>
        <source>date not set</source>
        <translation>data non definita</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>più alto è meglio</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>più basso è meglio</translation>
    </message>
    <message>
        <source>No measurements yet</source>
        <translation>Ancora nessuna misurazione</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>obiettivo %1</translation>
    </message>
    <message>
        <source>influence %1</source>
        <translation>influenza %1</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>Sintesi</translation>
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
        <source>Team and role coverage</source>
        <translation>Team e copertura dei ruoli</translation>
    </message>
    <message>
        <source>Account plan – %1</source>
        <translation>Piano dell&apos;account – %1</translation>
    </message>
    <message>
        <source>Customer edition</source>
        <translation>Edizione per il cliente</translation>
    </message>
    <message>
        <source>Internal edition</source>
        <translation>Edizione interna</translation>
    </message>
    <message>
        <source>OUR JOINT PLAN</source>
        <translation>IL NOSTRO PIANO CONGIUNTO</translation>
    </message>
    <message>
        <source>ACCOUNT PLAN  ·  INTERNAL EDITION</source>
        <translation>PIANO DELL&apos;ACCOUNT  ·  EDIZIONE INTERNA</translation>
    </message>
    <message>
        <source>Our joint plan</source>
        <translation>Il nostro piano congiunto</translation>
    </message>
    <message>
        <source>Account plan</source>
        <translation>Piano dell&apos;account</translation>
    </message>
    <message>
        <source>Prepared for %1</source>
        <translation>Preparato per %1</translation>
    </message>
    <message>
        <source>INTERNAL – CONFIDENTIAL: not for the customer</source>
        <translation>INTERNO – RISERVATO: non per il cliente</translation>
    </message>
    <message>
        <source>Laying out pages (pass %1)</source>
        <translation>Impaginazione (passaggio %1)</translation>
    </message>
    <message>
        <source>Internal edition – confidential</source>
        <translation>Edizione interna – riservata</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Plan period</source>
        <translation>Periodo del piano</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Preparato da</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Edizione</translation>
    </message>
    <message>
        <source>This document sets out what we intend to achieve together during the plan period: the shared goals, what we have learned about your priorities, the actions agreed and how we will measure progress. We look forward to reviewing it with you.</source>
        <translation>Questo documento descrive ciò che intendiamo ottenere insieme nel periodo del piano: gli obiettivi condivisi, ciò che abbiamo appreso sulle vostre priorità, le azioni concordate e come misureremo i progressi. Saremo lieti di rivederlo insieme a voi.</translation>
    </message>
    <message>
        <source>Internal working document. It contains our assessments of people, competitors and commercial figures. Use the customer edition for anything shared outside our company.</source>
        <translation>Documento di lavoro interno. Contiene le nostre valutazioni di persone, concorrenti e dati commerciali. Per tutto ciò che esce dalla nostra azienda usate l&apos;edizione per il cliente.</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Indice</translation>
    </message>
    <message>
        <source>Preparing %1</source>
        <translation>Preparazione: %1</translation>
    </message>
    <message>
        <source>Laying out pages</source>
        <translation>Impaginazione</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fatto</translation>
    </message>
    <message>
        <source>Our joint plan – %1</source>
        <translation>Il nostro piano congiunto – %1</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 e %2</translation>
    </message>
    <message>
        <source>Version %1 · %2</source>
        <translation>Versione %1 · %2</translation>
    </message>
    <message>
        <source>together with %1</source>
        <translation>insieme a %1</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versione</translation>
    </message>
    <message>
        <source>This is the plan we have agreed to pursue together: your priorities as you told us, the value delivered so far, our joint objectives and who does what on both sides. We look forward to reviewing it with you.</source>
        <translation>Questo è il piano che abbiamo concordato di perseguire insieme: le vostre priorità come ce le avete descritte, il valore realizzato finora, i nostri obiettivi comuni e chi fa cosa da entrambe le parti. Saremo lieti di rivederlo insieme a voi.</translation>
    </message>
    <message>
        <source>We are preparing this plan together with you; its contents will follow.</source>
        <translation>Stiamo preparando questo piano insieme a voi; i contenuti seguiranno.</translation>
    </message>
    <message>
        <source>Long texts of this section</source>
        <translation>Testi lunghi di questa sezione</translation>
    </message>
    <message>
        <source>Long text %1</source>
        <translation>Testo lungo %1</translation>
    </message>
    <message>
        <source>The same text as %1.</source>
        <translation>Lo stesso testo di %1.</translation>
    </message>
    <message>
        <source>long text %1 of %2</source>
        <translation>testo lungo %1 di %2</translation>
    </message>
    <message>
        <source>Phase %1</source>
        <translation>Fase %1</translation>
    </message>
    <message>
        <source>[internal]</source>
        <translation>[interno]</translation>
    </message>
    <message>
        <source>Not yet planned</source>
        <translation>Non ancora pianificato</translation>
    </message>
    <message>
        <source>Focus of this plan period</source>
        <translation>Priorità di questo periodo del piano</translation>
    </message>
    <message>
        <source>Not a focus this period</source>
        <translation>Non prioritario in questo periodo</translation>
    </message>
    <message>
        <source>Not yet decided</source>
        <translation>Non ancora deciso</translation>
    </message>
    <message>
        <source>Not yet planned: no objectives have been set for the growth topics.</source>
        <translation>Non ancora pianificato: non sono stati fissati obiettivi per i temi di crescita.</translation>
    </message>
    <message>
        <source>Growth topic</source>
        <translation>Tema di crescita</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Obiettivo</translation>
    </message>
    <message>
        <source>Measurable target</source>
        <translation>Traguardo misurabile</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>Not yet planned: the strategy statement (what, with whom, why) has not been written yet.</source>
        <translation>Non ancora pianificato: la dichiarazione di strategia (cosa, con chi, perché) non è ancora stata scritta.</translation>
    </message>
    <message>
        <source>What we intend to do</source>
        <translation>Cosa intendiamo fare</translation>
    </message>
    <message>
        <source>With whom</source>
        <translation>Con chi</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Perché</translation>
    </message>
    <message>
        <source>Our joint plan with %1 for %2: what we intend to achieve together and how we will get there.</source>
        <translation>Il nostro piano congiunto con %1 per %2: cosa intendiamo ottenere insieme e come ci arriveremo.</translation>
    </message>
    <message>
        <source>Account plan for %1, %2.</source>
        <translation>Piano dell&apos;account %1, %2.</translation>
    </message>
    <message>
        <source>Planned in %1 rigour.</source>
        <translation>Pianificato con rigore %1.</translation>
    </message>
    <message>
        <source>Not yet planned: there is no account plan for this account yet.</source>
        <translation>Non ancora pianificato: per questo account non c&apos;è ancora un piano.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Identification score</source>
        <translation>Punteggio di identificazione</translation>
    </message>
    <message>
        <source>(assessed %1)</source>
        <translation>(valutato il %1)</translation>
    </message>
    <message>
        <source>Revenue now</source>
        <translation>Fatturato attuale</translation>
    </message>
    <message>
        <source>Revenue target</source>
        <translation>Obiettivo di fatturato</translation>
    </message>
    <message>
        <source>Revenue potential</source>
        <translation>Fatturato potenziale</translation>
    </message>
    <message>
        <source>Key figures (internal)</source>
        <translation>Dati chiave (interno)</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Stato di salute</translation>
    </message>
    <message>
        <source>As of the review of %1.</source>
        <translation>Alla revisione del %1.</translation>
    </message>
    <message>
        <source>Not yet planned: no review has been held yet, so there is no health rating.</source>
        <translation>Non ancora pianificato: non si è ancora tenuta una revisione, quindi non c&apos;è una valutazione dello stato.</translation>
    </message>
    <message>
        <source>Strategy statement</source>
        <translation>Dichiarazione di strategia</translation>
    </message>
    <message>
        <source>Objectives by growth topic</source>
        <translation>Obiettivi per tema di crescita</translation>
    </message>
    <message>
        <source>Where the plan stands</source>
        <translation>A che punto è il piano</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completata il</translation>
    </message>
    <message>
        <source>What, with whom and why</source>
        <translation>Cosa, con chi e perché</translation>
    </message>
    <message>
        <source>Divisions and sites</source>
        <translation>Divisioni e sedi</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Persone</translation>
    </message>
    <message>
        <source>Who the plan focuses on</source>
        <translation>Su chi si concentra il piano</translation>
    </message>
    <message>
        <source>Growth topics</source>
        <translation>Temi di crescita</translation>
    </message>
    <message>
        <source>Not yet planned: the growth topics have not been considered yet.</source>
        <translation>Non ancora pianificato: i temi di crescita non sono ancora stati considerati.</translation>
    </message>
    <message>
        <source>1 objective</source>
        <translation>1 obiettivo</translation>
    </message>
    <message>
        <source>%1 objectives</source>
        <translation>%1 obiettivi</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisione</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Obiettivi</translation>
    </message>
    <message>
        <source>Penetration: more divisions and sites; expansion: more of our offerings; protection: keeping the relationship safe from competitors.</source>
        <translation>Penetrazione: più divisioni e sedi; espansione: più offerte nostre; protezione: tenere la relazione al riparo dai concorrenti.</translation>
    </message>
    <message>
        <source>Yes - remains a key account</source>
        <translation>Sì - resta un key account</translation>
    </message>
    <message>
        <source>No - to be reconsidered</source>
        <translation>No - da riconsiderare</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>Non ancora deciso</translation>
    </message>
    <message>
        <source>Still a key account?</source>
        <translation>Ancora un key account?</translation>
    </message>
    <message>
        <source>Qualification note</source>
        <translation>Nota di qualificazione</translation>
    </message>
    <message>
        <source>Qualification (internal)</source>
        <translation>Qualificazione (interno)</translation>
    </message>
    <message>
        <source>Account notes</source>
        <translation>Note sull&apos;account</translation>
    </message>
    <message>
        <source>Plan notes</source>
        <translation>Note sul piano</translation>
    </message>
    <message>
        <source>Assessment notes</source>
        <translation>Note sulla valutazione</translation>
    </message>
    <message>
        <source>Internal notes</source>
        <translation>Note interne</translation>
    </message>
    <message>
        <source>Name and title</source>
        <translation>Nome e ruolo</translation>
    </message>
    <message>
        <source>Division</source>
        <translation>Divisione</translation>
    </message>
    <message>
        <source>Reports to</source>
        <translation>Riporta a</translation>
    </message>
    <message>
        <source>Our contact</source>
        <translation>Nostro referente</translation>
    </message>
    <message>
        <source>Decision role</source>
        <translation>Ruolo decisionale</translation>
    </message>
    <message>
        <source>Infl.</source>
        <translation>Infl.</translation>
    </message>
    <message>
        <source>Attitude</source>
        <translation>Atteggiamento</translation>
    </message>
    <message>
        <source>Rel.</source>
        <translation>Rel.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <source>What we have learned</source>
        <translation>Cosa abbiamo imparato</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Domanda</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Risposta</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <source>Not yet planned: no research questions have been answered yet.</source>
        <translation>Non ancora pianificato: nessuna domanda di ricerca ha ancora una risposta.</translation>
    </message>
    <message>
        <source>Open questions</source>
        <translation>Domande aperte</translation>
    </message>
    <message>
        <source>Who finds out</source>
        <translation>Chi lo scopre</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Entro</translation>
    </message>
    <message>
        <source>No open questions are recorded.</source>
        <translation>Non ci sono domande aperte.</translation>
    </message>
    <message>
        <source>People and organisation</source>
        <translation>Persone e organizzazione</translation>
    </message>
    <message>
        <source>Organisation chart</source>
        <translation>Organigramma</translation>
    </message>
    <message>
        <source>Coloured edge = attitude (green supporter, grey neutral, red opponent).</source>
        <translation>Bordo colorato = atteggiamento (verde sostenitore, grigio neutrale, rosso oppositore).</translation>
    </message>
    <message>
        <source>Reporting lines as we understand them.</source>
        <translation>Linee di riporto come le conosciamo.</translation>
    </message>
    <message>
        <source>What they care about (internal)</source>
        <translation>Cosa sta loro a cuore (interno)</translation>
    </message>
    <message>
        <source>Cares about</source>
        <translation>Ha a cuore</translation>
    </message>
    <message>
        <source>Our notes</source>
        <translation>Nostre note</translation>
    </message>
    <message>
        <source>Not yet planned: no people at the account have been recorded yet.</source>
        <translation>Non ancora pianificato: non sono ancora state registrate persone dell&apos;account.</translation>
    </message>
    <message>
        <source>Competitors (internal)</source>
        <translation>Concorrenti (interno)</translation>
    </message>
    <message>
        <source>Threat: %1</source>
        <translation>Minaccia: %1</translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>Concorrente</translation>
    </message>
    <message>
        <source>Presence</source>
        <translation>Presenza</translation>
    </message>
    <message>
        <source>Strengths / weaknesses</source>
        <translation>Punti di forza / debolezze</translation>
    </message>
    <message>
        <source>Our counter-strategy</source>
        <translation>La nostra contromossa</translation>
    </message>
    <message>
        <source>No competitors have been recorded at this account.</source>
        <translation>Per questo account non sono stati registrati concorrenti.</translation>
    </message>
    <message>
        <source>Trends affecting the business</source>
        <translation>Tendenze che influenzano il business</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Tendenza</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impatto</translation>
    </message>
    <message>
        <source>Not yet planned: no trends have been recorded yet.</source>
        <translation>Non ancora pianificato: non sono ancora state registrate tendenze.</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Esigenze</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Esigenza</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorità</translation>
    </message>
    <message>
        <source>Raised by</source>
        <translation>Sollevata da</translation>
    </message>
    <message>
        <source>Not yet planned: no needs have been recorded yet.</source>
        <translation>Non ancora pianificato: non sono ancora state registrate esigenze.</translation>
    </message>
    <message>
        <source>with %1</source>
        <translation>con %1</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Risorse</translation>
    </message>
    <message>
        <source>Not yet planned: no divisions or offerings have been mapped yet.</source>
        <translation>Non ancora pianificato: non sono ancora state mappate divisioni o offerte.</translation>
    </message>
    <message>
        <source>In place</source>
        <translation>In essere</translation>
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
        <source>n/a</source>
        <translation>n/p</translation>
    </message>
    <message>
        <source>Green: we already deliver this; blue: an opportunity to explore together.</source>
        <translation>Verde: lo forniamo già; blu: un&apos;opportunità da esplorare insieme.</translation>
    </message>
    <message>
        <source>Green sold · blue opportunity · red a competitor holds it · grey not relevant · white unknown.</source>
        <translation>Verde venduto · blu opportunità · rosso lo detiene un concorrente · grigio non pertinente · bianco sconosciuto.</translation>
    </message>
    <message>
        <source>Division / offering</source>
        <translation>Divisione / offerta</translation>
    </message>
    <message>
        <source>The compelling case</source>
        <translation>La proposta convincente</translation>
    </message>
    <message>
        <source>our team</source>
        <translation>il nostro team</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Pianificata</translation>
    </message>
    <message>
        <source>Under way</source>
        <translation>In corso</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>In sospeso</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annullata</translation>
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
        <source>Our joint ambition</source>
        <translation>La nostra ambizione comune</translation>
    </message>
    <message>
        <source>What you have told us matters most to %1.</source>
        <translation>Ciò che ci avete detto conta di più per %1.</translation>
    </message>
    <message>
        <source>Your priorities</source>
        <translation>Le vostre priorità</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dove</translation>
    </message>
    <message>
        <source>What is changing in your market</source>
        <translation>Cosa sta cambiando nel vostro mercato</translation>
    </message>
    <message>
        <source>What it means for you</source>
        <translation>Cosa significa per voi</translation>
    </message>
    <message>
        <source>Where we stand (%1)</source>
        <translation>A che punto siamo (%1)</translation>
    </message>
    <message>
        <source>Value we bring</source>
        <translation>Il valore che portiamo</translation>
    </message>
    <message>
        <source>The challenge</source>
        <translation>La sfida</translation>
    </message>
    <message>
        <source>What we do together</source>
        <translation>Cosa facciamo insieme</translation>
    </message>
    <message>
        <source>The value for you</source>
        <translation>Il valore per voi</translation>
    </message>
    <message>
        <source>Objective %1</source>
        <translation>Obiettivo %1</translation>
    </message>
    <message>
        <source>For %1</source>
        <translation>Per %1</translation>
    </message>
    <message>
        <source>What we deliver for you</source>
        <translation>Cosa realizziamo per voi</translation>
    </message>
    <message>
        <source>How we measure progress</source>
        <translation>Come misuriamo i progressi</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Misura</translation>
    </message>
    <message>
        <source>Starting point</source>
        <translation>Punto di partenza</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Traguardo</translation>
    </message>
    <message>
        <source>What we have agreed to achieve together in this plan period.</source>
        <translation>Ciò che abbiamo concordato di ottenere insieme in questo periodo del piano.</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Tappa</translation>
    </message>
    <message>
        <source>%1 lead</source>
        <translation>Referente %1</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Tappe</translation>
    </message>
    <message>
        <source>Who does what, and by when, on both sides.</source>
        <translation>Chi fa cosa, ed entro quando, da entrambe le parti.</translation>
    </message>
    <message>
        <source>At %1</source>
        <translation>Presso %1</translation>
    </message>
    <message>
        <source>Sponsor at %1</source>
        <translation>Sponsor presso %1</translation>
    </message>
    <message>
        <source>How often we meet</source>
        <translation>Con che frequenza ci incontriamo</translation>
    </message>
    <message>
        <source>Next joint review</source>
        <translation>Prossima revisione comune</translation>
    </message>
    <message>
        <source>If something needs escalating</source>
        <translation>Se qualcosa va portato più in alto</translation>
    </message>
    <message>
        <source>Coming up</source>
        <translation>In arrivo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Your contacts at %1</source>
        <translation>I vostri referenti presso %1</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <source>Both of us</source>
        <translation>Entrambi</translation>
    </message>
    <message>
        <source>What could hold us back, and how we will handle it.</source>
        <translation>Cosa potrebbe frenarci, e come lo affronteremo.</translation>
    </message>
    <message>
        <source>Risk or dependency</source>
        <translation>Rischio o dipendenza</translation>
    </message>
    <message>
        <source>How we address it</source>
        <translation>Come lo affrontiamo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Chi</translation>
    </message>
    <message>
        <source>We agree to this plan and to review it together.</source>
        <translation>Approviamo questo piano e ci impegniamo a rivederlo insieme.</translation>
    </message>
    <message>
        <source>In full (%1)</source>
        <translation>Per intero (%1)</translation>
    </message>
    <message>
        <source>The same text as printed in full above.</source>
        <translation>Lo stesso testo stampato per intero sopra.</translation>
    </message>
    <message>
        <source>Our answer</source>
        <translation>La nostra risposta</translation>
    </message>
    <message>
        <source>The value</source>
        <translation>Il valore</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Prove</translation>
    </message>
    <message>
        <source>Value to us (internal)</source>
        <translation>Valore per noi (interno)</translation>
    </message>
    <message>
        <source>Value proposition</source>
        <translation>Proposta di valore</translation>
    </message>
    <message>
        <source>Not yet planned: the compelling case has not been written yet.</source>
        <translation>Non ancora pianificato: la proposta convincente non è ancora stata scritta.</translation>
    </message>
    <message>
        <source>Actions by objective</source>
        <translation>Azioni per obiettivo</translation>
    </message>
    <message>
        <source>Not yet planned: no actions have been defined yet.</source>
        <translation>Non ancora pianificato: non sono ancora state definite azioni.</translation>
    </message>
    <message>
        <source>Not yet planned: no actions for this objective yet.</source>
        <translation>Non ancora pianificato: nessuna azione per questo obiettivo.</translation>
    </message>
    <message>
        <source>Other actions</source>
        <translation>Altre azioni</translation>
    </message>
    <message>
        <source>Whitespace: divisions and offerings</source>
        <translation>Spazi bianchi: divisioni e offerte</translation>
    </message>
    <message>
        <source>Pipeline by stage and growth topic</source>
        <translation>Pipeline per fase e tema di crescita</translation>
    </message>
    <message>
        <source>Initiatives by stage and growth topic</source>
        <translation>Iniziative per fase e tema di crescita</translation>
    </message>
    <message>
        <source>Bar length: total value per stage.</source>
        <translation>Lunghezza delle barre: valore totale per fase.</translation>
    </message>
    <message>
        <source>Number of initiatives per stage.</source>
        <translation>Numero di iniziative per fase.</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Chiusura prevista</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <source>Prob.</source>
        <translation>Prob.</translation>
    </message>
    <message>
        <source>Notes (internal)</source>
        <translation>Note (interno)</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Iniziativa</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Prevista</translation>
    </message>
    <message>
        <source>Not yet planned: no opportunities have been identified yet.</source>
        <translation>Non ancora pianificato: non sono ancora state individuate opportunità.</translation>
    </message>
    <message>
        <source>Recent interactions</source>
        <translation>Interazioni recenti</translation>
    </message>
    <message>
        <source>No summary recorded.</source>
        <translation>Nessun riepilogo registrato.</translation>
    </message>
    <message>
        <source>Next steps:</source>
        <translation>Prossimi passi:</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Oggetto</translation>
    </message>
    <message>
        <source>Summary and next steps</source>
        <translation>Riepilogo e prossimi passi</translation>
    </message>
    <message>
        <source>No interactions have been recorded yet.</source>
        <translation>Non sono ancora state registrate interazioni.</translation>
    </message>
    <message>
        <source>%1% of the way</source>
        <translation>%1% del percorso</translation>
    </message>
    <message>
        <source>Key performance indicators</source>
        <translation>Indicatori chiave di prestazione</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unità</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Valore di partenza</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Obiettivo</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Ultimo</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avanzamento</translation>
    </message>
    <message>
        <source>Not yet planned: no KPIs have been defined yet.</source>
        <translation>Non ancora pianificato: non sono ancora stati definiti KPI.</translation>
    </message>
    <message>
        <source>Last review</source>
        <translation>Ultima revisione</translation>
    </message>
    <message>
        <source>Not yet planned: no review has been held yet.</source>
        <translation>Non ancora pianificato: non si è ancora tenuta una revisione.</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Risultati</translation>
    </message>
    <message>
        <source>Adjustments</source>
        <translation>Correzioni</translation>
    </message>
    <message>
        <source>Your account team</source>
        <translation>Il vostro team dedicato</translation>
    </message>
    <message>
        <source>Not yet planned: no account team has been formed yet.</source>
        <translation>Non ancora pianificato: il team dell&apos;account non è ancora stato formato.</translation>
    </message>
    <message>
        <source>The people on our side who work with you, and the roles they play.</source>
        <translation>Le persone della nostra squadra che lavorano con voi, e i ruoli che svolgono.</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funzione</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Ruoli</translation>
    </message>
    <message>
        <source>Role coverage matrix</source>
        <translation>Matrice di copertura dei ruoli</translation>
    </message>
    <message>
        <source>Team member</source>
        <translation>Membro del team</translation>
    </message>
    <message>
        <source>primary</source>
        <translation>principale</translation>
    </message>
    <message>
        <source>backup</source>
        <translation>riserva</translation>
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
        <source>GAP</source>
        <translation>SCOPERTO</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Copertura</translation>
    </message>
    <message>
        <source>Uncovered roles: %1. A role is covered by a primary holder; backup only is thin.</source>
        <translation>Ruoli scoperti: %1. Un ruolo è coperto se ha un titolare principale; con la sola riserva è debole.</translation>
    </message>
    <message>
        <source>Fluency (internal)</source>
        <translation>Padronanza (interno)</translation>
    </message>
    <message>
        <source>Ratings 1-5, latest per area; 1-2 highlighted.</source>
        <translation>Valutazioni 1-5, l&apos;ultima per area; 1-2 evidenziate.</translation>
    </message>
    <message>
        <source>Your goals and priorities</source>
        <translation>I vostri obiettivi e le vostre priorità</translation>
    </message>
    <message>
        <source>Value delivered so far</source>
        <translation>Il valore realizzato finora</translation>
    </message>
    <message>
        <source>Our joint objectives</source>
        <translation>I nostri obiettivi comuni</translation>
    </message>
    <message>
        <source>Mutual action plan</source>
        <translation>Piano d&apos;azione comune</translation>
    </message>
    <message>
        <source>How we work together</source>
        <translation>Come lavoriamo insieme</translation>
    </message>
    <message>
        <source>Joint risks and dependencies</source>
        <translation>Rischi e dipendenze comuni</translation>
    </message>
    <message>
        <source>Next steps and sign-off</source>
        <translation>Prossimi passi e approvazione</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>target “%1” → “%2”</source>
        <translation>obiettivo misurabile “%1” → “%2”</translation>
    </message>
    <message>
        <source>due %1 → %2</source>
        <translation>scadenza %1 → %2</translation>
    </message>
    <message>
        <source>reviewed, unchanged</source>
        <translation>rivisto, invariato</translation>
    </message>
    <message>
        <source>Objective “%1”: %2</source>
        <translation>Obiettivo “%1”: %2</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>scadenza %1</translation>
    </message>
    <message>
        <source>New action: %1</source>
        <translation>Nuova azione: %1</translation>
    </message>
</context>
<context>
    <name>ReviewDiff</name>
    <message>
        <source>Health changed</source>
        <translation>Stato di salute cambiato</translation>
    </message>
    <message>
        <source>Health: %1</source>
        <translation>Stato di salute: %1</translation>
    </message>
    <message>
        <source>Objective added: “%1”</source>
        <translation>Obiettivo aggiunto: “%1”</translation>
    </message>
    <message>
        <source>Objective removed: “%1”</source>
        <translation>Obiettivo rimosso: “%1”</translation>
    </message>
    <message>
        <source>Action added: “%1”</source>
        <translation>Azione aggiunta: “%1”</translation>
    </message>
    <message>
        <source>Action removed: “%1”</source>
        <translation>Azione rimossa: “%1”</translation>
    </message>
    <message>
        <source>KPI added: “%1”</source>
        <translation>KPI aggiunto: “%1”</translation>
    </message>
    <message>
        <source>KPI removed: “%1”</source>
        <translation>KPI rimosso: “%1”</translation>
    </message>
    <message>
        <source>Objective “%1”: %2</source>
        <translation>Obiettivo “%1”: %2</translation>
    </message>
    <message>
        <source>Action “%1”: %2</source>
        <translation>Azione “%1”: %2</translation>
    </message>
    <message>
        <source>KPI “%1”: %2</source>
        <translation>KPI “%1”: %2</translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <source>was “%1”</source>
        <translation>prima “%1”</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>topic</source>
        <translation>tema</translation>
    </message>
    <message>
        <source>target</source>
        <translation>obiettivo misurabile</translation>
    </message>
    <message>
        <source>due</source>
        <translation>scadenza</translation>
    </message>
    <message>
        <source>status</source>
        <translation>stato</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>responsabile</translation>
    </message>
    <message>
        <source>latest</source>
        <translation>ultimo valore</translation>
    </message>
    <message>
        <source>No changes.</source>
        <translation>Nessuna modifica.</translation>
    </message>
    <message numerus="yes">
        <source>%n objective(s)</source>
        <translation>
            <numerusform>%n obiettivo</numerusform>
            <numerusform>%n obiettivi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n azione</numerusform>
            <numerusform>%n azioni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n KPI(s)</source>
        <translation>
            <numerusform>%n KPI</numerusform>
            <numerusform>%n KPI</numerusform>
        </translation>
    </message>
    <message>
        <source>health</source>
        <translation>stato di salute</translation>
    </message>
    <message>
        <source>Changed: %1.</source>
        <translation>Modificati: %1.</translation>
    </message>
</context>
<context>
    <name>Scoring</name>
    <message>
        <source>score = Σ(weight × points) ÷ Σ(weight), over rated factors only; points = (rating − 1) ÷ 4 × 100, and for Relative effort (5 − rating) ÷ 4 × 100</source>
        <translation>punteggio = Σ(peso × punti) ÷ Σ(peso), solo sui fattori valutati; punti = (valutazione − 1) ÷ 4 × 100, e per l’Impegno relativo (5 − valutazione) ÷ 4 × 100</translation>
    </message>
    <message>
        <source>A small customer for us today</source>
        <translation>Oggi per noi un cliente piccolo</translation>
    </message>
    <message>
        <source>One of our largest customers today</source>
        <translation>Oggi uno dei nostri clienti più grandi</translation>
    </message>
    <message>
        <source>Little more to win here</source>
        <translation>Poco altro da conquistare qui</translation>
    </message>
    <message>
        <source>Several times today&apos;s business is within reach</source>
        <translation>Un giro d’affari pari a più volte quello di oggi è a portata di mano</translation>
    </message>
    <message>
        <source>Contracts at real risk of not renewing</source>
        <translation>Contratti a rischio concreto di mancato rinnovo</translation>
    </message>
    <message>
        <source>Renewals are all but certain</source>
        <translation>I rinnovi sono praticamente certi</translation>
    </message>
    <message>
        <source>Hard to win anything soon</source>
        <translation>Difficile ottenere qualcosa a breve</translation>
    </message>
    <message>
        <source>A quick win now opens a long road of growth</source>
        <translation>Un successo rapido ora apre una lunga strada di crescita</translation>
    </message>
    <message>
        <source>Progress comes easily</source>
        <translation>I progressi arrivano facilmente</translation>
    </message>
    <message>
        <source>Every step takes heavy effort and resources</source>
        <translation>Ogni passo richiede molto impegno e molte risorse</translation>
    </message>
    <message>
        <source>We hardly know anyone there</source>
        <translation>Non conosciamo quasi nessuno lì</translation>
    </message>
    <message>
        <source>Trusted at senior level across the account</source>
        <translation>Godiamo di fiducia ai livelli alti in tutto l’account</translation>
    </message>
    <message>
        <source>Poor fit of offering, culture or industry</source>
        <translation>Scarsa affinità di offerta, cultura o settore</translation>
    </message>
    <message>
        <source>Ideal fit with what we do and how we work</source>
        <translation>Affinità ideale con ciò che facciamo e come lavoriamo</translation>
    </message>
    <message>
        <source>Unknown name, no reference value</source>
        <translation>Nome sconosciuto, nessun valore come referenza</translation>
    </message>
    <message>
        <source>A name that opens doors everywhere</source>
        <translation>Un nome che apre le porte ovunque</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>non valutato</translation>
    </message>
    <message>
        <source>%1 (on %2 of %3 factors)</source>
        <translation>%1 (su %2 di %3 fattori)</translation>
    </message>
    <message>
        <source>%1 must be rated 1 to 5.</source>
        <translation>%1 va valutato da 1 a 5.</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>Another program is using the database right now (it is locked), so this change was not saved. Close the other program (or wait a moment) and try again.</source>
        <translation>Un altro programma sta usando il database in questo momento (è bloccato), quindi questa modifica non è stata salvata. Chiudi l’altro programma (o attendi un momento) e riprova.</translation>
    </message>
    <message>
        <source>The disk is full, so this change was not saved. Everything saved before is intact: free some space, then try again.</source>
        <translation>Il disco è pieno, quindi questa modifica non è stata salvata. Tutto ciò che era stato salvato prima è intatto: libera un po’ di spazio, poi riprova.</translation>
    </message>
    <message>
        <source>The database is open read-only (%1), so changes cannot be saved.</source>
        <translation>Il database è aperto in sola lettura (%1), quindi le modifiche non si possono salvare.</translation>
    </message>
    <message>
        <source>The database is open read-only, so changes cannot be saved.</source>
        <translation>Il database è aperto in sola lettura, quindi le modifiche non si possono salvare.</translation>
    </message>
    <message>
        <source>The database file %1 cannot be written (read-only file or folder), so this change was not saved.</source>
        <translation>Il file di database %1 non si può scrivere (file o cartella in sola lettura), quindi questa modifica non è stata salvata.</translation>
    </message>
    <message>
        <source>The database file %1 is damaged, so this change was not saved. Use Help &gt; Check database to see what is wrong and restore a backup.</source>
        <translation>Il file di database %1 è danneggiato, quindi questa modifica non è stata salvata. Usa Aiuto &gt; Controlla database per vedere cosa non va e ripristinare una copia di sicurezza.</translation>
    </message>
    <message>
        <source>The database file %1 cannot be reached (was its drive removed?), so this change was not saved.</source>
        <translation>Il file di database %1 non è raggiungibile (il disco è stato scollegato?), quindi questa modifica non è stata salvata.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2.</source>
        <translation>Impossibile aprire %1: %2.</translation>
    </message>
    <message>
        <source>%1 cannot be read as a database (%2).</source>
        <translation>%1 non si può leggere come database (%2).</translation>
    </message>
    <message>
        <source>Upgrading %1 would leave %2 broken references; the upgrade was rolled back.</source>
        <translation>L’aggiornamento di %1 lascerebbe %2 riferimenti interrotti; l’aggiornamento è stato annullato.</translation>
    </message>
    <message>
        <source>KAM Desktop (process %1 on %2)</source>
        <translation>KAM Desktop (processo %1 su %2)</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>un altro programma</translation>
    </message>
    <message>
        <source>%1 is in use by %2: it is locked, so it was not opened. The file itself is fine: close the other program (or wait a moment) and try again.</source>
        <translation>%1 è in uso da parte di %2: è bloccato, quindi non è stato aperto. Il file in sé è a posto: chiudi l’altro programma (o attendi un momento) e riprova.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 è una cartella, non un file di database.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a device, a pipe or a socket): give the path of a database file.</source>
        <translation>%1 non è un file normale (un dispositivo, una pipe o un socket): indica il percorso di un file di database.</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes): it may be a cloud file not downloaded yet, or its contents were lost. It was not changed; download it first, or give the name of a file that does not exist yet to start a new database.</source>
        <translation>%1 è vuoto (0 byte): può essere un file cloud non ancora scaricato, oppure il suo contenuto è andato perso. Non è stato modificato; scaricalo prima, oppure indica il nome di un file che non esiste ancora per iniziare un nuovo database.</translation>
    </message>
    <message>
        <source>%1 is not a KAM Desktop database (not a SQLite file).</source>
        <translation>%1 non è un database di KAM Desktop (non è un file SQLite).</translation>
    </message>
    <message>
        <source>%1 belongs to another application (id %2); not opened.</source>
        <translation>%1 appartiene a un’altra applicazione (id %2); non è stato aperto.</translation>
    </message>
    <message>
        <source>created</source>
        <translation>creato</translation>
    </message>
    <message>
        <source>upgraded</source>
        <translation>aggiornato</translation>
    </message>
    <message>
        <source>The disk holding %1 is full, so the database was not %2. Free some space and try again.</source>
        <translation>Il disco che contiene %1 è pieno, quindi il database non è stato %2. Libera un po’ di spazio e riprova.</translation>
    </message>
    <message>
        <source>The database at %1 could not be %2: %3.</source>
        <translation>Il database in %1 non è stato %2: %3.</translation>
    </message>
    <message>
        <source>Cannot create the database at %1: %2.</source>
        <translation>Impossibile creare il database in %1: %2.</translation>
    </message>
    <message>
        <source>the file has %1 names (hard links); writing through two names would damage it, so make a copy (not a link) to edit</source>
        <translation>il file ha %1 nomi (collegamenti fisici); scrivere attraverso due nomi lo danneggerebbe, quindi per modificarlo fanne una copia (non un collegamento)</translation>
    </message>
    <message>
        <source>it is in a place your user account on this computer cannot write to</source>
        <translation>si trova in una posizione in cui questo utente non può scrivere</translation>
    </message>
    <message>
        <source>%1 is a SQLite database, but not one of KAM Desktop&apos;s.</source>
        <translation>%1 è un database SQLite, ma non di KAM Desktop.</translation>
    </message>
    <message>
        <source>The newest good backup is %1 (%2): File &gt; Restore from backup… puts it in place (the damaged file is kept).</source>
        <translation>La copia di sicurezza integra più recente è %1 (%2): File &gt; Ripristina da un backup… la rimette al suo posto (il file danneggiato viene conservato).</translation>
    </message>
    <message>
        <source>No good backup was found.</source>
        <translation>Non è stata trovata nessuna copia di sicurezza integra.</translation>
    </message>
    <message>
        <source>The database file %1 is damaged, so this data could not be read (nothing was changed). %2</source>
        <translation>Il file di database %1 è danneggiato, quindi questi dati non si sono potuti leggere (non è stato modificato nulla). %2</translation>
    </message>
    <message>
        <source>The database file %1 is damaged, so nothing more is written to it: this change was not saved. %2</source>
        <translation>Il file di database %1 è danneggiato, quindi non vi si scrive più nulla: questa modifica non è stata salvata. %2</translation>
    </message>
    <message>
        <source>The database file %1 is still being checked (it is large), so this change was not saved. Try again in a moment.</source>
        <translation>Il file di database %1 è ancora in fase di verifica (è grande), quindi questa modifica non è stata salvata. Riprova tra un momento.</translation>
    </message>
    <message>
        <source>%1 is in use by another program right now (it holds the file locked), so it could not be read. Nothing was changed: close the other program (or wait a moment) and try again.</source>
        <translation>%1 è in uso da parte di un altro programma in questo momento (tiene il file bloccato), quindi non è stato possibile leggerlo. Non è stato modificato nulla: chiudi l’altro programma (o attendi un momento) e riprova.</translation>
    </message>
    <message>
        <source>%1 was not left by KAM Desktop on %2 (a sync tool or a copied folder?), so it was not applied and neither file was changed. To open the database as last saved, move %3 (and %2-shm) out of the folder; to recover its changes, open it with the copy it came from.</source>
        <translation>%1 non è stato lasciato da KAM Desktop su %2 (uno strumento di sincronizzazione o una cartella copiata?), quindi non è stato applicato e nessuno dei due file è stato modificato. Per aprire il database come era all’ultimo salvataggio, sposta %3 (e %2-shm) fuori dalla cartella; per recuperarne le modifiche, aprilo insieme alla copia da cui proviene.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of KAM Desktop (schema %2); please update the app. The file was not changed.</source>
        <translation>%1 è stato scritto da una versione più recente di KAM Desktop (schema %2); aggiorna l’applicazione. Il file non è stato modificato.</translation>
    </message>
    <message>
        <source>Cannot create the database at %1: the folder is read-only.</source>
        <translation>Impossibile creare il database in %1: la cartella è in sola lettura.</translation>
    </message>
    <message>
        <source>%1 is in a read-only place and needs an upgrade for this version of KAM Desktop, which would have to write to it. Copy it to a folder you can write to.</source>
        <translation>%1 si trova in una posizione di sola lettura e va aggiornato per questa versione di KAM Desktop, che dovrebbe scriverci. Copialo in una cartella in cui puoi scrivere.</translation>
    </message>
    <message>
        <source>%1 has an unfinished change to roll back (its -journal), which needs write access, but it is in a read-only place. Copy the folder to a place you can write to and open it there.</source>
        <translation>%1 ha una modifica incompiuta da annullare (il suo -journal), che richiede l’accesso in scrittura, ma si trova in una posizione di sola lettura. Copia la cartella in una posizione in cui puoi scrivere e aprilo lì.</translation>
    </message>
    <message>
        <source>No database at %1.</source>
        <translation>Nessun database in %1.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a folder, a device, a pipe or a socket): give the path of a database file.</source>
        <translation>%1 non è un file normale (una cartella, un dispositivo, una pipe o un socket): indica il percorso di un file di database.</translation>
    </message>
    <message>
        <source>KAM Desktop is running on %1 (process %2 on %3). Close it first, or restore from its File menu.</source>
        <translation>KAM Desktop è in esecuzione su %1 (processo %2 su %3). Chiudilo prima, oppure ripristina dal suo menu File.</translation>
    </message>
    <message>
        <source>%1 is in use by another program right now (it is writing to it), so nothing was restored and nothing was changed. Close the other program (or wait a moment) and try again.</source>
        <translation>%1 è in uso da parte di un altro programma in questo momento (ci sta scrivendo), quindi non è stato ripristinato nulla e non è cambiato nulla. Chiudi l’altro programma (o attendi un momento) e riprova.</translation>
    </message>
    <message>
        <source>it is a SQLite database, but not one of KAM Desktop&apos;s.</source>
        <translation>è un database SQLite, ma non di KAM Desktop.</translation>
    </message>
    <message>
        <source>it was written by a newer version of KAM Desktop.</source>
        <translation>è stato scritto da una versione più recente di KAM Desktop.</translation>
    </message>
    <message>
        <source>it is not a KAM Desktop database this version can read.</source>
        <translation>non è un database di KAM Desktop che questa versione sa leggere.</translation>
    </message>
    <message>
        <source>Choose a backup file, not the database itself.</source>
        <translation>Scegli un file di copia di sicurezza, non il database stesso.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be restored: %2 Nothing was changed.</source>
        <translation>La copia di sicurezza %1 non si può ripristinare: %2 Non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>The export has a damaged binary value in %1.</source>
        <translation>L’esportazione contiene un valore binario danneggiato in %1.</translation>
    </message>
    <message>
        <source>The export has a value that is not allowed in %1.</source>
        <translation>L’esportazione contiene un valore non ammesso in %1.</translation>
    </message>
    <message>
        <source>the text is longer than %1 characters</source>
        <translation>il testo supera i %1 caratteri</translation>
    </message>
    <message>
        <source>it may not be empty (null)</source>
        <translation>non può essere vuoto (null)</translation>
    </message>
    <message>
        <source>it holds broken text (a lone surrogate)</source>
        <translation>contiene testo danneggiato (un surrogato isolato)</translation>
    </message>
    <message>
        <source>expected true/false (0 or 1)</source>
        <translation>serve un valore vero/falso (0 o 1)</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>serve un numero intero</translation>
    </message>
    <message>
        <source>the number is out of range</source>
        <translation>il numero è fuori dall’intervallo ammesso</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>serve un numero</translation>
    </message>
    <message>
        <source>expected text</source>
        <translation>serve un testo</translation>
    </message>
    <message>
        <source>expected a date or time as text</source>
        <translation>serve una data o un’ora scritta come testo</translation>
    </message>
    <message>
        <source>expected a date (YYYY-MM-DD) or time stamp (YYYY-MM-DD HH:MM:SS)</source>
        <translation>serve una data (AAAA-MM-GG) o un istante (AAAA-MM-GG HH:MM:SS)</translation>
    </message>
    <message>
        <source>binary data is not allowed here</source>
        <translation>qui non sono ammessi dati binari</translation>
    </message>
    <message>
        <source>%1.%2 (row %3)</source>
        <translation>%1.%2 (riga %3)</translation>
    </message>
    <message>
        <source>The export&apos;s value in %1 cannot be imported: %2. Nothing was imported.</source>
        <translation>Il valore dell’esportazione in %1 non si può importare: %2. Non è stato importato nulla.</translation>
    </message>
    <message>
        <source>Could not read %1: %2.</source>
        <translation>Impossibile leggere %1: %2.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a folder, a device, a pipe or a socket): give the path of a KAM Desktop export.</source>
        <translation>%1 non è un file normale (una cartella, un dispositivo, una pipe o un socket): indica il percorso di un’esportazione di KAM Desktop.</translation>
    </message>
    <message>
        <source>No file at %1.</source>
        <translation>Nessun file in %1.</translation>
    </message>
    <message>
        <source>%1 is not a KAM Desktop export (it is not valid JSON: %2).</source>
        <translation>%1 non è un’esportazione di KAM Desktop (non è un JSON valido: %2).</translation>
    </message>
    <message>
        <source>%1 is not a KAM Desktop export (it is nested too deeply).</source>
        <translation>%1 non è un’esportazione di KAM Desktop (è annidato troppo in profondità).</translation>
    </message>
    <message>
        <source>%1 is not a KAM Desktop export (it holds a value out of range).</source>
        <translation>%1 non è un’esportazione di KAM Desktop (contiene un valore fuori intervallo).</translation>
    </message>
    <message>
        <source>%1 is too large to import.</source>
        <translation>%1 è troppo grande per essere importato.</translation>
    </message>
    <message>
        <source>%1 is not a KAM Desktop export.</source>
        <translation>%1 non è un’esportazione di KAM Desktop.</translation>
    </message>
    <message>
        <source>%1 uses export format %2; this version of KAM Desktop reads format %3.</source>
        <translation>%1 usa il formato di esportazione %2; questa versione di KAM Desktop legge il formato %3.</translation>
    </message>
    <message>
        <source>%1 was exported by a newer version of KAM Desktop (schema %2); please update the app.</source>
        <translation>%1 è stato esportato da una versione più recente di KAM Desktop (schema %2); aggiorna l’applicazione.</translation>
    </message>
    <message>
        <source>%1 has schema %2: import it with the matching version, then upgrade.</source>
        <translation>%1 ha lo schema %2: importalo con la versione corrispondente, poi aggiorna.</translation>
    </message>
    <message>
        <source>%1 has no tables.</source>
        <translation>%1 non contiene tabelle.</translation>
    </message>
    <message>
        <source>%1 already exists. import-json writes a new database: choose a new file name.</source>
        <translation>%1 esiste già. import-json scrive un nuovo database: scegli un nuovo nome di file.</translation>
    </message>
    <message>
        <source>The export has tables this version does not know: %1.</source>
        <translation>L’esportazione contiene tabelle che questa versione non conosce: %1.</translation>
    </message>
    <message>
        <source>The export&apos;s table %1 is malformed.</source>
        <translation>La tabella %1 dell’esportazione è malformata.</translation>
    </message>
    <message>
        <source>The export&apos;s table %1 has different columns from this version&apos;s.</source>
        <translation>La tabella %1 dell’esportazione ha colonne diverse da quelle di questa versione.</translation>
    </message>
    <message>
        <source>A row of table %1 in the export is malformed.</source>
        <translation>Una riga della tabella %1 nell’esportazione è malformata.</translation>
    </message>
    <message>
        <source>The export has %1 broken references (first in table %2); nothing was imported.</source>
        <translation>L’esportazione contiene %1 riferimenti interrotti (il primo nella tabella %2); non è stato importato nulla.</translation>
    </message>
    <message>
        <source>The export breaks a rule of the database (%1); nothing was imported.</source>
        <translation>L’esportazione viola una regola del database (%1); non è stato importato nulla.</translation>
    </message>
    <message>
        <source>The imported database failed its integrity check; nothing was imported.</source>
        <translation>Il database importato non ha superato il controllo di integrità; non è stato importato nulla.</translation>
    </message>
    <message>
        <source>The disk holding %1 is full: nothing was restored. Free some space and try again.</source>
        <translation>Il disco che contiene %1 è pieno: non è stato ripristinato nulla. Libera un po’ di spazio e riprova.</translation>
    </message>
    <message>
        <source>The disk holding %1 is full: no backup was written. Free some space and try again.</source>
        <translation>Il disco che contiene %1 è pieno: non è stato scritto alcun backup. Libera un po’ di spazio e riprova.</translation>
    </message>
    <message>
        <source>Could not restore the backup into %1: %2. Nothing was restored.</source>
        <translation>Impossibile ripristinare il backup in %1: %2. Non è stato ripristinato nulla.</translation>
    </message>
    <message>
        <source>Could not write a backup to %1: %2.</source>
        <translation>Impossibile scrivere un backup in %1: %2.</translation>
    </message>
    <message>
        <source>%1 %2, so no backup was made.</source>
        <translation>%1 %2, quindi non è stato fatto alcun backup.</translation>
    </message>
    <message>
        <source>The backup copy failed its check (%1); no backup was kept.</source>
        <translation>La copia di backup non ha superato il controllo (%1); non è stato conservato alcun backup.</translation>
    </message>
    <message>
        <source>%1 is not a KAM Desktop database, so no backup was made.</source>
        <translation>%1 non è un database di KAM Desktop, quindi non è stato fatto alcun backup.</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation>non si può leggere (%1)</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>è vuoto</translation>
    </message>
    <message>
        <source>is not a KAM Desktop database</source>
        <translation>non è un database di KAM Desktop</translation>
    </message>
    <message>
        <source>belongs to another application (id %1)</source>
        <translation>appartiene a un’altra applicazione (id %1)</translation>
    </message>
    <message>
        <source>There is no backup file at %1.</source>
        <translation>Non c’è alcun file di backup in %1.</translation>
    </message>
    <message>
        <source>The backup %1 is damaged (%2); nothing was restored.</source>
        <translation>Il backup %1 è danneggiato (%2); non è stato ripristinato nulla.</translation>
    </message>
    <message>
        <source>The restored copy failed its check (%1); nothing was restored.</source>
        <translation>La copia ripristinata non ha superato il controllo (%1); non è stato ripristinato nulla.</translation>
    </message>
</context>
<context>
    <name>Strategy</name>
    <message>
        <source>Reach more buying centres, divisions or sites of the account.</source>
        <translation>Raggiungere più centri d&apos;acquisto, divisioni o sedi dell&apos;account.</translation>
    </message>
    <message>
        <source>Sell more of our offerings to the buying centres we already serve.</source>
        <translation>Vendere più della nostra offerta ai centri d&apos;acquisto che già serviamo.</translation>
    </message>
    <message>
        <source>Keep competitors out of what we already hold.</source>
        <translation>Tenere i concorrenti fuori da ciò che già abbiamo.</translation>
    </message>
    <message>
        <source>%1 is &apos;not this period&apos; in the growth topics: choose another topic, or make %1 a focus first.</source>
        <translation>%1 è &apos;non in questo periodo&apos; tra i temi di crescita: scegli un altro tema, oppure fai prima di %1 una priorità.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n objective(s): give them another growth topic or delete them before saying %1 is not a topic this period.</source>
        <translation>
            <numerusform>%1 ha %n obiettivo: assegnagli un altro tema di crescita o eliminalo prima di dire che %1 non è un tema di questo periodo.</numerusform>
            <numerusform>%1 ha %n obiettivi: assegna loro un altro tema di crescita o eliminali prima di dire che %1 non è un tema di questo periodo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TalkingPoints</name>
    <message>
        <source>Need: %1</source>
        <translation>Esigenza: %1</translation>
    </message>
    <message>
        <source>Ask %1: %2</source>
        <translation>Chiedere a %1: %2</translation>
    </message>
    <message>
        <source>(by %1)</source>
        <translation>(entro il %1)</translation>
    </message>
    <message>
        <source>Make the case “%1”%2</source>
        <translation>Presentare la proposta “%1”%2</translation>
    </message>
    <message>
        <source>Explore %1 for %2 (whitespace)</source>
        <translation>Esplorare l&apos;offerta %1 per il centro d&apos;acquisto %2 (spazio bianco)</translation>
    </message>
    <message>
        <source>Ask how the incumbent&apos;s %1 is working for %2</source>
        <translation>Chiedere al centro d&apos;acquisto %2 come funziona il servizio %1 del fornitore attuale</translation>
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
<context>
    <name>Undo</name>
    <message>
        <source>This kind of record cannot be undone.</source>
        <translation>Questo tipo di elemento non si può annullare.</translation>
    </message>
    <message>
        <source>That record was deleted permanently; it cannot be changed back.</source>
        <translation>L&apos;elemento è stato eliminato definitivamente; non si può ripristinare com&apos;era.</translation>
    </message>
    <message>
        <source>That record is in the trash; restore it first.</source>
        <translation>L&apos;elemento è nel cestino; ripristinalo prima.</translation>
    </message>
    <message>
        <source>This change cannot be undone: the record&apos;s fields differ.</source>
        <translation>Questa modifica non si può annullare: i campi dell&apos;elemento sono diversi.</translation>
    </message>
    <message>
        <source>That record was changed since; undo would overwrite the newer change.</source>
        <translation>L&apos;elemento è stato modificato nel frattempo; annullare sovrascriverebbe la modifica più recente.</translation>
    </message>
    <message>
        <source>This change cannot be undone: it conflicts with a newer change (a name now taken, or a linked record deleted permanently).</source>
        <translation>Questa modifica non si può annullare: è in conflitto con una modifica più recente (un nome ora già usato, o un elemento collegato eliminato definitivamente).</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>a line break</source>
        <translation>un a capo</translation>
    </message>
    <message>
        <source>a tab</source>
        <translation>una tabulazione</translation>
    </message>
    <message>
        <source>an invisible control character (U+%1)</source>
        <translation>un carattere di controllo invisibile (U+%1)</translation>
    </message>
    <message>
        <source>%1 must be text.</source>
        <translation>Il campo «%1» deve contenere un testo.</translation>
    </message>
    <message>
        <source>%1 cannot be empty.</source>
        <translation>Il campo «%1» non può essere vuoto.</translation>
    </message>
    <message>
        <source>%1 is too long (%2 characters; at most %3).</source>
        <translation>Il campo «%1» è troppo lungo (%2 caratteri; al massimo %3).</translation>
    </message>
    <message>
        <source>%1 cannot contain %2.</source>
        <translation>Il campo «%1» non può contenere %2.</translation>
    </message>
    <message>
        <source>%1 must be a number.</source>
        <translation>%1 deve essere un numero.</translation>
    </message>
    <message>
        <source>%1 must be a finite number.</source>
        <translation>%1 deve essere un numero finito.</translation>
    </message>
    <message>
        <source>%1 cannot be negative.</source>
        <translation>Il campo «%1» non può essere negativo.</translation>
    </message>
    <message>
        <source>%1 is implausibly large (at most %2).</source>
        <translation>Il valore di «%1» è troppo grande per essere plausibile (al massimo %2).</translation>
    </message>
    <message>
        <source>%1 can have at most 2 decimals.</source>
        <translation>%1 può avere al massimo 2 decimali.</translation>
    </message>
    <message>
        <source>%1 must be a whole number from 1 to 5.</source>
        <translation>%1 deve essere un numero intero da 1 a 5.</translation>
    </message>
    <message>
        <source>%1 must be from 1 to 5 (got %2).</source>
        <translation>%1 deve essere da 1 a 5 (ricevuto %2).</translation>
    </message>
    <message>
        <source>%1 must be a whole number from 0 to 100.</source>
        <translation>%1 deve essere un numero intero da 0 a 100.</translation>
    </message>
    <message>
        <source>%1 must be from 0 to 100 (got %2).</source>
        <translation>%1 deve essere da 0 a 100 (ricevuto %2).</translation>
    </message>
    <message>
        <source>%1 must be a date without a time.</source>
        <translation>%1 deve essere una data senza ora.</translation>
    </message>
    <message>
        <source>%1 must be between 1900 and 2200.</source>
        <translation>%1 deve essere tra il 1900 e il 2200.</translation>
    </message>
    <message>
        <source>%1 must be a date.</source>
        <translation>%1 deve essere una data.</translation>
    </message>
    <message>
        <source>%1 must be one of: %2.</source>
        <translation>Il campo «%1» deve essere uno tra: %2.</translation>
    </message>
    <message>
        <source>%1 must be a 3-letter code such as EUR or USD.</source>
        <translation>%1 deve essere un codice di 3 lettere come EUR o USD.</translation>
    </message>
    <message>
        <source>%1 is implausibly large.</source>
        <translation>Il valore di «%1» è troppo grande per essere plausibile.</translation>
    </message>
</context>
<context>
    <name>WizardFlows</name>
    <message>
        <source>Strategy: what, with whom, and why</source>
        <translation>Strategia: cosa, con chi e perché</translation>
    </message>
    <message>
        <source>Plan period and rigour</source>
        <translation>Periodo del piano e livello di dettaglio</translation>
    </message>
    <message>
        <source>How long this plan runs and how deep you go.</source>
        <translation>Quanto dura questo piano e quanto a fondo andate.</translation>
    </message>
    <message>
        <source>Strategy statement</source>
        <translation>Dichiarazione di strategia</translation>
    </message>
    <message>
        <source>What you intend to do, with whom, and why.</source>
        <translation>Cosa intendi fare, con chi e perché.</translation>
    </message>
    <message>
        <source>Growth topics</source>
        <translation>Temi di crescita</translation>
    </message>
    <message>
        <source>Penetration, expansion, protection: a focus or not this period.</source>
        <translation>Penetrazione, espansione, protezione: una priorità o non in questo periodo.</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Obiettivi</translation>
    </message>
    <message>
        <source>Measurable objectives, each tagged with its growth topic.</source>
        <translation>Obiettivi misurabili, ciascuno con il suo tema di crescita.</translation>
    </message>
    <message>
        <source>Revenue target</source>
        <translation>Obiettivo di fatturato</translation>
    </message>
    <message>
        <source>Where revenue should be at the end of the period.</source>
        <translation>Dove dovrebbe arrivare il fatturato alla fine del periodo.</translation>
    </message>
    <message>
        <source>Check and finish</source>
        <translation>Verifica e conclusione</translation>
    </message>
    <message>
        <source>What is complete and what is still missing.</source>
        <translation>Cosa è completo e cosa manca ancora.</translation>
    </message>
    <message>
        <source>Research: the team and the facts</source>
        <translation>Ricerca: il team e i fatti</translation>
    </message>
    <message>
        <source>Core account team</source>
        <translation>Team principale dell&apos;account</translation>
    </message>
    <message>
        <source>Who on our side works on this account.</source>
        <translation>Chi dei nostri lavora su questo account.</translation>
    </message>
    <message>
        <source>Question bank</source>
        <translation>Banca delle domande</translation>
    </message>
    <message>
        <source>Answer what matters; assign what needs research.</source>
        <translation>Rispondi a ciò che conta; assegna ciò che va approfondito.</translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation>Stakeholder</translation>
    </message>
    <message>
        <source>The people at the account and how they relate.</source>
        <translation>Le persone dell&apos;account e i loro rapporti.</translation>
    </message>
    <message>
        <source>Competitors</source>
        <translation>Concorrenti</translation>
    </message>
    <message>
        <source>Who else is there and how we counter them.</source>
        <translation>Chi altro c&apos;è e come lo contrastiamo.</translation>
    </message>
    <message>
        <source>Trends and needs</source>
        <translation>Tendenze ed esigenze</translation>
    </message>
    <message>
        <source>What is changing for them, and what they need.</source>
        <translation>Cosa sta cambiando per loro e di cosa hanno bisogno.</translation>
    </message>
    <message>
        <source>Qualification decision</source>
        <translation>Decisione di qualificazione</translation>
    </message>
    <message>
        <source>Does the account still deserve key status?</source>
        <translation>L&apos;account merita ancora lo stato di key account?</translation>
    </message>
    <message>
        <source>Action plan: the compelling case and the actions</source>
        <translation>Piano d&apos;azione: la proposta convincente e le azioni</translation>
    </message>
    <message>
        <source>Compelling case</source>
        <translation>Proposta convincente</translation>
    </message>
    <message>
        <source>The customer&apos;s problem, our solution, the value, the proof.</source>
        <translation>Il problema del cliente, la nostra soluzione, il valore, le prove.</translation>
    </message>
    <message>
        <source>From research to action</source>
        <translation>Dalla ricerca all&apos;azione</translation>
    </message>
    <message>
        <source>Turn open questions and objectives into actions.</source>
        <translation>Trasforma domande aperte e obiettivi in azioni.</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Azioni</translation>
    </message>
    <message>
        <source>Owner, due date, resources and status for every action.</source>
        <translation>Responsabile, scadenza, risorse e stato di ogni azione.</translation>
    </message>
    <message>
        <source>Whitespace</source>
        <translation>Spazio bianco</translation>
    </message>
    <message>
        <source>Buying centres x offerings: where to grow.</source>
        <translation>Centri d&apos;acquisto x offerte: dove crescere.</translation>
    </message>
    <message>
        <source>Execution: opportunities, interactions, competitors</source>
        <translation>Esecuzione: opportunità, interazioni, concorrenti</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Opportunità</translation>
    </message>
    <message>
        <source>Create, expand and capture opportunities.</source>
        <translation>Crea, amplia e cogli le opportunità.</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Interazioni</translation>
    </message>
    <message>
        <source>Meetings, calls and reviews, with next steps.</source>
        <translation>Incontri, chiamate e revisioni, con i prossimi passi.</translation>
    </message>
    <message>
        <source>Neutralise competitors</source>
        <translation>Neutralizzare i concorrenti</translation>
    </message>
    <message>
        <source>Status of each counter-strategy.</source>
        <translation>Lo stato di ogni contro-strategia.</translation>
    </message>
    <message>
        <source>Action board</source>
        <translation>Bacheca delle azioni</translation>
    </message>
    <message>
        <source>Overdue, due this week, done.</source>
        <translation>In ritardo, in scadenza questa settimana, fatte.</translation>
    </message>
    <message>
        <source>Review: KPIs and adjustments</source>
        <translation>Revisione: KPI e correzioni</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>What you measure, from where to where.</source>
        <translation>Cosa misuri, da dove a dove.</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>Misurazioni</translation>
    </message>
    <message>
        <source>Dated values for each KPI.</source>
        <translation>Valori datati per ogni KPI.</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisione</translation>
    </message>
    <message>
        <source>Health, findings and adjustments (which become actions).</source>
        <translation>Stato, risultati e correzioni (che diventano azioni).</translation>
    </message>
    <message>
        <source>What changed since the last review.</source>
        <translation>Cosa è cambiato dall&apos;ultima revisione.</translation>
    </message>
</context>
</TS>
