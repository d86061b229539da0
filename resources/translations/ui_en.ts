<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
    <context>
        <name>AssessmentDialog</name>
        <message numerus="yes">
            <source> — %n factor(s) missing</source>
            <translation>
                <numerusform> — %n factor missing</numerusform>
                <numerusform> — %n factors missing</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BriefPlurals</name>
        <message numerus="yes">
            <source>%n days ago</source>
            <translation>
                <numerusform>%n day ago</numerusform>
                <numerusform>%n days ago</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>in %n days</source>
            <translation>
                <numerusform>in %n day</numerusform>
                <numerusform>in %n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n open action(s)</source>
            <translation>
                <numerusform>%n open action</numerusform>
                <numerusform>%n open actions</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CasePage</name>
        <message numerus="yes">
            <source>%n more value proposition(s) in the Action plan tab.</source>
            <translation>
                <numerusform>One more value proposition in the Action plan tab.</numerusform>
                <numerusform>%n more value propositions in the Action plan tab.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PortfolioPage</name>
        <message numerus="yes">
            <source>%1 account(s) score like key accounts</source>
            <translation>
                <numerusform>%1 account scores like a key account</numerusform>
                <numerusform>%1 accounts score like key accounts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 key account(s) score below every non-key one</source>
            <translation>
                <numerusform>%1 key account scores below every non-key one</numerusform>
                <numerusform>%1 key accounts score below every non-key one</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PortfolioChart</name>
        <message numerus="yes">
            <source>%1 not assessed, not shown</source>
            <translation>
                <numerusform>%1 not assessed, not shown</numerusform>
                <numerusform>%1 not assessed, not shown</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RecordPage</name>
        <message numerus="yes">
            <source>Recorded the review of %1 with %n new action(s).</source>
            <translation>
                <numerusform>Recorded the review of %1 with %n new action.</numerusform>
                <numerusform>Recorded the review of %1 with %n new actions.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Report</name>
        <message numerus="yes">
            <source>Warning: %n shared action(s) past due - the customer would read a missed date (re-date or unshare them in the Customer plan tab).</source>
            <translation>
                <numerusform>Warning: %n shared action past due - the customer would read a missed date (re-date or unshare it in the Customer plan tab).</numerusform>
                <numerusform>Warning: %n shared actions past due - the customer would read a missed date (re-date or unshare them in the Customer plan tab).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ResearchTodoWidget</name>
        <message numerus="yes">
            <source>%n item(s) to research.</source>
            <translation>
                <numerusform>%n item to research.</numerusform>
                <numerusform>%n items to research.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SourcesPanel</name>
        <message numerus="yes">
            <source>%n question(s) need research (%1 without an action);</source>
            <translation>
                <numerusform>%n question needs research (%1 without an action);</numerusform>
                <numerusform>%n questions need research (%1 without an action);</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n objective(s) (%1 without an action).</source>
            <translation>
                <numerusform>%n objective (%1 without an action).</numerusform>
                <numerusform>%n objectives (%1 without an action).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Tab</name>
        <message numerus="yes">
            <source>(%n objective(s))</source>
            <translation>
                <numerusform>(%n objective)</numerusform>
                <numerusform>(%n objectives)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n open research question(s) have no action yet.</source>
            <translation>
                <numerusform>%n open research question has no action yet.</numerusform>
                <numerusform>%n open research questions have no action yet.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n shared action(s) past due: the customer would read a missed date. Select one and change its due date, or unshare it, before you export.</source>
            <translation>
                <numerusform>%n shared action past due: the customer would read a missed date. Select it and change its due date, or unshare it, before you export.</numerusform>
                <numerusform>%n shared actions past due: the customer would read missed dates. Select one and change its due date, or unshare it, before you export.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Customer edition, as it will be exported: %n page(s)</source>
            <translation>
                <numerusform>Customer edition, as it will be exported: %n page</numerusform>
                <numerusform>Customer edition, as it will be exported: %n pages</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Recorded the review of %1 (%n new action(s)).</source>
            <translation>
                <numerusform>Recorded the review of %1 (%n new action).</numerusform>
                <numerusform>Recorded the review of %1 (%n new actions).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>This also clears their %n role(s) here. You can undo it.</source>
            <translation>
                <numerusform>This also clears their role here. You can undo it.</numerusform>
                <numerusform>This also clears their %n roles here. You can undo it.</numerusform>
            </translation>
        </message>
    </context>
</TS>
