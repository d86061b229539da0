<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>AccountDialog</name>
    <message>
        <source>Edit account</source>
        <translation>Modifica account</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Nuovo account</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>Nome *</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Settore</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Area geografica</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Current annual revenue</source>
        <translation>Fatturato annuo attuale</translation>
    </message>
    <message>
        <source>Potential annual revenue</source>
        <translation>Fatturato annuo potenziale</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <source>Internal notes (never shown to the customer)</source>
        <translation>Note interne (mai mostrate al cliente)</translation>
    </message>
    <message>
        <source>e.g. Meridian Logistics GmbH</source>
        <translation>es. Meridian Logistics GmbH</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>es. %1</translation>
    </message>
</context>
<context>
    <name>AccountImportDialog</name>
    <message>
        <source>Import accounts</source>
        <translation>Importa account</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation>Nessun file scelto.</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Scegli il file…</translation>
    </message>
    <message>
        <source>How the file is read</source>
        <translation>Come viene letto il file</translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation>Virgola ,</translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation>Punto e virgola ;</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulazione</translation>
    </message>
    <message>
        <source>Pipe |</source>
        <translation>Barra verticale |</translation>
    </message>
    <message>
        <source>Decimal comma: 1.234.567,89</source>
        <translation>Virgola decimale: 1.234.567,89</translation>
    </message>
    <message>
        <source>Decimal point: 1,234,567.89</source>
        <translation>Punto decimale: 1,234,567.89</translation>
    </message>
    <message>
        <source>Skip accounts that already exist</source>
        <translation>Salta gli account già presenti</translation>
    </message>
    <message>
        <source>Update accounts that already exist</source>
        <translation>Aggiorna gli account già presenti</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Codifica</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Separatore</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Numeri</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Duplicati</translation>
    </message>
    <message>
        <source>Columns → account fields</source>
        <translation>Colonne → campi dell&apos;account</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Anteprima</translation>
    </message>
    <message>
        <source>Import the valid rows and skip the rows with errors</source>
        <translation>Importa le righe valide e salta quelle con errori</translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>Annulla l&apos;importazione</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importa</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>File CSV (*.csv *.txt);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Detected: %1, %2 delimited, %3%4.</source>
        <translation>Rilevato: %1, separato da %2, %3%4.</translation>
    </message>
    <message>
        <source> (a guess: check the amounts)</source>
        <translation> (una stima: controlla gli importi)</translation>
    </message>
    <message>
        <source>%1 rows: %2 new, %3 to update, %4 skipped, %5 with errors.</source>
        <translation>%1 righe: %2 nuove, %3 da aggiornare, %4 saltate, %5 con errori.</translation>
    </message>
    <message>
        <source>Not sure - read as %1</source>
        <translation>Incerto - letto come %1</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(non importato)</translation>
    </message>
    <message>
        <source>First value: %1</source>
        <translation>Primo valore: %1</translation>
    </message>
    <message>
        <source>(column %1)</source>
        <translation>(colonna %1)</translation>
    </message>
    <message>
        <source>Nothing was imported: some rows have errors.</source>
        <translation>Non è stato importato nulla: alcune righe contengono errori.</translation>
    </message>
    <message>
        <source>The import was undone.</source>
        <translation>L&apos;importazione è stata annullata.</translation>
    </message>
</context>
<context>
    <name>AccountWorkspace</name>
    <message>
        <source>Overview</source>
        <translation>Panoramica</translation>
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
        <source>Team &amp; roles</source>
        <translation>Team e ruoli</translation>
    </message>
    <message>
        <source>Whitespace</source>
        <translation>Spazio bianco</translation>
    </message>
    <message>
        <source>Meeting prep</source>
        <translation>Incontro</translation>
    </message>
    <message>
        <source>Customer plan</source>
        <translation>Piano cliente</translation>
    </message>
    <message>
        <source>This account is in the trash.</source>
        <translation>Questo account è nel cestino.</translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <source>Filter accounts…</source>
        <translation>Filtra gli account…</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>No account open</source>
        <translation>Nessun account aperto</translation>
    </message>
    <message>
        <source>Pick an account on the left, or double-click one in the Portfolio. No accounts yet? Create one with File ▸ New account (Ctrl+N).</source>
        <translation>Scegli un account a sinistra, oppure fai doppio clic su uno nel Portafoglio. Nessun account? Creane uno con File ▸ Nuovo account (Ctrl+N).</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>Edit action</source>
        <translation>Modifica azione</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Nuova azione</translation>
    </message>
    <message>
        <source>Action *</source>
        <translation>Azione *</translation>
    </message>
    <message>
        <source>e.g. Run a discovery workshop with Operations</source>
        <translation>es. Organizzare un workshop esplorativo con le Operations</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Obiettivo</translation>
    </message>
    <message>
        <source>— no objective —</source>
        <translation>— nessun obiettivo —</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <source>— nobody yet —</source>
        <translation>— ancora nessuno —</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Involves (stakeholder)</source>
        <translation>Coinvolge (stakeholder)</translation>
    </message>
    <message>
        <source>— nobody at the account —</source>
        <translation>— nessuno dell&apos;account —</translation>
    </message>
    <message>
        <source>Resources needed</source>
        <translation>Risorse necessarie</translation>
    </message>
    <message>
        <source>Internal (never in the customer PDF)</source>
        <translation>Interno (mai nel PDF per il cliente)</translation>
    </message>
    <message>
        <source>Their owner</source>
        <translation>Loro referente</translation>
    </message>
    <message>
        <source>Share with the customer (joint plan)</source>
        <translation>Condividi con il cliente (piano comune)</translation>
    </message>
    <message>
        <source>A joint milestone</source>
        <translation>Una tappa comune</translation>
    </message>
</context>
<context>
    <name>ActionSources</name>
    <message>
        <source>Needs research</source>
        <translation>Da approfondire</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Obiettivo</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>nessuna ancora</translation>
    </message>
</context>
<context>
    <name>ActionsPage</name>
    <message>
        <source>Nobody on our side can own an action yet: the team has no members.</source>
        <translation>Nessuno dei nostri può ancora essere responsabile di un&apos;azione: il team non ha membri.</translation>
    </message>
    <message>
        <source>Add a team member…</source>
        <translation>Aggiungi un membro del team…</translation>
    </message>
    <message>
        <source>Objective without an action: %1</source>
        <translation>Obiettivo senza azione: %1</translation>
    </message>
    <message>
        <source>No owner: %1</source>
        <translation>Senza responsabile: %1</translation>
    </message>
    <message>
        <source>No due date: %1</source>
        <translation>Senza scadenza: %1</translation>
    </message>
    <message>
        <source>The plan has no objectives yet: add one on the previous page (Back).</source>
        <translation>Il piano non ha ancora obiettivi: aggiungine uno nella pagina precedente (&lt; Precedente).</translation>
    </message>
    <message>
        <source>To fix</source>
        <translation>Da sistemare</translation>
    </message>
    <message>
        <source>Every objective has an action, and every open action has an owner and a due date.</source>
        <translation>Ogni obiettivo ha un&apos;azione e ogni azione aperta ha un responsabile e una scadenza.</translation>
    </message>
</context>
<context>
    <name>ActionsPanel</name>
    <message>
        <source>Open actions</source>
        <translation>Azioni aperte</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Scadute</translation>
    </message>
    <message>
        <source>Missing owner or date</source>
        <translation>Senza responsabile o data</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Tutte le azioni</translation>
    </message>
    <message>
        <source>Search actions…</source>
        <translation>Cerca azioni…</translation>
    </message>
    <message>
        <source>New action…</source>
        <translation>Nuova azione…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifica…</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Segna come fatta</translation>
    </message>
    <message>
        <source>Mark the selected action done (Ctrl+D)</source>
        <translation>Segna come fatta l&apos;azione selezionata (Ctrl+D)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 su %2</translation>
    </message>
    <message>
        <source>No actions yet. Turn each objective and each open research question into actions with an owner and a due date: “New action…”, or use the list above.</source>
        <translation>Nessuna azione. Trasforma ogni obiettivo e ogni domanda di ricerca aperta in azioni con responsabile e scadenza: “Nuova azione…”, oppure usa l&apos;elenco sopra.</translation>
    </message>
    <message>
        <source>Delete action</source>
        <translation>Elimina azione</translation>
    </message>
    <message>
        <source>Move “%1” to the trash? You can undo this.</source>
        <translation>Spostare “%1” nel cestino? Puoi annullare.</translation>
    </message>
</context>
<context>
    <name>AdjustmentActionDialog</name>
    <message>
        <source>Adjustment: a new action</source>
        <translation>Correzione: una nuova azione</translation>
    </message>
    <message>
        <source>Action *</source>
        <translation>Azione *</translation>
    </message>
    <message>
        <source>e.g. Run a procurement workshop</source>
        <translation>es. Organizzare un workshop con gli acquisti</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <source>— nobody yet —</source>
        <translation>— ancora nessuno —</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Obiettivo</translation>
    </message>
    <message>
        <source>— no objective —</source>
        <translation>— nessun obiettivo —</translation>
    </message>
</context>
<context>
    <name>AnswerEditor</name>
    <message>
        <source>Pick a question on the left.</source>
        <translation>Scegli una domanda a sinistra.</translation>
    </message>
    <message>
        <source>What you know. Typing here marks the question answered.</source>
        <translation>Ciò che sai. Scrivere qui segna la domanda come risposta.</translation>
    </message>
    <message>
        <source>Where it comes from: annual report, a conversation…</source>
        <translation>Da dove viene: bilancio, una conversazione…</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Risposta</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <source>Save answer</source>
        <translation>Salva la risposta</translation>
    </message>
    <message>
        <source>Ctrl+S. Moving to another question saves too.</source>
        <translation>Ctrl+S. Anche passare a un&apos;altra domanda salva.</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Precedente</translation>
    </message>
    <message>
        <source>The previous question (Ctrl+Page Up). Saves this answer first.</source>
        <translation>La domanda precedente (Ctrl+Pag su). Prima salva questa risposta.</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Successiva ▶</translation>
    </message>
    <message>
        <source>The next question (Ctrl+Page Down). Saves this answer first.</source>
        <translation>La domanda successiva (Ctrl+Pag giù). Prima salva questa risposta.</translation>
    </message>
    <message>
        <source>Save and next</source>
        <translation>Salva e avanti</translation>
    </message>
    <message>
        <source>Ctrl+Enter: save this answer and go to the next question.</source>
        <translation>Ctrl+Invio: salva questa risposta e passa alla domanda successiva.</translation>
    </message>
    <message>
        <source>— nobody —</source>
        <translation>— nessuno —</translation>
    </message>
    <message>
        <source>Your question</source>
        <translation>La tua domanda</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>KAM Desktop is already open on %1; its window was brought forward.</source>
        <translation>KAM Desktop è già aperto su %1; la sua finestra è stata portata in primo piano.</translation>
    </message>
</context>
<context>
    <name>AssessmentDialog</name>
    <message>
        <source>Assess %1</source>
        <translation>Valuta %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Factor&lt;/b&gt;</source>
        <translation>&lt;b&gt;Fattore&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rating&lt;/b&gt;</source>
        <translation>&lt;b&gt;Valutazione&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;1 means … 5 means&lt;/b&gt;</source>
        <translation>&lt;b&gt;1 significa … 5 significa&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Weight&lt;/b&gt;</source>
        <translation>&lt;b&gt;Peso&lt;/b&gt;</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>non valutato</translation>
    </message>
    <message>
        <source>Why these ratings? (internal)</source>
        <translation>Perché queste valutazioni? (interno)</translation>
    </message>
    <message>
        <source>Assessed &amp;on</source>
        <translation>Valutato &amp;il</translation>
    </message>
    <message>
        <source>Why these ratings</source>
        <translation>Perché queste valutazioni</translation>
    </message>
    <message>
        <source>No earlier assessments: this will be the first.</source>
        <translation>Nessuna valutazione precedente: questa sarà la prima.</translation>
    </message>
    <message>
        <source>History (kept): </source>
        <translation>Storico (conservato): </translation>
    </message>
    <message>
        <source>Score: not assessed (rate at least one factor)</source>
        <translation>Punteggio: non valutato (valuta almeno un fattore)</translation>
    </message>
    <message numerus="yes">
        <source> — %n factor(s) missing</source>
        <translation>
            <numerusform> — manca %n fattore</numerusform>
            <numerusform> — mancano %n fattori</numerusform>
        </translation>
    </message>
    <message>
        <source>Score: %1 / 100, on %2 of 8 factors</source>
        <translation>Punteggio: %1 / 100, su %2 fattori su 8</translation>
    </message>
</context>
<context>
    <name>AssessmentTab</name>
    <message>
        <source>Rate the program on each of the nine things successful account teams have in common. The rubric says what the level you pick looks like; beside the measurable factors is what your own data shows. Save as often as you like: every assessment is dated and kept.</source>
        <translation>Valuta il programma su ciascuno dei nove elementi che accomunano i team di account di successo. La griglia descrive il livello che scegli; accanto ai fattori misurabili c&apos;è ciò che mostrano i tuoi dati. Salva quante volte vuoi: ogni valutazione viene datata e conservata.</translation>
    </message>
    <message>
        <source>What prompted this assessment (optional)</source>
        <translation>Cosa ha motivato questa valutazione (facoltativo)</translation>
    </message>
    <message>
        <source>Save self-assessment</source>
        <translation>Salva l&apos;autovalutazione</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Success factor</source>
        <translation>Fattore di successo</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Valutazione</translation>
    </message>
    <message>
        <source>What this level looks like</source>
        <translation>Com&apos;è questo livello</translation>
    </message>
    <message>
        <source>Evidence from your data</source>
        <translation>Evidenze dai tuoi dati</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Your evidence</source>
        <translation>Le tue evidenze</translation>
    </message>
    <message>
        <source>Advice for weak factors</source>
        <translation>Consigli per i fattori deboli</translation>
    </message>
    <message>
        <source>History and trend</source>
        <translation>Storico e andamento</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>Autovalutazione</translation>
    </message>
    <message>
        <source>What prompted this assessment</source>
        <translation>Che cosa ha motivato questa valutazione</translation>
    </message>
    <message>
        <source>History of self-assessments</source>
        <translation>Storico delle autovalutazioni</translation>
    </message>
    <message>
        <source>Date of the assessment</source>
        <translation>Data della valutazione</translation>
    </message>
    <message>
        <source>Rating of %1</source>
        <translation>Valutazione di %1</translation>
    </message>
    <message>
        <source>Notes on %1</source>
        <translation>Note su %1</translation>
    </message>
    <message>
        <source>Your evidence for %1</source>
        <translation>Le tue evidenze per %1</translation>
    </message>
    <message>
        <source>No factor is rated 2 or lower in the latest assessment.</source>
        <translation>Nell&apos;ultima valutazione nessun fattore ha 2 o meno.</translation>
    </message>
    <message>
        <source>Saved. The history below shows it.</source>
        <translation>Salvato. Lo storico qui sotto lo mostra.</translation>
    </message>
</context>
<context>
    <name>Background</name>
    <message>
        <source>unexpected error (%1); details are in the log</source>
        <translation>errore imprevisto (%1); i dettagli sono nel log</translation>
    </message>
</context>
<context>
    <name>BoardPanel</name>
    <message>
        <source>done %1</source>
        <translation>completata il %1</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>senza responsabile</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Scadute</translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation>In scadenza questa settimana</translation>
    </message>
    <message>
        <source>Later / no date</source>
        <translation>Più avanti / senza data</translation>
    </message>
    <message>
        <source>Done (last 2 weeks)</source>
        <translation>Fatte (ultime 2 settimane)</translation>
    </message>
    <message>
        <source>Select an action, then:</source>
        <translation>Seleziona un&apos;azione, poi:</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Avvia</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fatta</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloccata</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Riapri</translation>
    </message>
    <message>
        <source>Cancel action</source>
        <translation>Annulla azione</translation>
    </message>
    <message>
        <source>New action…</source>
        <translation>Nuova azione…</translation>
    </message>
</context>
<context>
    <name>BriefPlurals</name>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n giorno fa</numerusform>
            <numerusform>%n giorni fa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <translation>
            <numerusform>tra %n giorno</numerusform>
            <numerusform>tra %n giorni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open action(s)</source>
        <translation>
            <numerusform>%n azione aperta</numerusform>
            <numerusform>%n azioni aperte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BuyingCentresDialog</name>
    <message>
        <source>Buying centres of %1</source>
        <translation>Centri d&apos;acquisto di %1</translation>
    </message>
    <message>
        <source>Divisions, business units or sites of the account. Penetration means winning more of them; the whitespace grid crosses them with our offerings.</source>
        <translation>Divisioni, business unit o sedi dell&apos;account. Penetrazione significa conquistarne di più; la griglia dello spazio bianco li incrocia con le nostre offerte.</translation>
    </message>
    <message>
        <source>e.g. Plant Gdańsk</source>
        <translation>es. Stabilimento di Danzica</translation>
    </message>
    <message>
        <source>division, business unit, site…</source>
        <translation>divisione, business unit, sede…</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Aggiungi</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Salva le modifiche</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>Undo remove</source>
        <translation>Annulla la rimozione</translation>
    </message>
    <message>
        <source>No buying centres yet: add the first one below.</source>
        <translation>Nessun centro d&apos;acquisto: aggiungi il primo qui sotto.</translation>
    </message>
</context>
<context>
    <name>CalendarDialog</name>
    <message>
        <source>Wrote %1 meetings and %2 due dates to %3</source>
        <translation>Scritti %1 incontri e %2 scadenze in %3</translation>
    </message>
</context>
<context>
    <name>CalendarExportDialog</name>
    <message>
        <source>Export calendar</source>
        <translation>Esporta il calendario</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Tutti gli account</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Scegli…</translation>
    </message>
    <message>
        <source>Include meeting summaries and next steps (internal notes)</source>
        <translation>Includi sintesi degli incontri e prossimi passi (note interne)</translation>
    </message>
    <message>
        <source>Open it in my calendar afterwards</source>
        <translation>Aprilo poi nel mio calendario</translation>
    </message>
    <message>
        <source>Times in %1 (this computer&apos;s time zone).</source>
        <translation>Orari nel fuso %1 (il fuso orario di questo computer).</translation>
    </message>
    <message>
        <source>Meetings of</source>
        <translation>Incontri di</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Salva come</translation>
    </message>
    <message>
        <source>Upcoming meetings with their time, place and attendees, and the due dates of open actions as all-day items. Exporting again updates the same events in your calendar.</source>
        <translation>Gli incontri in programma con orario, luogo e partecipanti, e le scadenze delle azioni aperte come eventi di un giorno intero. Esportando di nuovo si aggiornano gli stessi eventi nel calendario.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Esporta</translation>
    </message>
    <message>
        <source>Calendar (*.ics)</source>
        <translation>Calendario (*.ics)</translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <source>A compelling case guides everything that follows: the customer&apos;s problem in their words, how we solve it, what it is worth to them (in numbers where you can), and why they should believe it.</source>
        <translation>Una proposta convincente guida tutto ciò che segue: il problema del cliente con le sue parole, come lo risolviamo, quanto vale per lui (in numeri, dove possibile) e perché dovrebbe crederci.</translation>
    </message>
    <message numerus="yes">
        <source>%n more value proposition(s) in the Action plan tab.</source>
        <translation>
            <numerusform>Un&apos;altra proposta di valore nella scheda Piano d&apos;azione.</numerusform>
            <numerusform>Altre %n proposte di valore nella scheda Piano d&apos;azione.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CasePanel</name>
    <message>
        <source>No compelling case yet. Start with the customer&apos;s problem in their words, then our solution, the value in numbers, and the proof.</source>
        <translation>Nessuna proposta di valore. Parti dal problema del cliente con le sue parole, poi la nostra soluzione, il valore in numeri e le prove.</translation>
    </message>
    <message>
        <source>New value proposition…</source>
        <translation>Nuova proposta di valore…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifica…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <source>Delete value proposition</source>
        <translation>Elimina la proposta di valore</translation>
    </message>
    <message>
        <source>Move “%1” to the trash? You can undo this.</source>
        <translation>Spostare “%1” nel cestino? Puoi annullare.</translation>
    </message>
