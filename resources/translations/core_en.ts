<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
    <context>
        <name>Import</name>
        <message numerus="yes">
            <source>Added %1, skipped %2, invalid %3; %n reports-to link(s).</source>
            <translation>
                <numerusform>Added %1, skipped %2, invalid %3; %n reports-to link.</numerusform>
                <numerusform>Added %1, skipped %2, invalid %3; %n reports-to links.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message numerus="yes">
            <source>%n role assignment(s)</source>
            <translation>
                <numerusform>%n role assignment</numerusform>
                <numerusform>%n role assignments</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n account team(s)</source>
            <translation>
                <numerusform>%n account team</numerusform>
                <numerusform>%n account teams</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n action(s) owned</source>
            <translation>
                <numerusform>%n action owned</numerusform>
                <numerusform>%n actions owned</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n stakeholder relationship(s) owned</source>
            <translation>
                <numerusform>%n stakeholder relationship owned</numerusform>
                <numerusform>%n stakeholder relationships owned</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n research question(s) owned</source>
            <translation>
                <numerusform>%n research question owned</numerusform>
                <numerusform>%n research questions owned</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n interaction(s) attended</source>
            <translation>
                <numerusform>%n interaction attended</numerusform>
                <numerusform>%n interactions attended</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Kpi</name>
        <message numerus="yes">
            <source>%1 of %n measured KPI(s) off target.</source>
            <translation>
                <numerusform>%1 of %n measured KPI off target.</numerusform>
                <numerusform>%1 of %n measured KPIs off target.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n measured KPI(s) behind.</source>
            <translation>
                <numerusform>%1 of %n measured KPI behind.</numerusform>
                <numerusform>%1 of %n measured KPIs behind.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n open action(s) overdue.</source>
            <translation>
                <numerusform>%1 of %n open action overdue.</numerusform>
                <numerusform>%1 of %n open actions overdue.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>All %n measured KPI(s) on track or at target.</source>
            <translation>
                <numerusform>The one measured KPI is on track or at target.</numerusform>
                <numerusform>All %n measured KPIs on track or at target.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Strategy</name>
        <message numerus="yes">
            <source>%1 has %n objective(s): give them another growth topic or delete them before saying %1 is not a topic this period.</source>
            <translation>
                <numerusform>%1 has %n objective: give it another growth topic or delete it before saying %1 is not a topic this period.</numerusform>
                <numerusform>%1 has %n objectives: give them another growth topic or delete them before saying %1 is not a topic this period.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Integrity</name>
        <message numerus="yes">
            <source>%n record(s) point to records that no longer exist.</source>
            <translation>
                <numerusform>%n record points to a record that no longer exists.</numerusform>
                <numerusform>%n records point to records that no longer exist.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReviewDiff</name>
        <message numerus="yes">
            <source>%n objective(s)</source>
            <translation>
                <numerusform>%n objective</numerusform>
                <numerusform>%n objectives</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n action(s)</source>
            <translation>
                <numerusform>%n action</numerusform>
                <numerusform>%n actions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n KPI(s)</source>
            <translation>
                <numerusform>%n KPI</numerusform>
                <numerusform>%n KPIs</numerusform>
            </translation>
        </message>
    </context>
</TS>
