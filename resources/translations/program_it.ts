<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<!-- The KAM program checklist (context "Program": method content, evidence, the program report, CLI). -->
<context>
    <name>Program</name>
    <message>
        <source>Key account management is a systematic approach to managing and growing a named set of our most important customers, to maximise mutual value.</source>
        <translation>La gestione dei key account è un approccio sistematico per gestire e far crescere un insieme definito dei nostri clienti più importanti, per massimizzare il valore reciproco.</translation>
    </message>
    <message>
        <source>The outcomes overlap - revenue, margin, longer contracts, deeper penetration, mind share, more offerings sold, stronger relationships - but the path differs: account management is systematic, long-term, multi-threaded and co-creative.</source>
        <translation>I risultati si sovrappongono - fatturato, margine, contratti più lunghi, penetrazione più profonda, quota di attenzione, più offerte vendute, relazioni più forti - ma il percorso è diverso: la gestione dei key account è sistematica, di lungo periodo, su più fili e co-creativa.</translation>
    </message>
    <message>
        <source>Organisations best at account management are:</source>
        <translation>Le organizzazioni migliori nella gestione degli account hanno:</translation>
    </message>
    <message>
        <source>Source: RAIN Group, "What is Key Account Management? [+ Checklist]", drawing on its Top Performance in Strategic Account Management benchmark research; the retention figure is research that article cites.</source>
        <translation>Fonte: RAIN Group, "What is Key Account Management? [+ Checklist]", basato sulla ricerca di benchmark Top Performance in Strategic Account Management; il dato sulla fidelizzazione è una ricerca citata in quell'articolo.</translation>
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
        <translation>L'attenzione va a tre temi di crescita: penetrazione (più centri d'acquisto), espansione (più offerte) e protezione (tenere fuori i concorrenti).</translation>
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
        <source>Are our trust problems about particular people, rather than the organisation?</source>
        <translation>I nostri problemi di fiducia riguardano persone precise, più che l'organizzazione?</translation>
    </message>
    <message>
        <source>Do our account teams know how other divisions can support their account initiatives?</source>
        <translation>I nostri team di account sanno come le altre divisioni possono sostenere le loro iniziative sull'account?</translation>
    </message>
    <message>
        <source>How do we promote collaboration across divisions?</source>
        <translation>Come promuoviamo la collaborazione tra divisioni?</translation>
    </message>
    <message>
        <source>Does our process encourage exploring cross-selling opportunities?</source>
        <translation>Il nostro processo incoraggia a esplorare opportunità di cross-selling?</translation>
    </message>
    <message>
        <source>Does our pay structure support involving others?</source>
        <translation>La nostra struttura retributiva sostiene il coinvolgimento di altri?</translation>
    </message>
    <message>
        <source>Which incentives are in place?</source>
        <translation>Quali incentivi sono in vigore?</translation>
    </message>
    <message>
        <source>Are there significant growth opportunities in our accounts?</source>
        <translation>Ci sono opportunità di crescita significative nei nostri account?</translation>
    </message>
    <message>
        <source>What will it take to seize them?</source>
        <translation>Che cosa serve per coglierle?</translation>
    </message>
    <message>
        <source>Are we willing to do what it takes to turn them into results?</source>
        <translation>Siamo disposti a fare ciò che serve per trasformarle in risultati?</translation>
    </message>
    <message>
        <source>An effective, shared definition of KAM</source>
        <translation>Una definizione di KAM efficace e condivisa</translation>
    </message>
    <message>
        <source>Decide on each of the six components in the charter, in your own words, and agree it with your leadership.</source>
        <translation>Decidi ciascuna delle sei componenti nella carta, con parole tue, e concordala con la tua direzione.</translation>
    </message>
    <message>
        <source>Open the charter</source>
        <translation>Apri la carta</translation>
    </message>
    <message>
        <source>They know how to identify key accounts</source>
        <translation>Sanno identificare i key account</translation>
    </message>
    <message>
        <source>Score every key account on the 8 factors, keep the list within the cap, and write down why for every exception.</source>
        <translation>Valuta ogni key account sugli 8 fattori, tieni la lista entro il limite e scrivi il perché di ogni eccezione.</translation>
    </message>
    <message>
        <source>Open the portfolio</source>
        <translation>Apri il portafoglio</translation>
    </message>
    <message>
        <source>They manage account growth planning and execution</source>
        <translation>Gestiscono la pianificazione e l'esecuzione della crescita degli account</translation>
    </message>
    <message>
        <source>Give every key account a current plan, work through its research questions, and give every open action an owner and a due date.</source>
        <translation>Dai a ogni key account un piano in corso, lavora le sue domande di ricerca e dai a ogni azione aperta un responsabile e una scadenza.</translation>
    </message>
    <message>
        <source>Open the accounts</source>
        <translation>Apri gli account</translation>
    </message>
    <message>
        <source>They follow a KAM process</source>
        <translation>Seguono un processo KAM</translation>
    </message>
    <message>
        <source>Walk each key account's plan through the five phases with the wizards, and hold a review at least every quarter.</source>
        <translation>Porta il piano di ogni key account attraverso le cinque fasi con le procedure guidate e fai una revisione almeno ogni trimestre.</translation>
    </message>
    <message>
        <source>The right people in the right roles</source>
        <translation>Le persone giuste nei ruoli giusti</translation>
    </message>
    <message>
        <source>Fill the missing roles on the key accounts' teams - usually Project Manager, Innovator and Results Driver.</source>
        <translation>Copri i ruoli mancanti nei team dei key account - di solito Project Manager, Innovatore e Results Driver.</translation>
    </message>
    <message>
        <source>Open role coverage</source>
        <translation>Apri la copertura dei ruoli</translation>
    </message>
    <message>
        <source>They know the difference between selling and account management</source>
        <translation>Conoscono la differenza tra vendere e gestire gli account</translation>
    </message>
    <message>
        <source>Reflect on the four things customers want, and give each plan objectives for penetration, expansion and protection.</source>
        <translation>Rifletti sulle quattro cose che i clienti vogliono e dai a ogni piano obiettivi di penetrazione, espansione e protezione.</translation>
    </message>
    <message>
        <source>Open 'KAM is not selling'</source>
        <translation>Apri 'Il KAM non è vendita'</translation>
    </message>
    <message>
        <source>Fluent knowledge</source>
        <translation>Conoscenza fluente</translation>
    </message>
    <message>
        <source>Rate each team member on the five fluency areas, and train the weak areas first.</source>
        <translation>Valuta ogni membro del team sulle cinque aree di conoscenza e forma prima le aree deboli.</translation>
    </message>
    <message>
        <source>Open the team</source>
        <translation>Apri il team</translation>
    </message>
    <message>
        <source>Internal trust and frequent collaboration</source>
        <translation>Fiducia interna e collaborazione frequente</translation>
    </message>
    <message>
        <source>Answer the trust questions with your team, and record which divisions take part in each key account and how well they cooperate.</source>
        <translation>Rispondi alle domande sulla fiducia con il tuo team e registra quali divisioni partecipano a ogni key account e quanto bene collaborano.</translation>
    </message>
    <message>
        <source>Open trust and collaboration</source>
        <translation>Apri fiducia e collaborazione</translation>
    </message>
    <message>
        <source>Leadership support for account management</source>
        <translation>Il sostegno della direzione alla gestione degli account</translation>
    </message>
    <message>
        <source>Put the three growth questions to leadership every review cycle, with the budget and the people you need.</source>
        <translation>Poni alla direzione le tre domande sulla crescita a ogni ciclo di revisione, con il budget e le persone che ti servono.</translation>
    </message>
    <message>
        <source>Open leadership support</source>
        <translation>Apri il sostegno della direzione</translation>
    </message>
    <message>
        <source>Know the value we can bring beyond what they buy from us today</source>
        <translation>Conoscere il valore che possiamo portare oltre ciò che ci comprano oggi</translation>
    </message>
    <message>
        <source>Selling offers what the customer already asked for.</source>
        <translation>Vendere offre ciò che il cliente ha già chiesto.</translation>
    </message>
    <message>
        <source>KAM researches their needs and brings offerings they did not know to ask for.</source>
        <translation>Il KAM studia i suoi bisogni e porta offerte che non sapeva di poter chiedere.</translation>
    </message>
    <message>
        <source>Penetrate new divisions</source>
        <translation>Entrare in nuove divisioni</translation>
    </message>
    <message>
        <source>Selling works the buying centre that already buys.</source>
        <translation>Vendere lavora il centro d'acquisto che già compra.</translation>
    </message>
    <message>
        <source>KAM maps the whole organisation and plans entry into new buying centres.</source>
        <translation>Il KAM mappa tutta l'organizzazione e pianifica l'ingresso in nuovi centri d'acquisto.</translation>
    </message>
    <message>
        <source>Deeper relationships that keep competitors out</source>
        <translation>Relazioni più profonde che tengono fuori i concorrenti</translation>
    </message>
    <message>
        <source>Selling relies on one contact and the next deal.</source>
        <translation>Vendere si affida a un solo contatto e al prossimo affare.</translation>
    </message>
    <message>
        <source>KAM builds many threads between the organisations, and protects them.</source>
        <translation>Il KAM costruisce molti fili tra le due organizzazioni e li protegge.</translation>
    </message>
    <message>
        <source>Work with enterprise-level decision makers</source>
        <translation>Lavorare con chi decide a livello aziendale</translation>
    </message>
    <message>
        <source>Selling stays with the buyer of today's purchase.</source>
        <translation>Vendere resta con chi compra l'acquisto di oggi.</translation>
    </message>
    <message>
        <source>KAM co-creates with the people who set the customer's strategy.</source>
        <translation>Il KAM co-crea con le persone che definiscono la strategia del cliente.</translation>
    </message>
    <message>
        <source>more likely to grow key-account revenue by 20% or more</source>
        <translation>probabilità in più di far crescere del 20% o più il fatturato dei key account</translation>
    </message>
    <message>
        <source>more likely to grow profit by 20% or more</source>
        <translation>probabilità in più di far crescere del 20% o più il profitto</translation>
    </message>
    <message>
        <source>more likely to see customer satisfaction improve year over year</source>
        <translation>probabilità in più di vedere migliorare la soddisfazione dei clienti anno su anno</translation>
    </message>
    <message>
        <source>of companies are not among the best at account management</source>
        <translation>delle aziende non è tra le migliori nella gestione degli account</translation>
    </message>
    <message>
        <source>of new business from existing key accounts closes, against 5-20% with a new customer</source>
        <translation>dei nuovi affari con key account esistenti si chiude, contro il 5-20% con un nuovo cliente</translation>
    </message>
    <message>
        <source>profit, at most, from a 5% increase in customer retention</source>
        <translation>di profitto, al massimo, da un aumento del 5% della fidelizzazione dei clienti</translation>
    </message>
    <message>
        <source>No written definition; a key account simply means a big customer.</source>
        <translation>Nessuna definizione scritta; key account significa semplicemente cliente grande.</translation>
    </message>
    <message>
        <source>A definition exists, but few people know it or it covers few of the six components.</source>
        <translation>Esiste una definizione, ma pochi la conoscono o copre poche delle sei componenti.</translation>
    </message>
    <message>
        <source>A written definition covers most components, and the account team knows it.</source>
        <translation>Una definizione scritta copre la maggior parte delle componenti e il team di account la conosce.</translation>
    </message>
    <message>
        <source>All six components are decided in our own words and agreed with leadership.</source>
        <translation>Tutte e sei le componenti sono decise con parole nostre e concordate con la direzione.</translation>
    </message>
    <message>
        <source>The definition is shared across divisions, used in decisions and revisited yearly.</source>
        <translation>La definizione è condivisa tra le divisioni, usata nelle decisioni e rivista ogni anno.</translation>
    </message>
    <message>
        <source>Key accounts are the largest by revenue; no criteria, no cap.</source>
        <translation>I key account sono i più grandi per fatturato; nessun criterio, nessun limite.</translation>
    </message>
    <message>
        <source>Some criteria exist but are applied unevenly; the list grows unchecked.</source>
        <translation>Esistono alcuni criteri ma applicati in modo disomogeneo; la lista cresce senza controllo.</translation>
    </message>
    <message>
        <source>Accounts are scored on the factors; the cap is sometimes exceeded without a reason.</source>
        <translation>Gli account sono valutati sui fattori; il limite a volte è superato senza motivo.</translation>
    </message>
    <message>
        <source>Every key account is scored on all 8 factors and the list stays within the cap.</source>
        <translation>Ogni key account è valutato su tutti gli 8 fattori e la lista resta entro il limite.</translation>
    </message>
    <message>
        <source>Scores are kept current, the cap holds, and every exception is justified.</source>
        <translation>Le valutazioni sono aggiornate, il limite regge e ogni eccezione è motivata.</translation>
    </message>
    <message>
        <source>No account plans; the work is reactive.</source>
        <translation>Nessun piano di account; il lavoro è reattivo.</translation>
    </message>
    <message>
        <source>Some key accounts have a plan, but it is not used once written.</source>
        <translation>Alcuni key account hanno un piano, ma una volta scritto non si usa.</translation>
    </message>
    <message>
        <source>Most key accounts have a current plan; research is partial; actions lack owners or dates.</source>
        <translation>La maggior parte dei key account ha un piano in corso; la ricerca è parziale; le azioni non hanno responsabili o date.</translation>
    </message>
    <message>
        <source>Every key account has a current plan, researched answers and owned, dated actions.</source>
        <translation>Ogni key account ha un piano in corso, risposte di ricerca e azioni con responsabile e data.</translation>
    </message>
    <message>
        <source>Plans drive the work: research gaps are tracked and actions are done on time.</source>
        <translation>I piani guidano il lavoro: le lacune di ricerca sono seguite e le azioni fatte in tempo.</translation>
    </message>
    <message>
        <source>No common process; everyone works their own way.</source>
        <translation>Nessun processo comune; ognuno lavora a modo suo.</translation>
    </message>
    <message>
        <source>A process exists on paper; phases are skipped.</source>
        <translation>Un processo esiste sulla carta; le fasi vengono saltate.</translation>
    </message>
    <message>
        <source>Most plans pass strategy, research and action plan; reviews are irregular.</source>
        <translation>La maggior parte dei piani passa da strategia, ricerca e piano d'azione; le revisioni sono irregolari.</translation>
    </message>
    <message>
        <source>All five phases are followed at the right rigour; reviews are held on time.</source>
        <translation>Tutte e cinque le fasi sono seguite con il giusto rigore; le revisioni si tengono in tempo.</translation>
    </message>
    <message>
        <source>The process is scaled per account, reviews drive adjustments, the process improves.</source>
        <translation>Il processo è dimensionato per account, le revisioni guidano gli aggiustamenti, il processo migliora.</translation>
    </message>
    <message>
        <source>The account manager does everything alone.</source>
        <translation>Il key account manager fa tutto da solo.</translation>
    </message>
    <message>
        <source>There is a team, but nobody knows who covers which role.</source>
        <translation>C'è un team, ma nessuno sa chi copre quale ruolo.</translation>
    </message>
    <message>
        <source>Relationship Lead, Technical Expert and Collaborator are covered; the rest are missing.</source>
        <translation>Relationship Lead, Esperto tecnico e Collaboratore sono coperti; gli altri mancano.</translation>
    </message>
    <message>
        <source>All six roles have a primary holder on most key accounts.</source>
        <translation>Tutti e sei i ruoli hanno un titolare principale nella maggior parte dei key account.</translation>
    </message>
    <message>
        <source>All six roles are covered on every key account, with backups and nobody overloaded.</source>
        <translation>Tutti e sei i ruoli sono coperti in ogni key account, con riserve e nessuno sovraccarico.</translation>
    </message>
    <message>
        <source>Key accounts are worked like any sale: this quarter's deals, one contact.</source>
        <translation>I key account si lavorano come ogni vendita: gli affari del trimestre, un solo contatto.</translation>
    </message>
    <message>
        <source>Some long-term objectives exist, but short-term targets always win.</source>
        <translation>Esistono alcuni obiettivi di lungo periodo, ma vincono sempre gli obiettivi di breve.</translation>
    </message>
    <message>
        <source>Plans name penetration, expansion and protection, but only sales are measured.</source>
        <translation>I piani nominano penetrazione, espansione e protezione, ma si misurano solo le vendite.</translation>
    </message>
    <message>
        <source>The team works systematically, long term, with several threads into each account.</source>
        <translation>Il team lavora in modo sistematico, a lungo termine, con più fili in ogni account.</translation>
    </message>
    <message>
        <source>Value is co-created with the customer at enterprise level, year after year.</source>
        <translation>Il valore è co-creato con il cliente a livello aziendale, anno dopo anno.</translation>
    </message>
    <message>
        <source>The team can talk only about products.</source>
        <translation>Il team sa parlare solo di prodotti.</translation>
    </message>
    <message>
        <source>A few people can talk about customer needs and the market.</source>
        <translation>Poche persone sanno parlare dei bisogni dei clienti e del mercato.</translation>
    </message>
    <message>
        <source>Most are fluent in needs and offerings; market, value or competition are weak.</source>
        <translation>I più conoscono bisogni e offerte; mercato, valore o concorrenza sono deboli.</translation>
    </message>
    <message>
        <source>Every team member is fluent in at least four of the five areas.</source>
        <translation>Ogni membro del team conosce bene almeno quattro delle cinque aree.</translation>
    </message>
    <message>
        <source>The whole team is fluent in all five areas, checked and trained regularly.</source>
        <translation>Tutto il team conosce bene tutte e cinque le aree, con verifiche e formazione regolari.</translation>
    </message>
    <message>
        <source>Divisions compete for the customer and keep information to themselves.</source>
        <translation>Le divisioni si contendono il cliente e tengono le informazioni per sé.</translation>
    </message>
    <message>
        <source>Collaboration depends on personal friendships; trust problems persist.</source>
        <translation>La collaborazione dipende dalle amicizie personali; i problemi di fiducia restano.</translation>
    </message>
    <message>
        <source>Account teams know who could help in other divisions but rarely involve them.</source>
        <translation>I team di account sanno chi potrebbe aiutare nelle altre divisioni ma le coinvolgono di rado.</translation>
    </message>
    <message>
        <source>Process and pay encourage involving other divisions; cross-selling is explored.</source>
        <translation>Processo e retribuzione incoraggiano a coinvolgere altre divisioni; il cross-selling viene esplorato.</translation>
    </message>
    <message>
        <source>Divisions plan key accounts together; incentives reward involving others.</source>
        <translation>Le divisioni pianificano insieme i key account; gli incentivi premiano il coinvolgimento di altri.</translation>
    </message>
    <message>
        <source>Leadership sees KAM as a sales initiative, with no extra resources.</source>
        <translation>La direzione vede il KAM come un'iniziativa di vendita, senza risorse aggiuntive.</translation>
    </message>
    <message>
        <source>Leadership agrees in principle but neither funds nor staffs it.</source>
        <translation>La direzione è d'accordo in linea di principio ma non lo finanzia né gli dà persone.</translation>
    </message>
    <message>
        <source>Leadership funds part of what is asked; support changes with the quarter.</source>
        <translation>La direzione finanzia parte di ciò che si chiede; il sostegno cambia con il trimestre.</translation>
    </message>
    <message>
        <source>Leadership answers the growth questions every cycle and grants most requests.</source>
        <translation>La direzione risponde alle domande sulla crescita a ogni ciclo e concede la maggior parte delle richieste.</translation>
    </message>
    <message>
        <source>Leadership sponsors the program and judges returns against long-term strategy.</source>
        <translation>La direzione sponsorizza il programma e giudica i ritorni rispetto alla strategia di lungo periodo.</translation>
    </message>
    <message>
        <source>The app cannot measure this factor; your own evidence counts.</source>
        <translation>L&apos;app non può misurare questo fattore; contano le tue evidenze.</translation>
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
        <source>none</source>
        <translation>nessuna</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Rate at least one of the nine factors from 1 to 5.</source>
        <translation>Valuta almeno uno dei nove fattori da 1 a 5.</translation>
    </message>
    <message>
        <source>Answer the three leadership questions.</source>
        <translation>Rispondi alle tre domande per la direzione.</translation>
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
        <source>Key accounts scored on all 8 factors</source>
        <translation>Key account valutati su tutti gli 8 fattori</translation>
    </message>
    <message>
        <source>Key-account list</source>
        <translation>Lista dei key account</translation>
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
        <source>%1 of a cap of %2 (%3)</source>
        <translation>%1 su un limite di %2 (%3)</translation>
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
        <source>within the cap</source>
        <translation>entro il limite</translation>
    </message>
    <message>
        <source>over the cap</source>
        <translation>oltre il limite</translation>
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
        <source>Answer %1</source>
        <translation>Risposta %1</translation>
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
        <source>Reflection</source>
        <translation>Riflessione</translation>
    </message>
    <message>
        <source>That self-assessment no longer exists.</source>
        <translation>Quell'autovalutazione non esiste più.</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisione</translation>
    </message>
    <message>
        <source>That division entry no longer exists.</source>
        <translation>Quella divisione non esiste più.</translation>
    </message>
    <message>
        <source>That leadership cycle no longer exists.</source>
        <translation>Quel ciclo della direzione non esiste più.</translation>
    </message>
    <message>
        <source>KAM program report</source>
        <translation>Rapporto sul programma KAM</translation>
    </message>
    <message>
        <source>INTERNAL – the program's self-assessment</source>
        <translation>INTERNO – l'autovalutazione del programma</translation>
    </message>
    <message>
        <source>Our charter for key account management</source>
        <translation>La nostra carta della gestione dei key account</translation>
    </message>
    <message>
        <source>The six components</source>
        <translation>Le sei componenti</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>Non ancora deciso</translation>
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
        <source>Factor</source>
        <translation>Fattore</translation>
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
        <source>Our divisions on key accounts</source>
        <translation>Le nostre divisioni sui key account</translation>
    </message>
    <message>
        <source>No division recorded on a key account yet.</source>
        <translation>Nessuna divisione registrata finora su un key account.</translation>
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
        <source>KAM is not selling</source>
        <translation>Il KAM non è vendita</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Consigli</translation>
    </message>
    <message>
        <source>No factor is rated 2 or lower in the latest assessment.</source>
        <translation>Nessun fattore ha valutazione 2 o inferiore nell'ultima autovalutazione.</translation>
    </message>
    <message>
        <source>Prepared by %1 on %2</source>
        <translation>Preparato da %1 il %2</translation>
    </message>
    <message>
        <source>In our words</source>
        <translation>Con parole nostre</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 il %2</translation>
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
        <source>Question</source>
        <translation>Domanda</translation>
    </message>
    <message>
        <source>Our answer</source>
        <translation>La nostra risposta</translation>
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
        <source>What to do</source>
        <translation>Che cosa fare</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dove</translation>
    </message>
    <message>
        <source>the key account manager</source>
        <translation>il key account manager</translation>
    </message>
    <message>
        <source>Latest self-assessment: %1 - overall %2 of 5 (trend %3).</source>
        <translation>Ultima autovalutazione: %1 - complessivo %2 su 5 (andamento %3).</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Complessivo</translation>
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
        <source>Review cycle of %1</source>
        <translation>Ciclo di revisione del %1</translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation>Non ancora risposto</translation>
    </message>
    <message>
        <source>Wrote the program report (%1 pages) to %2.</source>
        <translation>Rapporto sul programma scritto (%1 pagine) in %2.</translation>
    </message>
    <message>
        <source>Exporting the program report…</source>
        <translation>Esportazione del rapporto sul programma…</translation>
    </message>
    <message>
        <source>Export program report</source>
        <translation>Esporta il rapporto sul programma</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Esporta</translation>
    </message>
    <message>
        <source>Program report exported: %1 (%2 pages)</source>
        <translation>Rapporto sul programma esportato: %1 (%2 pagine)</translation>
    </message>
</context>
</TS>