</context>
<context>
    <name>CharterTab</name>
    <message>
        <source>Our definition</source>
        <translation>La nostra definizione</translation>
    </message>
    <message>
        <source>Six components make the definition shared and useful. Accept each one as it is, adapt it to your organisation, or reject it - and say what it means for you. The charter is the first page of the program report.</source>
        <translation>Sei componenti rendono la definizione condivisa e utile. Accetta ciascuna così com&apos;è, adattala alla tua organizzazione o rifiutala, e spiega cosa significa per te. La carta è la prima pagina del report del programma.</translation>
    </message>
    <message>
        <source>%1 of 6 components decided.</source>
        <translation>%1 componenti su 6 decise.</translation>
    </message>
</context>
<context>
    <name>CheckDialog</name>
    <message>
        <source>Check database</source>
        <translation>Controlla il database</translation>
    </message>
    <message>
        <source>Details of the check</source>
        <translation>Dettagli del controllo</translation>
    </message>
    <message>
        <source>Checking the database</source>
        <translation>Controllo del database in corso</translation>
    </message>
    <message>
        <source>Restore from backup…</source>
        <translation>Ripristina da un backup…</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Controllo di %1 in corso…</translation>
    </message>
    <message>
        <source>The check could not run: %1</source>
        <translation>Il controllo non è stato eseguito: %1</translation>
    </message>
    <message>
        <source>No problems found. The integrity check and the foreign-key check of %1 passed (%2 s).</source>
        <translation>Nessun problema. Il controllo di integrità e quello delle chiavi esterne di %1 sono stati superati (%2 s).</translation>
    </message>
    <message>
        <source>Backups of this database: %1</source>
        <translation>Backup di questo database: %1</translation>
    </message>
    <message>
        <source>The newest good backup is from %1.</source>
        <translation>Il backup valido più recente è del %1.</translation>
    </message>
    <message>
        <source>No good backup was found.</source>
        <translation>Non è stato trovato alcun backup valido.</translation>
    </message>
    <message>
        <source>The database is damaged: %1 Nothing was changed. %2</source>
        <translation>Il database è danneggiato: %1 Non è stato modificato nulla. %2</translation>
    </message>
</context>
<context>
    <name>Column</name>
    <message>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Obiettivo</translation>
    </message>
    <message>
        <source>Involves</source>
        <translation>Coinvolge</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Da</translation>
    </message>
    <message>
        <source>Resources needed</source>
        <translation>Risorse necessarie</translation>
    </message>
    <message>
        <source>Value proposition</source>
        <translation>Proposta di valore</translation>
    </message>
    <message>
        <source>Customer&apos;s problem</source>
        <translation>Problema del cliente</translation>
    </message>
    <message>
        <source>Our solution</source>
        <translation>La nostra soluzione</translation>
    </message>
    <message>
        <source>Quantified value</source>
        <translation>Valore quantificato</translation>
    </message>
    <message>
        <source>Proof</source>
        <translation>Prove</translation>
    </message>
    <message>
        <source>Question or objective</source>
        <translation>Domanda o obiettivo</translation>
    </message>
    <message>
        <source>Category / topic</source>
        <translation>Categoria / tema</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Azioni</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Opportunità</translation>
    </message>
    <message>
        <source>Buying centre</source>
        <translation>Centro d&apos;acquisto</translation>
    </message>
    <message>
        <source>Offering</source>
        <translation>Offerta</translation>
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
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <source>Prob.</source>
        <translation>Prob.</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>Ponderato</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Chiusura prevista</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Oggetto</translation>
    </message>
    <message>
        <source>Their attendees</source>
        <translation>I loro partecipanti</translation>
    </message>
    <message>
        <source>Ours</source>
        <translation>Nostri</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Prossimi passi</translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>Concorrente</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>Minaccia</translation>
    </message>
    <message>
        <source>Presence</source>
        <translation>Presenza</translation>
    </message>
    <message>
        <source>Counter-strategy</source>
        <translation>Contro-strategia</translation>
    </message>
    <message>
        <source>Presence here</source>
        <translation>Presenza qui</translation>
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
        <source>Trend</source>
        <translation>Tendenza</translation>
    </message>
    <message>
        <source>Impact on the account</source>
        <translation>Impatto sull&apos;account</translation>
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
        <source>Whose need</source>
        <translation>Esigenza di chi</translation>
    </message>
    <message>
        <source>Measurable target</source>
        <translation>Traguardo misurabile</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N.</translation>
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
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Addressed</source>
        <translation>Affrontate</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 su %2</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Needs research</source>
        <translation>Da approfondire</translation>
    </message>
    <message>
        <source>What to find out</source>
        <translation>Cosa scoprire</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Better is</source>
        <translation>Meglio se</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Partenza</translation>
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
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisione</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Stato di salute</translation>
    </message>
    <message>
        <source>Since previous</source>
        <translation>Dalla precedente</translation>
    </message>
    <message>
        <source>Actions created</source>
        <translation>Azioni create</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Reports to</source>
        <translation>Riporta a</translation>
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
        <source>Relationship</source>
        <translation>Relazione</translation>
    </message>
    <message>
        <source>Our owner</source>
        <translation>Nostro referente</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Ultimo contatto</translation>
    </message>
    <message>
        <source>Cares about</source>
        <translation>Gli sta a cuore</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punteggio</translation>
    </message>
    <message>
        <source>Score %1; rests on %2 of 8 factors</source>
        <translation>Punteggio %1; basato su %2 fattori su 8</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Riga</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Esito</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Settore</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Area geografica</translation>
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
        <source>Revenue</source>
        <translation>Fatturato</translation>
    </message>
    <message>
        <source>Potential</source>
        <translation>Potenziale</translation>
    </message>
    <message>
        <source>Revenue gap</source>
        <translation>Divario di fatturato</translation>
    </message>
    <message>
        <source>Plan phase</source>
        <translation>Fase del piano</translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation>Prossimo incontro</translation>
    </message>
    <message>
        <source>Overdue actions</source>
        <translation>Azioni scadute</translation>
    </message>
    <message>
        <source>Role gaps</source>
        <translation>Ruoli scoperti</translation>
    </message>
    <message>
        <source>%1 of the 6 roles have no primary holder</source>
        <translation>%1 dei 6 ruoli non hanno un titolare</translation>
    </message>
    <message>
        <source>Team member</source>
        <translation>Membro del team</translation>
    </message>
    <message>
        <source>Key accounts</source>
        <translation>Key account</translation>
    </message>
    <message>
        <source>Primary roles</source>
        <translation>Ruoli da titolare</translation>
    </message>
    <message>
        <source>Backup roles</source>
        <translation>Ruoli di riserva</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Carico</translation>
    </message>
    <message>
        <source></source>
        <translation></translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funzione</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Rated on</source>
        <translation>Valutato il</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Valutazione</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Complessivo</translation>
    </message>
    <message>
        <source>Review cycle</source>
        <translation>Ciclo di revisione</translation>
    </message>
    <message>
        <source>Growth opportunities?</source>
        <translation>Opportunità di crescita?</translation>
    </message>
    <message>
        <source>Willing?</source>
        <translation>Disponibile?</translation>
    </message>
    <message>
        <source>Budget asked</source>
        <translation>Budget richiesto</translation>
    </message>
    <message>
        <source>Budget granted</source>
        <translation>Budget concesso</translation>
    </message>
    <message>
        <source>Our division</source>
        <translation>La nostra divisione</translation>
    </message>
    <message>
        <source>How it is involved</source>
        <translation>Come è coinvolta</translation>
    </message>
    <message>
        <source>Cooperation</source>
        <translation>Collaborazione</translation>
    </message>
</context>
<context>
    <name>CompetitorDialog</name>
    <message>
        <source>What they hold here: contracts, sites, people they know</source>
        <translation>Cosa presidiano qui: contratti, sedi, persone che conoscono</translation>
    </message>
    <message>
        <source>How we keep them out or win their share</source>
        <translation>Come li teniamo fuori o conquistiamo la loro quota</translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>Concorrente</translation>
    </message>
    <message>
        <source>Threat level</source>
        <translation>Livello di minaccia</translation>
    </message>
    <message>
        <source>Presence at this account</source>
        <translation>Presenza in questo account</translation>
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
        <source>Counter-strategy</source>
        <translation>Contro-strategia</translation>
    </message>
</context>
<context>
    <name>CompetitorsPanel</name>
    <message>
        <source>Set status</source>
        <translation>Imposta lo stato</translation>
    </message>
    <message>
        <source>Edit counter-strategy…</source>
        <translation>Modifica contro-strategia…</translation>
    </message>
    <message>
        <source>No competitors recorded at this account. Add them in Research (who else is there, their strengths, your counter-strategy).</source>
        <translation>Nessun concorrente registrato in questo account. Aggiungili in Ricerca (chi altro c&apos;è, i loro punti di forza, la tua contro-strategia).</translation>
    </message>
</context>
<context>
    <name>ComponentEditor</name>
    <message>
        <source>Accept</source>
        <translation>Accetta</translation>
    </message>
    <message>
        <source>Adapt</source>
        <translation>Adatta</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rifiuta</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Deciso il</translation>
    </message>
    <message>
        <source>What it means for us, in our words</source>
        <translation>Cosa significa per noi, con le nostre parole</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 il %2</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>Non ancora deciso</translation>
    </message>
</context>
<context>
    <name>ContactImportDialog</name>
    <message>
        <source>Import contacts</source>
        <translation>Importa contatti</translation>
    </message>
    <message>
        <source>No file chosen (vCard .vcf, or CSV from a CRM, Outlook or Google).</source>
        <translation>Nessun file scelto (vCard .vcf, oppure CSV da un CRM, Outlook o Google).</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Scegli il file…</translation>
    </message>
    <message>
        <source>Put each contact into</source>
        <translation>Inserisci ogni contatto in</translation>
    </message>
    <message>
        <source>the account named by their organisation</source>
        <translation>l&apos;account indicato dalla sua organizzazione</translation>
    </message>
    <message>
        <source>Import the valid contacts and skip the ones with errors</source>
        <translation>Importa i contatti validi e salta quelli con errori</translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>Annulla l&apos;importazione</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importa</translation>
    </message>
    <message>
        <source>Contacts (*.vcf *.vcard *.csv *.txt);;All files (*)</source>
        <translation>Contatti (*.vcf *.vcard *.csv *.txt);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>%1 contacts: %2 new (%3 with a manager), %4 skipped, %5 with errors.</source>
        <translation>%1 contatti: %2 nuovi (%3 con un responsabile), %4 saltati, %5 con errori.</translation>
    </message>
    <message>
        <source>Nothing was imported: some contacts have errors.</source>
        <translation>Non è stato importato nulla: alcuni contatti contengono errori.</translation>
    </message>
    <message>
        <source>The import was undone.</source>
        <translation>L&apos;importazione è stata annullata.</translation>
    </message>
</context>
<context>
    <name>CounterDialog</name>
    <message>
        <source>Neutralise %1</source>
        <translation>Neutralizzare %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Counter-strategy</source>
        <translation>Contro-strategia</translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <source>KAM Desktop - unexpected error</source>
        <translation>KAM Desktop - errore imprevisto</translation>
    </message>
    <message>
        <source>Something went wrong that KAM Desktop did not expect. Your saved data is safe: every edit is stored the moment you make it. You can keep working.</source>
        <translation>Si è verificato un problema che KAM Desktop non prevedeva. I dati salvati sono al sicuro: ogni modifica viene registrata nel momento in cui la fai. Puoi continuare a lavorare.</translation>
    </message>
    <message>
        <source>The details are in the log file:
%1</source>
        <translation>I dettagli sono nel file di log:
%1</translation>
    </message>
    <message>
        <source>No log file could be written.</source>
        <translation>Non è stato possibile scrivere un file di log.</translation>
    </message>
</context>
<context>
    <name>CustomQuestionDialog</name>
    <message>
        <source>Add your own question</source>
        <translation>Aggiungi una tua domanda</translation>
    </message>
    <message>
        <source>e.g. Who signed off the last framework agreement?</source>
        <translation>es. Chi ha firmato l&apos;ultimo accordo quadro?</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Domanda</translation>
    </message>
</context>
<context>
    <name>DataMenu</name>
    <message>
        <source>Backed up to %1</source>
        <translation>Backup salvato in %1</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Backup adesso</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Ripristina da un backup…</translation>
    </message>
    <message>
        <source>&amp;Trash…</source>
        <translation>&amp;Cestino…</translation>
    </message>
    <message>
        <source>&amp;Check database</source>
        <translation>&amp;Controlla il database</translation>
    </message>
</context>
<context>
    <name>DataSafety</name>
    <message>
        <source>Automatic backup written: %1</source>
        <translation>Backup automatico scritto: %1</translation>
    </message>
    <message>
        <source>Automatic backup failed: %1</source>
        <translation>Backup automatico non riuscito: %1</translation>
    </message>
    <message>
        <source>The database is damaged: %1 Changes are refused.</source>
        <translation>Il database è danneggiato: %1 Le modifiche vengono rifiutate.</translation>
    </message>
    <message>
        <source>%1 is damaged: %2 Nothing more is written to it: every change is refused until a good backup is put in its place.</source>
        <translation>%1 è danneggiato: %2 Non vi si scrive più nulla: ogni modifica viene rifiutata finché al suo posto non viene messo un backup integro.</translation>
    </message>
    <message>
        <source>The backup was restored.</source>
        <translation>Il backup è stato ripristinato.</translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation>Backup del database in corso…</translation>
    </message>
    <message>
        <source>Backup on close failed</source>
        <translation>Backup alla chiusura non riuscito</translation>
    </message>
    <message>
        <source>The backup made when KAM Desktop closes failed: %1

Your saved changes are still in %2; they are not in a backup yet.</source>
        <translation>Il backup fatto alla chiusura di KAM Desktop non è riuscito: %1

Le modifiche salvate sono ancora in %2, ma non sono ancora in un backup.</translation>
    </message>
    <message>
        <source>Read-only database</source>
        <translation>Database in sola lettura</translation>
    </message>
    <message>
        <source>%1 has more than one name (a hard link), so it is open read-only: writing it through two names would damage it. You can look at everything; to edit, make a copy (not a link) and open the copy.</source>
        <translation>%1 ha più di un nome (un collegamento fisico), quindi è aperto in sola lettura: scriverlo attraverso due nomi lo danneggerebbe. Puoi consultare tutto; per modificarlo, fanne una copia (non un collegamento) e apri la copia.</translation>
    </message>
    <message>
        <source>%1 is in a place your user account on this computer cannot write to, so it is open read-only: you can look at everything, but changes cannot be saved. To edit, copy it to a folder you can write to and open the copy.</source>
        <translation>%1 si trova in una posizione in cui questo utente non può scrivere, quindi è aperto in sola lettura: puoi consultare tutto, ma le modifiche non possono essere salvate. Per modificarlo, copialo in una cartella scrivibile e apri la copia.</translation>
    </message>
    <message>
        <source>KAM Desktop was not closed properly last time; the database was checked and is fine.</source>
        <translation>L&apos;ultima volta KAM Desktop non è stato chiuso correttamente; il database è stato controllato ed è integro.</translation>
    </message>
</context>
<context>
    <name>ExecutionFinishPage</name>
    <message>
        <source>Start the plan on that day</source>
        <translation>Fai iniziare il piano quel giorno</translation>
    </message>
    <message>
        <source>The plan starts on %1; the interaction of %2 would count if it started then.</source>
        <translation>Il piano inizia il %1; l&apos;interazione del %2 conterebbe se iniziasse quel giorno.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
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
        <source>Export account plan</source>
        <translation>Esporta il piano dell&apos;account</translation>
    </message>
    <message>
        <source>Export meeting brief</source>
        <translation>Esporta la scheda dell&apos;incontro</translation>
    </message>
    <message>
        <source>Export the plan of %1 as a PDF.</source>
        <translation>Esporta in PDF il piano di %1.</translation>
    </message>
    <message>
        <source>Export the meeting brief of %1 as a PDF.</source>
        <translation>Esporta in PDF la scheda dell&apos;incontro di %1.</translation>
    </message>
    <message>
        <source>Internal edition - everything, for our team</source>
        <translation>Edizione interna - tutto, per il nostro team</translation>
    </message>
    <message>
        <source>Customer edition - our joint plan, to hand to the customer</source>
        <translation>Edizione cliente - il nostro piano comune, da consegnare al cliente</translation>
    </message>
    <message>
        <source>Leaves out scores, our assessments of people and competitors, role gaps, fluency, revenue and opportunity figures, internal notes and everything marked internal.</source>
        <translation>Esclude punteggi, le nostre valutazioni di persone e concorrenti, lacune nei ruoli, padronanza, dati di fatturato e opportunità, note interne e tutto ciò che è segnato come interno.</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italiano</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglese</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Sfoglia…</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Edizione</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Formato carta</translation>
    </message>
    <message>
        <source>Language of the PDF</source>
        <translation>Lingua del PDF</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sezioni</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Salva come</translation>
    </message>
    <message>
        <source>Open the PDF when it is ready</source>
        <translation>Apri il PDF quando è pronto</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Esporta</translation>
    </message>
    <message>
        <source>This plan&apos;s own texts are written in Italian and are not translated: the PDF puts English headings, dates and amounts around them.</source>
        <translation>I testi di questo piano sono scritti in italiano e non vengono tradotti: nel PDF avranno intorno titoli, date e importi in inglese.</translation>
    </message>
    <message>
        <source>This plan&apos;s own texts are written in English and are not translated: the PDF puts Italian headings, dates and amounts around them.</source>
        <translation>I testi di questo piano sono scritti in inglese e non vengono tradotti: nel PDF avranno intorno titoli, date e importi in italiano.</translation>
    </message>
    <message>
        <source>%1 - meeting brief %2.pdf</source>
        <translation>%1 - scheda incontro %2.pdf</translation>
    </message>
    <message>
        <source>%1 - account plan (customer).pdf</source>
        <translation>%1 - piano dell&apos;account (cliente).pdf</translation>
    </message>
    <message>
        <source>%1 - account plan (internal).pdf</source>
        <translation>%1 - piano dell&apos;account (interno).pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documenti PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Choose at least one section.</source>
        <translation>Scegli almeno una sezione.</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 pagina</translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation>%1 pagine</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>Exporting the plan of %1 (customer edition)…</source>
        <translation>Esportazione del piano di %1 (edizione per il cliente)…</translation>
    </message>
    <message>
        <source>Exporting the plan of %1 (internal edition)…</source>
        <translation>Esportazione del piano di %1 (edizione interna)…</translation>
    </message>
    <message>
        <source>Plan exported</source>
        <translation>Piano esportato</translation>
    </message>
    <message>
        <source>No upcoming meeting: the brief covers the account and its most influential people.</source>
        <translation>Nessun incontro in programma: la scheda riguarda l&apos;account e le sue persone più influenti.</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(senza oggetto)</translation>
    </message>
    <message>
        <source>For the meeting of %1: %2 - %3</source>
        <translation>Per l&apos;incontro del %1: %2 - %3</translation>
    </message>
    <message>
        <source>Exporting the meeting brief of %1…</source>
        <translation>Esportazione della scheda dell&apos;incontro di %1…</translation>
    </message>
    <message>
        <source>Brief exported</source>
        <translation>Scheda esportata</translation>
    </message>
    <message>
        <source>Open an account first: pick it in the Accounts section, then export its meeting brief.</source>
        <translation>Prima apri un account: sceglilo nella sezione Account, poi esporta la scheda dell&apos;incontro.</translation>
    </message>
    <message>
        <source>Open an account first: pick it in the Accounts section, then export its plan.</source>
        <translation>Prima apri un account: sceglilo nella sezione Account, poi esportane il piano.</translation>
    </message>
</context>
<context>
    <name>ExportRun</name>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Exporting PDF</source>
        <translation>Esportazione del PDF</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annullamento…</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>New due date</source>
        <translation>Nuova scadenza</translation>
    </message>
    <message>
        <source>New target</source>
        <translation>Nuovo obiettivo</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Perché</translation>
    </message>
    <message>
        <source>Revenue target</source>
        <translation>Obiettivo di fatturato</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <source>Still missing:</source>
        <translation>Manca ancora:</translation>
    </message>
    <message>
        <source>You can finish now and come back later.</source>
        <translation>Puoi premere Fine ora e tornare più tardi.</translation>
    </message>
    <message>
        <source>Everything this phase needs is in place.</source>
        <translation>Tutto ciò che serve a questa fase è presente.</translation>
    </message>
    <message>
        <source>Mark %1 as done</source>
        <translation>Segna la fase %1 come completata</translation>
    </message>
</context>
<context>
    <name>FirstRunView</name>
    <message>
        <source>Welcome to KAM Desktop</source>
        <translation>Benvenuto in KAM Desktop</translation>
    </message>
    <message>
        <source>Before you start: who is preparing the plans? Your name and company appear as &quot;Prepared by&quot; on every plan and brief you export. You can change all of this later on the Program page (Settings).</source>
        <translation>Prima di iniziare: chi prepara i piani? Il tuo nome e la tua azienda compaiono come &quot;Preparato da&quot; su ogni piano e brief che esporti. Potrai cambiare tutto in seguito nella pagina Programma (Impostazioni).</translation>
    </message>
    <message>
        <source>e.g. Giulia Conti</source>
        <translation>es. Giulia Conti</translation>
    </message>
    <message>
        <source>Your &amp;name *</source>
        <translation>Il tuo &amp;nome *</translation>
    </message>
    <message>
        <source>Your &amp;company</source>
        <translation>La tua &amp;azienda</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Lingua</translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation>Val&amp;uta</translation>
    </message>
    <message>
        <source>* required. The language applies to the whole window at once.</source>
        <translation>* obbligatorio. La lingua si applica subito a tutta la finestra.</translation>
    </message>
    <message>
        <source>Create your &amp;first account</source>
        <translation>Crea il tuo &amp;primo account</translation>
    </message>
    <message>
        <source>Open the &amp;demo</source>
        <translation>Apri la &amp;demo</translation>
    </message>
    <message>
        <source>A sample portfolio in a database of its own; your database stays as it is.</source>
        <translation>Un portafoglio di esempio in un database a sé; il tuo database resta com&apos;è.</translation>
    </message>
</context>
<context>
    <name>FluencyPanel</name>
    <message>
        <source>Select a team member to see every rating they were given.</source>
        <translation>Seleziona un membro del team per vedere tutte le valutazioni ricevute.</translation>
    </message>
    <message>
        <source>No team members to rate yet.</source>
        <translation>Non ci sono ancora membri del team da valutare.</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:%3&quot;&gt;⚠ Weak areas for this team&lt;/span&gt; (nobody rated above %1): %2</source>
        <translation>&lt;span style=&quot;color:%3&quot;&gt;⚠ Aree deboli per questo team&lt;/span&gt; (nessuno valutato sopra %1): %2</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:%2&quot;&gt;Not rated yet&lt;/span&gt; (nobody on the team): %1</source>
        <translation>&lt;span style=&quot;color:%2&quot;&gt;Non ancora valutate&lt;/span&gt; (da nessuno del team): %1</translation>
    </message>
    <message>
        <source>✔ Someone on the team is fluent (above %1) in every area. Cells marked ⚠ are weak for that person.</source>
        <translation>✔ Per ogni area c&apos;è qualcuno nel team che la padroneggia (sopra %1). Le celle con ⚠ sono deboli per quella persona.</translation>
    </message>
    <message>
        <source>Rating history of %1 (%2 ratings; the newest per area counts)</source>
        <translation>Storico delle valutazioni di %1 (%2 valutazioni; conta la più recente per area)</translation>
    </message>
</context>
<context>
    <name>FromResearchPage</name>
    <message>
        <source>The plan has no objectives yet, and every action should serve one.</source>
        <translation>Il piano non ha ancora obiettivi, e ogni azione dovrebbe servirne uno.</translation>
    </message>
    <message>
        <source>Add an objective…</source>
        <translation>Aggiungi un obiettivo…</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Share with the customer…</source>
        <translation>Condividi con il cliente…</translation>
    </message>
    <message>
        <source>The review&apos;s summary for the customer, and whether it is shared</source>
        <translation>La sintesi della revisione per il cliente, e se è condivisa</translation>
    </message>
    <message>
        <source>No review recorded yet. The first review stores a snapshot of the plan; later reviews show what changed.</source>
        <translation>Nessuna revisione registrata. La prima revisione salva un&apos;istantanea del piano; le successive mostrano cosa è cambiato.</translation>
    </message>
    <message>
        <source>Last review %1 (recorded without a snapshot: changes since then cannot be listed).</source>
        <translation>Ultima revisione %1 (registrata senza istantanea: le modifiche successive non possono essere elencate).</translation>
    </message>
    <message>
        <source>Since the last review (%1)</source>
        <translation>Dall&apos;ultima revisione (%1)</translation>
    </message>
    <message>
        <source>no changes.</source>
        <translation>nessuna modifica.</translation>
    </message>
    <message>
        <source>Select a review to see its findings, adjustments and what changed.</source>
        <translation>Seleziona una revisione per vederne risultati, correzioni e cambiamenti.</translation>
    </message>
    <message>
        <source>Shared with the customer</source>
        <translation>Condiviso con il cliente</translation>
    </message>
    <message>
        <source>Not shared with the customer</source>
        <translation>Non condiviso con il cliente</translation>
    </message>
    <message>
        <source>First review: the plan&apos;s starting point.</source>
        <translation>Prima revisione: il punto di partenza del piano.</translation>
    </message>
    <message>
        <source>No snapshot stored for one of the two reviews.</source>
        <translation>Per una delle due revisioni non è salvata alcuna istantanea.</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Nessuna modifica.</translation>
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
        <source>What changed since the previous review</source>
        <translation>Cosa è cambiato dalla revisione precedente</translation>
    </message>
</context>
<context>
    <name>ImportAccountsDialog</name>
    <message>
        <source>New</source>
        <translation>Nuovo</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Aggiorna</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Invariato</translation>
    </message>
    <message>
        <source>Duplicate in file</source>
        <translation>Duplicato nel file</translation>
    </message>
    <message>
        <source>Already exists</source>
        <translation>Già presente</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Errore</translation>
    </message>
</context>
<context>
    <name>ImportContactsDialog</name>
    <message>
        <source>New</source>
        <translation>Nuovo</translation>
    </message>
    <message>
        <source>Already there</source>
        <translation>Già presente</translation>
    </message>
    <message>
        <source>Duplicate in file</source>
        <translation>Duplicato nel file</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Errore</translation>
    </message>
</context>
<context>
    <name>ImportMenu</name>
    <message>
        <source>Import undone (%1)</source>
        <translation>Importazione annullata (%1)</translation>
    </message>
    <message>
        <source>&amp;Undo last import</source>
        <translation>&amp;Annulla l&apos;ultima importazione</translation>
    </message>
    <message>
        <source>&amp;Import accounts…</source>
        <translation>&amp;Importa account…</translation>
    </message>
    <message>
        <source>Import &amp;contacts…</source>
        <translation>Importa &amp;contatti…</translation>
    </message>
    <message>
        <source>Export &amp;calendar…</source>
        <translation>Esporta il &amp;calendario…</translation>
    </message>
</context>
<context>
    <name>InteractionDialog</name>
    <message>
        <source>Edit interaction</source>
        <translation>Modifica interazione</translation>
    </message>
    <message>
        <source>Log an interaction</source>
        <translation>Registra un&apos;interazione</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>at</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>Date *</source>
        <translation>Data *</translation>
    </message>
    <message>
        <source>A future date makes it an upcoming meeting.</source>
        <translation>Con una data futura diventa un incontro in programma.</translation>
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
        <source>Attendees (theirs | ours)</source>
        <translation>Partecipanti (loro | nostri)</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sintesi</translation>
    </message>
    <message>
        <source>Next steps (one per line)</source>
        <translation>Prossimi passi (uno per riga)</translation>
    </message>
</context>
<context>
    <name>InteractionsPanel</name>
    <message>
        <source>Log interaction…</source>
        <translation>Registra interazione…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifica…</translation>
    </message>
    <message>
        <source>Next step → action…</source>
        <translation>Prossimo passo → azione…</translation>
    </message>
    <message>
        <source>Prepare this meeting</source>
        <translation>Prepara questo incontro</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <source>No interactions logged. Log meetings, calls, emails, workshops and business reviews with who attended; future-dated ones are your upcoming meetings (Ctrl+L).</source>
        <translation>Nessuna interazione registrata. Registra incontri, telefonate, email, workshop e business review con i partecipanti; quelli con data futura sono i tuoi prossimi incontri (Ctrl+L).</translation>
    </message>
    <message>
        <source>Select an interaction to see its summary and next steps.</source>
        <translation>Seleziona un&apos;interazione per vederne sintesi e prossimi passi.</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Prossimi passi</translation>
    </message>
    <message>
        <source>Delete interaction</source>
        <translation>Elimina interazione</translation>
    </message>
    <message>
        <source>Move this interaction to the trash? You can undo this.</source>
        <translation>Spostare questa interazione nel cestino? Puoi annullare.</translation>
    </message>
</context>
<context>
    <name>KpiChart</name>
    <message>
        <source>Select a KPI to see its trend.</source>
        <translation>Seleziona un KPI per vederne l&apos;andamento.</translation>
    </message>
    <message>
        <source>No measurements yet.</source>
        <translation>Nessuna misurazione.</translation>
    </message>
    <message>
        <source>target</source>
        <translation>obiettivo</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>valore di partenza</translation>
    </message>
</context>
<context>
    <name>KpiDialog</name>
    <message>
        <source>Edit KPI</source>
        <translation>Modifica KPI</translation>
    </message>
    <message>
        <source>New KPI</source>
        <translation>Nuovo KPI</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>Nome *</translation>
    </message>
    <message>
        <source>e.g. Share of wallet</source>
        <translation>es. Quota di spesa</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unità</translation>
    </message>
    <message>
        <source>e.g. %, NPS, hours/month</source>
        <translation>es. %, NPS, ore/mese</translation>
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
        <source>Internal (never in the customer PDF)</source>
        <translation>Interno (mai nel PDF per il cliente)</translation>
    </message>
    <message>
        <source>Share with the customer (joint plan)</source>
        <translation>Condividi con il cliente (piano comune)</translation>
    </message>
</context>
<context>
    <name>KpiPanel</name>
    <message>
        <source>value</source>
        <translation>valore</translation>
    </message>
    <message>
        <source>note (optional)</source>
        <translation>nota (facoltativa)</translation>
    </message>
    <message>
        <source>Add measurement</source>
        <translation>Aggiungi misurazione</translation>
    </message>
    <message>
        <source>Delete measurement</source>
        <translation>Elimina misurazione</translation>
    </message>
    <message>
        <source>New KPI…</source>
        <translation>Nuovo KPI…</translation>
    </message>
    <message>
        <source>Add benchmark KPIs</source>
        <translation>Aggiungi KPI di riferimento</translation>
    </message>
    <message>
        <source>Revenue growth, profit growth and customer satisfaction: the outcomes where the best account teams outperform (3.1x, 3.4x and 4.5x more likely).</source>
        <translation>Crescita del fatturato, crescita del margine e soddisfazione del cliente: i risultati in cui i migliori team di account eccellono (con probabilità 3,1, 3,4 e 4,5 volte maggiore).</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifica…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <source>No KPIs yet. Start with the benchmark outcomes (revenue growth, profit growth, customer satisfaction), give each a baseline and a target, then record dated measurements.</source>
        <translation>Nessun KPI. Parti dai risultati di riferimento (crescita del fatturato, crescita del margine, soddisfazione del cliente), dai a ciascuno un valore di partenza e un obiettivo, poi registra misurazioni datate.</translation>
    </message>
    <message>
        <source>Add the starting KPIs</source>
        <translation>Aggiungi i KPI iniziali</translation>
    </message>
    <message>
        <source>Delete KPI</source>
        <translation>Elimina KPI</translation>
    </message>
    <message>
        <source>Move “%1” and its measurements to the trash? You can undo this.</source>
        <translation>Spostare “%1” e le sue misurazioni nel cestino? Puoi annullare.</translation>
    </message>
    <message>
        <source>Add a measurement of “%1”</source>
        <translation>Aggiungi una misurazione di “%1”</translation>
    </message>
    <message>
        <source>Delete a measurement of “%1”</source>
        <translation>Elimina una misurazione di “%1”</translation>
    </message>
    <message>
        <source>Measurement deleted.</source>
        <translation>Misurazione eliminata.</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Lingua</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Come il sistema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>The new language is used from the next start of KAM Desktop.</source>
        <translation>La nuova lingua verrà usata dal prossimo avvio di KAM Desktop.</translation>
    </message>
    <message>
        <source>Saved. Close the open wizards and dialogs and choose the language again to switch now; otherwise KAM Desktop starts in it next time.</source>
        <translation>Salvata. Chiudi le procedure guidate e le finestre di dialogo aperte e scegli di nuovo la lingua per passare subito; altrimenti KAM Desktop si avvierà in questa lingua la prossima volta.</translation>
    </message>
</context>
<context>
    <name>LeadershipTab</name>
    <message>
        <source>Account management needs leadership&apos;s backing. Put these three questions to your leadership every review cycle, and record what you asked for and what was granted.</source>
        <translation>Il key account management ha bisogno del sostegno della direzione. Poni queste tre domande alla direzione a ogni ciclo di revisione e registra cosa hai chiesto e cosa ti è stato concesso.</translation>
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
        <source>People and resources asked for</source>
        <translation>Persone e risorse richieste</translation>
    </message>
    <message>
        <source>People and resources granted</source>
        <translation>Persone e risorse concesse</translation>
    </message>
    <message>
        <source>Save cycle</source>
        <translation>Salva il ciclo</translation>
    </message>
    <message>
        <source>New cycle</source>
        <translation>Nuovo ciclo</translation>
    </message>
    <message>
        <source>This review cycle</source>
        <translation>Questo ciclo di revisione</translation>
    </message>
    <message>
        <source>Earlier cycles (click one to edit it)</source>
        <translation>Cicli precedenti (clic su uno per modificarlo)</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Salvato.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Portfolio</source>
        <translation>Portafoglio</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programma</translation>
    </message>
    <message>
        <source>KAM Desktop</source>
        <translation>KAM Desktop</translation>
    </message>
    <message>
        <source>%1 (read-only) - KAM Desktop</source>
        <translation>%1 (sola lettura) - KAM Desktop</translation>
    </message>
    <message>
        <source>%1 - KAM Desktop</source>
        <translation>%1 - KAM Desktop</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sezioni</translation>
    </message>
    <message>
        <source>Ctrl+%1</source>
        <translation>Ctrl+%1</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Cerca</translation>
    </message>
    <message>
        <source>Search accounts, stakeholders, actions…  (Ctrl+K)</source>
        <translation>Cerca account, stakeholder, azioni…  (Ctrl+K)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>New &amp;database…</source>
        <translation>Nuovo &amp;database…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Apri database…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Apri &amp;recenti</translation>
    </message>
    <message>
        <source>&amp;New account…</source>
        <translation>&amp;Nuovo account…</translation>
    </message>
    <message>
        <source>&amp;Export account plan…</source>
        <translation>&amp;Esporta il piano dell&apos;account…</translation>
    </message>
    <message>
        <source>Export &amp;meeting brief…</source>
        <translation>Esporta la scheda dell&apos;&amp;incontro…</translation>
    </message>
    <message>
        <source>Export &amp;program report…</source>
        <translation>Esporta il report del &amp;programma…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Cerca</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>&amp;About KAM Desktop</source>
        <translation>&amp;Informazioni su KAM Desktop</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (sola lettura)</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Apertura del database…</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Apri database</translation>
    </message>
    <message>
        <source>KAM Desktop databases (*.sqlite *.db);;All files (*)</source>
        <translation>Database di KAM Desktop (*.sqlite *.db);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Nuovo database</translation>
    </message>
    <message>
        <source>KAM Desktop databases (*.sqlite *.db)</source>
        <translation>Database di KAM Desktop (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new name; File &gt; Open opens an existing database.</source>
        <translation>%1 esiste già. Scegli un nuovo nome; File &gt; Apri apre un database esistente.</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (mancante)</translation>
    </message>
    <message>
        <source>No recent databases</source>
        <translation>Nessun database recente</translation>
    </message>
    <message>
        <source>&amp;Clear the list</source>
        <translation>&amp;Svuota l&apos;elenco</translation>
    </message>
    <message>
        <source>About KAM Desktop</source>
        <translation>Informazioni su KAM Desktop</translation>
    </message>
    <message>
        <source>&lt;h3&gt;KAM Desktop %1&lt;/h3&gt;&lt;p&gt;Key account management for one manager, offline: identify key accounts, plan them in five phases, cover the six roles, prepare every meeting, and hand customers a clean plan.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;KAM Desktop %1&lt;/h3&gt;&lt;p&gt;Key account management per un singolo manager, offline: individua i key account, pianificali in cinque fasi, copri i sei ruoli, prepara ogni incontro e consegna ai clienti un piano pulito.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MarketWidgets</name>
    <message>
        <source>Edit competitor</source>
        <translation>Modifica concorrente</translation>
    </message>
    <message>
        <source>New competitor</source>
        <translation>Nuovo concorrente</translation>
    </message>
    <message>
        <source>No competitors recorded</source>
        <translation>Nessun concorrente registrato</translation>
    </message>
    <message>
        <source>Who else sells to this account? Record each competitor&apos;s presence, strengths, the threat they pose and how you counter them.</source>
        <translation>Chi altro vende a questo account? Registra per ogni concorrente la presenza, i punti di forza, la minaccia che rappresenta e come la contrasti.</translation>
    </message>
    <message>
        <source>Edit trend</source>
        <translation>Modifica tendenza</translation>
    </message>
    <message>
        <source>New trend</source>
        <translation>Nuova tendenza</translation>
    </message>
    <message>
        <source>No trends yet</source>
        <translation>Ancora nessuna tendenza</translation>
    </message>
    <message>
        <source>What is changing in this customer&apos;s market, regulation or technology?</source>
        <translation>Cosa sta cambiando nel mercato, nelle normative o nella tecnologia di questo cliente?</translation>
    </message>
    <message>
        <source>Edit need</source>
        <translation>Modifica esigenza</translation>
    </message>
    <message>
        <source>New need</source>
        <translation>Nuova esigenza</translation>
    </message>
    <message>
        <source>No needs yet</source>
        <translation>Ancora nessuna esigenza</translation>
    </message>
    <message>
        <source>What problems does this customer need solved, and for whom?</source>
        <translation>Quali problemi deve risolvere questo cliente, e per chi?</translation>
    </message>
</context>
<context>
    <name>MeetingBrief</name>
    <message>
        <source>never</source>
        <translation>mai</translation>
    </message>
    <message>
        <source>today</source>
        <translation>oggi</translation>
    </message>
    <message>
        <source>No upcoming meeting: account brief around the most influential people.</source>
        <translation>Nessun incontro in programma: scheda dell&apos;account incentrata sulle persone più influenti.</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>domani</translation>
    </message>
    <message>
        <source>role unknown</source>
        <translation>ruolo sconosciuto</translation>
    </message>
    <message>
        <source>no title</source>
        <translation>nessun titolo</translation>
    </message>
    <message>
        <source>influence</source>
        <translation>influenza</translation>
    </message>
    <message>
        <source>relationship</source>
        <translation>relazione</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>senza responsabile</translation>
    </message>
    <message>
        <source>last contact</source>
        <translation>ultimo contatto</translation>
    </message>
    <message>
        <source>nothing open</source>
        <translation>nulla di aperto</translation>
    </message>
    <message>
        <source>Account brief</source>
        <translation>Scheda account</translation>
    </message>
    <message>
        <source>Who is in the room</source>
        <translation>Chi sarà presente</translation>
    </message>
    <message>
        <source>No one from the account is listed as attending. Add attendees to the meeting (Execution ▸ Interactions).</source>
        <translation>Nessuno dell&apos;account risulta tra i partecipanti. Aggiungi i partecipanti all&apos;incontro (Esecuzione ▸ Interazioni).</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Posizione</translation>
    </message>
    <message>
        <source>Cares about</source>
        <translation>Gli sta a cuore</translation>
    </message>
    <message>
        <source>Open actions for them</source>
        <translation>Azioni aperte per loro</translation>
    </message>
    <message>
        <source>Our owner</source>
        <translation>Nostro referente</translation>
    </message>
    <message>
        <source>Our side:</source>
        <translation>Dalla nostra parte:</translation>
    </message>
    <message>
        <source>Talking points</source>
        <translation>Punti da toccare</translation>
    </message>
    <message>
        <source>No objectives or whitespace to draw on yet.</source>
        <translation>Non ci sono ancora obiettivi o spazi bianchi da cui partire.</translation>
    </message>
    <message>
        <source>Questions to ask</source>
        <translation>Domande da fare</translation>
    </message>
    <message>
        <source>No open research questions.</source>
        <translation>Nessuna domanda di ricerca aperta.</translation>
    </message>
    <message>
        <source>Our objectives</source>
        <translation>I nostri obiettivi</translation>
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
        <source>OVERDUE %1</source>
        <translation>SCADUTA %1</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>per %1</translation>
    </message>
    <message>
        <source>Nothing open involving these people.</source>
        <translation>Nulla di aperto che coinvolga queste persone.</translation>
    </message>
    <message>
        <source>Live opportunities</source>
        <translation>Opportunità aperte</translation>
    </message>
    <message>
        <source>%1 at %2%</source>
        <translation>%1 al %2%</translation>
    </message>
    <message>
        <source>close %1</source>
        <translation>chiusura %1</translation>
    </message>
    <message>
        <source>No live opportunity in their buying centres.</source>
        <translation>Nessuna opportunità aperta nei loro centri d&apos;acquisto.</translation>
    </message>
    <message>
        <source>Last interactions</source>
        <translation>Ultime interazioni</translation>
    </message>
    <message>
        <source>Next steps:</source>
        <translation>Prossimi passi:</translation>
    </message>
    <message>
        <source>Nothing logged yet.</source>
        <translation>Ancora nulla di registrato.</translation>
    </message>
    <message>
        <source>Also coming up</source>
        <translation>Prossimamente</translation>
    </message>
    <message>
        <source>Prepared %1 · internal: never hand this to the customer.</source>
        <translation>Preparato il %1 · interno: non consegnarlo mai al cliente.</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Edit team member</source>
        <translation>Modifica membro del team</translation>
    </message>
    <message>
        <source>New team member</source>
        <translation>Nuovo membro del team</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funzione</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>e.g. Erik Lindqvist</source>
        <translation>es. Erik Lindqvist</translation>
    </message>
    <message>
        <source>e.g. Project Manager, Solutions Engineer</source>
        <translation>es. Project manager, Solutions engineer</translation>
    </message>
    <message>
        <source>name@ourco.example</source>
        <translation>nome@nostraazienda.example</translation>
    </message>
</context>
<context>
    <name>MissingPage</name>
    <message>
        <source>This step is not available in this version yet.</source>
        <translation>Questo passo non è ancora disponibile in questa versione.</translation>
    </message>
</context>
<context>
    <name>NeedDialog</name>
    <message>
        <source>— not set —</source>
        <translation>— non impostato —</translation>
    </message>
    <message>
        <source>— whole account —</source>
        <translation>— tutto l&apos;account —</translation>
    </message>
    <message>
        <source>— nobody in particular —</source>
        <translation>— nessuno in particolare —</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Esigenza</translation>
    </message>
    <message>
        <source>Priority (5 = highest)</source>
        <translation>Priorità (5 = massima)</translation>
    </message>
    <message>
        <source>Buying centre</source>
        <translation>Centro d&apos;acquisto</translation>
    </message>
    <message>
        <source>Whose need</source>
        <translation>Esigenza di chi</translation>
    </message>
    <message>
        <source>Share with the customer (joint plan)</source>
        <translation>Condividi con il cliente (piano comune)</translation>
    </message>
</context>
<context>
    <name>NextStepDialog</name>
    <message>
        <source>Next step → action</source>
        <translation>Prossimo passo → azione</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Prossimo passo</translation>
    </message>
    <message>
        <source>Action *</source>
        <translation>Azione *</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <source>— nobody yet —</source>
        <translation>— ancora nessuno —</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>Involves</source>
        <translation>Coinvolge</translation>
    </message>
    <message>
        <source>— nobody —</source>
        <translation>— nessuno —</translation>
    </message>
</context>
<context>
    <name>ObjectiveChangeDialog</name>
    <message>
        <source>Adjustment: change an objective</source>
        <translation>Correzione: modifica di un obiettivo</translation>
    </message>
    <message>
        <source>Objective *</source>
        <translation>Obiettivo *</translation>
    </message>
    <message>
        <source>New measurable target</source>
        <translation>Nuovo traguardo misurabile</translation>
    </message>
    <message>
        <source>New due date</source>
        <translation>Nuova scadenza</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Perché</translation>
    </message>
    <message>
        <source>Choose the objective to change (the plan has none yet).</source>
        <translation>Scegli l’obiettivo da modificare (il piano non ne ha ancora).</translation>
    </message>
</context>
<context>
    <name>ObjectiveDialog</name>
    <message>
        <source>Edit objective</source>
        <translation>Modifica obiettivo</translation>
    </message>
    <message>
        <source>New objective</source>
        <translation>Nuovo obiettivo</translation>
    </message>
    <message>
        <source>e.g. Open Plant Gdańsk as a new buying centre</source>
        <translation>es. Aprire lo stabilimento di Danzica come nuovo centro d&apos;acquisto</translation>
    </message>
    <message>
        <source>How you will know: e.g. first order of €100k by Q3</source>
        <translation>Come saprai di esserci riuscito: es. primo ordine da 100.000 € entro il terzo trimestre</translation>
    </message>
    <message>
        <source>Internal only (left out of the customer&apos;s copy of the plan)</source>
        <translation>Solo interno (escluso dalla copia del piano per il cliente)</translation>
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
        <source>Due date</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>e.g. Fewer unplanned stops at your Gdańsk plant</source>
        <translation>es. Meno fermi non programmati nel vostro stabilimento di Danzica</translation>
    </message>
    <message>
        <source>Share with the customer (joint plan)</source>
        <translation>Condividi con il cliente (piano comune)</translation>
    </message>
    <message>
        <source>As the customer reads it</source>
        <translation>Come lo legge il cliente</translation>
    </message>
</context>
<context>
    <name>ObjectivesPage</name>
    <message>
        <source>No growth topic is a focus yet; add at least one objective anyway.</source>
        <translation>Nessun tema di crescita è ancora un focus; aggiungi comunque almeno un obiettivo.</translation>
    </message>
    <message>
        <source>Your focus topics still without an objective: %1.</source>
        <translation>Temi di focus ancora senza obiettivo: %1.</translation>
    </message>
    <message>
        <source>✔ Every focus topic has an objective.</source>
        <translation>✔ Ogni tema di focus ha un obiettivo.</translation>
    </message>
</context>
<context>
    <name>ObjectivesWidget</name>
    <message>
        <source>No objectives yet</source>
        <translation>Nessun obiettivo</translation>
    </message>
    <message>
        <source>Add a measurable objective for each growth topic you focus on this period.</source>
        <translation>Aggiungi un obiettivo misurabile per ogni tema di crescita su cui ti concentri in questo periodo.</translation>
    </message>
    <message>
        <source>Add objective</source>
        <translation>Aggiungi obiettivo</translation>
    </message>
    <message>
        <source>Add objective…</source>
        <translation>Aggiungi obiettivo…</translation>
    </message>
    <message>
        <source>Delete objective</source>
        <translation>Elimina obiettivo</translation>
    </message>
    <message>
        <source>Move the objective “%1” to the trash?</source>
        <translation>Spostare l&apos;obiettivo “%1” nel cestino?</translation>
    </message>
</context>
<context>
    <name>OpportunitiesPanel</name>
    <message>
        <source>New opportunity…</source>
        <translation>Nuova opportunità…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifica…</translation>
    </message>
    <message>
        <source>Move to stage</source>
        <translation>Sposta alla fase</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <source>No opportunities yet. Create them here, or from a whitespace cell (Whitespace tab: a buying centre x offering marked as an opportunity).</source>
        <translation>Nessuna opportunità. Creale qui, oppure da una cella dello spazio bianco (scheda Spazio bianco: un centro d&apos;acquisto x un&apos;offerta segnata come opportunità).</translation>
    </message>
    <message>
        <source>Live pipeline %1 · weighted %2 · won %3</source>
        <translation>Pipeline aperta %1 · ponderata %2 · vinta %3</translation>
    </message>
    <message>
        <source>Delete opportunity</source>
        <translation>Elimina opportunità</translation>
    </message>
    <message>
        <source>Move “%1” to the trash? You can undo this.</source>
        <translation>Spostare “%1” nel cestino? Puoi annullare.</translation>
    </message>
</context>
<context>
    <name>OpportunityDialog</name>
    <message>
        <source>Edit opportunity</source>
        <translation>Modifica opportunità</translation>
    </message>
    <message>
        <source>New opportunity</source>
        <translation>Nuova opportunità</translation>
    </message>
    <message>
        <source>Opportunity *</source>
        <translation>Opportunità *</translation>
    </message>
    <message>
        <source>Buying centre</source>
        <translation>Centro d&apos;acquisto</translation>
    </message>
    <message>
        <source>Offering</source>
        <translation>Offerta</translation>
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
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <source>Probability %</source>
        <translation>Probabilità %</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Chiusura prevista</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>OrgChartView</name>
    <message>
        <source>Decision role: %1</source>
        <translation>Ruolo decisionale: %1</translation>
    </message>
    <message>
        <source>Attitude: %1</source>
        <translation>Atteggiamento: %1</translation>
    </message>
    <message>
        <source>Attitude: unknown</source>
        <translation>Atteggiamento: sconosciuto</translation>
    </message>
    <message>
        <source>Influence: %1/5</source>
        <translation>Influenza: %1/5</translation>
    </message>
    <message>
        <source>Influence: unknown</source>
        <translation>Influenza: sconosciuta</translation>
    </message>
    <message>
        <source>Cares about: %1</source>
        <translation>Gli sta a cuore: %1</translation>
    </message>
    <message>
        <source>●●●●● = influence (thicker border = more influence)</source>
        <translation>●●●●● = influenza (bordo più spesso = più influenza)</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Latest score</source>
        <translation>Ultimo punteggio</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Settore</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Area geografica</translation>
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
        <source>Plan period</source>
        <translation>Periodo del piano</translation>
    </message>
    <message>
        <source>Rigour</source>
        <translation>Livello di dettaglio</translation>
    </message>
</context>
<context>
    <name>PanelPage</name>
    <message>
        <source></source>
        <translation></translation>
    </message>
    <message>
        <source>Every question marked &apos;needs research&apos; and every objective can become an action. Select rows and create actions; a question&apos;s owner and due date carry over to its action.</source>
        <translation>Ogni domanda segnata &apos;da approfondire&apos; e ogni obiettivo possono diventare un&apos;azione. Seleziona le righe e crea le azioni; responsabile e scadenza di una domanda passano alla sua azione.</translation>
    </message>
    <message>
        <source>Mark where we sell (sold), where we could (opportunity), where a competitor holds the ground, and what is not relevant. Double-click a cell to create an opportunity for it.</source>
        <translation>Indica dove vendiamo (venduto), dove potremmo (opportunità), dove un concorrente presidia il terreno e cosa non è pertinente. Doppio clic su una cella per creare un&apos;opportunità.</translation>
    </message>
    <message>
        <source>Create, expand and capture opportunities: each with its buying centre, offering, growth topic, stage, value, probability and expected close. Every live opportunity needs an expected close date.</source>
        <translation>Crea, sviluppa e cogli le opportunità: ognuna con centro d&apos;acquisto, offerta, tema di crescita, fase, valore, probabilità e chiusura prevista. Ogni opportunità aperta richiede una data di chiusura prevista.</translation>
    </message>
    <message>
        <source>Log meetings, calls, emails, workshops and business reviews with who attended. Next steps can become actions; stakeholders&apos; last-contact dates follow from this log. Future-dated entries are your upcoming meetings.</source>
        <translation>Registra incontri, telefonate, email, workshop e business review con i partecipanti. I prossimi passi possono diventare azioni; le date dell&apos;ultimo contatto degli stakeholder derivano da questo registro. Le voci con data futura sono i tuoi prossimi incontri.</translation>
    </message>
    <message>
        <source>Where does neutralising each competitor stand? Update the status of each counter-strategy.</source>
        <translation>A che punto è la neutralizzazione di ciascun concorrente? Aggiorna lo stato di ogni contro-strategia.</translation>
    </message>
    <message>
        <source>Overdue, due this week, later and done. Select an action and change its status in one click.</source>
        <translation>Scadute, in scadenza questa settimana, più avanti e fatte. Seleziona un&apos;azione e cambiane lo stato con un clic.</translation>
    </message>
    <message>
        <source>What you measure, from where (baseline) to where (target), and whether higher or lower is better. The benchmark outcomes - revenue growth, profit growth, customer satisfaction - are a good start.</source>
        <translation>Cosa misuri, da dove (valore di partenza) a dove (obiettivo), e se è meglio più alto o più basso. I risultati di riferimento - crescita del fatturato, crescita del margine, soddisfazione del cliente - sono un buon punto di partenza.</translation>
    </message>
    <message>
        <source>Record dated values for each KPI: select a KPI, type the date and the value, and add it.</source>
        <translation>Registra valori datati per ogni KPI: seleziona un KPI, inserisci data e valore e aggiungilo.</translation>
    </message>
    <message>
        <source>The suggested health comes from the KPI statuses and the overdue actions; you decide. Each adjustment becomes an action or a change to an objective when you press Next.</source>
        <translation>Lo stato di salute suggerito deriva dallo stato dei KPI e dalle azioni scadute; decidi tu. Ogni correzione diventa un&apos;azione o una modifica a un obiettivo quando premi Successivo.</translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message>
        <source>Team members</source>
        <translation>Membri del team</translation>
    </message>
    <message>
        <source>New member…</source>
        <translation>Nuovo membro…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifica…</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivia</translation>
    </message>
    <message>
        <source>Keep their history; they cover no role and get no new work.</source>
        <translation>Lo storico resta; non copre ruoli e non riceve nuovi incarichi.</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Elimina…</translation>
    </message>
    <message>
        <source>Only for someone never used; otherwise archive.</source>
        <translation>Solo per chi non è mai stato usato; altrimenti archivia.</translation>
    </message>
    <message>
        <source>Filter by name, function, email…</source>
        <translation>Filtra per nome, funzione, email…</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Mostra archiviati</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>No team members yet</source>
        <translation>Nessun membro del team</translation>
    </message>
    <message>
        <source>Add the people on our side who work on your key accounts - engineers, project managers, specialists. You then give them the 6 roles account by account.</source>
        <translation>Aggiungi le persone della nostra azienda che lavorano sui tuoi key account: tecnici, project manager, specialisti. Poi assegna loro i 6 ruoli, account per account.</translation>
    </message>
    <message>
        <source>Add the first team member…</source>
        <translation>Aggiungi il primo membro del team…</translation>
    </message>
    <message>
        <source>Unarchive</source>
        <translation>Riattiva</translation>
    </message>
    <message>
        <source>%1 is active again.</source>
        <translation>%1 è di nuovo attivo.</translation>
    </message>
    <message>
        <source>%1 is archived: their history stays, they cover no role and get no new assignments. Tick “Show archived” to see them.</source>
        <translation>%1 è archiviato: lo storico resta, non copre ruoli e non riceve nuove assegnazioni. Spunta “Mostra archiviati” per vederlo.</translation>
    </message>
    <message>
        <source>Delete team member</source>
        <translation>Elimina membro del team</translation>
    </message>
    <message>
        <source>Delete %1? This is only possible for someone never used on an account.</source>
        <translation>Eliminare %1? È possibile solo per chi non è mai stato usato in un account.</translation>
    </message>
    <message>
        <source>Archive instead?</source>
        <translation>Archiviare invece?</translation>
    </message>
    <message>
        <source>Archive %1 now?</source>
        <translation>Archiviare %1 adesso?</translation>
    </message>
    <message>
        <source>%1 was deleted.</source>
        <translation>%1 è stato eliminato.</translation>
    </message>
</context>
<context>
    <name>PeriodPage</name>
    <message>
        <source>Light: a quick plan for a lighter account: the statement, the topics, the objectives and 17 key questions.</source>
        <translation>Leggero: un piano rapido per un account meno impegnativo: la dichiarazione, i temi, gli obiettivi e 17 domande chiave.</translation>
    </message>
    <message>
        <source>Standard: adds the revenue target, who the strategy targets, competitors, trends and needs, and 48 questions.</source>
        <translation>Standard: aggiunge l&apos;obiettivo di fatturato, i destinatari della strategia, concorrenti, tendenze ed esigenze, e 48 domande.</translation>
    </message>
    <message>
        <source>Deep: everything, with all 57 questions of the bank, for your most critical accounts.</source>
        <translation>Approfondito: tutto, con tutte le 57 domande, per gli account più critici.</translation>
    </message>
    <message>
        <source>Plan starts</source>
        <translation>Inizio del piano</translation>
    </message>
    <message>
        <source>Plan ends</source>
        <translation>Fine del piano</translation>
    </message>
    <message>
        <source>Rigour</source>
        <translation>Livello di dettaglio</translation>
    </message>
    <message>
        <source>Language of the plan</source>
        <translation>Lingua del piano</translation>
    </message>
</context>
<context>
    <name>PhaseCard</name>
    <message>
        <source>… and %1 more</source>
        <translation>… e altri %1</translation>
    </message>
    <message>
        <source>Missing:</source>
        <translation>Mancano:</translation>
    </message>
    <message>
        <source>✔ The rule holds.</source>
        <translation>✔ La regola è rispettata.</translation>
    </message>
    <message>
        <source>Rule: %1</source>
        <translation>Regola: %1</translation>
    </message>
    <message>
        <source>Start wizard</source>
        <translation>Avvia procedura</translation>
    </message>
    <message>
        <source>Continue wizard</source>
        <translation>Continua procedura</translation>
    </message>
    <message>
        <source>Reopen wizard</source>
        <translation>Riapri procedura</translation>
    </message>
    <message>
        <source>Mark not done</source>
        <translation>Segna come non fatta</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Segna come fatta</translation>
    </message>
    <message>
        <source>Complete what is missing first.</source>
        <translation>Prima completa ciò che manca.</translation>
    </message>
</context>
<context>
    <name>PhaseTab</name>
    <message>
        <source>Action plan wizard…</source>
        <translation>Procedura guidata del piano d&apos;azione…</translation>
    </message>
    <message>
        <source>Open the wizard…</source>
        <translation>Apri la procedura guidata…</translation>
    </message>
    <message>
        <source>No account plan yet</source>
        <translation>Nessun piano dell&apos;account</translation>
    </message>
    <message>
        <source>This account has no plan. Start one: it runs a year from today at standard rigour, and the Strategy wizard sets what you intend to do, with whom and why.</source>
        <translation>Questo account non ha un piano. Avviane uno: dura un anno da oggi con livello standard, e la procedura guidata della Strategia fissa cosa intendi fare, con chi e perché.</translation>
    </message>
    <message>
        <source>Start the account plan</source>
        <translation>Avvia il piano dell&apos;account</translation>
    </message>
    <message>
        <source>Everything this phase needs is in place.</source>
        <translation>C&apos;è tutto ciò che serve a questa fase.</translation>
    </message>
    <message>
        <source>Still missing</source>
        <translation>Manca ancora</translation>
    </message>
    <message>
        <source>Execution wizard…</source>
        <translation>Procedura guidata dell&apos;esecuzione…</translation>
    </message>
    <message>
        <source>Review wizard…</source>
        <translation>Procedura guidata della revisione…</translation>
    </message>
</context>
<context>
    <name>PhaseWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Precedente</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Successivo &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Fine</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Discard this page&apos;s changes?</source>
        <translation>Scartare le modifiche di questa pagina?</translation>
    </message>
    <message>
        <source>What you changed on this page will not be saved. What you saved on earlier pages stays saved. Close the wizard?</source>
        <translation>Le modifiche fatte in questa pagina non verranno salvate. Ciò che hai salvato nelle pagine precedenti resta salvato. Chiudere la procedura guidata?</translation>
    </message>
</context>
<context>
    <name>PipelineBars</name>
    <message>
        <source>By stage</source>
        <translation>Per fase</translation>
    </message>
    <message>
        <source>Live, by growth topic</source>
        <translation>In corso, per tema di crescita</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>%1 is required: fill it in before moving on.</source>
        <translation>%1 è obbligatorio: compilalo prima di andare avanti.</translation>
    </message>
</context>
<context>
    <name>PortfolioChart</name>
    <message>
        <source>Identification score (0-100) →</source>
        <translation>Punteggio di identificazione (0-100) →</translation>
    </message>
    <message>
        <source>Current revenue (log) →</source>
        <translation>Fatturato attuale (log) →</translation>
    </message>
    <message>
        <source>bubble size = potential</source>
        <translation>dimensione della bolla = potenziale</translation>
    </message>
    <message numerus="yes">
        <source>%1 not assessed, not shown</source>
        <translation>
            <numerusform>%1 non valutato, non mostrato</numerusform>
            <numerusform>%1 non valutati, non mostrati</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
Score %2 · revenue %3 · potential %4</source>
        <translation>%1
Punteggio %2 · fatturato %3 · potenziale %4</translation>
    </message>
</context>
<context>
    <name>PortfolioCoverage</name>
    <message>
        <source>✔ Covered = a primary holder · ◐ Thin = backup only · ✖ Uncovered = nobody. ★ = a role most companies leave open. Double-click an account to fix its team.</source>
        <translation>✔ Coperto = un titolare · ◐ Debole = solo riserva · ✖ Scoperto = nessuno. ★ = un ruolo che la maggior parte delle aziende lascia scoperto. Doppio clic su un account per sistemarne il team.</translation>
    </message>
    <message>
        <source>Load per team member (key accounts)</source>
        <translation>Carico per membro del team (key account)</translation>
    </message>
    <message>
        <source>No key accounts yet</source>
        <translation>Nessun key account</translation>
    </message>
    <message>
        <source>Role coverage is tracked for key accounts. Mark your most important customers as key in the Portfolio, then give their teams the 6 roles in each account&apos;s Team &amp; roles tab.</source>
        <translation>La copertura dei ruoli si segue per i key account. Segna come key i clienti più importanti nel Portafoglio, poi assegna ai loro team i 6 ruoli nella scheda Team e ruoli di ciascun account.</translation>
    </message>
    <message>
        <source>%1 key accounts: %2 role gaps (%3 uncovered).</source>
        <translation>%1 key account: %2 ruoli scoperti o deboli (%3 scoperti).</translation>
    </message>
    <message>
        <source>%1 lacks a primary on %2 of %3</source>
        <translation>%1 non ha un titolare in %2 account su %3</translation>
    </message>
    <message>
        <source>The usual gaps, as the method warns: </source>
        <translation>Le lacune tipiche, come avverte il metodo: </translation>
    </message>
    <message>
        <source>Weakest role overall: %1.</source>
        <translation>Ruolo più debole in assoluto: %1.</translation>
    </message>
    <message>
        <source>key accounts</source>
        <translation>key account</translation>
    </message>
    <message>
        <source>primary roles</source>
        <translation>ruoli da titolare</translation>
    </message>
    <message>
        <source>Overloaded:</source>
        <translation>Sovraccarichi:</translation>
    </message>
    <message>
        <source>On no key account yet (free capacity):</source>
        <translation>Non ancora su alcun key account (capacità libera):</translation>
    </message>
    <message>
        <source>Nobody is overloaded.</source>
        <translation>Nessuno è sovraccarico.</translation>
    </message>
</context>
<context>
    <name>PortfolioModel</name>
    <message>
        <source>%1 (over the cap)</source>
        <translation>%1 (oltre il limite)</translation>
    </message>
    <message>
        <source>Double-click to prepare this meeting</source>
        <translation>Fai doppio clic per preparare questo incontro</translation>
    </message>
    <message>
        <source>No upcoming meeting</source>
        <translation>Nessun incontro in programma</translation>
    </message>
    <message>
        <source>Potential minus current revenue: %1</source>
        <translation>Potenziale meno fatturato attuale: %1</translation>
    </message>
</context>
<context>
    <name>PortfolioPage</name>
    <message>
        <source>All active</source>
        <translation>Tutti gli attivi</translation>
    </message>
    <message>
        <source>Key accounts</source>
        <translation>Key account</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Candidati</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Disqualified</source>
        <translation>Esclusi</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviati</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Tutti</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Portafoglio</translation>
    </message>
    <message>
        <source>Filter accounts</source>
        <translation>Filtra gli account</translation>
    </message>
    <message>
        <source>Filter: name, industry, region</source>
        <translation>Filtro: nome, settore, area</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Nuovo…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifica…</translation>
    </message>
    <message>
        <source>Assess…</source>
        <translation>Valuta…</translation>
    </message>
    <message>
        <source>Promote…</source>
        <translation>Promuovi…</translation>
    </message>
    <message>
        <source>Demote…</source>
        <translation>Declassa…</translation>
    </message>
    <message>
        <source>Archive…</source>
        <translation>Archivia…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <source>Weights…</source>
        <translation>Pesi…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>No accounts yet</source>
        <translation>Nessun account</translation>
    </message>
    <message>
        <source>Start by adding the customers you are considering for key-account status. Then rate each on the 8 identification factors; the best-scoring ones, up to your cap, become your key accounts. Or open the demo first: a sample portfolio in a database of its own; this one stays as it is.</source>
        <translation>Inizia aggiungendo i clienti che valuti come possibili key account. Poi valuta ciascuno sugli 8 fattori di identificazione: quelli con il punteggio migliore, fino al tuo limite, diventano i tuoi key account. Oppure apri prima la demo: un portafoglio di esempio in un database a sé; questo resta com&apos;è.</translation>
    </message>
    <message>
        <source>&amp;New account…</source>
        <translation>&amp;Nuovo account…</translation>
    </message>
    <message>
        <source>Open the &amp;demo</source>
        <translation>Apri la &amp;demo</translation>
    </message>
    <message>
        <source> — over the cap</source>
        <translation> — oltre il limite</translation>
    </message>
    <message numerus="yes">
        <source>%1 account(s) score like key accounts</source>
        <translation>
            <numerusform>%1 account ha un punteggio da key account</numerusform>
            <numerusform>%1 account hanno un punteggio da key account</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 key account(s) score below every non-key one</source>
        <translation>
            <numerusform>%1 key account ha un punteggio inferiore a tutti gli altri account</numerusform>
            <numerusform>%1 key account hanno un punteggio inferiore a tutti gli altri account</numerusform>
        </translation>
    </message>
    <message>
        <source> (hover the names marked ★).</source>
        <translation> (passa sopra i nomi con ★).</translation>
    </message>
    <message>
        <source>%1 of %2 accounts</source>
        <translation>%1 account su %2</translation>
    </message>
    <message>
        <source>%1 of %2 key accounts</source>
        <translation>%1 key account su %2</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Apri l&apos;area di lavoro</translation>
    </message>
    <message>
        <source>Prepare next meeting</source>
        <translation>Prepara il prossimo incontro</translation>
    </message>
    <message>
        <source>Promote to key…</source>
        <translation>Promuovi a key…</translation>
    </message>
    <message>
        <source>Buying centres…</source>
        <translation>Centri d&apos;acquisto…</translation>
    </message>
    <message>
        <source>Add account “%1”</source>
        <translation>Aggiungi l&apos;account “%1”</translation>
    </message>
    <message>
        <source>Edit account “%1”</source>
        <translation>Modifica l&apos;account “%1”</translation>
    </message>
    <message>
        <source>Assess “%1”</source>
        <translation>Valuta “%1”</translation>
    </message>
    <message>
        <source>%1 now. </source>
        <translation>%1 ora. </translation>
    </message>
    <message>
        <source>The list is full: promoting %1 puts you over the cap, which needs a written justification.</source>
        <translation>L&apos;elenco è pieno: promuovere %1 ti porta oltre il limite, e serve una motivazione scritta.</translation>
    </message>
    <message>
        <source>There is room for %1.</source>
        <translation>C&apos;è posto per %1.</translation>
    </message>
    <message>
        <source>%1 is a key account. Write why it no longer is; the reason is kept with the date.</source>
        <translation>%1 è un key account. Scrivi perché non lo è più: il motivo viene conservato con la data.</translation>
    </message>
    <message>
        <source>Change the status of %1.</source>
        <translation>Cambia lo stato di %1.</translation>
    </message>
    <message>
        <source>Promote “%1” to key account</source>
        <translation>Promuovi “%1” a key account</translation>
    </message>
    <message>
        <source>Demote “%1”</source>
        <translation>Declassa “%1”</translation>
    </message>
    <message>
        <source>Change the status of “%1”</source>
        <translation>Cambia lo stato di “%1”</translation>
    </message>
    <message>
        <source>Delete account</source>
        <translation>Elimina account</translation>
    </message>
    <message>
        <source>Delete account “%1”</source>
        <translation>Elimina l&apos;account “%1”</translation>
    </message>
    <message>
        <source>Move %1 and its whole plan to the trash?

You can undo this (Ctrl+Z) or restore it from the trash later.</source>
        <translation>Spostare %1 e tutto il suo piano nel cestino?

Puoi annullare (Ctrl+Z) o ripristinarlo in seguito dal cestino.</translation>
    </message>
</context>
<context>
    <name>Program</name>
    <message>
        <source>Export program report</source>
        <translation>Esporta il report del programma</translation>
    </message>
    <message>
        <source>Program report exported: %1 (%2 pages)</source>
        <translation>Report del programma esportato: %1 (%2 pagine)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Esporta</translation>
    </message>
    <message>
        <source>Exporting the program report…</source>
        <translation>Esportazione del report del programma…</translation>
    </message>
</context>
<context>
    <name>ProgramPage</name>
    <message>
        <source>Program</source>
        <translation>Programma</translation>
    </message>
    <message>
        <source>Check your key-account program against the nine things successful teams share.</source>
        <translation>Confronta il tuo programma di key account con i nove elementi che accomunano i team di successo.</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Perché conta</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>Ho capito</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>Autovalutazione</translation>
    </message>
    <message>
        <source>Charter</source>
        <translation>Carta del programma</translation>
    </message>
    <message>
        <source>Trust and collaboration</source>
        <translation>Fiducia e collaborazione</translation>
    </message>
    <message>
        <source>Leadership support</source>
        <translation>Sostegno della direzione</translation>
    </message>
    <message>
        <source>KAM is not selling</source>
        <translation>Il KAM non è vendita</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Cerca in:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>File di &amp;tipo:</translation>
    </message>
</context>
<context>
    <name>QualifyPage</name>
    <message>
        <source>Yes: it deserves key-account status and the investment that goes with it</source>
        <translation>Sì: merita lo status di key account e l&apos;investimento che comporta</translation>
    </message>
    <message>
        <source>No: what we learned says it is not a key account</source>
        <translation>No: ciò che abbiamo appreso dice che non è un key account</translation>
    </message>
    <message>
        <source>Why: required for &apos;no&apos;, recorded with the status change.</source>
        <translation>Perché: obbligatorio in caso di &apos;no&apos;, registrato con il cambio di stato.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>New status if &apos;no&apos;</source>
        <translation>Nuovo stato in caso di &apos;no&apos;</translation>
    </message>
    <message>
        <source>Research may show that %1 is not a good key-account candidate after all. That is a valid outcome, better found now than after a year of investment. Its status today: %2.</source>
        <translation>La ricerca può mostrare che %1, tutto sommato, non è un buon candidato key account. È un risultato valido, meglio scoprirlo ora che dopo un anno di investimenti. Stato attuale: %2.</translation>
    </message>
    <message>
        <source>Leaving this page with &apos;No&apos; makes the account %1 (undo it from the portfolio; the reason is kept in its history).</source>
        <translation>Lasciando questa pagina con &apos;No&apos; l&apos;account diventa %1 (puoi annullare dal portafoglio; il motivo resta nello storico).</translation>
    </message>
    <message>
        <source>The account is not a key account now; its status stays as it is.</source>
        <translation>L&apos;account al momento non è un key account; il suo stato resta invariato.</translation>
    </message>
</context>
<context>
    <name>QuestionsPage</name>
    <message>
        <source>Answering all of them is not the goal: answer what matters, mark the rest not relevant, and give what you must find out an owner and a due date.</source>
        <translation>Lo scopo non è rispondere a tutte: rispondi a ciò che conta, segna il resto come non pertinente e assegna a ciò che devi scoprire un responsabile e una scadenza.</translation>
    </message>
    <message>
        <source>The answer being edited has a problem: see the message next to it.</source>
        <translation>La risposta in modifica ha un problema: vedi il messaggio accanto.</translation>
    </message>
</context>
<context>
    <name>QuestionsWidget</name>
    <message>
        <source>All categories</source>
        <translation>Tutte le categorie</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Qualsiasi stato</translation>
    </message>
    <message>
        <source>Add your own question…</source>
        <translation>Aggiungi una tua domanda…</translation>
    </message>
    <message>
        <source>Delete question</source>
        <translation>Elimina domanda</translation>
    </message>
    <message>
        <source>Only your own questions can be deleted; mark bank questions not relevant.</source>
        <translation>Si possono eliminare solo le tue domande; segna come non pertinenti quelle predefinite.</translation>
    </message>
    <message>
        <source>%1 of %2 questions addressed (answered, not relevant, or research assigned with an owner and a due date).</source>
        <translation>%1 domande su %2 affrontate (con risposta, non pertinenti, oppure ricerca assegnata con responsabile e scadenza).</translation>
    </message>
    <message>
        <source>Answer “%1”</source>
        <translation>Rispondi a “%1”</translation>
    </message>
    <message>
        <source>Move your question and its answer to the trash?</source>
        <translation>Spostare la tua domanda e la sua risposta nel cestino?</translation>
    </message>
    <message>
        <source>Question moved to the trash.</source>
        <translation>Domanda spostata nel cestino.</translation>
    </message>
</context>
<context>
    <name>ReadOnlyLatch</name>
    <message>
        <source>The database is open read-only, so this cannot be changed.</source>
        <translation>Il database è aperto in sola lettura, quindi questo non si può modificare.</translation>
    </message>
</context>
<context>
    <name>RecordListWidget</name>
    <message>
        <source>Add %1</source>
        <translation>Aggiungi %1</translation>
    </message>
    <message>
        <source>Add %1…</source>
        <translation>Aggiungi %1…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifica…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Elimina %1</translation>
    </message>
    <message>
        <source>Move “%1” to the trash?</source>
        <translation>Spostare “%1” nel cestino?</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message numerus="yes">
        <source>Recorded the review of %1 with %n new action(s).</source>
        <translation>
            <numerusform>Registrata la revisione del %1 con %n nuova azione.</numerusform>
            <numerusform>Registrata la revisione del %1 con %n nuove azioni.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RedateDialog</name>
    <message>
        <source>Change due date</source>
        <translation>Cambia scadenza</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>New due date</source>
        <translation>Nuova scadenza</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Shared with the customer - %1.</source>
        <translation>Condiviso con il cliente - %1.</translation>
    </message>
    <message>
        <source>Nothing is shared with the customer yet: the customer edition will be its cover alone.</source>
        <translation>Non è ancora condiviso nulla con il cliente: l&apos;edizione cliente sarà solo la copertina.</translation>
    </message>
    <message>
        <source>Warning: %1 empty - a customer expects them (Customer plan tab).</source>
        <translation>Attenzione: %1 vuoti - il cliente se li aspetta (scheda Piano cliente).</translation>
    </message>
    <message numerus="yes">
        <source>Warning: %n shared action(s) past due - the customer would read a missed date (re-date or unshare them in the Customer plan tab).</source>
        <translation>
            <numerusform>Attenzione: %n azione condivisa scaduta - il cliente leggerebbe una data mancata (cambia la scadenza o togli la condivisione nella scheda Piano cliente).</numerusform>
            <numerusform>Attenzione: %n azioni condivise scadute - il cliente leggerebbe date mancate (cambia la scadenza o togli la condivisione nella scheda Piano cliente).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResearchTodoWidget</name>
    <message>
        <source>Nothing to research</source>
        <translation>Nulla da approfondire</translation>
    </message>
    <message>
        <source>Mark a question &apos;needs research&apos; and give it an owner and a due date: it shows up here as a to-do.</source>
        <translation>Segna una domanda &apos;da approfondire&apos; e assegnale un responsabile e una scadenza: comparirà qui come attività da fare.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) to research.</source>
        <translation>
            <numerusform>%n punto da approfondire.</numerusform>
            <numerusform>%n punti da approfondire.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 still need an owner and a due date.</source>
        <translation>%1 hanno ancora bisogno di un responsabile e di una scadenza.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
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
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Ripristina da un backup</translation>
    </message>
    <message>
        <source>Pick a backup to put in place of the current database. The current file is not deleted: it is moved to the backup folder, so you can go back to it.
Backups are in %1</source>
        <translation>Scegli un backup da mettere al posto del database attuale. Il file attuale non viene eliminato: viene spostato nella cartella dei backup, così puoi tornarci.
I backup si trovano in %1</translation>
    </message>
    <message>
        <source>No backups yet. KAM Desktop makes one when you close it after changes; File &gt; Back up now makes one at once.</source>
        <translation>Nessun backup. KAM Desktop ne crea uno quando lo chiudi dopo delle modifiche; File &gt; Backup adesso ne crea uno subito.</translation>
    </message>
    <message>
        <source>&amp;Restore selected…</source>
        <translation>&amp;Ripristina selezionati…</translation>
    </message>
    <message>
        <source>Other &amp;file…</source>
        <translation>Altro &amp;file…</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Scegli un backup</translation>
    </message>
    <message>
        <source>Databases (*.sqlite *.db)</source>
        <translation>Database (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>the backup of %1 (%2 accounts)</source>
        <translation>il backup del %1 (%2 account)</translation>
    </message>
    <message>
        <source>Replace the current database with %1?

The current file is kept in the backup folder; nothing is deleted.</source>
        <translation>Sostituire il database attuale con %1?

Il file attuale resta nella cartella dei backup; non viene eliminato nulla.</translation>
    </message>
    <message>
        <source>The backup was restored.</source>
        <translation>Il backup è stato ripristinato.</translation>
    </message>
    <message>
        <source>The previous file was kept as %1</source>
        <translation>Il file precedente è stato conservato come %1</translation>
    </message>
    <message>
        <source>KAM Desktop - the database is damaged</source>
        <translation>KAM Desktop - il database è danneggiato</translation>
    </message>
    <message>
        <source>Restore the newest good backup, from %1 (%2 accounts)? The damaged file is kept.</source>
        <translation>Ripristinare il backup valido più recente, del %1 (%2 account)? Il file danneggiato viene conservato.</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Ripristina il backup</translation>
    </message>
    <message>
        <source>Choose a backup…</source>
        <translation>Scegli un backup…</translation>
    </message>
    <message>
        <source>Not now (changes are refused)</source>
        <translation>Non ora (le modifiche vengono rifiutate)</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Esci</translation>
    </message>
    <message>
        <source>KAM Desktop</source>
        <translation>KAM Desktop</translation>
    </message>
</context>
<context>
    <name>RevenuePage</name>
    <message>
        <source>e.g. %1</source>
        <translation>es. %1</translation>
    </message>
    <message>
        <source>Current annual revenue</source>
        <translation>Fatturato annuo attuale</translation>
    </message>
    <message>
        <source>Target by the end of the period</source>
        <translation>Obiettivo a fine periodo</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>Crescita</translation>
    </message>
    <message>
        <source>Internal: revenue figures never appear in the customer&apos;s copy of the plan.</source>
        <translation>Interno: i dati di fatturato non compaiono mai nella copia del piano per il cliente.</translation>
    </message>
    <message>
        <source>(no current revenue to compare with)</source>
        <translation>(nessun fatturato attuale con cui confrontare)</translation>
    </message>
</context>
<context>
    <name>ReviewFinishPage</name>
    <message>
        <source>No review recorded yet: go back one step to record one.</source>
        <translation>Nessuna revisione registrata: torna indietro di un passo per registrarne una.</translation>
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
        <source>none recorded</source>
        <translation>nessuno registrato</translation>
    </message>
    <message>
        <source>Latest review</source>
        <translation>Ultima revisione</translation>
    </message>
    <message>
        <source>This is the first review: it records the plan&apos;s starting point.</source>
        <translation>Questa è la prima revisione: registra il punto di partenza del piano.</translation>
    </message>
    <message>
        <source>The previous review has no snapshot, so changes cannot be listed.</source>
        <translation>La revisione precedente non ha un&apos;istantanea, quindi le modifiche non possono essere elencate.</translation>
    </message>
    <message>
        <source>Nothing changed since the previous review.</source>
        <translation>Nulla è cambiato dalla revisione precedente.</translation>
    </message>
    <message>
        <source>What changed since the previous review</source>
        <translation>Cosa è cambiato dalla revisione precedente</translation>
    </message>
</context>
<context>
    <name>ReviewForm</name>
    <message>
        <source>What the KPIs and the last period tell you.</source>
        <translation>Cosa ti dicono i KPI e l&apos;ultimo periodo.</translation>
    </message>
    <message>
        <source>Other adjustments in words (kept with the review).</source>
        <translation>Altre correzioni a parole (conservate con la revisione).</translation>
    </message>
    <message>
        <source>+ New action…</source>
        <translation>+ Nuova azione…</translation>
    </message>
    <message>
        <source>+ Change an objective…</source>
        <translation>+ Modifica un obiettivo…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>Held on</source>
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
        <source>Adjustments (each becomes an action or a change to an objective)</source>
        <translation>Correzioni (ognuna diventa un&apos;azione o una modifica a un obiettivo)</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Suggerito</translation>
    </message>
    <message>
        <source>due</source>
        <translation>scadenza</translation>
    </message>
    <message>
        <source>New action: %1</source>
        <translation>Nuova azione: %1</translation>
    </message>
    <message>
        <source>target → %1</source>
        <translation>obiettivo misurabile → %1</translation>
    </message>
    <message>
        <source>due → %1</source>
        <translation>scadenza → %1</translation>
    </message>
    <message>
        <source>Change objective: %1</source>
        <translation>Modifica obiettivo: %1</translation>
    </message>
    <message>
        <source>(review only)</source>
        <translation>(solo revisione)</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>higher</source>
        <translation>più alto</translation>
    </message>
    <message>
        <source>lower</source>
        <translation>più basso</translation>
    </message>
    <message>
        <source>first review</source>
        <translation>prima revisione</translation>
    </message>
    <message>
        <source>no snapshot to compare</source>
        <translation>nessuna istantanea da confrontare</translation>
    </message>
</context>
<context>
    <name>ReviewShareDialog</name>
    <message>
        <source>Share the review with the customer</source>
        <translation>Condividi la revisione con il cliente</translation>
    </message>
    <message>
        <source>The customer reads this summary in the joint plan, under what we have delivered; the findings, health and adjustments stay ours.</source>
        <translation>Il cliente legge questa sintesi nel piano comune, tra ciò che abbiamo realizzato; le osservazioni, lo stato di salute e gli aggiustamenti restano nostri.</translation>
    </message>
    <message>
        <source>What we achieved together, in the customer&apos;s words.</source>
        <translation>Ciò che abbiamo ottenuto insieme, con le parole del cliente.</translation>
    </message>
    <message>
        <source>Share with the customer (joint plan)</source>
        <translation>Condividi con il cliente (piano comune)</translation>
    </message>
</context>
<context>
    <name>RoleMatrixKeys</name>
    <message>
        <source>P</source>
        <translation>T</translation>
    </message>
    <message>
        <source>B</source>
        <translation>R</translation>
    </message>
</context>
<context>
    <name>SellingTab</name>
    <message>
        <source>Customers say they want four things from a key supplier. For each, note where your program follows the account-management path rather than the selling one.</source>
        <translation>I clienti dicono di volere quattro cose da un fornitore chiave. Per ciascuna, annota dove il tuo programma segue la strada del key account management anziché quella della vendita.</translation>
    </message>
    <message>
        <source>Selling</source>
        <translation>Vendita</translation>
    </message>
    <message>
        <source>Account management</source>
        <translation>Account management</translation>
    </message>
    <message>
        <source>Where does our program take the account-management path?</source>
        <translation>Dove il nostro programma segue la strada del key account management?</translation>
    </message>
    <message>
        <source>Save reflections</source>
        <translation>Salva le riflessioni</translation>
    </message>
    <message>
        <source>Economic buyers and decision makers known at key accounts: %1</source>
        <translation>Economic buyer e decisori noti nei key account: %1</translation>
    </message>
    <message>
        <source>Key-account plan objectives for %1: %2</source>
        <translation>Obiettivi del piano di key account per %1: %2</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Salvato.</translation>
    </message>
</context>
<context>
    <name>SettingsTab</name>
    <message>
        <source>A good definition says: key accounts are distinct from merely large ones; their number is limited and protected; they are institutional partners with whom value is co-created; focus goes to penetration, expansion and protection; they are assets that need continued investment; and returns are judged against long-term strategy.</source>
        <translation>Una buona definizione dice: i key account sono diversi dai clienti semplicemente grandi; il loro numero è limitato e protetto; sono partner istituzionali con cui si crea valore insieme; l&apos;attenzione va a penetrazione, espansione e protezione; sono risorse che richiedono investimenti continui; e i ritorni si giudicano rispetto alla strategia di lungo periodo.</translation>
    </message>
    <message>
        <source>Key-account cap</source>
        <translation>Limite di key account</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Your name (on exported plans)</source>
        <translation>Il tuo nome (nei piani esportati)</translation>
    </message>
    <message>
        <source>Your company</source>
        <translation>La tua azienda</translation>
    </message>
    <message>
        <source>Our shared definition of KAM</source>
        <translation>La nostra definizione condivisa di KAM</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Salva le impostazioni</translation>
    </message>
    <message>
        <source>Program settings</source>
        <translation>Impostazioni del programma</translation>
    </message>
    <message>
        <source>Identification scoring</source>
        <translation>Punteggio di identificazione</translation>
    </message>
    <message>
        <source>Edit weights…</source>
        <translation>Modifica pesi…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Salvato.</translation>
    </message>
</context>
<context>
    <name>ShareWithCustomer</name>
    <message>
        <source>Share with the customer (joint plan)</source>
        <translation>Condividi con il cliente (piano comune)</translation>
    </message>
    <message>
        <source>The customer reads its date, kind and subject among the meetings coming up; the summary, next steps and attendees stay ours.</source>
        <translation>Il cliente ne legge data, tipo e oggetto tra gli incontri in arrivo; la sintesi, i prossimi passi e i partecipanti restano nostri.</translation>
    </message>
    <message>
        <source>The customer reads the title, the problem, the solution, the value in words and the proof, as written here; the value per year stays ours.</source>
        <translation>Il cliente legge il titolo, il problema, la soluzione, il valore a parole e le prove, come scritti qui; il valore annuo resta nostro.</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>Another KAM Desktop is using %1; close it first.</source>
        <translation>Un altro KAM Desktop sta usando %1; chiudilo prima.</translation>
    </message>
    <message>
        <source>Another KAM Desktop (process %1 on %2) is using %3 and did not answer; close it first.</source>
        <translation>Un altro KAM Desktop (processo %1 su %2) sta usando %3 e non ha risposto; chiudilo prima.</translation>
    </message>
</context>
<context>
    <name>SourcesPanel</name>
    <message>
        <source>Create action(s) for the selection</source>
        <translation>Crea le azioni per la selezione</translation>
    </message>
    <message>
        <source>One action for every open question</source>
        <translation>Un&apos;azione per ogni domanda aperta</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) need research (%1 without an action);</source>
        <translation>
            <numerusform>%n domanda da approfondire (%1 senza azione);</numerusform>
            <numerusform>%n domande da approfondire (%1 senza azione);</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n objective(s) (%1 without an action).</source>
        <translation>
            <numerusform>%n obiettivo (%1 senza azione).</numerusform>
            <numerusform>%n obiettivi (%1 senza azione).</numerusform>
        </translation>
    </message>
    <message>
        <source>Select rows and create actions; a question&apos;s owner and due date carry over.</source>
        <translation>Seleziona le righe e crea le azioni; responsabile e scadenza della domanda vengono riportati.</translation>
    </message>
    <message>
        <source>Create actions from research questions</source>
        <translation>Crea azioni dalle domande di ricerca</translation>
    </message>
</context>
<context>
    <name>StakeholderDialog</name>
    <message>
        <source>Edit stakeholder</source>
        <translation>Modifica stakeholder</translation>
    </message>
    <message>
        <source>New stakeholder</source>
        <translation>Nuovo stakeholder</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— nessuno —</translation>
    </message>
    <message>
        <source>— nobody we know —</source>
        <translation>— nessuno che conosciamo —</translation>
    </message>
    <message>
        <source>— unknown —</source>
        <translation>— sconosciuto —</translation>
    </message>
    <message>
        <source>very low</source>
        <translation>molto bassa</translation>
    </message>
    <message>
        <source>low</source>
        <translation>bassa</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>media</translation>
    </message>
    <message>
        <source>high</source>
        <translation>alta</translation>
    </message>
    <message>
        <source>very high</source>
        <translation>molto alta</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuna</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>debole</translation>
    </message>
    <message>
        <source>workable</source>
        <translation>funzionante</translation>
    </message>
    <message>
        <source>good</source>
        <translation>buona</translation>
    </message>
    <message>
        <source>trusted</source>
        <translation>di fiducia</translation>
    </message>
    <message>
        <source>— nobody —</source>
        <translation>— nessuno —</translation>
    </message>
    <message>
        <source>email</source>
        <translation>email</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>telefono</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Buying centre</source>
        <translation>Centro d&apos;acquisto</translation>
    </message>
    <message>
        <source>Reports to</source>
        <translation>Riporta a</translation>
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
        <source>Attitude to us</source>
        <translation>Atteggiamento verso di noi</translation>
    </message>
    <message>
        <source>Relationship strength</source>
        <translation>Solidità della relazione</translation>
    </message>
    <message>
        <source>Our owner</source>
        <translation>Nostro referente</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contatto</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Ultimo contatto</translation>
    </message>
    <message>
        <source>What they care about</source>
        <translation>Cosa sta loro a cuore</translation>
    </message>
    <message>
        <source>Notes (internal)</source>
        <translation>Note (interne)</translation>
    </message>
</context>
<context>
    <name>StakeholderMapView</name>
    <message>
        <source>Influence %1</source>
        <translation>Influenza %1</translation>
    </message>
    <message>
        <source>← opposes us          attitude          supports us →</source>
        <translation>← ci contrasta          atteggiamento          ci sostiene →</translation>
    </message>
    <message>
        <source>Not yet assessed (attitude or influence unknown): %1</source>
        <translation>Non ancora valutati (atteggiamento o influenza sconosciuti): %1</translation>
    </message>
</context>
<context>
    <name>StakeholdersWidget</name>
    <message>
        <source>List</source>
        <translation>Elenco</translation>
    </message>
    <message>
        <source>Org chart</source>
        <translation>Organigramma</translation>
    </message>
    <message>
        <source>Stakeholder map</source>
        <translation>Mappa degli stakeholder</translation>
    </message>
    <message>
        <source>No stakeholders yet</source>
        <translation>Nessuno stakeholder</translation>
    </message>
    <message>
        <source>Add the people you know at this account, starting with the most senior one; then say who reports to whom to see the org chart.</source>
        <translation>Aggiungi le persone che conosci in questo account, partendo dalla più alta in grado; poi indica chi riporta a chi per vedere l&apos;organigramma.</translation>
    </message>
    <message>
        <source>Add stakeholder</source>
        <translation>Aggiungi stakeholder</translation>
    </message>
    <message>
        <source>Add stakeholder…</source>
        <translation>Aggiungi stakeholder…</translation>
    </message>
    <message>
        <source>Delete stakeholder</source>
        <translation>Elimina stakeholder</translation>
    </message>
    <message>
        <source>Move %1 to the trash? People who report to them move to the top of the org chart until you undo.</source>
        <translation>Spostare %1 nel cestino? Chi gli riporta sale in cima all&apos;organigramma finché non annulli.</translation>
    </message>
</context>
<context>
    <name>StatementPage</name>
    <message>
        <source>e.g. Become the preferred partner for uptime across all their sites.</source>
        <translation>es. Diventare il partner di riferimento per la continuità operativa in tutte le loro sedi.</translation>
    </message>
    <message>
        <source>The buying centres and people this strategy is about - or tick them below.</source>
        <translation>I centri d&apos;acquisto e le persone a cui si rivolge questa strategia, oppure spuntali qui sotto.</translation>
    </message>
    <message>
        <source>Why this, why now: what you know about them that makes it right.</source>
        <translation>Perché questo, perché ora: cosa sai di loro che lo rende giusto.</translation>
    </message>
    <message>
        <source>No buying centres recorded yet.</source>
        <translation>Nessun centro d&apos;acquisto registrato finora.</translation>
    </message>
    <message>
        <source>No stakeholders recorded yet.</source>
        <translation>Nessuno stakeholder registrato finora.</translation>
    </message>
    <message>
        <source>Add a buying centre…</source>
        <translation>Aggiungi un centro d&apos;acquisto…</translation>
    </message>
    <message>
        <source>Add a stakeholder…</source>
        <translation>Aggiungi uno stakeholder…</translation>
    </message>
    <message>
        <source>Buying centres targeted</source>
        <translation>Centri d&apos;acquisto mirati</translation>
    </message>
    <message>
        <source>Stakeholders targeted</source>
        <translation>Stakeholder mirati</translation>
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
        <source>Add a buying centre</source>
        <translation>Aggiungi un centro d&apos;acquisto</translation>
    </message>
    <message>
        <source>Name of the division, plant or department:</source>
        <translation>Nome della divisione, dello stabilimento o del reparto:</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <source>Promote %1 to key account</source>
        <translation>Promuovi %1 a key account</translation>
    </message>
    <message>
        <source>Archive %1</source>
        <translation>Archivia %1</translation>
    </message>
    <message>
        <source>Change %1 to %2</source>
        <translation>Cambia %1 in %2</translation>
    </message>
    <message>
        <source>Required: why this account deserves a place beyond the cap.</source>
        <translation>Obbligatorio: perché questo account merita un posto oltre il limite.</translation>
    </message>
    <message>
        <source>Required: why this account is no longer a key account.</source>
        <translation>Obbligatorio: perché questo account non è più un key account.</translation>
    </message>
    <message>
        <source>Reason (recorded with the date).</source>
        <translation>Motivo (registrato con la data).</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>Cannot open %1: %2.</source>
        <translation>Impossibile aprire %1: %2.</translation>
    </message>
</context>
<context>
    <name>StrategyTab</name>
    <message>
        <source>Focus this period</source>
        <translation>Focus in questo periodo</translation>
    </message>
    <message>
        <source>Not this period</source>
        <translation>Non in questo periodo</translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation>Da decidere</translation>
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
        <source>Targeted</source>
        <translation>Destinatari</translation>
    </message>
    <message>
        <source>Growth topics</source>
        <translation>Temi di crescita</translation>
    </message>
    <message>
        <source>Revenue target</source>
        <translation>Obiettivo di fatturato</translation>
    </message>
    <message>
        <source>Still a key account?</source>
        <translation>Ancora un key account?</translation>
    </message>
</context>
<context>
    <name>Tab</name>
    <message>
        <source>Actions</source>
        <translation>Azioni</translation>
    </message>
    <message>
        <source>From research and objectives</source>
        <translation>Dalla ricerca e dagli obiettivi</translation>
    </message>
    <message>
        <source>The compelling case</source>
        <translation>La proposta di valore</translation>
    </message>
    <message>
        <source>no compelling case yet</source>
        <translation>ancora nessuna proposta di valore</translation>
    </message>
    <message>
        <source>objective without an action: %1</source>
        <translation>obiettivo senza azione: %1</translation>
    </message>
    <message>
        <source>open action without an owner: %1</source>
        <translation>azione aperta senza responsabile: %1</translation>
    </message>
    <message>
        <source>open action without a due date: %1</source>
        <translation>azione aperta senza scadenza: %1</translation>
    </message>
    <message>
        <source>Every objective has an action; every open action has an owner and a date.</source>
        <translation>Ogni obiettivo ha un&apos;azione; ogni azione aperta ha un responsabile e una data.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Verifica</translation>
    </message>
    <message numerus="yes">
        <source>%n open research question(s) have no action yet.</source>
        <translation>
            <numerusform>%n domanda di ricerca aperta non ha ancora un&apos;azione.</numerusform>
            <numerusform>%n domande di ricerca aperte non hanno ancora un&apos;azione.</numerusform>
        </translation>
    </message>
    <message>
        <source>Action board</source>
        <translation>Bacheca delle azioni</translation>
    </message>
    <message>
        <source>Opportunities &amp;&amp; pipeline</source>
        <translation>Opportunità e pipeline</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Interazioni</translation>
    </message>
    <message>
        <source>Competitors</source>
        <translation>Concorrenti</translation>
    </message>
    <message>
        <source>No account plan yet</source>
        <translation>Nessun piano dell&apos;account</translation>
    </message>
    <message>
        <source>Start with the Strategy phase: what you intend to do with this account, with whom, and why.</source>
        <translation>Inizia dalla fase di Strategia: cosa intendi fare con questo account, con chi e perché.</translation>
    </message>
    <message>
        <source>Start the Strategy wizard</source>
        <translation>Avvia la procedura guidata della Strategia</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Account plan: the 5 phases&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Piano dell&apos;account: le 5 fasi&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>non valutato</translation>
    </message>
    <message>
        <source>Next: %1.</source>
        <translation>Prossimo: %1.</translation>
    </message>
    <message>
        <source>All five phases are done. Review again when the period ends.</source>
        <translation>Tutte e cinque le fasi sono completate. Rivedi di nuovo alla fine del periodo.</translation>
    </message>
    <message>
        <source>Open the Research wizard</source>
        <translation>Apri la procedura guidata della Ricerca</translation>
    </message>
    <message>
        <source>&lt;b&gt;Trends affecting the account&lt;/b&gt;</source>
        <translation>&lt;b&gt;Tendenze che influenzano l&apos;account&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Their needs&lt;/b&gt;</source>
        <translation>&lt;b&gt;Le loro esigenze&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Domande</translation>
    </message>
    <message>
        <source>Research to-do</source>
        <translation>Da approfondire</translation>
    </message>
    <message>
        <source>Core team</source>
        <translation>Team principale</translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation>Stakeholder</translation>
    </message>
    <message>
        <source>Trends &amp;&amp; needs</source>
        <translation>Tendenze ed esigenze</translation>
    </message>
    <message>
        <source>Research starts the plan: pick the core team, answer the questions that matter, and map the people, competitors, trends and needs. The wizard walks you through it.</source>
        <translation>La ricerca avvia il piano: scegli il team principale, rispondi alle domande che contano e mappa persone, concorrenti, tendenze ed esigenze. La procedura guidata ti accompagna.</translation>
    </message>
    <message>
        <source>Start the Research wizard</source>
        <translation>Avvia la procedura guidata della Ricerca</translation>
    </message>
    <message>
        <source>This account has no plan yet.</source>
        <translation>Questo account non ha ancora un piano.</translation>
    </message>
    <message>
        <source>Research: %1 (%2 rigour).</source>
        <translation>Ricerca: %1 (livello %2).</translation>
    </message>
    <message>
        <source>Still missing: %1</source>
        <translation>Manca ancora: %1</translation>
    </message>
    <message>
        <source>Everything the phase needs is in place.</source>
        <translation>C&apos;è tutto ciò che serve alla fase.</translation>
    </message>
    <message>
        <source>Record this review</source>
        <translation>Registra questa revisione</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Storico</translation>
    </message>
    <message>
        <source>Record a review</source>
        <translation>Registra una revisione</translation>
    </message>
    <message numerus="yes">
        <source>Recorded the review of %1 (%n new action(s)).</source>
        <translation>
            <numerusform>Registrata la revisione del %1 (%n nuova azione).</numerusform>
            <numerusform>Registrata la revisione del %1 (%n nuove azioni).</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the Strategy wizard</source>
        <translation>Apri la procedura guidata della Strategia</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Objectives&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Obiettivi&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>No strategy yet</source>
        <translation>Nessuna strategia</translation>
    </message>
    <message>
        <source>Say what you intend to do with this account, with whom and why; decide on penetration, expansion and protection; set measurable objectives.</source>
        <translation>Dichiara cosa intendi fare con questo account, con chi e perché; decidi su penetrazione, espansione e difesa; fissa obiettivi misurabili.</translation>
    </message>
    <message>
        <source>Plan %1 – %2 · %3 rigour</source>
        <translation>Piano %1 – %2 · livello %3</translation>
    </message>
    <message>
        <source>not written yet</source>
        <translation>non ancora scritto</translation>
    </message>
    <message>
        <source>Buying centres: </source>
        <translation>Centri d&apos;acquisto: </translation>
    </message>
    <message>
        <source>Stakeholders: </source>
        <translation>Stakeholder: </translation>
    </message>
    <message>
        <source>no buying centre or stakeholder picked</source>
        <translation>nessun centro d&apos;acquisto o stakeholder scelto</translation>
    </message>
    <message numerus="yes">
        <source>(%n objective(s))</source>
        <translation>
            <numerusform>(%n obiettivo)</numerusform>
            <numerusform>(%n obiettivi)</numerusform>
        </translation>
    </message>
    <message>
        <source>(current %1)</source>
        <translation>(attuale %1)</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non impostato</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 partendo da %2</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>not decided yet (end of Research)</source>
        <translation>non ancora deciso (alla fine della Ricerca)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sì</translation>
    </message>
    <message>
        <source>Whitespace</source>
        <translation>Spazio bianco</translation>
    </message>
    <message>
        <source>where we sell, where we could, and where a competitor holds the ground - the source of penetration and expansion opportunities.</source>
        <translation>dove vendiamo, dove potremmo e dove un concorrente presidia il terreno - la fonte delle opportunità di penetrazione ed espansione.</translation>
    </message>
    <message>
        <source>New meeting…</source>
        <translation>Nuovo incontro…</translation>
    </message>
    <message>
        <source>Add an upcoming meeting with its attendees</source>
        <translation>Aggiungi un incontro in programma con i partecipanti</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Esporta PDF…</translation>
    </message>
    <message>
        <source>The one-page brief as a PDF, to read offline</source>
        <translation>La scheda di una pagina in PDF, da leggere offline</translation>
    </message>
    <message>
        <source>Add to calendar</source>
        <translation>Aggiungi al calendario</translation>
    </message>
    <message>
        <source>Open this meeting in your calendar app (an .ics file)</source>
        <translation>Apri questo incontro nell&apos;app del calendario (un file .ics)</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Stampa…</translation>
    </message>
    <message>
        <source>Meeting:</source>
        <translation>Incontro:</translation>
    </message>
    <message>
        <source>or:</source>
        <translation>oppure:</translation>
    </message>
    <message>
        <source>Account brief (no particular meeting)</source>
        <translation>Scheda account (nessun incontro specifico)</translation>
    </message>
    <message>
        <source>— choose someone —</source>
        <translation>— scegli qualcuno —</translation>
    </message>
    <message>
        <source>Add to this account</source>
        <translation>Aggiungi a questo account</translation>
    </message>
    <message>
        <source>New team member…</source>
        <translation>Nuovo membro del team…</translation>
    </message>
    <message>
        <source>Add team member to this account:</source>
        <translation>Aggiungi un membro del team a questo account:</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>The 6 roles</source>
        <translation>I 6 ruoli</translation>
    </message>
    <message>
        <source>Fluency of this team (latest rating, 1-5)</source>
        <translation>Padronanza di questo team (ultima valutazione, 1-5)</translation>
    </message>
    <message>
        <source>Click a cell: none → ● primary → ○ backup → none (or Space; %1, %2, Del). Right-click for more. * = holds a role but is not on the core team.</source>
        <translation>Clic su una cella: nessuno → ● titolare → ○ riserva → nessuno (oppure Spazio; %1, %2, Canc). Clic destro per altre opzioni. * = ha un ruolo ma non fa parte del team principale.</translation>
    </message>
    <message>
        <source>Closing the gaps</source>
        <translation>Colmare le lacune</translation>
    </message>
    <message>
        <source>✔ All 6 roles have a primary holder.</source>
        <translation>✔ Tutti i 6 ruoli hanno un titolare.</translation>
    </message>
    <message>
        <source>⚠ This team lacks %1 of the 6 roles:</source>
        <translation>⚠ A questo team mancano %1 dei 6 ruoli:</translation>
    </message>
    <message>
        <source>Everyone is on this account; create a new team member →</source>
        <translation>Sono già tutti in questo account; crea un nuovo membro del team →</translation>
    </message>
    <message>
        <source>No team yet. First add the people on our side who work on this account (above), then click the cells to give them roles.</source>
        <translation>Nessun team. Prima aggiungi le persone della nostra azienda che lavorano su questo account (sopra), poi fai clic sulle celle per assegnare i ruoli.</translation>
    </message>
    <message>
        <source>Every role has a primary holder. Check the backups: a role held by one person is at risk when they are away.</source>
        <translation>Ogni ruolo ha un titolare. Controlla le riserve: un ruolo coperto da una sola persona è a rischio quando questa è assente.</translation>
    </message>
    <message>
        <source>%1 is archived and cannot take roles; right-click to clear an old assignment, or unarchive them in the Team section.</source>
        <translation>%1 è archiviato e non può assumere ruoli: clic destro per togliere una vecchia assegnazione, oppure riattivalo nella sezione Team.</translation>
    </message>
    <message>
        <source>● Primary</source>
        <translation>● Titolare</translation>
    </message>
    <message>
        <source>○ Backup</source>
        <translation>○ Riserva</translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation>Non assegnato</translation>
    </message>
    <message>
        <source>Remove %1 from this account team…</source>
        <translation>Togli %1 dal team di questo account…</translation>
    </message>
    <message>
        <source>Remove %1 from this account&apos;s team?</source>
        <translation>Togliere %1 dal team di questo account?</translation>
    </message>
    <message numerus="yes">
        <source>This also clears their %n role(s) here. You can undo it.</source>
        <translation>
            <numerusform>Questo toglie anche il suo ruolo qui. Puoi annullare.</numerusform>
            <numerusform>Questo toglie anche i suoi %n ruoli qui. Puoi annullare.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove from team</source>
        <translation>Togli dal team</translation>
    </message>
    <message>
        <source>%1 was removed from this account&apos;s team.</source>
        <translation>%1 è stato tolto dal team di questo account.</translation>
    </message>
    <message>
        <source>Start from the guided prompt</source>
        <translation>Parti dalla traccia guidata</translation>
    </message>
    <message>
        <source>1. What we do next, who, by when</source>
        <translation>1. Cosa facciamo ora, chi, entro quando</translation>
    </message>
    <message>
        <source>Save and refresh the preview</source>
        <translation>Salva e aggiorna l&apos;anteprima</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>Sintesi</translation>
    </message>
    <message>
        <source>Our joint ambition</source>
        <translation>La nostra ambizione comune</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Prossimi passi</translation>
    </message>
    <message>
        <source>Their sponsor</source>
        <translation>Il loro sponsor</translation>
    </message>
    <message>
        <source>Our sponsor</source>
        <translation>Il nostro sponsor</translation>
    </message>
    <message>
        <source>How often we meet</source>
        <translation>Ogni quanto ci incontriamo</translation>
    </message>
    <message>
        <source>Next joint review</source>
        <translation>Prossima revisione comune</translation>
    </message>
    <message>
        <source>Escalation path</source>
        <translation>Percorso di escalation</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versione</translation>
    </message>
    <message>
        <source>Shared with the customer</source>
        <translation>Condiviso con il cliente</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Unshare</source>
        <translation>Non condividere più</translation>
    </message>
    <message>
        <source>Customer wording…</source>
        <translation>Testo per il cliente…</translation>
    </message>
    <message>
        <source>Add a joint risk…</source>
        <translation>Aggiungi un rischio comune…</translation>
    </message>
    <message>
        <source>Move risk to trash</source>
        <translation>Sposta il rischio nel cestino</translation>
    </message>
    <message>
        <source>Change due date…</source>
        <translation>Cambia scadenza…</translation>
    </message>
    <message>
        <source>Nothing reaches the customer unless it is ticked here. Items marked internal never do.</source>
        <translation>Al cliente arriva solo ciò che è spuntato qui. Gli elementi segnati come interni non arrivano mai.</translation>
    </message>
    <message>
        <source>What is shared</source>
        <translation>Cosa viene condiviso</translation>
    </message>
    <message>
        <source>Summary, governance, next steps</source>
        <translation>Sintesi, governance, prossimi passi</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nessuno)</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Interno</translation>
    </message>
    <message>
        <source>No wording yet</source>
        <translation>Senza testo per il cliente</translation>
    </message>
    <message>
        <source>Our figure</source>
        <translation>Nostro dato</translation>
    </message>
    <message>
        <source>Past meeting</source>
        <translation>Incontro passato</translation>
    </message>
    <message>
        <source>Past due</source>
        <translation>Scaduta</translation>
    </message>
    <message>
        <source>(no customer wording yet)</source>
        <translation>(ancora nessun testo per il cliente)</translation>
    </message>
    <message numerus="yes">
        <source>%n shared action(s) past due: the customer would read a missed date. Select one and change its due date, or unshare it, before you export.</source>
        <translation>
            <numerusform>%n azione condivisa scaduta: il cliente leggerebbe una data mancata. Selezionala e cambia la scadenza, o togli la condivisione, prima di esportare.</numerusform>
            <numerusform>%n azioni condivise scadute: il cliente leggerebbe date mancate. Selezionane una e cambia la scadenza, o togli la condivisione, prima di esportare.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Customer edition, as it will be exported: %n page(s)</source>
        <translation>
            <numerusform>Edizione cliente, come verrà esportata: %n pagina</numerusform>
            <numerusform>Edizione cliente, come verrà esportata: %n pagine</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is shared yet.</source>
        <translation>Non è ancora condiviso nulla.</translation>
    </message>
    <message>
        <source>Still empty: </source>
        <translation>Ancora vuoti: </translation>
    </message>
    <message>
        <source>Share with the customer</source>
        <translation>Condividi con il cliente</translation>
    </message>
    <message>
        <source>Change due date</source>
        <translation>Cambia scadenza</translation>
    </message>
    <message>
        <source>The objective as the customer reads it</source>
        <translation>L&apos;obiettivo come lo legge il cliente</translation>
    </message>
    <message>
        <source>The review&apos;s summary for the customer</source>
        <translation>La sintesi della revisione per il cliente</translation>
    </message>
    <message>
        <source>Joint risk</source>
        <translation>Rischio comune</translation>
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
        <source>Select a joint risk in the list first.</source>
        <translation>Prima seleziona un rischio comune nell&apos;elenco.</translation>
    </message>
</context>
<context>
    <name>Team</name>
    <message>
        <source>On this team: %1 - give one of them the role here.</source>
        <translation>In questo team: %1 - assegna il ruolo qui a uno di loro.</translation>
    </message>
    <message>
        <source>Nobody on this team plays it elsewhere. Consider adding %1.</source>
        <translation>Nessuno di questo team lo ricopre altrove. Valuta di aggiungere %1.</translation>
    </message>
    <message>
        <source>Nobody plays it on any account yet: find or develop someone for it.</source>
        <translation>Nessuno lo ricopre ancora in alcun account: trova o forma qualcuno.</translation>
    </message>
    <message>
        <source>Primary: %1</source>
        <translation>Titolare: %1</translation>
    </message>
    <message>
        <source>Backup: %1</source>
        <translation>Riserva: %1</translation>
    </message>
    <message>
        <source>usual gap</source>
        <translation>lacuna tipica</translation>
    </message>
    <message>
        <source>★ Most companies leave this role open, and its absence limits growth.</source>
        <translation>★ La maggior parte delle aziende lascia scoperto questo ruolo, e la sua assenza limita la crescita.</translation>
    </message>
    <message>
        <source>Team member</source>
        <translation>Membro del team</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archiviato</translation>
    </message>
    <message>
        <source>* Holds a role here but is not on the core account team.</source>
        <translation>* Ha un ruolo qui ma non fa parte del team principale dell&apos;account.</translation>
    </message>
    <message>
        <source>Archived: kept as history, covers no role.</source>
        <translation>Archiviato: conservato come storico, non copre ruoli.</translation>
    </message>
    <message>
        <source>%1 is archived: this assignment is history only. Right-click to clear it.</source>
        <translation>%1 è archiviato: questa assegnazione è solo storica. Clic destro per toglierla.</translation>
    </message>
    <message>
        <source>not assigned</source>
        <translation>non assegnato</translation>
    </message>
    <message>
        <source>%1 - %2: %3.
Click to cycle none → primary → backup → none; right-click for more.</source>
        <translation>%1 - %2: %3.
Clic per passare da nessuno → titolare → riserva → nessuno; clic destro per altre opzioni.</translation>
    </message>
    <message>
        <source>Coverage: %1 of 6 covered</source>
        <translation>Copertura: %1 ruoli su 6</translation>
    </message>
    <message>
        <source>A role is covered with a primary holder, thin with a backup only.</source>
        <translation>Un ruolo è coperto se ha un titolare, debole se ha solo una riserva.</translation>
    </message>
    <message>
        <source>Key account</source>
        <translation>Key account</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>Lacune</translation>
    </message>
    <message>
        <source>Roles without a primary holder (the Portfolio&apos;s “Role gaps”).</source>
        <translation>Ruoli senza titolare (i “Ruoli scoperti” del Portafoglio).</translation>
    </message>
    <message>
        <source>Double-click to open %1&apos;s Team &amp; roles</source>
        <translation>Doppio clic per aprire Team e ruoli di %1</translation>
    </message>
    <message>
        <source>Accounts with a primary</source>
        <translation>Account con un titolare</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 su %2</translation>
    </message>
    <message>
        <source>%1: covered on %2, thin on %3, uncovered on %4 of %5 key accounts</source>
        <translation>%1: coperto in %2, debole in %3, scoperto in %4 key account su %5</translation>
    </message>
    <message>
        <source>⚠ Overloaded</source>
        <translation>⚠ Sovraccarico</translation>
    </message>
    <message>
        <source>Free capacity</source>
        <translation>Capacità libera</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>One block per primary role on a key account</source>
        <translation>Un blocco per ogni ruolo da titolare in un key account</translation>
    </message>
    <message>
        <source>Overloaded: more than 4 key accounts or more than 6 primary roles</source>
        <translation>Sovraccarico: più di 4 key account o più di 6 ruoli da titolare</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviato</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Attivo</translation>
    </message>
    <message>
        <source>Not rated yet: nobody has judged this area.</source>
        <translation>Non ancora valutata: nessuno ha giudicato questa area.</translation>
    </message>
    <message>
        <source>%1
Rated %2 of 5 on %3.</source>
        <translation>%1
Valutazione %2 su 5 del %3.</translation>
    </message>
    <message>
        <source>Weak area.</source>
        <translation>Area debole.</translation>
    </message>
    <message>
        <source>Double-click (or type 1-5) to record a new rating today.</source>
        <translation>Doppio clic (o digita 1-5) per registrare oggi una nuova valutazione.</translation>
    </message>
    <message>
        <source>✔ Covered</source>
        <translation>✔ Coperto</translation>
    </message>
    <message>
        <source>◐ Thin</source>
        <translation>◐ Debole</translation>
    </message>
    <message>
        <source>✖ Uncovered</source>
        <translation>✖ Scoperto</translation>
    </message>
    <message>
        <source>Covered: someone holds this role as primary.</source>
        <translation>Coperto: qualcuno ha questo ruolo come titolare.</translation>
    </message>
    <message>
        <source>Thin: only a backup holds this role - nobody owns it.</source>
        <translation>Debole: questo ruolo ha solo una riserva - nessuno ne è titolare.</translation>
    </message>
    <message>
        <source>Uncovered: nobody on the team holds this role.</source>
        <translation>Scoperto: nessuno nel team ha questo ruolo.</translation>
    </message>
    <message>
        <source>● Primary</source>
        <translation>● Titolare</translation>
    </message>
    <message>
        <source>○ Backup</source>
        <translation>○ Riserva</translation>
    </message>
    <message>
        <source>Customer
needs</source>
        <translation>Esigenze del
cliente</translation>
    </message>
    <message>
        <source>Our
offerings</source>
        <translation>Le nostre
offerte</translation>
    </message>
    <message>
        <source>The
market</source>
        <translation>Il
mercato</translation>
    </message>
    <message>
        <source>Our
company</source>
        <translation>La nostra
azienda</translation>
    </message>
    <message>
        <source>Compet-
ition</source>
        <translation>Concor-
renza</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>non valutata</translation>
    </message>
</context>
<context>
    <name>TeamPage</name>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Include archived members</source>
        <translation>Includi i membri archiviati</translation>
    </message>
    <message>
        <source>Every team member should be fluent in five areas. Double-click a cell (or type 1-5) to record today&apos;s rating; earlier ratings stay in the history.</source>
        <translation>Ogni membro del team dovrebbe padroneggiare cinque aree. Doppio clic su una cella (o digita 1-5) per registrare la valutazione di oggi; quelle precedenti restano nello storico.</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Persone</translation>
    </message>
    <message>
        <source>Role coverage (key accounts)</source>
        <translation>Copertura dei ruoli (key account)</translation>
    </message>
    <message>
        <source>Fluency</source>
        <translation>Padronanza</translation>
    </message>
    <message>
        <source>No team members yet</source>
        <translation>Ancora nessun membro del team</translation>
    </message>
    <message>
        <source>Add the colleagues who work on this account: each is saved to the team and ticked here.</source>
        <translation>Aggiungi i colleghi che lavorano su questo account: ciascuno viene salvato nel team e spuntato qui.</translation>
    </message>
    <message>
        <source>&amp;Add a team member…</source>
        <translation>&amp;Aggiungi un membro del team…</translation>
    </message>
    <message>
        <source>A colleague who works on this account: saved to the team and ticked here.</source>
        <translation>Un collega che lavora su questo account: viene salvato nel team e spuntato qui.</translation>
    </message>
</context>
<context>
    <name>TeamPicker</name>
    <message>
        <source>Tick everyone on our side who works on this account. The roles they play are set in Team &amp; roles.</source>
        <translation>Spunta tutte le persone della nostra azienda che lavorano su questo account. I loro ruoli si impostano in Team e ruoli.</translation>
    </message>
    <message>
        <source>No team members yet</source>
        <translation>Nessun membro del team</translation>
    </message>
    <message>
        <source>Add your colleagues in the Team section first; then pick the core account team here.</source>
        <translation>Prima aggiungi i colleghi nella sezione Team, poi scegli qui il team principale dell&apos;account.</translation>
    </message>
</context>
<context>
    <name>TopicsPage</name>
    <message>
        <source>Consider all three. A topic you leave out this period is a decision too: say so, and the plan shows it was considered.</source>
        <translation>Considerali tutti e tre. Anche escludere un tema per questo periodo è una decisione: dichiaralo, e il piano mostrerà che è stato valutato.</translation>
    </message>
    <message>
        <source>A focus this period</source>
        <translation>Un focus per questo periodo</translation>
    </message>
    <message>
        <source>Not this period</source>
        <translation>Non in questo periodo</translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation>Da decidere</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Buying centre</source>
        <translation>Centro d&apos;acquisto</translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation>Stakeholder</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Tendenza</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Esigenza</translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>Concorrente</translation>
    </message>
    <message>
        <source>Interaction</source>
        <translation>Interazione</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Opportunità</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Obiettivo</translation>
    </message>
    <message>
        <source>Research answer</source>
        <translation>Risposta di ricerca</translation>
    </message>
    <message>
        <source>Value proposition</source>
        <translation>Proposta di valore</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Comes back with: %1</source>
        <translation>Ritorna con: %1</translation>
    </message>
    <message>
        <source>Comes back with</source>
        <translation>Ritorna con</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminato il</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Cestino</translation>
    </message>
    <message>
        <source>Filter by name or account…</source>
        <translation>Filtra per nome o account…</translation>
    </message>
    <message>
        <source>The trash is empty. Deleted accounts, stakeholders, actions and plan items wait here until you restore them or delete them permanently.</source>
        <translation>Il cestino è vuoto. Account, stakeholder, azioni ed elementi del piano eliminati restano qui finché non li ripristini o li elimini definitivamente.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Ripristina</translation>
    </message>
    <message>
        <source>&amp;Delete permanently…</source>
        <translation>&amp;Elimina definitivamente…</translation>
    </message>
    <message>
        <source>&amp;Empty trash…</source>
        <translation>&amp;Svuota il cestino…</translation>
    </message>
    <message>
        <source>Delete permanently</source>
        <translation>Elimina definitivamente</translation>
    </message>
    <message>
        <source> with everything under it (%1)</source>
        <translation> con tutto ciò che contiene (%1)</translation>
    </message>
    <message>
        <source>Delete %1%2 permanently? This cannot be undone.</source>
        <translation>Eliminare definitivamente %1%2? L&apos;operazione non si può annullare.</translation>
    </message>
    <message>
        <source>Delete %1 items permanently? This cannot be undone.</source>
        <translation>Eliminare definitivamente %1 elementi? L&apos;operazione non si può annullare.</translation>
    </message>
    <message>
        <source>Delete all %1 items in the trash permanently? This cannot be undone.</source>
        <translation>Eliminare definitivamente tutti i %1 elementi nel cestino? L&apos;operazione non si può annullare.</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>Overall</source>
        <translation>Complessivo</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>non valutato</translation>
    </message>
</context>
<context>
    <name>TrendDialog</name>
    <message>
        <source>e.g. Pressure to cut CO₂ emissions 30% by 2030</source>
        <translation>es. Pressione a ridurre le emissioni di CO₂ del 30% entro il 2030</translation>
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
        <source>Share with the customer (joint plan)</source>
        <translation>Condividi con il cliente (piano comune)</translation>
    </message>
</context>
<context>
    <name>TrendsNeedsPage</name>
    <message>
        <source>Trends affecting the account</source>
        <translation>Tendenze che influenzano l&apos;account</translation>
    </message>
    <message>
        <source>Their needs</source>
        <translation>Le loro esigenze</translation>
    </message>
</context>
<context>
    <name>TrustTab</name>
    <message>
        <source>Key accounts grow when other divisions take part. Answer these questions about your own organisation, and rate how well you do today (1 = a real obstacle, 5 = a strength).</source>
        <translation>I key account crescono quando partecipano anche altre divisioni. Rispondi a queste domande sulla tua organizzazione e valuta come va oggi (1 = un vero ostacolo, 5 = un punto di forza).</translation>
    </message>
    <message>
        <source>Questions to ask of our organisation</source>
        <translation>Domande da porre alla nostra organizzazione</translation>
    </message>
    <message>
        <source>Save answers</source>
        <translation>Salva le risposte</translation>
    </message>
    <message>
        <source>Our divisions on a key account</source>
        <translation>Le nostre divisioni in un key account</translation>
    </message>
    <message>
        <source>Division (ours)</source>
        <translation>Divisione (nostra)</translation>
    </message>
    <message>
        <source>How it is involved</source>
        <translation>Come è coinvolta</translation>
    </message>
    <message>
        <source>Add division</source>
        <translation>Aggiungi divisione</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Rimuovi selezionati</translation>
    </message>
    <message>
        <source>Key account</source>
        <translation>Key account</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Salvato.</translation>
    </message>
    <message>
        <source>Make an account a key account first.</source>
        <translation>Prima rendi un account key account.</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>Redo refused</source>
        <translation>Ripristino rifiutato</translation>
    </message>
    <message>
        <source>Undo refused</source>
        <translation>Annullamento rifiutato</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Non eliminato</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non salvato</translation>
    </message>
    <message>
        <source>account</source>
        <translation>account</translation>
    </message>
    <message>
        <source>buying centre</source>
        <translation>centro d&apos;acquisto</translation>
    </message>
    <message>
        <source>stakeholder</source>
        <translation>stakeholder</translation>
    </message>
    <message>
        <source>trend</source>
        <translation>tendenza</translation>
    </message>
    <message>
        <source>need</source>
        <translation>esigenza</translation>
    </message>
    <message>
        <source>competitor</source>
        <translation>concorrente</translation>
    </message>
    <message>
        <source>interaction</source>
        <translation>interazione</translation>
    </message>
    <message>
        <source>opportunity</source>
        <translation>opportunità</translation>
    </message>
    <message>
        <source>objective</source>
        <translation>obiettivo</translation>
    </message>
    <message>
        <source>research answer</source>
        <translation>risposta di ricerca</translation>
    </message>
    <message>
        <source>value proposition</source>
        <translation>proposta di valore</translation>
    </message>
    <message>
        <source>action</source>
        <translation>azione</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>joint risk</source>
        <translation>rischio comune</translation>
    </message>
    <message>
        <source>strategy</source>
        <translation>strategia</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Aggiungi %1</translation>
    </message>
    <message>
        <source>Add %1 “%2”</source>
        <translation>Aggiungi %1 “%2”</translation>
    </message>
    <message>
        <source>Edit %1 “%2”</source>
        <translation>Modifica %1 “%2”</translation>
    </message>
    <message>
        <source>Delete %1 “%2”</source>
        <translation>Elimina %1 “%2”</translation>
    </message>
    <message>
        <source>Moved to the trash: %1 “%2”.</source>
        <translation>Spostato nel cestino: %1 “%2”.</translation>
    </message>
    <message>
        <source>Changes to the plan in the %1 wizard</source>
        <translation>Modifiche al piano nella procedura guidata %1</translation>
    </message>
</context>
<context>
    <name>UndoActions</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annulla</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ripeti</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Annulla %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Ripeti %1</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Undo</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
</context>
<context>
    <name>ValuePropositionDialog</name>
    <message>
        <source>Edit the compelling case</source>
        <translation>Modifica la proposta di valore</translation>
    </message>
    <message>
        <source>New value proposition</source>
        <translation>Nuova proposta di valore</translation>
    </message>
</context>
<context>
    <name>ValuePropositionForm</name>
    <message>
        <source>Title *</source>
        <translation>Titolo *</translation>
    </message>
    <message>
        <source>e.g. Uptime as a service</source>
        <translation>es. Continuità operativa come servizio</translation>
    </message>
    <message>
        <source>The customer&apos;s problem *</source>
        <translation>Il problema del cliente *</translation>
    </message>
    <message>
        <source>What it costs them today, in their words.</source>
        <translation>Quanto costa loro oggi, con le loro parole.</translation>
    </message>
    <message>
        <source>Our solution *</source>
        <translation>La nostra soluzione *</translation>
    </message>
    <message>
        <source>Quantified value</source>
        <translation>Valore quantificato</translation>
    </message>
    <message>
        <source>e.g. €1.2m a year in avoided downtime</source>
        <translation>es. 1,2 Mln € all&apos;anno di fermi evitati</translation>
    </message>
    <message>
        <source>Value per year (number)</source>
        <translation>Valore annuo (numero)</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>es. %1</translation>
    </message>
    <message>
        <source>Proof</source>
        <translation>Prove</translation>
    </message>
    <message>
        <source>References, pilot results, case studies.</source>
        <translation>Referenze, risultati di progetti pilota, casi di studio.</translation>
    </message>
</context>
<context>
    <name>WeightsDialog</name>
    <message>
        <source>Scoring weights</source>
        <translation>Pesi del punteggio</translation>
    </message>
    <message>
        <source>How the score is computed: </source>
        <translation>Come si calcola il punteggio: </translation>
    </message>
    <message>
        <source>Ranking now</source>
        <translation>Classifica attuale</translation>
    </message>
    <message>
        <source>Ranking with these weights</source>
        <translation>Classifica con questi pesi</translation>
    </message>
    <message>
        <source>(at least one weight must be above zero)</source>
        <translation>(almeno un peso deve essere maggiore di zero)</translation>
    </message>
    <message>
        <source>Sum of weights: %1 (weights are relative; they need not add to 100)</source>
        <translation>Somma dei pesi: %1 (i pesi sono relativi; non devono sommare a 100)</translation>
    </message>
</context>
<context>
    <name>WhitespaceKeys</name>
    <message>
        <source>S</source>
        <translation>V</translation>
    </message>
    <message>
        <source>O</source>
        <translation>O</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>U</source>
        <translation>S</translation>
    </message>
</context>
<context>
    <name>WhitespaceModel</name>
    <message>
        <source> · %1 opp.</source>
        <translation> · %1 opp.</translation>
    </message>
    <message>
        <source>%1 at %2: %3</source>
        <translation>%1 presso %2: %3</translation>
    </message>
</context>
<context>
    <name>WhitespacePanel</name>
    <message>
        <source>Selected cell:</source>
        <translation>Cella selezionata:</translation>
    </message>
    <message>
        <source>Create opportunity…</source>
        <translation>Crea opportunità…</translation>
    </message>
    <message>
        <source>Add buying centre…</source>
        <translation>Aggiungi centro d&apos;acquisto…</translation>
    </message>
    <message>
        <source>Add offering…</source>
        <translation>Aggiungi offerta…</translation>
    </message>
    <message>
        <source>Rows are buying centres, columns our offerings. Pick a cell and a state (keys %1); double-click a cell to create an opportunity.</source>
        <translation>Le righe sono i centri d&apos;acquisto, le colonne le nostre offerte. Scegli una cella e uno stato (tasti %1); doppio clic su una cella per creare un&apos;opportunità.</translation>
    </message>
    <message>
        <source>add the account&apos;s buying centres (divisions, business units, sites)</source>
        <translation>aggiungi i centri d&apos;acquisto dell&apos;account (divisioni, business unit, sedi)</translation>
    </message>
    <message>
        <source>add our offerings to the catalogue</source>
        <translation>aggiungi le nostre offerte al catalogo</translation>
    </message>
    <message>
        <source>To map the whitespace, first %1.</source>
        <translation>Per mappare lo spazio bianco, prima %1.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> e </translation>
    </message>
    <message>
        <source>Notes…</source>
        <translation>Note…</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Notes on this cell</source>
        <translation>Note su questa cella</translation>
    </message>
    <message>
        <source>Add buying centre</source>
        <translation>Aggiungi centro d&apos;acquisto</translation>
    </message>
    <message>
        <source>Name of the division, unit or site</source>
        <translation>Nome della divisione, unità o sede</translation>
    </message>
    <message>
        <source>Add offering</source>
        <translation>Aggiungi offerta</translation>
    </message>
    <message>
        <source>One of our products or services</source>
        <translation>Uno dei nostri prodotti o servizi</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Database not opened</source>
        <translation>Database non aperto</translation>
    </message>
    <message>
        <source>Still open: %1</source>
        <translation>Resta aperto: %1</translation>
    </message>
    <message>
        <source>KAM Desktop is already open on %1 in another window; that window was brought forward.</source>
        <translation>KAM Desktop è già aperto su %1 in un&apos;altra finestra; quella finestra è stata portata in primo piano.</translation>
    </message>
    <message>
        <source>%1 is already open.</source>
        <translation>%1 è già aperto.</translation>
    </message>
    <message>
        <source>The demo could not be written: %1</source>
        <translation>Non è stato possibile scrivere la demo: %1</translation>
    </message>
    <message>
        <source>Writing the demo portfolio…</source>
        <translation>Scrittura del portafoglio demo in corso…</translation>
    </message>
</context>
</TS>
