<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AuditExtract</name>
    <message>
        <source>All entries</source>
        <translation>All entries</translation>
    </message>
    <message>
        <source>Log extract %1</source>
        <translation>Log extract %1</translation>
    </message>
    <message>
        <source>Log extract</source>
        <translation>Log extract</translation>
    </message>
    <message>
        <source>%1 · produced %2 by %3</source>
        <translation>%1 · produced %2 by %3</translation>
    </message>
    <message>
        <source>Log extract: access to the patient&apos;s record</source>
        <translation>Log extract: access to the patient&apos;s record</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Identity number</source>
        <translation>Identity number</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Produced</source>
        <translation>Produced</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entries</translation>
    </message>
    <message>
        <source>Every time the record was opened, changed, printed, exported or copied in Koordinera is listed below, with the unit and the person who did it.</source>
        <translation>Every time the record was opened, changed, printed, exported or copied in Koordinera is listed below, with the unit and the person who did it.</translation>
    </message>
    <message>
        <source>No entries in the period.</source>
        <translation>No entries in the period.</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Log extract: access to the client&apos;s records</source>
        <translation>Log extract: access to the client&apos;s records</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>The records are kept under the Social Services Act (socialtjänstlagen) and are covered by the secrecy of the social services under the Public Access to Information and Secrecy Act (offentlighets- och sekretesslagen).</source>
        <translation>The records are kept under the Social Services Act (socialtjänstlagen) and are covered by the secrecy of the social services under the Public Access to Information and Secrecy Act (offentlighets- och sekretesslagen).</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Opened the case</source>
        <translation>Opened the case</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Removed</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Printed</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exported</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copied</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Restored from backup</source>
        <translation>Restored from backup</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>Unlocked</translation>
    </message>
    <message>
        <source>Failed unlock</source>
        <translation>Failed unlock</translation>
    </message>
    <message>
        <source>Purged (retention)</source>
        <translation>Purged (retention)</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Sick-leave period</source>
        <translation>Sick-leave period</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnosis</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Identity number</source>
        <translation>Identity number</translation>
    </message>
    <message>
        <source>Log extract</source>
        <translation>Log extract</translation>
    </message>
    <message>
        <source>Accepted an older database file</source>
        <translation>Accepted an older database file</translation>
    </message>
    <message>
        <source>Read a list of patients</source>
        <translation>Read a list of patients</translation>
    </message>
    <message>
        <source>Sick-leave list</source>
        <translation>Sick-leave list</translation>
    </message>
    <message>
        <source>Sick-listed patient</source>
        <translation>Sick-listed patient</translation>
    </message>
    <message>
        <source>The case list</source>
        <translation>The case list</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>The calendar</source>
        <translation>The calendar</translation>
    </message>
    <message>
        <source>Sick-listed without coordination</source>
        <translation>Sick-listed without coordination</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>The backup folder %1 cannot be found. Is the network drive connected? Choose the folder in the settings.</source>
        <translation>The backup folder %1 cannot be found. Is the network drive connected? Choose the folder in the settings.</translation>
    </message>
    <message>
        <source>The backup could not be written to %1. Check that the folder exists, has room and may be written to. The database itself is unaffected.</source>
        <translation>The backup could not be written to %1. Check that the folder exists, has room and may be written to. The database itself is unaffected.</translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <source>Export to calendar file</source>
        <translation>Export to calendar file</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Calendar files (*.ics)</translation>
    </message>
</context>
<context>
    <name>CaseChoices</name>
    <message>
        <source>Rehabilitation coordinator %1</source>
        <translation>Rehabilitation coordinator %1</translation>
    </message>
    <message>
        <source>not valid today</source>
        <translation>not valid today</translation>
    </message>
    <message>
        <source>patient</source>
        <translation>patient</translation>
    </message>
    <message>
        <source>rehabilitation coordinator</source>
        <translation>rehabilitation coordinator</translation>
    </message>
    <message>
        <source>Coordinator %1</source>
        <translation>Coordinator %1</translation>
    </message>
</context>
<context>
    <name>CaseDocuments</name>
    <message>
        <source>Printed %1 by %2 · %3</source>
        <translation>Printed %1 by %2 · %3</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Identity number</source>
        <translation>Identity number</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>No ongoing sick leave</source>
        <translation>No ongoing sick leave</translation>
    </message>
    <message>
        <source>%1, day %2 of the sick-leave period</source>
        <translation>%1, day %2 of the sick-leave period</translation>
    </message>
    <message>
        <source>%1 at %2 (%3)</source>
        <translation>%1 at %2 (%3)</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>From – to</source>
        <translation>From – to</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>No consent is named in the plan</source>
        <translation>No consent is named in the plan</translation>
    </message>
    <message>
        <source>valid until %1</source>
        <translation>valid until %1</translation>
    </message>
    <message>
        <source>valid until further notice</source>
        <translation>valid until further notice</translation>
    </message>
    <message>
        <source>%1 (%2), given %3, %4</source>
        <translation>%1 (%2), given %3, %4</translation>
    </message>
    <message>
        <source>withdrawn %1</source>
        <translation>withdrawn %1</translation>
    </message>
    <message>
        <source>patient</source>
        <translation>patient</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role and organisation</source>
        <translation>Role and organisation</translation>
    </message>
    <message>
        <source>rehabilitation coordinator, %1</source>
        <translation>rehabilitation coordinator, %1</translation>
    </message>
    <message>
        <source>Rehabilitation coordinator</source>
        <translation>Rehabilitation coordinator</translation>
    </message>
    <message>
        <source>Version %1 · draft, not yet adopted</source>
        <translation>Version %1 · draft, not yet adopted</translation>
    </message>
    <message>
        <source>Version %1 · adopted %2</source>
        <translation>Version %1 · adopted %2</translation>
    </message>
    <message>
        <source>Version %1 · adopted %2 by %3</source>
        <translation>Version %1 · adopted %2 by %3</translation>
    </message>
    <message>
        <source>Joint action plan</source>
        <translation>Joint action plan</translation>
    </message>
    <message>
        <source>Joint action plan, version %1</source>
        <translation>Joint action plan, version %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Sick leave</source>
        <translation>Sick leave</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Current situation</source>
        <translation>Current situation</translation>
    </message>
    <message>
        <source>The patient&apos;s own goal</source>
        <translation>The patient&apos;s own goal</translation>
    </message>
    <message>
        <source>Shared goal</source>
        <translation>Shared goal</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>No actions yet.</source>
        <translation>No actions yet.</translation>
    </message>
    <message>
        <source>Responsibility and follow-up</source>
        <translation>Responsibility and follow-up</translation>
    </message>
    <message>
        <source>Overall responsibility</source>
        <translation>Overall responsibility</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Next follow-up</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Who takes part</source>
        <translation>Who takes part</translation>
    </message>
    <message>
        <source>Consent and distribution</source>
        <translation>Consent and distribution</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Copies to</source>
        <translation>Copies to</translation>
    </message>
    <message>
        <source>Approved by the patient</source>
        <translation>Approved by the patient</translation>
    </message>
    <message>
        <source>Meeting form</source>
        <translation>Meeting form</translation>
    </message>
    <message>
        <source>Joint action plan – form for the meeting</source>
        <translation>Joint action plan – form for the meeting</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>To be filled in by hand at the meeting</source>
        <translation>To be filled in by hand at the meeting</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Next follow-up: date, time and place</source>
        <translation>Next follow-up: date, time and place</translation>
    </message>
    <message>
        <source>Consent to share information, and who gets a copy</source>
        <translation>Consent to share information, and who gets a copy</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Video (%1)</source>
        <translation>Video (%1)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Minutes, %1 %2</source>
        <translation>Minutes, %1 %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Initiated by</source>
        <translation>Initiated by</translation>
    </message>
    <message>
        <source>Försäkringskassan&apos;s case officer</source>
        <translation>Försäkringskassan&apos;s case officer</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>The meeting was called off.</source>
        <translation>The meeting was called off.</translation>
    </message>
    <message>
        <source>The meeting has not been recorded as held.</source>
        <translation>The meeting has not been recorded as held.</translation>
    </message>
    <message>
        <source>The patient&apos;s view</source>
        <translation>The patient&apos;s view</translation>
    </message>
    <message>
        <source>Function and activity limitation, as care reports it</source>
        <translation>Function and activity limitation, as care reports it</translation>
    </message>
    <message>
        <source>Work options discussed</source>
        <translation>Work options discussed</translation>
    </message>
    <message>
        <source>Summary and decisions</source>
        <translation>Summary and decisions</translation>
    </message>
    <message>
        <source>Work-oriented rehabilitation</source>
        <translation>Work-oriented rehabilitation</translation>
    </message>
    <message>
        <source>Needed: a 4 § impuls to Försäkringskassan</source>
        <translation>Needed: a 4 § impuls to Försäkringskassan</translation>
    </message>
    <message>
        <source>No 4 § impuls needed</source>
        <translation>No 4 § impuls needed</translation>
    </message>
    <message>
        <source>Agreed actions</source>
        <translation>Agreed actions</translation>
    </message>
    <message>
        <source>No new actions were agreed.</source>
        <translation>No new actions were agreed.</translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation>Next meeting</translation>
    </message>
    <message>
        <source>No new meeting booked: %1</source>
        <translation>No new meeting booked: %1</translation>
    </message>
    <message>
        <source>No new meeting booked yet.</source>
        <translation>No new meeting booked yet.</translation>
    </message>
    <message>
        <source>Minutes taken by %1, %2.</source>
        <translation>Minutes taken by %1, %2.</translation>
    </message>
    <message>
        <source>not yet booked</source>
        <translation>not yet booked</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Cover letter to %1</source>
        <translation>Cover letter to %1</translation>
    </message>
    <message>
        <source>Joint action plan for %1, %2</source>
        <translation>Joint action plan for %1, %2</translation>
    </message>
    <message>
        <source>Enclosure: joint action plan, version %1</source>
        <translation>Enclosure: joint action plan, version %1</translation>
    </message>
    <message>
        <source>Legal sex</source>
        <translation>Legal sex</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Telephone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Coordination</source>
        <translation>Coordination</translation>
    </message>
    <message>
        <source>Job tasks</source>
        <translation>Job tasks</translation>
    </message>
    <message>
        <source>Sick leave and diagnoses</source>
        <translation>Sick leave and diagnoses</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>Next checkpoint in the rehabilitation chain</source>
        <translation>Next checkpoint in the rehabilitation chain</translation>
    </message>
    <message>
        <source>Confirmed by Försäkringskassan</source>
        <translation>Confirmed by Försäkringskassan</translation>
    </message>
    <message>
        <source>day %1 on %2</source>
        <translation>day %1 on %2</translation>
    </message>
    <message>
        <source>Sick-leave period</source>
        <translation>Sick-leave period</translation>
    </message>
    <message>
        <source>Degree</source>
        <translation>Degree</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Length</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnosis</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>main</source>
        <translation>main</translation>
    </message>
    <message>
        <source>secondary</source>
        <translation>secondary</translation>
    </message>
    <message>
        <source>Parties and contacts</source>
        <translation>Parties and contacts</translation>
    </message>
    <message>
        <source>No contacts registered.</source>
        <translation>No contacts registered.</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>4 § impuls</source>
        <translation>4 § impuls</translation>
    </message>
    <message>
        <source>Action plan version %1 adopted</source>
        <translation>Action plan version %1 adopted</translation>
    </message>
    <message>
        <source>Timeline of contacts and activities</source>
        <translation>Timeline of contacts and activities</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>Nothing recorded yet.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>With</source>
        <translation>With</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>No plan yet.</source>
        <translation>No plan yet.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Adopted</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>No meetings.</source>
        <translation>No meetings.</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consents</translation>
    </message>
    <message>
        <source>No consents registered.</source>
        <translation>No consents registered.</translation>
    </message>
    <message>
        <source>For</source>
        <translation>For</translation>
    </message>
    <message>
        <source>Counterparty</source>
        <translation>Counterparty</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Given</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>valid</translation>
    </message>
    <message>
        <source>not yet valid</source>
        <translation>not yet valid</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expired</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>withdrawn</translation>
    </message>
    <message>
        <source>until further notice</source>
        <translation>until further notice</translation>
    </message>
    <message>
        <source>4 § impulser to Försäkringskassan</source>
        <translation>4 § impulser to Försäkringskassan</translation>
    </message>
    <message>
        <source>No impulser.</source>
        <translation>No impulser.</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Recipient at FK</source>
        <translation>Recipient at FK</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Case summary</source>
        <translation>Case summary</translation>
    </message>
    <message>
        <source>Coordination under lag (2019:1297) · %1</source>
        <translation>Coordination under lag (2019:1297) · %1</translation>
    </message>
    <message>
        <source>Compiled %1 by %2, %3, for the patient&apos;s journal.</source>
        <translation>Compiled %1 by %2, %3, for the patient&apos;s journal.</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Party</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>Doctor</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordinator</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Parent</translation>
    </message>
    <message>
        <source>The children</source>
        <translation>The children</translation>
    </message>
    <message>
        <source>No children registered.</source>
        <translation>No children registered.</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Child</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Born</translation>
    </message>
    <message>
        <source>Functional impairment</source>
        <translation>Functional impairment</translation>
    </message>
    <message>
        <source>School or preschool</source>
        <translation>School or preschool</translation>
    </message>
    <message>
        <source>The network around the child</source>
        <translation>The network around the child</translation>
    </message>
    <message>
        <source>No actors in the network yet.</source>
        <translation>No actors in the network yet.</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Actor</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>Provides</source>
        <translation>Provides</translation>
    </message>
    <message>
        <source>The family</source>
        <translation>The family</translation>
    </message>
    <message>
        <source>The family&apos;s own goal</source>
        <translation>The family&apos;s own goal</translation>
    </message>
    <message>
        <source>Approved by the family</source>
        <translation>Approved by the family</translation>
    </message>
    <message>
        <source>parent</source>
        <translation>parent</translation>
    </message>
</context>
<context>
    <name>CaseImport</name>
    <message>
        <source>(do not import)</source>
        <translation>(do not import)</translation>
    </message>
    <message>
        <source>Identity number</source>
        <translation>Identity number</translation>
    </message>
    <message>
        <source>Name (family, given)</source>
        <translation>Name (family, given)</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Given name</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Family name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Degree</source>
        <translation>Degree</translation>
    </message>
    <message>
        <source>Diagnosis (ICD-10)</source>
        <translation>Diagnosis (ICD-10)</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Employer</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>no identity number</source>
        <translation>no identity number</translation>
    </message>
    <message>
        <source>identity number %1: %2</source>
        <translation>identity number %1: %2</translation>
    </message>
    <message>
        <source>no name for a patient not registered before</source>
        <translation>no name for a patient not registered before</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot; (use Kontaktad, Aktiv, Uppföljning, Avslutad or Avböjt)</source>
        <translation>unknown status &quot;%1&quot; (use Kontaktad, Aktiv, Uppföljning, Avslutad or Avböjt)</translation>
    </message>
    <message>
        <source>start</source>
        <translation>start</translation>
    </message>
    <message>
        <source>end</source>
        <translation>end</translation>
    </message>
    <message>
        <source>the %1 date &quot;%2&quot; is not a date (write it as 2026-03-01)</source>
        <translation>the %1 date &quot;%2&quot; is not a date (write it as 2026-03-01)</translation>
    </message>
    <message>
        <source>the start date %1 is in the future</source>
        <translation>the start date %1 is in the future</translation>
    </message>
    <message>
        <source>the end date is before the start date</source>
        <translation>the end date is before the start date</translation>
    </message>
    <message>
        <source>an end date without a start date</source>
        <translation>an end date without a start date</translation>
    </message>
    <message>
        <source>a closed case needs a start or end date</source>
        <translation>a closed case needs a start or end date</translation>
    </message>
    <message>
        <source>the degree &quot;%1&quot; must be 25, 50, 75 or 100 %</source>
        <translation>the degree &quot;%1&quot; must be 25, 50, 75 or 100 %</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ICD-10 code</source>
        <translation>&quot;%1&quot; is not an ICD-10 code</translation>
    </message>
    <message>
        <source>Choose which column holds the identity number.</source>
        <translation>Choose which column holds the identity number.</translation>
    </message>
    <message>
        <source>No column is the name: only patients already registered can be imported.</source>
        <translation>No column is the name: only patients already registered can be imported.</translation>
    </message>
    <message>
        <source>the same patient and start as an earlier row</source>
        <translation>the same patient and start as an earlier row</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>line %1: %2</translation>
    </message>
</context>
<context>
    <name>CaseList</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Identity number</source>
        <translation>Identity number</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnosis</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Length</translation>
    </message>
    <message>
        <source>Degree</source>
        <translation>Degree</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Next checkpoint</source>
        <translation>Next checkpoint</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>until further notice</source>
        <translation>until further notice</translation>
    </message>
    <message>
        <source>Length (days)</source>
        <translation>Length (days)</translation>
    </message>
    <message>
        <source>Degree (%)</source>
        <translation>Degree (%)</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>Doctor</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>The database FILE.</source>
        <translation>The database FILE.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Use the fictional demo data instead of a database (nothing is saved).</source>
        <translation>Use the fictional demo data instead of a database (nothing is saved).</translation>
    </message>
    <message>
        <source>Name the database with --db FILE, or use --demo.</source>
        <translation>Name the database with --db FILE, or use --demo.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Open a demo database in memory (nothing is written to disk).</source>
        <translation>Open a demo database in memory (nothing is written to disk).</translation>
    </message>
    <message>
        <source>Open the database FILE.</source>
        <translation>Open the database FILE.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <source>Language: sv or en (default: the setting, else the system&apos;s).</source>
        <translation>Language: sv or en (default: the setting, else the system&apos;s).</translation>
    </message>
    <message>
        <source>Coordination of sick-listed patients&apos; cases.

Commands without a window: create, check, backup, export, statistics, case-list (see man koordinera).</source>
        <translation>Coordination of sick-listed patients&apos; cases.

Commands without a window: create, check, backup, export, statistics, case-list (see man koordinera).</translation>
    </message>
</context>
<context>
    <name>ConsentWarning</name>
    <message>
        <source>Consent missing: %1</source>
        <translation>Consent missing: %1</translation>
    </message>
    <message>
        <source>Consent expired: %1</source>
        <translation>Consent expired: %1</translation>
    </message>
    <message>
        <source>Consent withdrawn: %1</source>
        <translation>Consent withdrawn: %1</translation>
    </message>
    <message>
        <source>Consent not yet valid: %1</source>
        <translation>Consent not yet valid: %1</translation>
    </message>
    <message>
        <source>Missing – %1</source>
        <translation>Missing – %1</translation>
    </message>
    <message>
        <source>Expired – %1</source>
        <translation>Expired – %1</translation>
    </message>
    <message>
        <source>Withdrawn – %1</source>
        <translation>Withdrawn – %1</translation>
    </message>
    <message>
        <source>Not yet valid – %1</source>
        <translation>Not yet valid – %1</translation>
    </message>
</context>
<context>
    <name>CorrectionHistory</name>
    <message>
        <source>Earlier versions (%1)</source>
        <translation>Earlier versions (%1)</translation>
    </message>
    <message>
        <source>Until %1, when %2 changed it:</source>
        <translation>Until %1, when %2 changed it:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>CorrectionLog</name>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>video</source>
        <translation>video</translation>
    </message>
    <message>
        <source>Försäkringskassan&apos;s officer</source>
        <translation>Försäkringskassan&apos;s officer</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>The patient&apos;s view</source>
        <translation>The patient&apos;s view</translation>
    </message>
    <message>
        <source>Care&apos;s report</source>
        <translation>Care&apos;s report</translation>
    </message>
    <message>
        <source>Work options</source>
        <translation>Work options</translation>
    </message>
    <message>
        <source>Summary and decisions</source>
        <translation>Summary and decisions</translation>
    </message>
    <message>
        <source>4 § impuls needed</source>
        <translation>4 § impuls needed</translation>
    </message>
    <message>
        <source>No follow-up booked because</source>
        <translation>No follow-up booked because</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Made on</translation>
    </message>
    <message>
        <source>How</source>
        <translation>How</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>Received by</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Consent to</source>
        <translation>Consent to</translation>
    </message>
    <message>
        <source>Counterparty</source>
        <translation>Counterparty</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Given on</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Withdrawn on</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The file is too large for a case list (more than 64 MB).</source>
        <translation>The file is too large for a case list (more than 64 MB).</translation>
    </message>
    <message>
        <source>This is an Excel workbook, not a CSV file. In Excel, choose Arkiv › Spara som › CSV UTF-8 (kommaavgränsad) and import that file.</source>
        <translation>This is an Excel workbook, not a CSV file. In Excel, choose Arkiv › Spara som › CSV UTF-8 (kommaavgränsad) and import that file.</translation>
    </message>
    <message>
        <source>The file is not a text file. Choose a CSV file saved from Excel.</source>
        <translation>The file is not a text file. Choose a CSV file saved from Excel.</translation>
    </message>
    <message>
        <source>A field on line %1 is longer than Excel allows (32,767 characters). Check that the file is a case list saved from Excel.</source>
        <translation>A field on line %1 is longer than Excel allows (32,767 characters). Check that the file is a case list saved from Excel.</translation>
    </message>
    <message>
        <source>A quotation mark that begins on line %1 is never closed, so the rest of the file cannot be read. Open the file in Excel and save it as CSV again.</source>
        <translation>A quotation mark that begins on line %1 is never closed, so the rest of the file cannot be read. Open the file in Excel and save it as CSV again.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>The file has only a header row and no cases.</source>
        <translation>The file has only a header row and no cases.</translation>
    </message>
    <message>
        <source>Line %1 has more than %2 columns, which no case list has. Check that the file is a case list saved from Excel.</source>
        <translation>Line %1 has more than %2 columns, which no case list has. Check that the file is a case list saved from Excel.</translation>
    </message>
    <message>
        <source>The file has more than %1 rows. Import a unit&apos;s case list at a time.</source>
        <translation>The file has more than %1 rows. Import a unit&apos;s case list at a time.</translation>
    </message>
</context>
<context>
    <name>DocumentLog</name>
    <message>
        <source>Printed</source>
        <translation>Printed</translation>
    </message>
    <message>
        <source>Saved as PDF</source>
        <translation>Saved as PDF</translation>
    </message>
    <message>
        <source>Copied as text</source>
        <translation>Copied as text</translation>
    </message>
</context>
<context>
    <name>DocumentRenderer</name>
    <message>
        <source>page %1 of %2</source>
        <translation>page %1 of %2</translation>
    </message>
    <message>
        <source>Place and date</source>
        <translation>Place and date</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>The PDF could not be saved as %1. Check that the folder exists, that you may write there and that the disk is not full. No file was left.</source>
        <translation>The PDF could not be saved as %1. Check that the folder exists, that you may write there and that the disk is not full. No file was left.</translation>
    </message>
</context>
<context>
    <name>DocumentTemplates</name>
    <message>
        <source>Cover letter with the plan</source>
        <translation>Cover letter with the plan</translation>
    </message>
    <message>
        <source>Invitation to the patient</source>
        <translation>Invitation to the patient</translation>
    </message>
    <message>
        <source>Invitation to the other parties</source>
        <translation>Invitation to the other parties</translation>
    </message>
    <message>
        <source>Consent form</source>
        <translation>Consent form</translation>
    </message>
    <message>
        <source>Letter with a 4 § impuls</source>
        <translation>Letter with a 4 § impuls</translation>
    </message>
    <message>
        <source>Hello {mottagare},

Enclosed is the joint action plan for {patient} that we drew up together. It names each action, who is responsible for it, and when we follow it up.

Next follow-up: {uppföljning}.

Please get in touch with me if anything is unclear or changes.

Kind regards
{koordinator}
Rehabilitation coordinator, {enhet}</source>
        <translation>Hello {mottagare},

Enclosed is the joint action plan for {patient} that we drew up together. It names each action, who is responsible for it, and when we follow it up.

Next follow-up: {uppföljning}.

Please get in touch with me if anything is unclear or changes.

Kind regards
{koordinator}
Rehabilitation coordinator, {enhet}</translation>
    </message>
    <message>
        <source>Welcome to a meeting about your return to work, with those who can help you on the way.

{mötesuppgifter}

If you cannot come, or if you have questions, please get in touch with me.</source>
        <translation>Welcome to a meeting about your return to work, with those who can help you on the way.

{mötesuppgifter}

If you cannot come, or if you have questions, please get in touch with me.</translation>
    </message>
    <message>
        <source>Welcome to a meeting about {patient}&apos;s return to work.

{mötesuppgifter}

If you cannot come, or if you have questions, please get in touch with me.</source>
        <translation>Welcome to a meeting about {patient}&apos;s return to work.

{mötesuppgifter}

If you cannot come, or if you have questions, please get in touch with me.</translation>
    </message>
    <message>
        <source>As your rehabilitation coordinator at {enhet} I can help you to coordinate your rehabilitation and your return to work, with the care unit and, if you wish, with others. It is voluntary. You may withdraw your consent at any time, and it does not affect your care.

I consent to coordination, and to information about my sick leave and rehabilitation being shared with those I have ticked below:

{parter}

Only what is needed for the coordination is shared. The consent applies until the coordination ends, unless I withdraw it earlier.</source>
        <translation>As your rehabilitation coordinator at {enhet} I can help you to coordinate your rehabilitation and your return to work, with the care unit and, if you wish, with others. It is voluntary. You may withdraw your consent at any time, and it does not affect your care.

I consent to coordination, and to information about my sick leave and rehabilitation being shared with those I have ticked below:

{parter}

Only what is needed for the coordination is shared. The consent applies until the coordination ends, unless I withdraw it earlier.</translation>
    </message>
    <message>
        <source>To {mottagare}

I hereby give Försäkringskassan an impuls under 4 § of the act on coordination (2019:1297) about {patient}, who has consented to it. We judge that the patient needs work-oriented rehabilitation.

{anledning}

Please contact me to plan the next step together.

Kind regards
{koordinator}
Rehabilitation coordinator, {enhet}</source>
        <translation>To {mottagare}

I hereby give Försäkringskassan an impuls under 4 § of the act on coordination (2019:1297) about {patient}, who has consented to it. We judge that the patient needs work-oriented rehabilitation.

{anledning}

Please contact me to plan the next step together.

Kind regards
{koordinator}
Rehabilitation coordinator, {enhet}</translation>
    </message>
    <message>
        <source>The file is not a template file from Koordinera.</source>
        <translation>The file is not a template file from Koordinera.</translation>
    </message>
    <message>
        <source>The file comes from a newer version of Koordinera; update the program to read it.</source>
        <translation>The file comes from a newer version of Koordinera; update the program to read it.</translation>
    </message>
    <message>
        <source>The file holds no templates.</source>
        <translation>The file holds no templates.</translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; in the file is empty.</source>
        <translation>The template &quot;%1&quot; in the file is empty.</translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; in the file is too long (at most %2 characters).</source>
        <translation>The template &quot;%1&quot; in the file is too long (at most %2 characters).</translation>
    </message>
</context>
<context>
    <name>Domain</name>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Woman</source>
        <translation>Woman</translation>
    </message>
    <message>
        <source>Man</source>
        <translation>Man</translation>
    </message>
    <message>
        <source>Personal identity number</source>
        <translation>Personal identity number</translation>
    </message>
    <message>
        <source>Coordination number</source>
        <translation>Coordination number</translation>
    </message>
    <message>
        <source>Reserve number</source>
        <translation>Reserve number</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Contacted</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Declined</translation>
    </message>
    <message>
        <source>Not closed</source>
        <translation>Not closed</translation>
    </message>
    <message>
        <source>Back in work</source>
        <translation>Back in work</translation>
    </message>
    <message>
        <source>Another actor is responsible</source>
        <translation>Another actor is responsible</translation>
    </message>
    <message>
        <source>No further need (patient&apos;s view)</source>
        <translation>No further need (patient&apos;s view)</translation>
    </message>
    <message>
        <source>No further need (professional&apos;s view)</source>
        <translation>No further need (professional&apos;s view)</translation>
    </message>
    <message>
        <source>Declined by the patient</source>
        <translation>Declined by the patient</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Moved</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>Deceased</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>Other reason</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Not stated</translation>
    </message>
    <message>
        <source>Current work</source>
        <translation>Current work</translation>
    </message>
    <message>
        <source>Job-seeking</source>
        <translation>Job-seeking</translation>
    </message>
    <message>
        <source>Parental leave</source>
        <translation>Parental leave</translation>
    </message>
    <message>
        <source>Studies</source>
        <translation>Studies</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Employer</translation>
    </message>
    <message>
        <source>Försäkringskassan</source>
        <translation>Försäkringskassan</translation>
    </message>
    <message>
        <source>Arbetsförmedlingen</source>
        <translation>Arbetsförmedlingen</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Occupational health service</source>
        <translation>Occupational health service</translation>
    </message>
    <message>
        <source>Other care unit</source>
        <translation>Other care unit</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Coordination</source>
        <translation>Coordination</translation>
    </message>
    <message>
        <source>Information to Försäkringskassan (4 §)</source>
        <translation>Information to Försäkringskassan (4 §)</translation>
    </message>
    <message>
        <source>Contact with the employer</source>
        <translation>Contact with the employer</translation>
    </message>
    <message>
        <source>Contact with Arbetsförmedlingen</source>
        <translation>Contact with Arbetsförmedlingen</translation>
    </message>
    <message>
        <source>Contact with social services</source>
        <translation>Contact with social services</translation>
    </message>
    <message>
        <source>SIP (coordinated individual plan)</source>
        <translation>SIP (coordinated individual plan)</translation>
    </message>
    <message>
        <source>Other contact</source>
        <translation>Other contact</translation>
    </message>
    <message>
        <source>Verbal</source>
        <translation>Verbal</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Written</translation>
    </message>
    <message>
        <source>Personal support</source>
        <translation>Personal support</translation>
    </message>
    <message>
        <source>Internal coordination</source>
        <translation>Internal coordination</translation>
    </message>
    <message>
        <source>External collaboration</source>
        <translation>External collaboration</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Digital message</source>
        <translation>Digital message</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>The patient</source>
        <translation>The patient</translation>
    </message>
    <message>
        <source>Our care unit</source>
        <translation>Our care unit</translation>
    </message>
    <message>
        <source>Another party</source>
        <translation>Another party</translation>
    </message>
    <message>
        <source>Reconciliation meeting</source>
        <translation>Reconciliation meeting</translation>
    </message>
    <message>
        <source>Follow-up meeting</source>
        <translation>Follow-up meeting</translation>
    </message>
    <message>
        <source>SIP meeting</source>
        <translation>SIP meeting</translation>
    </message>
    <message>
        <source>Tripartite meeting</source>
        <translation>Tripartite meeting</translation>
    </message>
    <message>
        <source>Internal team meeting</source>
        <translation>Internal team meeting</translation>
    </message>
    <message>
        <source>Other meeting</source>
        <translation>Other meeting</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Booked</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Held</translation>
    </message>
    <message>
        <source>Called off</source>
        <translation>Called off</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Care team</source>
        <translation>Care team</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Medical certificate</source>
        <translation>Medical certificate</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>Doctor</translation>
    </message>
    <message>
        <source>Nurse</source>
        <translation>Nurse</translation>
    </message>
    <message>
        <source>Physiotherapist</source>
        <translation>Physiotherapist</translation>
    </message>
    <message>
        <source>Psychologist</source>
        <translation>Psychologist</translation>
    </message>
    <message>
        <source>Counsellor</source>
        <translation>Counsellor</translation>
    </message>
    <message>
        <source>Occupational therapist</source>
        <translation>Occupational therapist</translation>
    </message>
    <message>
        <source>Advice to colleagues</source>
        <translation>Advice to colleagues</translation>
    </message>
    <message>
        <source>Team meeting</source>
        <translation>Team meeting</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Routines and development</source>
        <translation>Routines and development</translation>
    </message>
    <message>
        <source>Rehabilitation coordination (primary care)</source>
        <translation>Rehabilitation coordination (primary care)</translation>
    </message>
    <message>
        <source>Coordinator for parents (municipality)</source>
        <translation>Coordinator for parents (municipality)</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Working</translation>
    </message>
    <message>
        <source>Studying</source>
        <translation>Studying</translation>
    </message>
    <message>
        <source>Sick-listed</source>
        <translation>Sick-listed</translation>
    </message>
    <message>
        <source>Unemployed</source>
        <translation>Unemployed</translation>
    </message>
    <message>
        <source>On parental leave</source>
        <translation>On parental leave</translation>
    </message>
    <message>
        <source>Habilitation</source>
        <translation>Habilitation</translation>
    </message>
    <message>
        <source>Child and adolescent psychiatry</source>
        <translation>Child and adolescent psychiatry</translation>
    </message>
    <message>
        <source>Child health care</source>
        <translation>Child health care</translation>
    </message>
    <message>
        <source>School or preschool</source>
        <translation>School or preschool</translation>
    </message>
    <message>
        <source>LSS case officer</source>
        <translation>LSS case officer</translation>
    </message>
    <message>
        <source>Social services</source>
        <translation>Social services</translation>
    </message>
    <message>
        <source>The situation is manageable</source>
        <translation>The situation is manageable</translation>
    </message>
    <message>
        <source>Network meeting</source>
        <translation>Network meeting</translation>
    </message>
    <message>
        <source>Works</source>
        <translation>Works</translation>
    </message>
    <message>
        <source>Works in part</source>
        <translation>Works in part</translation>
    </message>
    <message>
        <source>Does not work</source>
        <translation>Does not work</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>The case has no plan version %1.</source>
        <translation>The case has no plan version %1.</translation>
    </message>
    <message>
        <source>The case has no action plan yet.</source>
        <translation>The case has no action plan yet.</translation>
    </message>
    <message>
        <source>The case has no meeting on %1.</source>
        <translation>The case has no meeting on %1.</translation>
    </message>
    <message>
        <source>The case has no meeting recorded as held.</source>
        <translation>The case has no meeting recorded as held.</translation>
    </message>
    <message>
        <source>Writes one of a case&apos;s documents as a PDF, or as plain text when the file name ends in .txt, and records it on the case. Needs no display. The passphrase is read as for create.</source>
        <translation>Writes one of a case&apos;s documents as a PDF, or as plain text when the file name ends in .txt, and records it on the case. Needs no display. The passphrase is read as for create.</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>The command.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>The case&apos;s reference, e.g. K-2026-0042 (with --demo it may be left out: a case with a plan and a meeting is chosen).</source>
        <translation>The case&apos;s reference, e.g. K-2026-0042 (with --demo it may be left out: a case with a plan and a meeting is chosen).</translation>
    </message>
    <message>
        <source>REF</source>
        <translation>REF</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>KIND</translation>
    </message>
    <message>
        <source>The plan version (default: the newest).</source>
        <translation>The plan version (default: the newest).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>For minutes: the meeting&apos;s date (default: the latest held).</source>
        <translation>For minutes: the meeting&apos;s date (default: the latest held).</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Who the copy is for, as recorded on the case (a letter is addressed to them).</source>
        <translation>Who the copy is for, as recorded on the case (a letter is addressed to them).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>The FILE to write (.pdf or .txt).</source>
        <translation>The FILE to write (.pdf or .txt).</translation>
    </message>
    <message>
        <source>Say which document with --document (%1) and where with --out FILE.</source>
        <translation>Say which document with --document (%1) and where with --out FILE.</translation>
    </message>
    <message>
        <source>Name the case with --case REF.</source>
        <translation>Name the case with --case REF.</translation>
    </message>
    <message>
        <source>Give the meeting&apos;s date as YYYY-MM-DD.</source>
        <translation>Give the meeting&apos;s date as YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>There is no case %1 in the database.</source>
        <translation>There is no case %1 in the database.</translation>
    </message>
    <message>
        <source>%1 (%2): %3, SHA-256 %4</source>
        <translation>%1 (%2): %3, SHA-256 %4</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %3, %n page(s), SHA-256 %4</source>
        <translation>
            <numerusform>%1 (%2): %3, %n page, SHA-256 %4</numerusform>
            <numerusform>%1 (%2): %3, %n pages, SHA-256 %4</numerusform>
        </translation>
    </message>
    <message>
        <source>The file %1 could not be written. Check that the folder exists, that you may write there and that the disk is not full.</source>
        <translation>The file %1 could not be written. Check that the folder exists, that you may write there and that the disk is not full.</translation>
    </message>
    <message>
        <source>No file name was given.</source>
        <translation>No file name was given.</translation>
    </message>
    <message>
        <source>%1 could not be written: it is not an ordinary file but a folder, a device or a pipe. Choose a file name in a folder.</source>
        <translation>%1 could not be written: it is not an ordinary file but a folder, a device or a pipe. Choose a file name in a folder.</translation>
    </message>
    <message>
        <source>%1 could not be written: the folder %2 does not exist. Choose another folder.</source>
        <translation>%1 could not be written: the folder %2 does not exist. Choose another folder.</translation>
    </message>
    <message>
        <source>Koordinera does not know who signs: give your name, title and unit in the window (Edit › Settings › You and your unit) before exporting documents.</source>
        <translation>Koordinera does not know who signs: give your name, title and unit in the window (Edit › Settings › You and your unit) before exporting documents.</translation>
    </message>
    <message>
        <source>Which document: plan, form (the blank meeting form), minutes, summary, letter (with the plan) or consent-form (for the patient to sign).</source>
        <translation>Which document: plan, form (the blank meeting form), minutes, summary, letter (with the plan) or consent-form (for the patient to sign).</translation>
    </message>
</context>
<context>
    <name>Family</name>
    <message>
        <source>Enter the child&apos;s given name.</source>
        <translation>Enter the child&apos;s given name.</translation>
    </message>
    <message>
        <source>Enter the child&apos;s date of birth.</source>
        <translation>Enter the child&apos;s date of birth.</translation>
    </message>
    <message>
        <source>The date of birth cannot be in the future.</source>
        <translation>The date of birth cannot be in the future.</translation>
    </message>
    <message>
        <source>The support is for parents of children under %1; check the date of birth.</source>
        <translation>The support is for parents of children under %1; check the date of birth.</translation>
    </message>
    <message>
        <source>Describe the impairment in at most %1 characters.</source>
        <translation>Describe the impairment in at most %1 characters.</translation>
    </message>
    <message>
        <source>The school or preschool may be at most %1 characters.</source>
        <translation>The school or preschool may be at most %1 characters.</translation>
    </message>
    <message>
        <source>A family has at most two parents in the support.</source>
        <translation>A family has at most two parents in the support.</translation>
    </message>
    <message>
        <source>Choose a rating from %1 to %2.</source>
        <translation>Choose a rating from %1 to %2.</translation>
    </message>
    <message>
        <source>Record how manageable it was at the start as well.</source>
        <translation>Record how manageable it was at the start as well.</translation>
    </message>
    <message>
        <source>Record the occupation at the start as well.</source>
        <translation>Record the occupation at the start as well.</translation>
    </message>
    <message>
        <source>This is already the family&apos;s first parent.</source>
        <translation>This is already the family&apos;s first parent.</translation>
    </message>
    <message>
        <source>This person is not a parent in the family.</source>
        <translation>This person is not a parent in the family.</translation>
    </message>
    <message>
        <source>Record how the network worked at the start as well.</source>
        <translation>Record how the network worked at the start as well.</translation>
    </message>
    <message>
        <source>Declined by the family</source>
        <translation>Declined by the family</translation>
    </message>
</context>
<context>
    <name>FamilyFollowUpSheet</name>
    <message>
        <source>Parent %1</source>
        <translation>Parent %1</translation>
    </message>
    <message>
        <source>sex</source>
        <translation>sex</translation>
    </message>
    <message>
        <source>age at the start</source>
        <translation>age at the start</translation>
    </message>
    <message>
        <source>sick-listed</source>
        <translation>sick-listed</translation>
    </message>
    <message>
        <source>occupation at the start</source>
        <translation>occupation at the start</translation>
    </message>
    <message>
        <source>occupation at the end</source>
        <translation>occupation at the end</translation>
    </message>
    <message>
        <source>manageable at the start (1–5)</source>
        <translation>manageable at the start (1–5)</translation>
    </message>
    <message>
        <source>manageable at the end (1–5)</source>
        <translation>manageable at the end (1–5)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Started (month)</source>
        <translation>Started (month)</translation>
    </message>
    <message>
        <source>Ended (month)</source>
        <translation>Ended (month)</translation>
    </message>
    <message>
        <source>Days in support</source>
        <translation>Days in support</translation>
    </message>
    <message>
        <source>Reason for closing</source>
        <translation>Reason for closing</translation>
    </message>
    <message>
        <source>Parents</source>
        <translation>Parents</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Children</translation>
    </message>
    <message>
        <source>Children %1</source>
        <translation>Children %1</translation>
    </message>
    <message>
        <source>Actors in the network</source>
        <translation>Actors in the network</translation>
    </message>
    <message>
        <source>The network works at the start</source>
        <translation>The network works at the start</translation>
    </message>
    <message>
        <source>The network works at the end</source>
        <translation>The network works at the end</translation>
    </message>
</context>
<context>
    <name>FamilyStatistics</name>
    <message>
        <source>0–5 years</source>
        <translation>0–5 years</translation>
    </message>
    <message>
        <source>6–12 years</source>
        <translation>6–12 years</translation>
    </message>
    <message>
        <source>13–17 years</source>
        <translation>13–17 years</translation>
    </message>
    <message>
        <source>Children by age</source>
        <translation>Children by age</translation>
    </message>
    <message>
        <source>The network: families with each kind</source>
        <translation>The network: families with each kind</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>not known</translation>
    </message>
    <message>
        <source>under 30</source>
        <translation>under 30</translation>
    </message>
    <message>
        <source>50 or older</source>
        <translation>50 or older</translation>
    </message>
</context>
<context>
    <name>FamilyStatisticsDocument</name>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Family support statistics %1</source>
        <translation>Family support statistics %1</translation>
    </message>
    <message>
        <source>Support to parents: follow-up</source>
        <translation>Support to parents: follow-up</translation>
    </message>
    <message>
        <source>Families in support</source>
        <translation>Families in support</translation>
    </message>
    <message>
        <source>Parents in support</source>
        <translation>Parents in support</translation>
    </message>
    <message>
        <source>Supports closed</source>
        <translation>Supports closed</translation>
    </message>
    <message>
        <source>Median days in support (closed)</source>
        <translation>Median days in support (closed)</translation>
    </message>
    <message>
        <source>Parents back in work or studies</source>
        <translation>Parents back in work or studies</translation>
    </message>
    <message>
        <source>Not in work or studies at the start (closed supports)</source>
        <translation>Not in work or studies at the start (closed supports)</translation>
    </message>
    <message>
        <source>– of whom in work or studies at the end</source>
        <translation>– of whom in work or studies at the end</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Children</translation>
    </message>
    <message>
        <source>Families</source>
        <translation>Families</translation>
    </message>
    <message>
        <source>Parents are counted by their legal sex; a parent whose sex is not known counts in the total only. A family is in support in the period when its support overlaps it; a declined support is not. Children are counted by their age on the period&apos;s last day. Back in work or studies counts the parents of the supports closed in the period who were neither working nor studying at the start.</source>
        <translation>Parents are counted by their legal sex; a parent whose sex is not known counts in the total only. A family is in support in the period when its support overlaps it; a declined support is not. Children are counted by their age on the period&apos;s last day. Back in work or studies counts the parents of the supports closed in the period who were neither working nor studying at the start.</translation>
    </message>
    <message>
        <source>So that no family can be recognised, counts from 1 to %1 are shown as &quot;&lt;%2&quot;. Where a sum would give such a count away, further counts are hidden too and shown as &quot;x&quot;; a median resting on %1 supports or fewer is shown as &quot;x&quot; as well.</source>
        <translation>So that no family can be recognised, counts from 1 to %1 are shown as &quot;&lt;%2&quot;. Where a sum would give such a count away, further counts are hidden too and shown as &quot;x&quot;; a median resting on %1 supports or fewer is shown as &quot;x&quot; as well.</translation>
    </message>
</context>
<context>
    <name>FormFields</name>
    <message numerus="yes">
        <source> day(s)</source>
        <translation>
            <numerusform> day</numerusform>
            <numerusform> days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>w. %1</source>
        <translation>w. %1</translation>
    </message>
    <message>
        <source>day %1 · %2 · %3</source>
        <translation>day %1 · %2 · %3</translation>
    </message>
    <message>
        <source>until further notice</source>
        <translation>until further notice</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>en_GB</source>
        <comment>the locale of month names in running text</comment>
        <translation>en_GB</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <source>Rehabilitation coordinator</source>
        <translation>Rehabilitation coordinator</translation>
    </message>
    <message>
        <source>Yes (X)</source>
        <translation>Yes (X)</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Party</translation>
    </message>
    <message>
        <source>Who, if known</source>
        <translation>Who, if known</translation>
    </message>
    <message>
        <source>Other:</source>
        <translation>Other:</translation>
    </message>
    <message>
        <source>Consent form</source>
        <translation>Consent form</translation>
    </message>
    <message>
        <source>Consent form for the patient to sign</source>
        <translation>Consent form for the patient to sign</translation>
    </message>
    <message>
        <source>Consent to coordination</source>
        <translation>Consent to coordination</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Letter with a 4 § impuls</source>
        <translation>Letter with a 4 § impuls</translation>
    </message>
    <message>
        <source>Letter with the 4 § impuls of %1</source>
        <translation>Letter with the 4 § impuls of %1</translation>
    </message>
    <message>
        <source>Impuls under 4 § of the act on coordination, %1, %2</source>
        <translation>Impuls under 4 § of the act on coordination, %1, %2</translation>
    </message>
    <message>
        <source>Sick leave</source>
        <translation>Sick leave</translation>
    </message>
    <message>
        <source>Consent to inform Försäkringskassan</source>
        <translation>Consent to inform Försäkringskassan</translation>
    </message>
    <message>
        <source>Given %1</source>
        <translation>Given %1</translation>
    </message>
    <message>
        <source>Not named</source>
        <translation>Not named</translation>
    </message>
</context>
<context>
    <name>FunctionCommand</name>
    <message>
        <source>“%1” could not be undone or redone, because the data has changed since. %2</source>
        <translation>“%1” could not be undone or redone, because the data has changed since. %2</translation>
    </message>
</context>
<context>
    <name>Headless</name>
    <message>
        <source>Creates a new sealed Koordinera database. The passphrase is read from the terminal (twice) or, when input is not a terminal, from the first line of standard input.</source>
        <translation>Creates a new sealed Koordinera database. The passphrase is read from the terminal (twice) or, when input is not a terminal, from the first line of standard input.</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>The command.</translation>
    </message>
    <message>
        <source>The new database FILE.</source>
        <translation>The new database FILE.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Fill it with the fictional demo cases (a practice database).</source>
        <translation>Fill it with the fictional demo cases (a practice database).</translation>
    </message>
    <message>
        <source>Name the new database with --db FILE.</source>
        <translation>Name the new database with --db FILE.</translation>
    </message>
    <message>
        <source>Passphrase for the new database: </source>
        <translation>Passphrase for the new database: </translation>
    </message>
    <message>
        <source>Repeat it: </source>
        <translation>Repeat it: </translation>
    </message>
    <message numerus="yes">
        <source>Created %1 with %n case(s).</source>
        <translation>
            <numerusform>Created %1 with %n case.</numerusform>
            <numerusform>Created %1 with %n cases.</numerusform>
        </translation>
    </message>
    <message>
        <source>The database FILE.</source>
        <translation>The database FILE.</translation>
    </message>
    <message>
        <source>Name the database with --db FILE.</source>
        <translation>Name the database with --db FILE.</translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>Passphrase: </translation>
    </message>
    <message>
        <source>The database is damaged inside (SQLite&apos;s integrity check failed).</source>
        <translation>The database is damaged inside (SQLite&apos;s integrity check failed).</translation>
    </message>
    <message>
        <source>The access log has been tampered with: entry %1 and those after it cannot be trusted.</source>
        <translation>The access log has been tampered with: entry %1 and those after it cannot be trusted.</translation>
    </message>
    <message numerus="yes">
        <source>The database is whole: %n case(s), and the access log is unbroken.</source>
        <translation>
            <numerusform>The database is whole: %n case, and the access log is unbroken.</numerusform>
            <numerusform>The database is whole: %n cases, and the access log is unbroken.</numerusform>
        </translation>
    </message>
    <message>
        <source>Writes a sealed backup of a Koordinera database to a folder and keeps the newest ones. The passphrase is read as for create.</source>
        <translation>Writes a sealed backup of a Koordinera database to a folder and keeps the newest ones. The passphrase is read as for create.</translation>
    </message>
    <message>
        <source>The backup FOLDER.</source>
        <translation>The backup FOLDER.</translation>
    </message>
    <message>
        <source>FOLDER</source>
        <translation>FOLDER</translation>
    </message>
    <message>
        <source>How many backups to keep (default 14).</source>
        <translation>How many backups to keep (default 14).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Name the database with --db FILE and the folder with --to FOLDER.</source>
        <translation>Name the database with --db FILE and the folder with --to FOLDER.</translation>
    </message>
    <message>
        <source>The database may only be read, so the backup is not recorded in its access log.</source>
        <translation>The database may only be read, so the backup is not recorded in its access log.</translation>
    </message>
    <message numerus="yes">
        <source>The last save was cut off (the program stopped or the power went while it was written). It is left out; everything saved before it is whole: %n case(s), and the access log is unbroken. Opening the database in Koordinera tidies the file.</source>
        <translation>
            <numerusform>The last save was cut off (the program stopped or the power went while it was written). It is left out; everything saved before it is whole: %n case, and the access log is unbroken. Opening the database in Koordinera tidies the file.</numerusform>
            <numerusform>The last save was cut off (the program stopped or the power went while it was written). It is left out; everything saved before it is whole: %n cases, and the access log is unbroken. Opening the database in Koordinera tidies the file.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checks a Koordinera database: that it opens, that SQLite finds it whole, that the access log&apos;s chain is unbroken, and that the file holds every save this computer made to it. It only reads: the file is never written. The passphrase is read as for create.</source>
        <translation>Checks a Koordinera database: that it opens, that SQLite finds it whole, that the access log&apos;s chain is unbroken, and that the file holds every save this computer made to it. It only reads: the file is never written. The passphrase is read as for create.</translation>
    </message>
    <message>
        <source>Nothing has been changed. Find the newer file, or open the database in Koordinera and accept it as it is (a newer backup can be restored after that).</source>
        <translation>Nothing has been changed. Find the newer file, or open the database in Koordinera and accept it as it is (a newer backup can be restored after that).</translation>
    </message>
    <message>
        <source>The work the database holds: rehab (rehabilitation coordination at a clinic, the default) or familj (a municipality&apos;s coordinator for parents of children with disabilities).</source>
        <translation>The work the database holds: rehab (rehabilitation coordination at a clinic, the default) or familj (a municipality&apos;s coordinator for parents of children with disabilities).</translation>
    </message>
    <message>
        <source>WORK</source>
        <translation>WORK</translation>
    </message>
    <message>
        <source>Choose the work with --profile rehab or --profile familj.</source>
        <translation>Choose the work with --profile rehab or --profile familj.</translation>
    </message>
    <message numerus="yes">
        <source>Created %1 with %n family/families.</source>
        <translation>
            <numerusform>Created %1 with %n family.</numerusform>
            <numerusform>Created %1 with %n families.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ICalendar</name>
    <message>
        <source>Video meeting</source>
        <translation>Video meeting</translation>
    </message>
</context>
<context>
    <name>IcdCode</name>
    <message>
        <source>Certain infectious and parasitic diseases</source>
        <translation>Certain infectious and parasitic diseases</translation>
    </message>
    <message>
        <source>Neoplasms</source>
        <translation>Neoplasms</translation>
    </message>
    <message>
        <source>Diseases of the blood and immune mechanism</source>
        <translation>Diseases of the blood and immune mechanism</translation>
    </message>
    <message>
        <source>Endocrine, nutritional and metabolic diseases</source>
        <translation>Endocrine, nutritional and metabolic diseases</translation>
    </message>
    <message>
        <source>Mental and behavioural disorders</source>
        <translation>Mental and behavioural disorders</translation>
    </message>
    <message>
        <source>Diseases of the nervous system</source>
        <translation>Diseases of the nervous system</translation>
    </message>
    <message>
        <source>Diseases of the eye and adnexa</source>
        <translation>Diseases of the eye and adnexa</translation>
    </message>
    <message>
        <source>Diseases of the ear and mastoid process</source>
        <translation>Diseases of the ear and mastoid process</translation>
    </message>
    <message>
        <source>Diseases of the circulatory system</source>
        <translation>Diseases of the circulatory system</translation>
    </message>
    <message>
        <source>Diseases of the respiratory system</source>
        <translation>Diseases of the respiratory system</translation>
    </message>
    <message>
        <source>Diseases of the digestive system</source>
        <translation>Diseases of the digestive system</translation>
    </message>
    <message>
        <source>Diseases of the skin and subcutaneous tissue</source>
        <translation>Diseases of the skin and subcutaneous tissue</translation>
    </message>
    <message>
        <source>Diseases of the musculoskeletal system and connective tissue</source>
        <translation>Diseases of the musculoskeletal system and connective tissue</translation>
    </message>
    <message>
        <source>Diseases of the genitourinary system</source>
        <translation>Diseases of the genitourinary system</translation>
    </message>
    <message>
        <source>Pregnancy, childbirth and the puerperium</source>
        <translation>Pregnancy, childbirth and the puerperium</translation>
    </message>
    <message>
        <source>Certain conditions originating in the perinatal period</source>
        <translation>Certain conditions originating in the perinatal period</translation>
    </message>
    <message>
        <source>Congenital malformations and chromosomal abnormalities</source>
        <translation>Congenital malformations and chromosomal abnormalities</translation>
    </message>
    <message>
        <source>Symptoms, signs and abnormal findings not elsewhere classified</source>
        <translation>Symptoms, signs and abnormal findings not elsewhere classified</translation>
    </message>
    <message>
        <source>Injury, poisoning and other consequences of external causes</source>
        <translation>Injury, poisoning and other consequences of external causes</translation>
    </message>
    <message>
        <source>Codes for special purposes</source>
        <translation>Codes for special purposes</translation>
    </message>
    <message>
        <source>External causes of morbidity and mortality</source>
        <translation>External causes of morbidity and mortality</translation>
    </message>
    <message>
        <source>Factors influencing health status and contact with health services</source>
        <translation>Factors influencing health status and contact with health services</translation>
    </message>
</context>
<context>
    <name>IdentityNumber</name>
    <message>
        <source>Enter an identity number.</source>
        <translation>Enter an identity number.</translation>
    </message>
    <message>
        <source>Write 10 or 12 digits, e.g. 19640823-3234 or 640823-3234.</source>
        <translation>Write 10 or 12 digits, e.g. 19640823-3234 or 640823-3234.</translation>
    </message>
    <message>
        <source>The date in the number does not exist.</source>
        <translation>The date in the number does not exist.</translation>
    </message>
    <message>
        <source>The birth date lies in the future.</source>
        <translation>The birth date lies in the future.</translation>
    </message>
    <message>
        <source>The check digit is wrong; a digit may have been mistyped.</source>
        <translation>The check digit is wrong; a digit may have been mistyped.</translation>
    </message>
    <message>
        <source>The century must be 18, 19 or 20 (the first two of twelve digits).</source>
        <translation>The century must be 18, 19 or 20 (the first two of twelve digits).</translation>
    </message>
    <message>
        <source>The birth number (the three digits after the date) cannot be 000.</source>
        <translation>The birth number (the three digits after the date) cannot be 000.</translation>
    </message>
    <message>
        <source>&apos;+&apos; is written only from the year the person turns 100; with twelve digits, write &apos;-&apos;.</source>
        <translation>&apos;+&apos; is written only from the year the person turns 100; with twelve digits, write &apos;-&apos;.</translation>
    </message>
</context>
<context>
    <name>Invitation</name>
    <message>
        <source>Invitation</source>
        <translation>Invitation</translation>
    </message>
    <message>
        <source>Invitations, %1 %2</source>
        <translation>Invitations, %1 %2</translation>
    </message>
    <message>
        <source>Invitation: %1</source>
        <translation>Invitation: %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Video link</source>
        <translation>Video link</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Who comes</source>
        <translation>Who comes</translation>
    </message>
    <message>
        <source>Please bring</source>
        <translation>Please bring</translation>
    </message>
    <message>
        <source>%1 at %2 (%3)</source>
        <translation>%1 at %2 (%3)</translation>
    </message>
</context>
<context>
    <name>LockFile</name>
    <message>
        <source>The database is open for %1 on the computer %2 since %3. Only one can work in it at a time.</source>
        <translation>The database is open for %1 on the computer %2 since %3. Only one can work in it at a time.</translation>
    </message>
    <message>
        <source>The folder of the database cannot be written to (or the disk is full), so the database cannot be locked for you.</source>
        <translation>The folder of the database cannot be written to (or the disk is full), so the database cannot be locked for you.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Koordinera</source>
        <translation>Koordinera</translation>
    </message>
</context>
<context>
    <name>MeetingRules</name>
    <message>
        <source>Enter the date and time of the meeting.</source>
        <translation>Enter the date and time of the meeting.</translation>
    </message>
    <message>
        <source>A meeting lasts between 1 minute and 8 hours.</source>
        <translation>A meeting lasts between 1 minute and 8 hours.</translation>
    </message>
    <message>
        <source>Enter where the meeting is held, or that it is by video.</source>
        <translation>Enter where the meeting is held, or that it is by video.</translation>
    </message>
    <message>
        <source>Every participant needs a name.</source>
        <translation>Every participant needs a name.</translation>
    </message>
    <message>
        <source>Write down what was agreed.</source>
        <translation>Write down what was agreed.</translation>
    </message>
    <message>
        <source>Book the next meeting, or say why no follow-up is needed.</source>
        <translation>Book the next meeting, or say why no follow-up is needed.</translation>
    </message>
    <message>
        <source>Enter the date of the impuls.</source>
        <translation>Enter the date of the impuls.</translation>
    </message>
    <message>
        <source>An impuls needs the patient&apos;s consent to informing Försäkringskassan (4 §). Record that consent first.</source>
        <translation>An impuls needs the patient&apos;s consent to informing Försäkringskassan (4 §). Record that consent first.</translation>
    </message>
    <message>
        <source>The 4 § consent is not valid on the day of the impuls.</source>
        <translation>The 4 § consent is not valid on the day of the impuls.</translation>
    </message>
    <message>
        <source>Enter who at Försäkringskassan received it.</source>
        <translation>Enter who at Försäkringskassan received it.</translation>
    </message>
    <message>
        <source>The patient is met before the meeting, not after.</source>
        <translation>The patient is met before the meeting, not after.</translation>
    </message>
    <message>
        <source>The medical assessment is made before the meeting.</source>
        <translation>The medical assessment is made before the meeting.</translation>
    </message>
    <message>
        <source>%1 is invited without the patient&apos;s consent to sharing with them: record the consent first, or say why they are invited anyway.</source>
        <translation>%1 is invited without the patient&apos;s consent to sharing with them: record the consent first, or say why they are invited anyway.</translation>
    </message>
</context>
<context>
    <name>PassphrasePolicy</name>
    <message>
        <source>Too short: at least %1 characters.</source>
        <translation>Too short: at least %1 characters.</translation>
    </message>
    <message>
        <source>Weak. Several words in a row are easier to remember and harder to guess.</source>
        <translation>Weak. Several words in a row are easier to remember and harder to guess.</translation>
    </message>
    <message>
        <source>Fair. A few more words make it strong.</source>
        <translation>Fair. A few more words make it strong.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Strong.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <source>Sick-listed %1 % since %2</source>
        <translation>Sick-listed %1 % since %2</translation>
    </message>
    <message>
        <source> (day %1 of the sick leave)</source>
        <translation> (day %1 of the sick leave)</translation>
    </message>
    <message>
        <source>, certified until %1</source>
        <translation>, certified until %1</translation>
    </message>
    <message>
        <source>Occupation: %1</source>
        <translation>Occupation: %1</translation>
    </message>
    <message>
        <source>The patient</source>
        <translation>The patient</translation>
    </message>
    <message>
        <source>There is no draft to adopt: the plan is adopted as it stands.</source>
        <translation>There is no draft to adopt: the plan is adopted as it stands.</translation>
    </message>
    <message>
        <source>The parents</source>
        <translation>The parents</translation>
    </message>
</context>
<context>
    <name>PlanPanel</name>
    <message>
        <source>The plan has been changed since.</source>
        <translation>The plan has been changed since.</translation>
    </message>
</context>
<context>
    <name>PlanRules</name>
    <message>
        <source>Background and current situation</source>
        <translation>Background and current situation</translation>
    </message>
    <message>
        <source>The patient&apos;s goal</source>
        <translation>The patient&apos;s goal</translation>
    </message>
    <message>
        <source>Shared goal</source>
        <translation>Shared goal</translation>
    </message>
    <message>
        <source>Overall responsibility</source>
        <translation>Overall responsibility</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Next follow-up</translation>
    </message>
    <message>
        <source>Copies to</source>
        <translation>Copies to</translation>
    </message>
    <message>
        <source>Approved by the patient</source>
        <translation>Approved by the patient</translation>
    </message>
    <message>
        <source>Describe the action.</source>
        <translation>Describe the action.</translation>
    </message>
    <message>
        <source>Choose the party responsible for the action.</source>
        <translation>Choose the party responsible for the action.</translation>
    </message>
    <message>
        <source>The action cannot end before it starts.</source>
        <translation>The action cannot end before it starts.</translation>
    </message>
    <message>
        <source>Say why the action was cancelled.</source>
        <translation>Say why the action was cancelled.</translation>
    </message>
    <message>
        <source>Add at least one action before adopting the plan.</source>
        <translation>Add at least one action before adopting the plan.</translation>
    </message>
    <message>
        <source>Name who has the overall responsibility for the plan.</source>
        <translation>Name who has the overall responsibility for the plan.</translation>
    </message>
    <message>
        <source>Book the next follow-up before adopting the plan.</source>
        <translation>Book the next follow-up before adopting the plan.</translation>
    </message>
    <message>
        <source>The patient</source>
        <translation>The patient</translation>
    </message>
    <message>
        <source>The care unit</source>
        <translation>The care unit</translation>
    </message>
    <message>
        <source>Unknown party</source>
        <translation>Unknown party</translation>
    </message>
    <message>
        <source>The coordinator</source>
        <translation>The coordinator</translation>
    </message>
    <message>
        <source>The parents</source>
        <translation>The parents</translation>
    </message>
</context>
<context>
    <name>ProgressRunner</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Region</name>
    <message>
        <source>Give at least one unit report.</source>
        <translation>Give at least one unit report.</translation>
    </message>
    <message>
        <source>%1 (%2) is there twice for %3: give each unit&apos;s report for a period once.</source>
        <translation>%1 (%2) is there twice for %3: give each unit&apos;s report for a period once.</translation>
    </message>
    <message>
        <source>The periods %1 and %2 overlap: every unit must report the same periods.</source>
        <translation>The periods %1 and %2 overlap: every unit must report the same periods.</translation>
    </message>
    <message>
        <source>%1 (%2) has no report for %3, which the other units have: every unit must report the same periods.</source>
        <translation>%1 (%2) has no report for %3, which the other units have: every unit must report the same periods.</translation>
    </message>
    <message>
        <source>Puts the units&apos; reports (.kstat) together for the county: per unit and in total, women, men and total, small numbers hidden after summing. Every unit must report the same periods. The passphrase agreed with the process support is read from standard input.</source>
        <translation>Puts the units&apos; reports (.kstat) together for the county: per unit and in total, women, men and total, small numbers hidden after summing. Every unit must report the same periods. The passphrase agreed with the process support is read from standard input.</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>The command.</translation>
    </message>
    <message>
        <source>More unit reports (.kstat).</source>
        <translation>More unit reports (.kstat).</translation>
    </message>
    <message>
        <source>A unit report (.kstat); give it once per file.</source>
        <translation>A unit report (.kstat); give it once per file.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Twenty fictional units, each reporting this year&apos;s quarters.</source>
        <translation>Twenty fictional units, each reporting this year&apos;s quarters.</translation>
    </message>
    <message>
        <source>The FILE to write: .pdf, .xlsx or .csv.</source>
        <translation>The FILE to write: .pdf, .xlsx or .csv.</translation>
    </message>
    <message>
        <source>Say where to write with --out FILE.</source>
        <translation>Say where to write with --out FILE.</translation>
    </message>
    <message>
        <source>Give the units&apos; reports with --in FILE.kstat, or --demo.</source>
        <translation>Give the units&apos; reports with --in FILE.kstat, or --demo.</translation>
    </message>
    <message>
        <source>Passphrase agreed with the process support: </source>
        <translation>Passphrase agreed with the process support: </translation>
    </message>
    <message numerus="yes">
        <source>Regional report %1 – %2, %n unit(s): %3</source>
        <translation>
            <numerusform>Regional report %1 – %2, %n unit: %3</numerusform>
            <numerusform>Regional report %1 – %2, %n units: %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegionDocument</name>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>The county</source>
        <translation>The county</translation>
    </message>
    <message>
        <source>Active cases per unit</source>
        <translation>Active cases per unit</translation>
    </message>
    <message>
        <source>New cases per unit</source>
        <translation>New cases per unit</translation>
    </message>
    <message>
        <source>Closed cases per unit</source>
        <translation>Closed cases per unit</translation>
    </message>
    <message>
        <source>Active cases with an adopted joint plan per unit</source>
        <translation>Active cases with an adopted joint plan per unit</translation>
    </message>
    <message>
        <source>4 § impulser per unit</source>
        <translation>4 § impulser per unit</translation>
    </message>
    <message>
        <source>Regional report %1</source>
        <translation>Regional report %1</translation>
    </message>
    <message>
        <source>Coordination in the county</source>
        <translation>Coordination in the county</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n unit(s) · women, men and total</source>
        <translation>
            <numerusform>%1 · %n unit · women, men and total</numerusform>
            <numerusform>%1 · %n units · women, men and total</numerusform>
        </translation>
    </message>
    <message>
        <source>Active cases in the county, period by period</source>
        <translation>Active cases in the county, period by period</translation>
    </message>
    <message>
        <source>The county&apos;s measures, all units summed</source>
        <translation>The county&apos;s measures, all units summed</translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <source>Write down the decision the purge rests on (e.g. the decision&apos;s number and date).</source>
        <translation>Write down the decision the purge rests on (e.g. the decision&apos;s number and date).</translation>
    </message>
</context>
<context>
    <name>SealedEnvelope</name>
    <message>
        <source>The file is damaged or has been changed.</source>
        <translation>The file is damaged or has been changed.</translation>
    </message>
    <message>
        <source>There is not enough memory to open the file.</source>
        <translation>There is not enough memory to open the file.</translation>
    </message>
    <message>
        <source>The passphrase is not the one the file was sealed with.</source>
        <translation>The passphrase is not the one the file was sealed with.</translation>
    </message>
</context>
<context>
    <name>SealedStore</name>
    <message>
        <source>The file is not a Koordinera database.</source>
        <translation>The file is not a Koordinera database.</translation>
    </message>
    <message>
        <source>The file was written by a newer version of Koordinera. Update Koordinera to open it. The file has not been changed.</source>
        <translation>The file was written by a newer version of Koordinera. Update Koordinera to open it. The file has not been changed.</translation>
    </message>
    <message>
        <source>Wrong passphrase.</source>
        <translation>Wrong passphrase.</translation>
    </message>
    <message>
        <source>The file is cut short: it ends before the database in it does. Restore it from a backup. The file has not been changed.</source>
        <translation>The file is cut short: it ends before the database in it does. Restore it from a backup. The file has not been changed.</translation>
    </message>
    <message>
        <source>The file&apos;s saved changes belong to another copy of the database, so they cannot be trusted. Restore it from a backup. The file has not been changed.</source>
        <translation>The file&apos;s saved changes belong to another copy of the database, so they cannot be trusted. Restore it from a backup. The file has not been changed.</translation>
    </message>
    <message>
        <source>The change could not be written to disk (is the disk full, or the folder read-only or gone?). It was not saved; everything saved before is intact.</source>
        <translation>The change could not be written to disk (is the disk full, or the folder read-only or gone?). It was not saved; everything saved before is intact.</translation>
    </message>
    <message>
        <source>The file is damaged or has been altered: its content does not match its seal. Restore it from a backup. The file has not been changed.</source>
        <translation>The file is damaged or has been altered: its content does not match its seal. Restore it from a backup. The file has not been changed.</translation>
    </message>
    <message>
        <source>The encryption library could not start.</source>
        <translation>The encryption library could not start.</translation>
    </message>
    <message>
        <source>There is not enough memory to unlock the database.</source>
        <translation>There is not enough memory to unlock the database.</translation>
    </message>
    <message>
        <source>A file with that name already exists.</source>
        <translation>A file with that name already exists.</translation>
    </message>
    <message>
        <source>The database file could not be read. Check that you may read it.</source>
        <translation>The database file could not be read. Check that you may read it.</translation>
    </message>
    <message>
        <source>The database file does not exist.</source>
        <translation>The database file does not exist.</translation>
    </message>
</context>
<context>
    <name>Server</name>
    <message>
        <source>The server refused the change: it breaks a rule of the database.</source>
        <translation>The server refused the change: it breaks a rule of the database.</translation>
    </message>
    <message>
        <source>You do not have the right to do that on the server. Ask the region&apos;s administrator.</source>
        <translation>You do not have the right to do that on the server. Ask the region&apos;s administrator.</translation>
    </message>
    <message>
        <source>The server could not carry out the request.</source>
        <translation>The server could not carry out the request.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate cannot be checked: the connection needs the region&apos;s CA certificate.</source>
        <translation>The server&apos;s certificate cannot be checked: the connection needs the region&apos;s CA certificate.</translation>
    </message>
    <message>
        <source>Could not connect to the server %1. Check the address, your user name and password, and that the server&apos;s certificate is the region&apos;s.</source>
        <translation>Could not connect to the server %1. Check the address, your user name and password, and that the server&apos;s certificate is the region&apos;s.</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>The command.</translation>
    </message>
    <message>
        <source>The server&apos;s name, as its certificate has it.</source>
        <translation>The server&apos;s name, as its certificate has it.</translation>
    </message>
    <message>
        <source>HOST</source>
        <translation>HOST</translation>
    </message>
    <message>
        <source>The server&apos;s port (5432 if not given).</source>
        <translation>The server&apos;s port (5432 if not given).</translation>
    </message>
    <message>
        <source>PORT</source>
        <translation>PORT</translation>
    </message>
    <message>
        <source>Koordinera&apos;s database on the server.</source>
        <translation>Koordinera&apos;s database on the server.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>The role that owns the database.</source>
        <translation>The role that owns the database.</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLE</translation>
    </message>
    <message>
        <source>The certificate of the authority that signed the server&apos;s certificate.</source>
        <translation>The certificate of the authority that signed the server&apos;s certificate.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Give the server with --host, --database and --user (and --port if not 5432).</source>
        <translation>Give the server with --host, --database and --user (and --port if not 5432).</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Password for %1: </translation>
    </message>
    <message>
        <source>Koordinera&apos;s database on %1 was already at version %2.</source>
        <translation>Koordinera&apos;s database on %1 was already at version %2.</translation>
    </message>
    <message>
        <source>Koordinera&apos;s database on %1 is at version %2.</source>
        <translation>Koordinera&apos;s database on %1 is at version %2.</translation>
    </message>
    <message>
        <source>Passphrase for %1: </source>
        <translation>Passphrase for %1: </translation>
    </message>
    <message>
        <source>%1 has already been moved into the unit %2: nothing was done.</source>
        <translation>%1 has already been moved into the unit %2: nothing was done.</translation>
    </message>
    <message>
        <source>For the region&apos;s administrator, signed in as the role that owns Koordinera&apos;s database on the region&apos;s PostgreSQL server. prepare: makes the schema, or brings it to this version. import: moves a unit&apos;s sealed file (--db) into its unit (--unit), all or nothing; running it again does nothing. The password (and for import first the file&apos;s passphrase) is read from standard input.</source>
        <translation>For the region&apos;s administrator, signed in as the role that owns Koordinera&apos;s database on the region&apos;s PostgreSQL server. prepare: makes the schema, or brings it to this version. import: moves a unit&apos;s sealed file (--db) into its unit (--unit), all or nothing; running it again does nothing. The password (and for import first the file&apos;s passphrase) is read from standard input.</translation>
    </message>
    <message>
        <source>What to do: prepare or import.</source>
        <translation>What to do: prepare or import.</translation>
    </message>
    <message>
        <source>The server and database in one: HOST[:PORT]/DATABASE.</source>
        <translation>The server and database in one: HOST[:PORT]/DATABASE.</translation>
    </message>
    <message>
        <source>SERVER</source>
        <translation>SERVER</translation>
    </message>
    <message>
        <source>import: the unit&apos;s database FILE.</source>
        <translation>import: the unit&apos;s database FILE.</translation>
    </message>
    <message>
        <source>import: the CODE of the unit to move it into.</source>
        <translation>import: the CODE of the unit to move it into.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Say what to do: koordinera server prepare, or koordinera server import.</source>
        <translation>Say what to do: koordinera server prepare, or koordinera server import.</translation>
    </message>
    <message>
        <source>Give --server as HOST[:PORT]/DATABASE.</source>
        <translation>Give --server as HOST[:PORT]/DATABASE.</translation>
    </message>
    <message>
        <source>Name the file with --db FILE and its unit with --unit CODE.</source>
        <translation>Name the file with --db FILE and its unit with --unit CODE.</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n case(s) from %1 into the unit %2 on %3. Patients: %4. Entries of the access log: %5.</source>
        <translation>
            <numerusform>Moved %n case from %1 into the unit %2 on %3. Patients: %4. Entries of the access log: %5.</numerusform>
            <numerusform>Moved %n cases from %1 into the unit %2 on %3. Patients: %4. Entries of the access log: %5.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServerImport</name>
    <message>
        <source>The file refers to a record it does not hold (%1.%2 = %3). Nothing was moved; check the file with Arkiv › Kontrollera databasen.</source>
        <translation>The file refers to a record it does not hold (%1.%2 = %3). Nothing was moved; check the file with Arkiv › Kontrollera databasen.</translation>
    </message>
    <message>
        <source>The access log could not be moved.</source>
        <translation>The access log could not be moved.</translation>
    </message>
    <message>
        <source>Moving a unit in is done signed in as the role that owns Koordinera&apos;s database on the server (the region&apos;s administrator).</source>
        <translation>Moving a unit in is done signed in as the role that owns Koordinera&apos;s database on the server (the region&apos;s administrator).</translation>
    </message>
    <message>
        <source>Koordinera&apos;s database on the server is not at this version of Koordinera. Prepare it first (koordinera server prepare).</source>
        <translation>Koordinera&apos;s database on the server is not at this version of Koordinera. Prepare it first (koordinera server prepare).</translation>
    </message>
    <message>
        <source>The file is from another version of Koordinera. Open it once in this version, then move it.</source>
        <translation>The file is from another version of Koordinera. Open it once in this version, then move it.</translation>
    </message>
    <message>
        <source>The file&apos;s access log has been tampered with from entry %1 on. A file whose log cannot be trusted is not moved; nothing was changed on the server.</source>
        <translation>The file&apos;s access log has been tampered with from entry %1 on. A file whose log cannot be trusted is not moved; nothing was changed on the server.</translation>
    </message>
    <message>
        <source>The file is damaged inside (SQLite&apos;s integrity check failed). Nothing was changed on the server.</source>
        <translation>The file is damaged inside (SQLite&apos;s integrity check failed). Nothing was changed on the server.</translation>
    </message>
    <message>
        <source>The server has no unit %1. Make it first (INSERT INTO units …, see README), then move the file into it.</source>
        <translation>The server has no unit %1. Make it first (INSERT INTO units …, see README), then move the file into it.</translation>
    </message>
    <message>
        <source>The unit %1 does other work than the file (%2, the file %3). Move the file into a unit made for its work.</source>
        <translation>The unit %1 does other work than the file (%2, the file %3). Move the file into a unit made for its work.</translation>
    </message>
    <message>
        <source>A file has already been moved into the unit %1, and it is not this one as it is now. Nothing was changed.</source>
        <translation>A file has already been moved into the unit %1, and it is not this one as it is now. Nothing was changed.</translation>
    </message>
    <message>
        <source>The unit %1 already has records of its own on the server. A file is moved only into a unit that has none; nothing was changed.</source>
        <translation>The unit %1 already has records of its own on the server. A file is moved only into a unit that has none; nothing was changed.</translation>
    </message>
    <message>
        <source>This file has already been moved into the unit %1. A unit&apos;s file is moved once, into its own unit; nothing was changed.</source>
        <translation>This file has already been moved into the unit %1. A unit&apos;s file is moved once, into its own unit; nothing was changed.</translation>
    </message>
    <message>
        <source>The move stopped half-way, and nothing of it was kept on the server: %1</source>
        <translation>The move stopped half-way, and nothing of it was kept on the server: %1</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>“%1” is not a day between 1 and 3650.</source>
        <translation>“%1” is not a day between 1 and 3650.</translation>
    </message>
    <message>
        <source>Give at least one day, e.g. 30, 90, 180, 365.</source>
        <translation>Give at least one day, e.g. 30, 90, 180, 365.</translation>
    </message>
</context>
<context>
    <name>SickLeaveList</name>
    <message>
        <source>The file is not a sick-leave list from Rehabstöd: no column is headed &quot;Personnummer&quot; and &quot;Startdatum&quot;.</source>
        <translation>The file is not a sick-leave list from Rehabstöd: no column is headed &quot;Personnummer&quot; and &quot;Startdatum&quot;.</translation>
    </message>
    <message>
        <source>The identity number &quot;%1&quot; cannot be used: %2</source>
        <translation>The identity number &quot;%1&quot; cannot be used: %2</translation>
    </message>
    <message>
        <source>The start date &quot;%1&quot; is not a date up to today.</source>
        <translation>The start date &quot;%1&quot; is not a date up to today.</translation>
    </message>
    <message>
        <source>The same patient is already on line %1.</source>
        <translation>The same patient is already on line %1.</translation>
    </message>
</context>
<context>
    <name>SickList</name>
    <message>
        <source>Say why no coordination is offered now.</source>
        <translation>Say why no coordination is offered now.</translation>
    </message>
    <message>
        <source>The patient is no longer on the list.</source>
        <translation>The patient is no longer on the list.</translation>
    </message>
    <message>
        <source>Dry run: nothing was stored.</source>
        <translation>Dry run: nothing was stored.</translation>
    </message>
    <message>
        <source>The sick-leave list was imported.</source>
        <translation>The sick-leave list was imported.</translation>
    </message>
    <message>
        <source>Patients read: %1</source>
        <translation>Patients read: %1</translation>
    </message>
    <message>
        <source>With a case in coordination: %1</source>
        <translation>With a case in coordination: %1</translation>
    </message>
    <message>
        <source>Periods added to cases: %1</source>
        <translation>Periods added to cases: %1</translation>
    </message>
    <message>
        <source>Differences to check in the case (not changed): %1</source>
        <translation>Differences to check in the case (not changed): %1</translation>
    </message>
    <message>
        <source>the list says %1 from %2 to %3</source>
        <translation>the list says %1 from %2 to %3</translation>
    </message>
    <message>
        <source>Not in coordination, new on the list: %1</source>
        <translation>Not in coordination, new on the list: %1</translation>
    </message>
    <message>
        <source>Not in coordination, on the list before: %1</source>
        <translation>Not in coordination, on the list before: %1</translation>
    </message>
    <message>
        <source>Left the list with a decision made, removed: %1</source>
        <translation>Left the list with a decision made, removed: %1</translation>
    </message>
    <message>
        <source>Rows refused: %1</source>
        <translation>Rows refused: %1</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>row %1: %2</translation>
    </message>
    <message>
        <source>Imports the unit&apos;s sick-leave list, as Rehabstöd exports it (Excel or CSV): periods of cases in coordination are brought up to the list, and sick-listed patients not in coordination go on the list of those to consider. Every patient read is recorded in the access log. Needs no display.</source>
        <translation>Imports the unit&apos;s sick-leave list, as Rehabstöd exports it (Excel or CSV): periods of cases in coordination are brought up to the list, and sick-listed patients not in coordination go on the list of those to consider. Every patient read is recorded in the access log. Needs no display.</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>The command.</translation>
    </message>
    <message>
        <source>What to do: import.</source>
        <translation>What to do: import.</translation>
    </message>
    <message>
        <source>The database FILE.</source>
        <translation>The database FILE.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>The list: an .xlsx or .csv file.</source>
        <translation>The list: an .xlsx or .csv file.</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LIST</translation>
    </message>
    <message>
        <source>The day the list was taken, YYYY-MM-DD (default: today).</source>
        <translation>The day the list was taken, YYYY-MM-DD (default: today).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>Show what would be done; store nothing.</source>
        <translation>Show what would be done; store nothing.</translation>
    </message>
    <message>
        <source>Say what to do: koordinera sick-list import --db FILE --file LIST.</source>
        <translation>Say what to do: koordinera sick-list import --db FILE --file LIST.</translation>
    </message>
    <message>
        <source>Give the database with --db FILE and the list with --file LIST.</source>
        <translation>Give the database with --db FILE and the list with --file LIST.</translation>
    </message>
    <message>
        <source>%1 is not a date: write it as YYYY-MM-DD.</source>
        <translation>%1 is not a date: write it as YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>%1 recorded a decision about this patient at %2, after the list was shown. Their decision is kept.</source>
        <translation>%1 recorded a decision about this patient at %2, after the list was shown. Their decision is kept.</translation>
    </message>
</context>
<context>
    <name>SickListFile</name>
    <message>
        <source>%1 is too large to be the unit&apos;s sick-leave list.</source>
        <translation>%1 is too large to be the unit&apos;s sick-leave list.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
</context>
<context>
    <name>Spreadsheet</name>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>The FILE to write.</source>
        <translation>The FILE to write.</translation>
    </message>
    <message>
        <source>Say where to write with --out FILE.</source>
        <translation>Say where to write with --out FILE.</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>The command.</translation>
    </message>
    <message>
        <source>PERIOD</source>
        <translation>PERIOD</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, %n page(s)</source>
        <translation>
            <numerusform>%1: %2, %n page</numerusform>
            <numerusform>%1: %2, %n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>Statistics %1 – %2: %3</source>
        <translation>Statistics %1 – %2: %3</translation>
    </message>
    <message>
        <source>Writes the case list as CSV for Excel or as an Excel workbook (by the file name&apos;s ending). It holds patient data: every case exported is recorded in the access log. Needs no display.</source>
        <translation>Writes the case list as CSV for Excel or as an Excel workbook (by the file name&apos;s ending). It holds patient data: every case exported is recorded in the access log. Needs no display.</translation>
    </message>
    <message>
        <source>The columns, in order, separated by commas: status, identity, name, age, sex, diagnosis, occupation, start, end, length, degree, day, checkpoint, case (default: all).</source>
        <translation>The columns, in order, separated by commas: status, identity, name, age, sex, diagnosis, occupation, start, end, length, degree, day, checkpoint, case (default: all).</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LIST</translation>
    </message>
    <message>
        <source>Include closed and declined cases.</source>
        <translation>Include closed and declined cases.</translation>
    </message>
    <message>
        <source>Name the columns with --columns, e.g. --columns name,identity,start.</source>
        <translation>Name the columns with --columns, e.g. --columns name,identity,start.</translation>
    </message>
    <message numerus="yes">
        <source>The case list, %n case(s): %1</source>
        <translation>
            <numerusform>The case list, %n case: %1</numerusform>
            <numerusform>The case list, %n cases: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>A unit report names the unit: give its code with --unit-code CODE.</source>
        <translation>A unit report names the unit: give its code with --unit-code CODE.</translation>
    </message>
    <message>
        <source>Passphrase agreed with the process support: </source>
        <translation>Passphrase agreed with the process support: </translation>
    </message>
    <message>
        <source>Repeat it: </source>
        <translation>Repeat it: </translation>
    </message>
    <message>
        <source>Unit report %1 – %2 for %3: %4</source>
        <translation>Unit report %1 – %2 for %3: %4</translation>
    </message>
    <message>
        <source>The period: 2026, 2026-H1, 2026-Q3, 2026-07 or 2026-01-01..2026-06-30 (default: this year so far).</source>
        <translation>The period: 2026, 2026-H1, 2026-Q3, 2026-07 or 2026-01-01..2026-06-30 (default: this year so far).</translation>
    </message>
    <message>
        <source>The unit&apos;s code (e.g. its HSA-id), needed for a unit report (--out FILE.kstat).</source>
        <translation>The unit&apos;s code (e.g. its HSA-id), needed for a unit report (--out FILE.kstat).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Give the period as 2026, 2026-H1, 2026-Q3, 2026-07 or 2026-01-01..2026-06-30.</source>
        <translation>Give the period as 2026, 2026-H1, 2026-Q3, 2026-07 or 2026-01-01..2026-06-30.</translation>
    </message>
    <message>
        <source>A unit report holds a clinic&apos;s coordination; this database holds support to parents. Write its follow-up with --out FILE.xlsx or FILE.csv instead.</source>
        <translation>A unit report holds a clinic&apos;s coordination; this database holds support to parents. Write its follow-up with --out FILE.xlsx or FILE.csv instead.</translation>
    </message>
    <message numerus="yes">
        <source>Follow-up %1 – %2, %n closed support(s): %3</source>
        <translation>
            <numerusform>Follow-up %1 – %2, %n closed support: %3</numerusform>
            <numerusform>Follow-up %1 – %2, %n closed supports: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Writes the unit&apos;s coordination statistics for a period, split by women and men, as a PDF report, CSV for Excel or an Excel workbook (by the file name&apos;s ending). Counts from 1 to the threshold in the settings are shown as &quot;&lt;5&quot;. With --out FILE.kstat it writes instead the unit report for the process support: raw counts, sealed with a passphrase read from standard input. For a database of support to parents: the follow-up report as PDF, or the supports closed in the period, one row each without names, as CSV or Excel. Needs no display.</source>
        <translation>Writes the unit&apos;s coordination statistics for a period, split by women and men, as a PDF report, CSV for Excel or an Excel workbook (by the file name&apos;s ending). Counts from 1 to the threshold in the settings are shown as &quot;&lt;5&quot;. With --out FILE.kstat it writes instead the unit report for the process support: raw counts, sealed with a passphrase read from standard input. For a database of support to parents: the follow-up report as PDF, or the supports closed in the period, one row each without names, as CSV or Excel. Needs no display.</translation>
    </message>
</context>
<context>
    <name>SpreadsheetFile</name>
    <message>
        <source>The file has no row with the expected column headings (for example Personnummer).</source>
        <translation>The file has no row with the expected column headings (for example Personnummer).</translation>
    </message>
</context>
<context>
    <name>SpreadsheetFileDialog</name>
    <message>
        <source>Excel workbook (*.xlsx);;CSV for Excel (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV for Excel (*.csv)</translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message>
        <source>0–14 days</source>
        <translation>0–14 days</translation>
    </message>
    <message>
        <source>15–30 days</source>
        <translation>15–30 days</translation>
    </message>
    <message>
        <source>31–90 days</source>
        <translation>31–90 days</translation>
    </message>
    <message>
        <source>91–180 days</source>
        <translation>91–180 days</translation>
    </message>
    <message>
        <source>181–365 days</source>
        <translation>181–365 days</translation>
    </message>
    <message>
        <source>1–2 years</source>
        <translation>1–2 years</translation>
    </message>
    <message>
        <source>over 2 years</source>
        <translation>over 2 years</translation>
    </message>
    <message>
        <source>not sick-listed</source>
        <translation>not sick-listed</translation>
    </message>
    <message>
        <source>under 30</source>
        <translation>under 30</translation>
    </message>
    <message>
        <source>30–39</source>
        <translation>30–39</translation>
    </message>
    <message>
        <source>40–49</source>
        <translation>40–49</translation>
    </message>
    <message>
        <source>50–59</source>
        <translation>50–59</translation>
    </message>
    <message>
        <source>60 and older</source>
        <translation>60 and older</translation>
    </message>
    <message>
        <source>age unknown</source>
        <translation>age unknown</translation>
    </message>
    <message>
        <source>Closed cases by outcome</source>
        <translation>Closed cases by outcome</translation>
    </message>
    <message>
        <source>Length of the sick leave</source>
        <translation>Length of the sick leave</translation>
    </message>
    <message>
        <source>Degree of sick leave</source>
        <translation>Degree of sick leave</translation>
    </message>
    <message>
        <source>Main diagnosis by ICD-10 chapter</source>
        <translation>Main diagnosis by ICD-10 chapter</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>Status at the end of the period</source>
        <translation>Status at the end of the period</translation>
    </message>
    <message>
        <source>Reached in the rehabilitation chain</source>
        <translation>Reached in the rehabilitation chain</translation>
    </message>
    <message>
        <source>day 90</source>
        <translation>day 90</translation>
    </message>
    <message>
        <source>day 180</source>
        <translation>day 180</translation>
    </message>
    <message>
        <source>day 365</source>
        <translation>day 365</translation>
    </message>
    <message>
        <source>Meetings held</source>
        <translation>Meetings held</translation>
    </message>
    <message>
        <source>Activities by kind</source>
        <translation>Activities by kind</translation>
    </message>
    <message>
        <source>Activities by KVÅ code</source>
        <translation>Activities by KVÅ code</translation>
    </message>
    <message>
        <source>no main diagnosis</source>
        <translation>no main diagnosis</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>4 § impulser</source>
        <translation>4 § impulser</translation>
    </message>
    <message>
        <source>Median days from sick-leave start to first contact</source>
        <translation>Median days from sick-leave start to first contact</translation>
    </message>
    <message>
        <source>Active cases by month</source>
        <translation>Active cases by month</translation>
    </message>
    <message>
        <source>New cases by month</source>
        <translation>New cases by month</translation>
    </message>
    <message>
        <source>Measure (%1)</source>
        <translation>Measure (%1)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Women</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Men</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <source>Women %</source>
        <translation>Women %</translation>
    </message>
    <message>
        <source>Men %</source>
        <translation>Men %</translation>
    </message>
    <message>
        <source>Total %</source>
        <translation>Total %</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>By month</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Active, women</source>
        <translation>Active, women</translation>
    </message>
    <message>
        <source>Active, men</source>
        <translation>Active, men</translation>
    </message>
    <message>
        <source>Active, total</source>
        <translation>Active, total</translation>
    </message>
    <message>
        <source>New, women</source>
        <translation>New, women</translation>
    </message>
    <message>
        <source>New, men</source>
        <translation>New, men</translation>
    </message>
    <message>
        <source>New, total</source>
        <translation>New, total</translation>
    </message>
    <message>
        <source>In coordination</source>
        <translation>In coordination</translation>
    </message>
    <message>
        <source>Not in coordination</source>
        <translation>Not in coordination</translation>
    </message>
    <message>
        <source>Not in coordination, past day 90</source>
        <translation>Not in coordination, past day 90</translation>
    </message>
    <message>
        <source>The unit&apos;s sick-listed (the list of %1)</source>
        <translation>The unit&apos;s sick-listed (the list of %1)</translation>
    </message>
    <message>
        <source>– of which cases started from the sick-leave list</source>
        <translation>– of which cases started from the sick-leave list</translation>
    </message>
    <message>
        <source>Work for the unit</source>
        <translation>Work for the unit</translation>
    </message>
    <message>
        <source>Work for the unit, occasions</source>
        <translation>Work for the unit, occasions</translation>
    </message>
    <message>
        <source>Work for the unit, hours</source>
        <translation>Work for the unit, hours</translation>
    </message>
    <message>
        <source>Kind of work</source>
        <translation>Kind of work</translation>
    </message>
    <message>
        <source>Occasions</source>
        <translation>Occasions</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>active with an adopted joint plan</source>
        <translation>active with an adopted joint plan</translation>
    </message>
    <message>
        <source>With an adopted joint plan, by age</source>
        <translation>With an adopted joint plan, by age</translation>
    </message>
    <message>
        <source>New cases: coordination started in the sjukfall</source>
        <translation>New cases: coordination started in the sjukfall</translation>
    </message>
    <message>
        <source>within the first 90 days</source>
        <translation>within the first 90 days</translation>
    </message>
    <message>
        <source>after day 90</source>
        <translation>after day 90</translation>
    </message>
    <message>
        <source>no sick leave registered</source>
        <translation>no sick leave registered</translation>
    </message>
    <message>
        <source>Per unit</source>
        <translation>Per unit</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Active cases</source>
        <translation>Active cases</translation>
    </message>
    <message>
        <source>New cases</source>
        <translation>New cases</translation>
    </message>
    <message>
        <source>Closed cases</source>
        <translation>Closed cases</translation>
    </message>
    <message>
        <source>Active cases with an adopted joint plan</source>
        <translation>Active cases with an adopted joint plan</translation>
    </message>
    <message>
        <source>The county</source>
        <translation>The county</translation>
    </message>
</context>
<context>
    <name>StatisticsDocument</name>
    <message>
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Active cases</source>
        <translation>Active cases</translation>
    </message>
    <message>
        <source>New cases</source>
        <translation>New cases</translation>
    </message>
    <message>
        <source>Closed cases</source>
        <translation>Closed cases</translation>
    </message>
    <message>
        <source>4 § impulser to Försäkringskassan</source>
        <translation>4 § impulser to Försäkringskassan</translation>
    </message>
    <message>
        <source>Median days from sick-leave start to first contact (new cases)</source>
        <translation>Median days from sick-leave start to first contact (new cases)</translation>
    </message>
    <message>
        <source>Coordination statistics %1</source>
        <translation>Coordination statistics %1</translation>
    </message>
    <message>
        <source>Statistics %1</source>
        <translation>Statistics %1</translation>
    </message>
    <message>
        <source>statistics</source>
        <translation>statistics</translation>
    </message>
    <message>
        <source>Coordination statistics</source>
        <translation>Coordination statistics</translation>
    </message>
    <message>
        <source>%1 · women, men and total</source>
        <translation>%1 · women, men and total</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Active cases month by month</source>
        <translation>Active cases month by month</translation>
    </message>
    <message>
        <source>None in the period.</source>
        <translation>None in the period.</translation>
    </message>
    <message>
        <source>Cases are counted by the patient&apos;s legal sex; a patient whose sex is not known counts in the total only. A case is active when its coordination overlaps the period; a declined case is not. Length and degree are taken on the last day of the period, or the day the case closed. Shares are of the measure&apos;s cases of the same sex; the checkpoints are shares of the active cases.</source>
        <translation>Cases are counted by the patient&apos;s legal sex; a patient whose sex is not known counts in the total only. A case is active when its coordination overlaps the period; a declined case is not. Length and degree are taken on the last day of the period, or the day the case closed. Shares are of the measure&apos;s cases of the same sex; the checkpoints are shares of the active cases.</translation>
    </message>
    <message>
        <source>– of which cases started from the sick-leave list</source>
        <translation>– of which cases started from the sick-leave list</translation>
    </message>
    <message>
        <source>Work for the unit</source>
        <translation>Work for the unit</translation>
    </message>
    <message>
        <source>None recorded in the period.</source>
        <translation>None recorded in the period.</translation>
    </message>
    <message>
        <source>Not shown: the counts are too few to show any of them without revealing one.</source>
        <translation>Not shown: the counts are too few to show any of them without revealing one.</translation>
    </message>
    <message>
        <source>So that no patient can be recognised, counts from 1 to %1 are shown as &quot;&lt;%2&quot;, and their shares and bars are left out. Where a total or a sum would give such a count away, further counts are hidden too and shown as &quot;x&quot;; a median resting on %1 cases or fewer is shown as &quot;x&quot; as well.</source>
        <translation>So that no patient can be recognised, counts from 1 to %1 are shown as &quot;&lt;%2&quot;, and their shares and bars are left out. Where a total or a sum would give such a count away, further counts are hidden too and shown as &quot;x&quot;; a median resting on %1 cases or fewer is shown as &quot;x&quot; as well.</translation>
    </message>
    <message>
        <source>Active cases with an adopted joint plan</source>
        <translation>Active cases with an adopted joint plan</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>The database was saved by a newer version of Koordinera (format %1; this version reads up to %2). Update Koordinera to open it. The file has not been changed.</source>
        <translation>The database was saved by a newer version of Koordinera (format %1; this version reads up to %2). Update Koordinera to open it. The file has not been changed.</translation>
    </message>
    <message>
        <source>The file is a database, but not one made by Koordinera. It has not been changed.</source>
        <translation>The file is a database, but not one made by Koordinera. It has not been changed.</translation>
    </message>
    <message>
        <source>The database is in use by another Koordinera or another program. Close it there and try again.</source>
        <translation>The database is in use by another Koordinera or another program. Close it there and try again.</translation>
    </message>
    <message>
        <source>The file is not a Koordinera database, or it is damaged.</source>
        <translation>The file is not a Koordinera database, or it is damaged.</translation>
    </message>
    <message>
        <source>The database file could not be opened. Check that the folder exists and that you may write to it.</source>
        <translation>The database file could not be opened. Check that the folder exists and that you may write to it.</translation>
    </message>
    <message>
        <source>The change breaks a rule of the database and was not saved.</source>
        <translation>The change breaks a rule of the database and was not saved.</translation>
    </message>
    <message>
        <source>The database reported an error. Nothing of the change was saved.</source>
        <translation>The database reported an error. Nothing of the change was saved.</translation>
    </message>
    <message>
        <source>A file with that name already exists.</source>
        <translation>A file with that name already exists.</translation>
    </message>
    <message>
        <source>The database file does not exist.</source>
        <translation>The database file does not exist.</translation>
    </message>
    <message>
        <source>A saved change does not fit the database it belongs to. Restore the file from a backup.</source>
        <translation>A saved change does not fit the database it belongs to. Restore the file from a backup.</translation>
    </message>
    <message>
        <source>The database file %1 does not exist.</source>
        <translation>The database file %1 does not exist.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist, so there is no database in it. Check the path, or connect the drive it is on.</source>
        <translation>The folder %1 does not exist, so there is no database in it. Check the path, or connect the drive it is on.</translation>
    </message>
    <message>
        <source>%1 is not a database file but a folder, a device or a pipe. Nothing was read from it.</source>
        <translation>%1 is not a database file but a folder, a device or a pipe. Nothing was read from it.</translation>
    </message>
    <message>
        <source>The database file %1 may not be read by you. Ask whoever manages the computer for access.</source>
        <translation>The database file %1 may not be read by you. Ask whoever manages the computer for access.</translation>
    </message>
    <message>
        <source>The database file %1 may only be read (the file or its disk is write-protected), but Koordinera must be able to save to it to work in it. Ask whoever manages the computer to allow writing. (The commands check and backup still work on it.)</source>
        <translation>The database file %1 may only be read (the file or its disk is write-protected), but Koordinera must be able to save to it to work in it. Ask whoever manages the computer to allow writing. (The commands check and backup still work on it.)</translation>
    </message>
    <message>
        <source>The disk is nearly full: the database could not be packed, which makes it slower to open. Everything is saved; it is packed when there is room.</source>
        <translation>The disk is nearly full: the database could not be packed, which makes it slower to open. Everything is saved; it is packed when there is room.</translation>
    </message>
    <message>
        <source>From now on this computer keeps that record.</source>
        <translation>From now on this computer keeps that record.</translation>
    </message>
    <message>
        <source>Koordinera&apos;s database on the server has not been prepared yet. Ask the region&apos;s administrator to prepare it (koordinera server prepare).</source>
        <translation>Koordinera&apos;s database on the server has not been prepared yet. Ask the region&apos;s administrator to prepare it (koordinera server prepare).</translation>
    </message>
    <message>
        <source>Someone else removed this after you opened it. Your change was not saved.</source>
        <translation>Someone else removed this after you opened it. Your change was not saved.</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Someone else</translation>
    </message>
    <message>
        <source>%1 saved a change to this at %2, after you opened it. Your change was not saved: close it and open it again to see theirs, then make yours anew.</source>
        <translation>%1 saved a change to this at %2, after you opened it. Your change was not saved: close it and open it again to see theirs, then make yours anew.</translation>
    </message>
    <message>
        <source>Koordinera&apos;s database on the server is older than this Koordinera. Ask the region&apos;s administrator to bring it up to date (koordinera server prepare).</source>
        <translation>Koordinera&apos;s database on the server is older than this Koordinera. Ask the region&apos;s administrator to bring it up to date (koordinera server prepare).</translation>
    </message>
    <message>
        <source>Someone else removed this while you had it open: it can no longer be saved.</source>
        <translation>Someone else removed this while you had it open: it can no longer be saved.</translation>
    </message>
    <message>
        <source>%1 saved a change to this at %2, while you had it open. Saving now would be refused: close it and open it again to see theirs.</source>
        <translation>%1 saved a change to this at %2, while you had it open. Saving now would be refused: close it and open it again to see theirs.</translation>
    </message>
</context>
<context>
    <name>UnitReport</name>
    <message>
        <source>The file is not a unit report from Koordinera.</source>
        <translation>The file is not a unit report from Koordinera.</translation>
    </message>
    <message>
        <source>The unit report comes from a newer version of Koordinera; update the program to read it.</source>
        <translation>The unit report comes from a newer version of Koordinera; update the program to read it.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>The entry to correct no longer exists.</source>
        <translation>The entry to correct no longer exists.</translation>
    </message>
    <message>
        <source>A KVÅ code is two letters and three digits, e.g. GC001.</source>
        <translation>A KVÅ code is two letters and three digits, e.g. GC001.</translation>
    </message>
    <message>
        <source>Describe what the code stands for.</source>
        <translation>Describe what the code stands for.</translation>
    </message>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation>Enter the person&apos;s name.</translation>
    </message>
    <message>
        <source>Enter the reserve number.</source>
        <translation>Enter the reserve number.</translation>
    </message>
    <message>
        <source>Enter the given name.</source>
        <translation>Enter the given name.</translation>
    </message>
    <message>
        <source>Enter the family name.</source>
        <translation>Enter the family name.</translation>
    </message>
    <message>
        <source>The case has no patient.</source>
        <translation>The case has no patient.</translation>
    </message>
    <message>
        <source>Enter the date the case was opened.</source>
        <translation>Enter the date the case was opened.</translation>
    </message>
    <message>
        <source>Choose why the case is closed.</source>
        <translation>Choose why the case is closed.</translation>
    </message>
    <message>
        <source>Enter the date the case was closed.</source>
        <translation>Enter the date the case was closed.</translation>
    </message>
    <message>
        <source>The case cannot close before it opened.</source>
        <translation>The case cannot close before it opened.</translation>
    </message>
    <message>
        <source>Earlier sick days must be between 0 and 3650.</source>
        <translation>Earlier sick days must be between 0 and 3650.</translation>
    </message>
    <message>
        <source>Give both the day Försäkringskassan confirmed and the date it applies to.</source>
        <translation>Give both the day Försäkringskassan confirmed and the date it applies to.</translation>
    </message>
    <message>
        <source>The confirmed day must be 1 or more.</source>
        <translation>The confirmed day must be 1 or more.</translation>
    </message>
    <message>
        <source>The degree must be 25, 50, 75 or 100 %.</source>
        <translation>The degree must be 25, 50, 75 or 100 %.</translation>
    </message>
    <message>
        <source>Enter the start date.</source>
        <translation>Enter the start date.</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>The end date is before the start date.</translation>
    </message>
    <message>
        <source>until further notice</source>
        <translation>until further notice</translation>
    </message>
    <message>
        <source>Overlaps the period %1 – %2 already registered.</source>
        <translation>Overlaps the period %1 – %2 already registered.</translation>
    </message>
    <message>
        <source>Not an ICD-10 code; write e.g. F32.9 or M75.1.</source>
        <translation>Not an ICD-10 code; write e.g. F32.9 or M75.1.</translation>
    </message>
    <message>
        <source>Enter the organisation&apos;s name.</source>
        <translation>Enter the organisation&apos;s name.</translation>
    </message>
    <message>
        <source>Enter the date the consent was given.</source>
        <translation>Enter the date the consent was given.</translation>
    </message>
    <message>
        <source>The consent cannot end before it was given.</source>
        <translation>The consent cannot end before it was given.</translation>
    </message>
    <message>
        <source>The consent cannot be withdrawn before it was given.</source>
        <translation>The consent cannot be withdrawn before it was given.</translation>
    </message>
    <message>
        <source>Name who the consent concerns.</source>
        <translation>Name who the consent concerns.</translation>
    </message>
    <message>
        <source>Enter who recorded the consent.</source>
        <translation>Enter who recorded the consent.</translation>
    </message>
    <message>
        <source>Enter date and time.</source>
        <translation>Enter date and time.</translation>
    </message>
    <message>
        <source>Write a note about the contact.</source>
        <translation>Write a note about the contact.</translation>
    </message>
    <message>
        <source>Enter who wrote the note.</source>
        <translation>Enter who wrote the note.</translation>
    </message>
    <message>
        <source>%1 already has this number.</source>
        <translation>%1 already has this number.</translation>
    </message>
    <message>
        <source>Enter the name.</source>
        <translation>Enter the name.</translation>
    </message>
    <message>
        <source>%1 is already on the list as %2.</source>
        <translation>%1 is already on the list as %2.</translation>
    </message>
    <message>
        <source>Enter the day.</source>
        <translation>Enter the day.</translation>
    </message>
    <message>
        <source>The day has not come yet.</source>
        <translation>The day has not come yet.</translation>
    </message>
    <message>
        <source>Enter the time it took, at most a whole day.</source>
        <translation>Enter the time it took, at most a whole day.</translation>
    </message>
    <message>
        <source>Leave out identity numbers: work for the unit belongs to no patient.</source>
        <translation>Leave out identity numbers: work for the unit belongs to no patient.</translation>
    </message>
</context>
<context>
    <name>Witness</name>
    <message>
        <source>%1 at %2 on the computer %3</source>
        <translation>%1 at %2 on the computer %3</translation>
    </message>
    <message>
        <source>This computer has no record of this database&apos;s last save (a new computer, or a file that was moved or restored), so it cannot tell whether the file is the newest.</source>
        <translation>This computer has no record of this database&apos;s last save (a new computer, or a file that was moved or restored), so it cannot tell whether the file is the newest.</translation>
    </message>
    <message>
        <source>This computer&apos;s record of the database&apos;s last save belongs to another database or a former passphrase, so it cannot tell whether the file is the newest.</source>
        <translation>This computer&apos;s record of the database&apos;s last save belongs to another database or a former passphrase, so it cannot tell whether the file is the newest.</translation>
    </message>
    <message numerus="yes">
        <source>The database file lacks its %n newest save(s). It was last saved %1, and then held more than it does now: the file has been cut back, or an older copy put in its place.</source>
        <translation>
            <numerusform>The database file lacks its newest save. It was last saved %1, and then held more than it does now: the file has been cut back, or an older copy put in its place.</numerusform>
            <numerusform>The database file lacks its %n newest saves. It was last saved %1, and then held more than it does now: the file has been cut back, or an older copy put in its place.</numerusform>
        </translation>
    </message>
    <message>
        <source>The database file is not the one last saved %1: it is an older copy or a backup put in its place, and what was saved after that copy was made is not in it.</source>
        <translation>The database file is not the one last saved %1: it is an older copy or a backup put in its place, and what was saved after that copy was made is not in it.</translation>
    </message>
    <message>
        <source>The access log in the database file does not hold the entries it had when it was last saved %1: its newest entries have been removed or rewritten.</source>
        <translation>The access log in the database file does not hold the entries it had when it was last saved %1: its newest entries have been removed or rewritten.</translation>
    </message>
</context>
<context>
    <name>Worklist</name>
    <message>
        <source>%1, w. %2</source>
        <translation>%1, w. %2</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” was due %2</source>
        <translation>“%1” was due %2</translation>
    </message>
    <message>
        <source>%1 at %2, %3</source>
        <translation>%1 at %2, %3</translation>
    </message>
    <message>
        <source>%1 %2 at %3, %4</source>
        <translation>%1 %2 at %3, %4</translation>
    </message>
    <message>
        <source>Consent (%1) valid until %2, %3</source>
        <translation>Consent (%1) valid until %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>Nothing recorded for %n day(s) (since %1)</source>
        <translation>
            <numerusform>Nothing recorded for %n day (since %1)</numerusform>
            <numerusform>Nothing recorded for %n days (since %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>New case, opened %1</source>
        <translation>New case, opened %1</translation>
    </message>
    <message>
        <source>Day %1 %2 (%3)</source>
        <translation>Day %1 %2 (%3)</translation>
    </message>
    <message>
        <source>Sick leave ends %1 (%2)</source>
        <translation>Sick leave ends %1 (%2)</translation>
    </message>
    <message>
        <source>today</source>
        <translation>today</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>tomorrow</translation>
    </message>
    <message>
        <source>video</source>
        <translation>video</translation>
    </message>
    <message>
        <source>No follow-up meeting booked</source>
        <translation>No follow-up meeting booked</translation>
    </message>
    <message>
        <source>Overdue actions</source>
        <translation>Overdue actions</translation>
    </message>
    <message>
        <source>Meetings today</source>
        <translation>Meetings today</translation>
    </message>
    <message>
        <source>Meetings later this week</source>
        <translation>Meetings later this week</translation>
    </message>
    <message>
        <source>Checkpoints coming up</source>
        <translation>Checkpoints coming up</translation>
    </message>
    <message>
        <source>Consents running out</source>
        <translation>Consents running out</translation>
    </message>
    <message>
        <source>Active cases without a booked follow-up</source>
        <translation>Active cases without a booked follow-up</translation>
    </message>
    <message>
        <source>Cases with nothing recorded lately</source>
        <translation>Cases with nothing recorded lately</translation>
    </message>
    <message>
        <source>New cases this week</source>
        <translation>New cases this week</translation>
    </message>
    <message>
        <source>Sick leave ending soon</source>
        <translation>Sick leave ending soon</translation>
    </message>
    <message>
        <source>Day %1 of the sick leave: past day 90, not assessed</source>
        <translation>Day %1 of the sick leave: past day 90, not assessed</translation>
    </message>
    <message>
        <source>Day %1 of the sick leave: day 90 %2, not assessed</source>
        <translation>Day %1 of the sick leave: day 90 %2, not assessed</translation>
    </message>
    <message>
        <source>New on the sick-leave list (day %1 of the sick leave)</source>
        <translation>New on the sick-leave list (day %1 of the sick leave)</translation>
    </message>
    <message>
        <source>Sick-listed, not in coordination</source>
        <translation>Sick-listed, not in coordination</translation>
    </message>
    <message>
        <source>%1 on %2: not recorded as held or cancelled</source>
        <translation>%1 on %2: not recorded as held or cancelled</translation>
    </message>
    <message>
        <source>The meeting on %1 said a 4 § impuls is needed; none is recorded</source>
        <translation>The meeting on %1 said a 4 § impuls is needed; none is recorded</translation>
    </message>
    <message numerus="yes">
        <source>Impuls of %1: no answer from Försäkringskassan for %n day(s)</source>
        <translation>
            <numerusform>Impuls of %1: no answer from Försäkringskassan for %n day</numerusform>
            <numerusform>Impuls of %1: no answer from Försäkringskassan for %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Version %1 of the plan is a draft, %n day(s) after the meeting on %2</source>
        <translation>
            <numerusform>Version %1 of the plan is a draft, %n day after the meeting on %2</numerusform>
            <numerusform>Version %1 of the plan is a draft, %n days after the meeting on %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Version %1 of the plan: no copy recorded for %2</source>
        <translation>Version %1 of the plan: no copy recorded for %2</translation>
    </message>
    <message>
        <source>Active, but the consent to coordination is no longer valid (since %1)</source>
        <translation>Active, but the consent to coordination is no longer valid (since %1)</translation>
    </message>
    <message>
        <source>Active without a valid consent to coordination</source>
        <translation>Active without a valid consent to coordination</translation>
    </message>
    <message>
        <source>Meetings not recorded</source>
        <translation>Meetings not recorded</translation>
    </message>
    <message>
        <source>4 § impuls needed, not made</source>
        <translation>4 § impuls needed, not made</translation>
    </message>
    <message>
        <source>Impulser without an answer</source>
        <translation>Impulser without an answer</translation>
    </message>
    <message>
        <source>Plans not adopted</source>
        <translation>Plans not adopted</translation>
    </message>
    <message>
        <source>Plans not sent to everyone</source>
        <translation>Plans not sent to everyone</translation>
    </message>
    <message>
        <source>Active cases without consent to coordination</source>
        <translation>Active cases without consent to coordination</translation>
    </message>
    <message>
        <source>The follow-up at the start is not complete (support since %1)</source>
        <translation>The follow-up at the start is not complete (support since %1)</translation>
    </message>
    <message>
        <source>Closed %1; the follow-up at the end is not complete</source>
        <translation>Closed %1; the follow-up at the end is not complete</translation>
    </message>
    <message>
        <source>Follow-up not recorded</source>
        <translation>Follow-up not recorded</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>The backup belongs to another database (its access log does not match this one). Nothing has been restored.</source>
        <translation>The backup belongs to another database (its access log does not match this one). Nothing has been restored.</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>The file is not an Excel workbook (.xlsx) that can be read.</source>
        <translation>The file is not an Excel workbook (.xlsx) that can be read.</translation>
    </message>
    <message>
        <source>The workbook is damaged: a part of it (%1) is missing or cannot be read.</source>
        <translation>The workbook is damaged: a part of it (%1) is missing or cannot be read.</translation>
    </message>
    <message>
        <source>The workbook is damaged: a part of it (%1) cannot be unpacked.</source>
        <translation>The workbook is damaged: a part of it (%1) cannot be unpacked.</translation>
    </message>
    <message>
        <source>The workbook unpacks to more than %1 MB, far more than a unit&apos;s list; it is not read.</source>
        <translation>The workbook unpacks to more than %1 MB, far more than a unit&apos;s list; it is not read.</translation>
    </message>
    <message>
        <source>The workbook is damaged: its text cannot be read.</source>
        <translation>The workbook is damaged: its text cannot be read.</translation>
    </message>
    <message>
        <source>Row %1 of the sheet &quot;%2&quot; has more than %3 columns.</source>
        <translation>Row %1 of the sheet &quot;%2&quot; has more than %3 columns.</translation>
    </message>
    <message>
        <source>The sheet &quot;%1&quot; has more than %2 rows.</source>
        <translation>The sheet &quot;%1&quot; has more than %2 rows.</translation>
    </message>
    <message>
        <source>The sheet &quot;%1&quot; in the workbook is damaged and cannot be read.</source>
        <translation>The sheet &quot;%1&quot; in the workbook is damaged and cannot be read.</translation>
    </message>
    <message>
        <source>The file is a zip archive but not an Excel workbook (.xlsx).</source>
        <translation>The file is a zip archive but not an Excel workbook (.xlsx).</translation>
    </message>
    <message>
        <source>The workbook is damaged: the sheet &quot;%1&quot; is missing.</source>
        <translation>The workbook is damaged: the sheet &quot;%1&quot; is missing.</translation>
    </message>
    <message>
        <source>The workbook has no sheets.</source>
        <translation>The workbook has no sheets.</translation>
    </message>
    <message>
        <source>The workbook is protected with a password or saved in the old Excel format (.xls). Open it in Excel, save it as an Excel workbook (.xlsx) without a password, and try again.</source>
        <translation>The workbook is protected with a password or saved in the old Excel format (.xls). Open it in Excel, save it as an Excel workbook (.xlsx) without a password, and try again.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB, far more than a unit&apos;s list; it is not read.</source>
        <translation>The file is larger than %1 MB, far more than a unit&apos;s list; it is not read.</translation>
    </message>
</context>
<context>
    <name>koordinera::ui::AboutDialog</name>
    <message>
        <source>Libraries Koordinera is built on</source>
        <translation>Libraries Koordinera is built on</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Library</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>About Koordinera</source>
        <translation>About Koordinera</translation>
    </message>
    <message>
        <source>Build %1</source>
        <translation>Build %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;Case files, joint action plans, meetings and follow-ups for rehabilitation coordinators in primary care.&lt;/p&gt;&lt;p&gt;Koordinera is free software: you may share and change it under the GNU General Public License, version 3 or (at your option) any later version. It comes with no warranty. See &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;gnu.org/licenses/gpl-3.0&lt;/a&gt;.&lt;/p&gt;&lt;p&gt;It is built on these libraries:&lt;/p&gt;</source>
        <translation>&lt;p&gt;Case files, joint action plans, meetings and follow-ups for rehabilitation coordinators in primary care.&lt;/p&gt;&lt;p&gt;Koordinera is free software: you may share and change it under the GNU General Public License, version 3 or (at your option) any later version. It comes with no warranty. See &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;gnu.org/licenses/gpl-3.0&lt;/a&gt;.&lt;/p&gt;&lt;p&gt;It is built on these libraries:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
</context>
<context>
    <name>koordinera::ui::ActionDialog</name>
    <message>
        <source>New action</source>
        <translation>New action</translation>
    </message>
    <message>
        <source>Edit action</source>
        <translation>Edit action</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Done by</source>
        <translation>Done by</translation>
    </message>
    <message>
        <source>What is to be done, e.g. “Arbetsplatsbesök med chef och företagshälsovård”</source>
        <translation>What is to be done, e.g. “Arbetsplatsbesök med chef och företagshälsovård”</translation>
    </message>
    <message>
        <source>A named person, if there is one</source>
        <translation>A named person, if there is one</translation>
    </message>
    <message>
        <source>Why the action was cancelled</source>
        <translation>Why the action was cancelled</translation>
    </message>
    <message>
        <source>How it went, when it is done</source>
        <translation>How it went, when it is done</translation>
    </message>
    <message>
        <source>&amp;Action</source>
        <translation>&amp;Action</translation>
    </message>
    <message>
        <source>&amp;Responsible</source>
        <translation>&amp;Responsible</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Person</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;When</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Res&amp;ult</source>
        <translation>Res&amp;ult</translation>
    </message>
</context>
<context>
    <name>koordinera::ui::ActivitiesPanel</name>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Counterpart</source>
        <translation>Counterpart</translation>
    </message>
    <message>
        <source>KVÅ</source>
        <translation>KVÅ</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>corrected (%1)</source>
        <translation>corrected (%1)</translation>
    </message>
    <message>
        <source>Activities and contacts</source>
        <translation>Activities and contacts</translation>
    </message>
    <message>
        <source>The chosen entry</source>
        <translation>The chosen entry</translation>
    </message>
    <message>
        <source>New entry…</source>
        <translation>New entry…</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>Correct…</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>History…</translation>
    </message>
    <message>
        <source>No entries yet. Record the first contact with “New entry…”.</source>
        <translation>No entries yet. Record the first contact with “New entry…”.</translation>
    </message>
    <message>
        <source>Written by %1, %2</source>
        <translation>Written by %1, %2</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>written by %1, %2</source>
        <translation>written by %1, %2</translation>
    </message>
    <message>
        <source>History of the entry</source>
        <translation>History of the entry</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>koordinera::ui::ActivityDialog</name>
    <message>
        <source>Correct entry</source>
        <translation>Correct entry</translation>
    </message>
    <message>
        <source>New entry in the activity log</source>
        <translation>New entry in the activity log</translation>
    </message>
    <message>
        <source>The patient / no organisation</source>
        <translation>The patient / no organisation</translation>
    </message>
    <message>
        <source>E.g. the patient, line manager, physician</source>
        <translation>E.g. the patient, line manager, physician</translation>
    </message>
    <message>
        <source>No KVÅ code</source>
        <translation>No KVÅ code</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;When</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>&amp;Mode</source>
        <translation>&amp;Mode</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>&amp;Counterpart</source>
        <translation>&amp;Counterpart</translation>
    </message>
    <message>
        <source>K&amp;VÅ code</source>
        <translation>K&amp;VÅ code</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>The earlier text is kept in the entry&apos;s history, with who wrote it and when.</source>
        <translation>The earlier text is kept in the entry&apos;s history, with who wrote it and when.</translation>
    </message>
</context>
<context>
    <name>koordinera::ui::AdoptPlanDialog</name>
    <message>
        <source>Adopt the joint action plan</source>
        <translation>Adopt the joint action plan</translation>
    </message>
    <message numerus="yes">
        <source>Version %1 with %n action(s) becomes the plan everyone works from. It cannot be changed afterwards: later changes become version %2, and this one stays readable.</source>
        <translation>
            <numerusform>Version %1 with %n action becomes the plan everyone works from. It cannot be changed afterwards: later changes become version %2, and this one stays readable.</numerusform>
            <numerusform>Version %1 with %n actions becomes the plan everyone works from. It cannot be changed afterwards: later changes become version %2, and this one stays readable.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Adopt</source>
        <translation>&amp;Adopt</translation>
    </message>
    <message>
        <source>Adopted &amp;on</source>
        <translation>Adopted &amp;on</translation>
    </message>
</context>
<context>
    <name>koordinera::ui::AuditLogDialog</name>
    <message>
        <source>Date and time</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Identity number</source>
        <translation>Identity number</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Object</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>&amp;Print log extract…</source>
        <translation>&amp;Print log extract…</translation>
    </message>
    <message>
        <source>Save log extract as P&amp;DF…</source>
        <translation>Save log extract as P&amp;DF…</translation>
    </message>
    <message>
        <source>Access log</source>
        <translation>Access log</translation>
    </message>
    <message>
        <source>Patient: name or identity number</source>
        <translation>Patient: name or identity number</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>All events</translation>
    </message>
    <message>
        <source>Filter on one patient to make their log extract.</source>
        <translation>Filter on one patient to make their log extract.</translation>
    </message>
    <message>
        <source>Save log extract</source>
        <translation>Save log extract</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>The log&apos;s chain of checksums is unbroken: no entry has been changed or removed.</source>
        <translation>The log&apos;s chain of checksums is unbroken: no entry has been changed or removed.</translation>
    </message>
    <message>
        <source>Warning: the log&apos;s chain of checksums breaks at entry %1. That entry or one before it has been changed or removed outside Koordinera. Report this to the person responsible for information security.</source>
        <translation>Warning: the log&apos;s chain of checksums breaks at entry %1. That entry or one before it has been changed or removed outside Koordinera. Report this to the person responsible for information security.</translation>
    </message>
    <message>
        <source>Showing the newest %1 entries; narrow the filter to see older ones.</source>
        <translation>Showing the newest %1 entries; narrow the filter to see older ones.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message>
        <source>log-extract-%1.pdf</source>
        <translation>log-extract-%1.pdf</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Client: name or identity number</source>
        <translation>Client: name or identity number</translation>
    </message>
    <message>
        <source>Filter on one client to make their log extract.</source>
        <translation>Filter on one client to make their log extract.</translation>
    </message>
</context>
<context>
    <name>koordinera::ui::CalendarPage</name>
    <message>
        <source>Names and identity numbers in the file</source>
        <translation>Names and identity numbers in the file</translation>
    </message>
    <message>
        <source>Off: the file names patients by initials and case reference only, since calendar files are often synced to phones and shared calendars.</source>
        <translation>Off: the file names patients by initials and case reference only, since calendar files are often synced to phones and shared calendars.</translation>
    </message>
    <message>
        <source>‹ Previous week</source>
        <translation>‹ Previous week</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>This week</translation>
    </message>
    <message>
        <source>Next week ›</source>
        <translation>Next week ›</translation>
    </message>
    <message>
        <source>Export the week to a calendar file…</source>
        <translation>Export the week to a calendar file…</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>Week %1 · %2 – %3</source>
        <translation>Week %1 · %2 – %3</translation>
    </message>
    <message>
        <source>Video meeting</source>
        <translation>Video meeting</translation>
    </message>
    <message>
        <source>koordinera-week-%1-%2.ics</source>
        <translation>koordinera-week-%1-%2.ics</translation>
    </message>
    <message>
        <source>Action due:</source>
        <translation>Action due:</translation>
    </message>
    <message>
        <source>Export a period…</source>
        <translation>Export a period…</translation>
    </message>
    <message>
        <source>The period must end on or after the day it starts.</source>
        <translation>The period must end on or after the day it starts.</translation>
    </message>
    <message>
        <source>koordinera-%1-%2.ics</source>
        <translation>koordinera-%1-%2.ics</translation>
    </message>
    <message>
        <source>Export a period to a calendar file</source>
        <translation>Export a period to a calendar file</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;To</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
</context>
<context>
    <name>koordinera::ui::CareTeamDialog</name>
    <message>
        <source>Care team</source>
        <translation>Care team</translation>
    </message>
    <message>
        <source>&amp;Staff at the unit…</source>
        <translation>&amp;Staff at the unit…</translation>
    </message>
    <message>
        <source>The unit&apos;s staff list is empty. Add the doctors, nurses, physiotherapists and others with “Staff at the unit…”, then tick those who work with this case.</source>
        <translation>The unit&apos;s staff list is empty. Add the doctors, nurses, physiotherapists and others with “Staff at the unit…”, then tick those who work with this case.</translation>
    </message>
    <message>
        <source>Tick the case&apos;s doctor and those in the care team who work with the patient.</source>
        <translation>Tick the case&apos;s doctor and those in the care team who work with the patient.</translation>
    </message>
    <message>
        <source>no longer at the unit</source>
        <translation>no longer at the unit</translation>
    </message>
</context>
<context>
    <name>koordinera::ui::CaseDocumentActions</name>
    <message>
        <source>The patient</source>
        <translation>The patient</translation>
    </message>
    <message>
        <source>The meeting</source>
        <translation>The meeting</translation>
    </message>
    <message>
        <source>The patient&apos;s journal</source>
        <translation>The patient&apos;s journal</translation>
    </message>
    <message>
        <source>No one is invited yet: add the participants with “Change…”.</source>
        <translation>No one is invited yet: add the participants with “Change…”.</translation>
    </message>
</context>
<context>
    <name>koordinera::ui::CaseForm</name>
    <message>
        <source>Confirmed on</source>
        <translation>Confirmed on</translation>
    </message>
    <message>
        <source>E.g. needs support in contacts with the employer and Försäkringskassan</source>
        <translation>E.g. needs support in contacts with the employer and Försäkringskassan</translation>
    </message>
    <message>
        <source>Choose or type a new employer</source>
        <translation>Choose or type a new employer</translation>
    </message>
    <message>
        <source>Sick days from earlier periods that count towards the rehabilitation chain.</source>
        <translation>Sick days from earlier periods that count towards the rehabilitation chain.</translation>
    </message>
    <message>
        <source>day </source>
        <translation>day </translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>S&amp;tatus</translation>
    </message>
    <message>
        <source>Reason for &amp;closing</source>
        <translation>Reason for &amp;closing</translation>
    </message>
    <message>
        <source>&amp;Opened</source>
        <translation>&amp;Opened</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>&amp;Why coordination</source>
        <translation>&amp;Why coordination</translation>
    </message>
    <message>
        <source>Occ&amp;upation</source>
        <translation>Occ&amp;upation</translation>
    </message>
    <message>
        <source>&amp;Employer</source>
        <translation>&amp;Employer</translation>
    </message>
    <message>
        <source>&amp;Job tasks</source>
        <translation>&amp;Job tasks</translation>
    </message>
    <message>
        <source>Earlier sick days</source>
        <translation>Earlier sick days</translation>
    </message>
    <message>
        <source>Day confirmed by FK</source>
        <translation>Day confirmed by FK</translation>
    </message>
    <message>
        <source>The family&apos;s &amp;needs</source>
        <translation>The family&apos;s &amp;needs</translation>
    </message>
    <message>
        <source>In the family&apos;s own words, e.g. needs help to find the right support at school</source>
        <translation>In the family&apos;s own words, e.g. needs help to find the right support at school</translation>
    </message>
</context>
<context>
    <name>koordinera::ui::CaseListModel</name>
    <message>
        <source>Day %1 of the sick period is reached on %2 (%3).</source>
        <translation>Day %1 of the sick period is reached on %2 (%3).</translation>
    </message>
</context>
<context>
    <name>koordinera::ui::CaseListPage</name>
    <message>
        <source>Show &amp;closed</source>
        <translation>Show &amp;closed</translation>
    </message>
    <message>
        <source>Search name, identity number, diagnosis or notes (Ctrl+F)</source>
        <translation>Search name, identity number, diagnosis or notes (Ctrl+F)</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Any length</source>
        <translation>Any length</translation>
    </message>
    <message>
        <source>0–14 days</source>
        <translation>0–14 days</translation>
    </message>
    <message>
        <source>15–30 days</source>
        <translation>15–30 days</translation>
    </message>
    <message>
        <source>31–90 days</source>
        <translation>31–90 days</translation>
    </message>
    <message>
        <source>91–180 days</source>
        <translation>91–180 days</translation>
    </message>
    <message>
        <source>181–365 days</source>
        <translation>181–365 days</translation>
    </message>
    <message>
        <source>1–2 years</source>
        <translation>1–2 years</translation>
    </message>
    <message>
        <source>More than 2 years</source>
        <translation>More than 2 years</translation>
    </message>
    <message>
        <source>Women and men</source>
        <translation>Women and men</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Women</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Men</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>&amp;New case…</translation>
    </message>
    <message>
        <source>Register a new case (Ctrl+N)</source>
        <translation>Register a new case (Ctrl+N)</translation>
    </message>
    <message>
        <source>Right-click to choose columns</source>
        <translation>Right-click to choose columns</translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %n case(s)</source>
        <translation>
            <numerusform>Showing %1 of %n case</numerusform>
            <numerusform>Showing %1 of %n cases</numerusform>
        </translation>
    </message>
    <message>
        <source>No cases yet.
Register the first one with “New case…” (Ctrl+N).</source>
        <translation>No cases yet.
Register the first one with “New case…” (Ctrl+N).</translation>
    </message>
    <message>
        <source>No case matches the filter.
Change the search or tick “Show closed”.</source>
        <translation>No case matches the filter.
Change the search or tick “Show closed”.</translation>
    </message>
    <message>
        <source>Export the case list</source>
        <translation>Export the case list</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <source>The listed cases with the columns shown, to Excel or CSV</source>
        <translation>The listed cases with the columns shown, to Excel or CSV</translation>
    </message>
    <message numerus="yes">
        <source>The file will hold patient data for %n patient(s) (%1). Outside Koordinera it is not protected: keep it where only those who may see it can reach it, and delete it when it has served its purpose. The export is recorded in the access log for every patient on the list.

Export the case list?</source>
        <translation>
            <numerusform>The file will hold patient data for %n patient (%1). Outside Koordinera it is not protected: keep it where only those who may see it can reach it, and delete it when it has served its purpose. The export is recorded in the access log for every patient on the list.

Export the case list?</numerusform>
            <numerusform>The file will hold patient data for %n patients (%1). Outside Koordinera it is not protected: keep it where only those who may see it can reach it, and delete it when it has served its purpose. The export is recorded in the access log for every patient on the list.

Export the case list?</numerusform>
        </translation>
    </message>
    <message>
        <source>Cases %1.xlsx</source>
        <translation>Cases %1.xlsx</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n case(s)…</source>
        <translation>
            <numerusform>Exporting %n case…</numerusform>
            <numerusform>Exporting %n cases…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>Doctor</translation>
    </message>
    <message>
        <source>All doctors</source>
        <translation>All doctors</translation>
    </message>
    <message>
        <source>Diagnosis chapter</source>
        <translation>Diagnosis chapter</translation>
    </message>
    <message>
        <source>All diagnosis chapters</source>
        <translation>All diagnosis chapters</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>All ages</source>
        <translation>All ages</translation>
    </message>
    <message>
        <source>Under 30</source>
        <translation>Under 30</translation>
    </message>
    <message>
        <source>30–39 years</source>
        <translation>30–39 years</translation>
    </message>
    <message>
        <source>40–49 years</source>
        <translation>40–49 years</translation>
    </message>
    <message>
        <source>50–59 years</source>
        <translation>50–59 years</translation>
    </message>
    <message>
        <source>60 and over</source>
        <translation>60 and over</translation>
    </message>
    <message>
        <source>End of sick leave</source>
        <translation>End of sick leave</translation>
    </message>
    <message>
        <source>Any end date</source>
        <translation>Any end date</translation>
    </message>
    <message>
        <source>Ends within 14 days</source>
        <translation>Ends within 14 days</translation>
    </message>
    <message>
        <source>Ends within 30 days</source>
        <translation>Ends within 30 days</translation>
    </message>
    <message>
        <source>Ends within 90 days</source>
        <translation>Ends within 90 days</translation>
    </message>
    <message>
        <source>Has ended</source>
        <translation>Has ended</translation>
    </message>
    <message>
        <source>&amp;New family…</source>
        <translation>&amp;New family…</translation>
    </message>
    <message>
        <source>No families yet.
Register the first one with “New family…” (Ctrl+N).</source>
        <translation>No families yet.
Register the first one with “New family…” (Ctrl+N).</translation>
    </message>
</context>
<context>
    <name>koordinera::ui::CaseView</name>
    <message>
        <source>&amp;Contacts</source>
        <translation>&amp;Contacts</translation>
    </message>
    <message>
        <source>C&amp;onsents</source>
        <translation>C&amp;onsents</translation>
    </message>
    <message>
        <source>&amp;Activities and contacts</source>
        <translation>&amp;Activities and contacts</translation>
    </message>
    <message>
        <source>← Cases</source>
        <translation>← Cases</translation>
    </message>
    <message>
        <source>Back to the case list (Esc)</source>
        <translation>Back to the case list (Esc)</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 years</translation>
    </message>
    <message>
        <source>phone %1</source>
        <translation>phone %1</translation>
    </message>
    <message>
        <source>closed %1 (%2)</source>
        <translation>closed %1 (%2)</translation>
    </message>
    <message>
        <source>No sick leave registered</source>
        <translation>No sick leave registered</translation>
    </message>
    <message>
        <source>Sick leave starts %1</source>
        <translation>Sick leave starts %1</translation>
    </message>
    <message>
        <source>Day %1 of the sick period (%2 since %3)</source>
        <translation>Day %1 of the sick period (%2 since %3)</translation>
    </message>
    <message>
        <source>Sick leave ended %1 after %2</source>
        <translation>Sick leave ended %1 after %2</translation>
    </message>
    <message>
        <source>Edit case</source>
        <translation>Edit case</translation>
    </message>
    <message>
        <source>day %1 passed</source>
        <translation>day %1 passed</translation>
    </message>
    <message>
        <source>Passed on %1</source>
        <translation>Passed on %1</translation>
    </message>
    <message>
        <source>Copy identity number</source>
        <translation>Copy identity number</translation>
    </message>
    <message>
        <source>Copies the identity number; it is cleared from the clipboard after 30 seconds.</source>
        <translation>Copies the identity number; it is cleared from the clipboard after 30 seconds.</translation>
    </message>
    <message>
        <source>Action &amp;plan</source>
        <translation>Action &amp;plan</translation>
    </message>
    <message>
        <source>&amp;Meetings</source>
        <translation>&amp;Meetings</translation>
    </message>
    <message>
        <source>← Today</source>
        <translation>← Today</translation>
    </message>
    <message>
        <source>Back to today&apos;s worklist (Esc)</source>
        <translation>Back to today&apos;s worklist (Esc)</translation>
    </message>
    <message>
        <source>← Calendar</source>
        <translation>← Calendar</translation>
    </message>
    <message>
        <source>Back to the calendar (Esc)</source>
        <translation>Back to the calendar (Esc)</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Documents</translation>
    </message>
    <message>
        <source>Sic&amp;k leave and diagnoses</source>
        <translation>Sic&amp;k leave and diagnoses</translation>
    </message>
    <message>
        <source>Ed&amp;it case…</source>
        <translation>Ed&amp;it case…</translation>
    </message>
    <message>
        <source>✓ Every consent the case needs is registered.</source>
        <translation>✓ Every consent the case needs is registered.</translation>
    </message>
    <message>
        <source>doctor %1</source>
        <translation>doctor %1</translation>
    </message>
    <message>
        <source>Ca&amp;re team…</source>
        <translation>Ca&amp;re team…</translation>
    </message>
    <message>
        <source>The case&apos;s doctor and care team, from the unit&apos;s staff list</source>
        <translation>The case&apos;s doctor and care team, from the unit&apos;s staff list</translation>
    </message>
    <message>
        <source>care team %1</source>
        <translation>care team %1</translation>
    </message>
    <message>
        <source>Change care team</source>
        <translation>Change care team</translation>
    </message>
    <message>
        <source>Fami&amp;ly</source>
        <translation>Fami&amp;ly</translation>
    </message>
    <message>
        <source>&amp;Network</source>
        <translation>&amp;Network</translation>
    </message>
    <message>
        <source>%1 (%2 years)</source>
        <translation>%1 (%2 years)</translation>
    </message>
    <message>
        <source>No children registered yet</source>
        <translation>No children registered yet</translation>
    </message>
    <message>
        <source>Children: %1</source>
        <translation>Children: %1</translation>
    </message>
    <message>
        <source>Also open at %1 just now. If you both change the same thing, the first save is kept and the other is told so.</source>
        <translation>Also open at %1 just now. If you both change the same thing, the first save is kept and the other is told so.</translation>
    </message>
</context>
<context>
    <name>koordinera::ui::ChildDialog</name>
    <message>
        <source>Change the child&apos;s details</source>
        <translation>Change the child&apos;s details</translation>
    </message>
    <message>
        <source>Add a child</source>
        <translation>Add a child</translation>
    </message>
    <message>
        <source>In the family&apos;s own words</source>
        <translation>In the family&apos;s own words</translation>
    </message>
    <message>
        <source>E.g. Ängens förskola, Björkskolan åk 3</source>
        <translation>E.g. Ängens förskola, Björkskolan åk 3</translation>
    </message>
    <message>
        <source>&amp;Given name</source>
        <translation>&amp;Given name</translation>
    </message>
    <message>
        <source>&amp;Family name</source>
        <translation>&amp;Family name</translation>
    </message>
    <message>
        <source>Date of &amp;birth</source>
        <translation>Date of &amp;birth</translation>
    </message>
    <message>
        <source>&amp;School or preschool</source>
        <translation>&amp;School or preschool</translation>
    </message>
    <message>
        <source>Functional i&amp;mpairment</source>
        <translation>Functional i&amp;mpairment</translation>
    </message>
</context>
<context>
    <name>koordinera::ui::ConsentDialog</name>
    <message>
        <source>Edit consent</source>
        <translation>Edit consent</translation>
    </message>
    <message>
        <source>New consent</source>
        <translation>New consent</translation>
    </message>
    <message>
        <source>Limited to</source>
        <translation>Limited to</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Withdrawn on</translation>
    </message>
    <message>
        <source>Any (as described below)</source>
        <translation>Any (as described below)</translation>
    </message>
    <message>
        <source>E.g. line manager at the workplace</source>
        <translation>E.g. line manager at the workplace</translation>
    </message>
    <message>
        <source>Which information may be shared</source>
        <translation>Which information may be shared</translation>
    </message>
    <message>
        <source>&amp;Covers</source>
        <translation>&amp;Covers</translation>
    </message>
    <message>
        <source>Described as</source>
        <translation>Described as</translation>
    </message>
    <message>
        <source>&amp;Information</source>
        <translation>&amp;Information</translation>
    </message>
    <message>
        <source>&amp;Form</source>
        <translation>&amp;Form</translation>
    </message>
    <message>
        <source>&amp;Given on</source>
        <translation>&amp;Given on</translation>
    </message>
    <message>
        <source>&amp;Valid</source>
        <translation>&amp;Valid</translation>
    </message>
    <message>
        <source>&amp;Withdrawn</source>
        <translation>&amp;Withdrawn</translation>
    </message>
    <message>
        <source>&amp;Recorded by</source>
        <translation>&amp;Recorded by</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>Counterpar&amp;ty</source>
        <translation>Counterpar&amp;ty</translation>
    </message>
</context>
<context>
    <name>koordinera::ui::ConsentsPanel</name>
    <message>
        <source>Valid</source>
        <translation>Valid</translation>
    </message>
    <message>
        <source>Not yet valid</source>
        <translation>Not yet valid</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Covers</source>
        <translation>Covers</translation>
    </message>
    <message>
        <source>Counterparty</source>
        <translation>Counterparty</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Given</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <source>until further notice</source>
        <translation>until further notice</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consents</translation>
    </message>
    <message>
        <source>Consents are not deleted: register a withdrawal or an end date instead.</source>
        <translation>Consents are not deleted: register a withdrawal or an end date instead.</translation>
    </message>
    <message>
        <source>Register consent…</source>
        <translation>Register consent…</translation>
    </message>
    <message>
        <source>Change or withdraw…</source>
        <translation>Change or withdraw…</translation>
    </message>
    <message>
        <source>Register consent</source>
        <translation>Register consent</translation>
    </message>
    <message>
        <source>Change consent</source>
        <translation>Change consent</translation>
    </message>
    <message>
        <source>Consent form…</source>
        <translation>Consent form…</translation>
    </message>
    <message>
        <source>A form for the patient to sign, with a box for each party to share with</source>
        <translation>A form for the patient to sign, with a box for each party to share with</translation>
    </message>
</context>
<context>
    <name>koordinera::ui::ContactDialog</name>
    <message>
        <source>Edit contact</source>
        <translation>Edit contact</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>New contact</translation>
    </message>
    <message>
        <source>Choose or type a new organisation</source>
        <translation>Choose or type a new organisation</translation>
    </message>
    <message>
        <source>Optional: a named person</source>
        <translation>Optional: a named person</translation>
    </message>
    <message>
        <source>E.g. case officer, line manager</source>
        <translation>E.g. case officer, line manager</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Employer</translation>
    </message>
    <message>
        <source>Line manager</source>
        <translation>Line manager</translation>
    </message>
    <message>
        <source>FK case officer</source>
        <translation>FK case officer</translation>
    </message>
    <message>
        <source>Employment officer</source>
        <translation>Employment officer</translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation>Social worker</translation>
    </message>
    <message>
        <source>Occupational health</source>
        <translation>Occupational health</translation>
    </message>
    <message>
        <source>Physiotherapist</source>
        <translation>Physiotherapist</translation>
    </message>
    <message>
        <source>Physician</source>
        <translation>Physician</translation>
    </message>
    <message>
        <source>Psychologist</source>
        <translation>Psychologist</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Person</translation>
    </message>
    <message>
        <source>Person&apos;s &amp;title</source>
        <translation>Person&apos;s &amp;title</translation>
    </message>
    <message>
        <source>&amp;Role in the case</source>
        <translation>&amp;Role in the case</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>E.g. 010-116 00 00</source>
        <translation>E.g. 010-116 00 00</translation>
    </message>
    <message>
        <source>Person&apos;s p&amp;hone</source>
        <translation>Person&apos;s p&amp;hone</translation>
    </message>
    <message>
        <source>Habilitation efforts</source>
        <translation>Habilitation efforts</translation>
    </message>
    <message>
        <source>Assessment and treatment</source>
        <translation>Assessment and treatment</translation>
    </message>
    <message>
        <source>Pupil health</source>
        <translation>Pupil health</translation>
    </message>
    <message>
        <source>Personal assistance</source>
        <translation>Personal assistance</translation>
    </message>
    <message>
        <source>Short-term stay</source>
        <translation>Short-term stay</translation>
    </message>
    <message>
        <source>Care allowance</source>
        <translation>Care allowance</translation>
    </message>
    <message>
        <source>Temporary parental benefit</source>
        <translation>Temporary parental benefit</translation>
    </message>
    <message>
        <source>&amp;What they provide</source>
        <translation>&amp;What they provide</translation>
    </message>
</context>
<context>
    <name>koordinera::ui::ContactsPanel</name>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valid</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Add contact…</source>
        <translation>Add contact…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <source>Change the contact</source>
        <translation>Change the contact</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove the contact</source>
        <translation>Remove the contact</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>Add contact</translation>
    </message>
    <message>
        <source>Change contact</source>
        <translation>Change contact</translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation>Remove contact</translation>
    </message>
</context>
<context>
    <name>koordinera::ui::DatabaseSession</name>
    <message>
        <source>Creating %1…</source>
        <translation>Creating %1…</translation>
    </message>
    <message>
        <source>Could not create %1.

%2</source>
        <translation>Could not create %1.

%2</translation>
    </message>
    <message>
        <source>Could not open %1.

%2</source>
        <translation>Could not open %1.

%2</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Opening %1…</translation>
    </message>
    <message>
        <source>The last change made before Koordinera stopped had not been saved completely and has been left out. Everything saved before it is there.</source>
        <translation>The last change made before Koordinera stopped had not been saved completely and has been left out. Everything saved before it is there.</translation>
    </message>
    <message>
        <source>Take over the database? Do this only if it is certainly not in use there, or changes made there will be lost.</source>
        <translation>Take over the database? Do this only if it is certainly not in use there, or changes made there will be lost.</translation>
    </message>
    <message>
        <source>The passphrase has been changed.</source>
        <translation>The passphrase has been changed.</translation>
    </message>
    <message>
        <source>Could not import %1.

%2</source>
        <translation>Could not import %1.

%2</translation>
    </message>
    <message>
        <source>The database has been sealed into %1. Check it, then delete the old, unprotected file %2.</source>
        <translation>The database has been sealed into %1. Check it, then delete the old, unprotected file %2.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 on %2</translation>
    </message>
</context>
<context>
    <name>koordinera::ui::DiagnosisDialog</name>
    <message>
        <source>Edit diagnosis</source>
        <translation>Edit diagnosis</translation>
    </message>
    <message>
        <source>New diagnosis</source>
        <translation>New diagnosis</translation>
    </message>
    <message>
        <source>Main diagnosis</source>
        <translation>Main diagnosis</translation>
    </message>
    <message>
        <source>ICD-10, e.g. F43.8A</source>
        <translation>ICD-10, e.g. F43.8A</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Code</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>&amp;Text</translation>
    </message>
</context>
<context>
    <name>koordinera::ui::DocumentPreviewDialog</name>
    <message>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Print preview</translation>
    </message>
    <message>
        <source>Print preview – %1</source>
        <translation>Print preview – %1</translation>
    </message>
    <message>
        <source>Who the copy is for, e.g. the patient or the employer</source>
        <translation>Who the copy is for, e.g. the patient or the employer</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;For:</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <source>Fit the page width to the window</source>
        <translation>Fit the page width to the window</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>Whole page</translation>
    </message>
    <message>
        <source>Show one whole page</source>
        <translation>Show one whole page</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Save as PDF…</translation>
    </message>
    <message>
        <source>&amp;Copy as text</source>
        <translation>&amp;Copy as text</translation>
    </message>
    <message>
        <source>For pasting into the journal system; the clipboard is cleared again after a while.</source>
        <translation>For pasting into the journal system; the clipboard is cleared again after a while.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>The document went out, but it could not be recorded on the case: %1</source>
        <translation>The document went out, but it could not be recorded on the case: %1</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copied</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
</context>
<context>
    <name>koordinera::ui::DocumentsPanel</name>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>How</source>
        <translation>How</translation>
    </message>
    <message>
        <source>For</source>
        <translation>For</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Joint action plan…</source>
        <translation>Joint action plan…</translation>
    </message>
    <message>
        <source>Form for the meeting…</source>
        <translation>Form for the meeting…</translation>
    </message>
    <message>
        <source>Minutes…</source>
        <translation>Minutes…</translation>
    </message>
    <message>
        <source>Case summary…</source>
        <translation>Case summary…</translation>
    </message>
    <message>
        <source>Cover letter…</source>
        <translation>Cover letter…</translation>
    </message>
    <message>
        <source>Meeting for the minutes</source>
        <translation>Meeting for the minutes</translation>
    </message>
    <message>
        <source>Print, save as PDF or copy</source>
        <translation>Print, save as PDF or copy</translation>
    </message>
    <message>
        <source>The plan as adopted, for every party at the meeting table, with signature lines.</source>
        <translation>The plan as adopted, for every party at the meeting table, with signature lines.</translation>
    </message>
    <message>
        <source>The plan with empty rows and lines, to fill in by hand at the avstämningsmöte.</source>
        <translation>The plan with empty rows and lines, to fill in by hand at the avstämningsmöte.</translation>
    </message>
    <message>
        <source>Minnesanteckningar from a meeting held:</source>
        <translation>Minnesanteckningar from a meeting held:</translation>
    </message>
    <message>
        <source>The whole case – sick leave, contacts, plans, meetings, consents – for the journal.</source>
        <translation>The whole case – sick leave, contacts, plans, meetings, consents – for the journal.</translation>
    </message>
    <message>
        <source>A short letter to the employer or Försäkringskassan, with the plan.</source>
        <translation>A short letter to the employer or Försäkringskassan, with the plan.</translation>
    </message>
    <message>
        <source>Nothing about this case has been printed, saved or copied yet.</source>
        <translation>Nothing about this case has been printed, saved or copied yet.</translation>
    </message>
    <message>
        <source>Printed and exported</source>
        <translation>Printed and exported</translation>
    </message>
    <message>
        <source>The case has no plan yet (Action plan tab).</source>
        <translation>The case has no plan yet (Action plan tab).</translation>
    </message>
    <message>
        <source>no meeting held yet</source>
        <translation>no meeting held yet</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
</context>
<context>
    <name>koordinera::ui::EditCaseDialog</name>
    <message>
        <source>Edit case %1</source>
        <translation>Edit case %1</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>First parent</source>
        <translation>First parent</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
</context>
<context>
    <name>koordinera::ui::FamilyPanel</name>
    <message>
        <source>Parent</source>
        <translation>Parent</translation>
    </message>
    <message>
        <source>Identity number</source>
        <translation>Identity number</translation>
    </message>
    <message>
        <source>At the start</source>
        <translation>At the start</translation>
    </message>
    <message>
        <source>At the end</source>
        <translation>At the end</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Child</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Born</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Functional impairment</source>
        <translation>Functional impairment</translation>
    </message>
    <message>
        <source>School or preschool</source>
        <translation>School or preschool</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message>
        <source>Parents</source>
        <translation>Parents</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Children</translation>
    </message>
    <message>
        <source>&lt;b&gt;Children&lt;/b&gt;</source>
        <translation>&lt;b&gt;Children&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Add a child…</source>
        <translation>Add a child…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>&lt;b&gt;Parents&lt;/b&gt;</source>
        <translation>&lt;b&gt;Parents&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Sick-listed</source>
        <translation>Sick-listed</translation>
    </message>
    <message>
        <source>Add a child</source>
        <translation>Add a child</translation>
    </message>
    <message>
        <source>Change the child&apos;s details</source>
        <translation>Change the child&apos;s details</translation>
    </message>
    <message>
        <source>Remove %1 from the family?</source>
        <translation>Remove %1 from the family?</translation>
    </message>
    <message>
        <source>Remove a child</source>
        <translation>Remove a child</translation>
    </message>
    <message>
        <source>Add the second parent…</source>
        <translation>Add the second parent…</translation>
    </message>
    <message>
        <source>Follo&amp;w-up…</source>
        <translation>Follo&amp;w-up…</translation>
    </message>
    <message>
        <source>Each parent&apos;s occupation and rating, and whether the network works, at the start and at the end</source>
        <translation>Each parent&apos;s occupation and rating, and whether the network works, at the start and at the end</translation>
    </message>
    <message>
        <source>&lt;b&gt;The network around the child&lt;/b&gt;</source>
        <translation>&lt;b&gt;The network around the child&lt;/b&gt;</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <source>The network works: at the start %1, at the end %2.</source>
        <translation>The network works: at the start %1, at the end %2.</translation>
    </message>
    <message>
        <source>The family</source>
        <translation>The family</translation>
    </message>
    <message>
        <source>Add the second parent</source>
        <translation>Add the second parent</translation>
    </message>
    <message>
        <source>Record the follow-up</source>
        <translation>Record the follow-up</translation>
    </message>
    <message>
        <source>manageable %1 of %2</source>
        <translation>manageable %1 of %2</translation>
    </message>
</context>
<context>
    <name>koordinera::ui::FamilyStatisticsPage</name>
    <message>
        <source>Whole year</source>
        <translation>Whole year</translation>
    </message>
    <message>
        <source>First half</source>
        <translation>First half</translation>
    </message>
    <message>
        <source>Second half</source>
        <translation>Second half</translation>
    </message>
    <message>
        <source>Quarter 1</source>
        <translation>Quarter 1</translation>
    </message>
    <message>
        <source>Quarter 2</source>
        <translation>Quarter 2</translation>
    </message>
    <message>
        <source>Quarter 3</source>
        <translation>Quarter 3</translation>
    </message>
    <message>
        <source>Quarter 4</source>
        <translation>Quarter 4</translation>
    </message>
    <message>
        <source>&amp;Print the report…</source>
        <translation>&amp;Print the report…</translation>
    </message>
    <message>
        <source>E&amp;xport the follow-up…</source>
        <translation>E&amp;xport the follow-up…</translation>
    </message>
    <message>
        <source>The supports closed in the period, one row each, without names: for the systematic follow-up (Excel or CSV)</source>
        <translation>The supports closed in the period, one row each, without names: for the systematic follow-up (Excel or CSV)</translation>
    </message>
    <message>
        <source>Export the follow-up</source>
        <translation>Export the follow-up</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>&amp;Year</translation>
    </message>
    <message>
        <source>Parents</source>
        <translation>Parents</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Women</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Men</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Children by age</source>
        <translation>Children by age</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Children</translation>
    </message>
    <message>
        <source>The network</source>
        <translation>The network</translation>
    </message>
    <message>
        <source>Families</source>
        <translation>Families</translation>
    </message>
    <message>
        <source>%1 – %2 · women, men and total</source>
        <translation>%1 – %2 · women, men and total</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Parents in support</source>
        <translation>Parents in support</translation>
    </message>
    <message>
        <source>Not in work or studies at the start (closed)</source>
        <translation>Not in work or studies at the start (closed)</translation>
    </message>
    <message>
        <source>– of whom in work or studies at the end</source>
        <translation>– of whom in work or studies at the end</translation>
    </message>
    <message>
        <source>Follow-up %1–%2.xlsx</source>
        <translation>Follow-up %1–%2.xlsx</translation>
    </message>
    <message>
        <source>Exporting the follow-up…</source>
        <translation>Exporting the follow-up…</translation>
    </message>
    <message>
        <source>Families in support: &lt;b&gt;%1&lt;/b&gt; · closed: &lt;b&gt;%2&lt;/b&gt; · median time in support: &lt;b&gt;%3&lt;/b&gt; days&lt;br&gt;Back in work or studies at the end: &lt;b&gt;%4 of %5&lt;/b&gt; parents (women %6 of %7, men %8 of %9)</source>
        <translation>Families in support: &lt;b&gt;%1&lt;/b&gt; · closed: &lt;b&gt;%2&lt;/b&gt; · median time in support: &lt;b&gt;%3&lt;/b&gt; days&lt;br&gt;Back in work or studies at the end: &lt;b&gt;%4 of %5&lt;/b&gt; parents (women %6 of %7, men %8 of %9)</translation>
    </message>
    <message>
        <source>Peri&amp;od</source>
        <translation>Peri&amp;od</translation>
    </message>
</context>
<context>
    <name>koordinera::ui::FollowUpDialog</name>
    <message>
        <source>Not recorded</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <source>%1 – not manageable at all</source>
        <translation>%1 – not manageable at all</translation>
    </message>
    <message>
        <source>%1 – fully manageable</source>
        <translation>%1 – fully manageable</translation>
    </message>
    <message>
        <source>Follow-up of the support</source>
        <translation>Follow-up of the support</translation>
    </message>
    <message>
        <source>The network works, at the s&amp;tart</source>
        <translation>The network works, at the s&amp;tart</translation>
    </message>
    <message>
        <source>The network works, at the &amp;end</source>
        <translation>The network works, at the &amp;end</translation>
    </message>
    <message>
        <source>Sick-listed now</source>
        <translation>Sick-listed now</translation>
    </message>
    <message>
        <source>The case then shows the sick-leave chain, for this parent&apos;s sick leave.</source>
        <translation>The case then shows the sick-leave chain, for this parent&apos;s sick leave.</translation>
    </message>
    <message>
        <source>Occupation at the start</source>
        <translation>Occupation at the start</translation>
    </message>
    <message>
        <source>Manageable at the start</source>
        <translation>Manageable at the start</translation>
    </message>
    <message>
        <source>Occupation at the end</source>
        <translation>Occupation at the end</translation>
    </message>
    <message>
        <source>Manageable at the end</source>
        <translation>Manageable at the end</translation>
    </message>
</context>
<context>
    <name>koordinera::ui::HelpWindow</name>
    <message>
        <source>No chapter holds every word.</source>
        <translation>No chapter holds every word.</translation>
    </message>
    <message>
        <source>Koordinera – Manual</source>
        <translation>Koordinera – Manual</translation>
    </message>
    <message>
        <source>Search the manual (Ctrl+F)</source>
        <translation>Search the manual (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the manual</source>
        <translation>Search the manual</translation>
    </message>
    <message>
        <source>Chapters</source>
        <translation>Chapters</translation>
    </message>
    <message>
        <source>Manual page</source>
        <translation>Manual page</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n hit(s))</source>
        <translation>
            <numerusform>%1 (%n hit)</numerusform>
            <numerusform>%1 (%n hits)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>koordinera::ui::ImportDialog</name>
    <message>
        <source>Import a case list – %1</source>
        <translation>Import a case list – %1</translation>
    </message>
    <message>
        <source>The file %1 could not be opened.</source>
        <translation>The file %1 could not be opened.</translation>
    </message>
    <message>
        <source>The file is too large for a case list (more than 64 MB).</source>
        <translation>The file is too large for a case list (more than 64 MB).</translation>
    </message>
    <message>
        <source>UTF-8 (CSV UTF-8 from Excel)</source>
        <translation>UTF-8 (CSV UTF-8 from Excel)</translation>
    </message>
    <message>
        <source>Windows-1252 (older CSV from Excel)</source>
        <translation>Windows-1252 (older CSV from Excel)</translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation>Semicolon ;</translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation>Comma ,</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Example</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Import as</translation>
    </message>
    <message>
        <source>Character encoding:</source>
        <translation>Character encoding:</translation>
    </message>
    <message>
        <source>Separator:</source>
        <translation>Separator:</translation>
    </message>
    <message>
        <source>&lt;b&gt;1. What each column is&lt;/b&gt; – the choices are remembered for next time.</source>
        <translation>&lt;b&gt;1. What each column is&lt;/b&gt; – the choices are remembered for next time.</translation>
    </message>
    <message>
        <source>&lt;b&gt;2. The rows as they will be stored&lt;/b&gt;</source>
        <translation>&lt;b&gt;2. The rows as they will be stored&lt;/b&gt;</translation>
    </message>
    <message>
        <source>(column %1)</source>
        <translation>(column %1)</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Identity number</source>
        <translation>Identity number</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Degree</source>
        <translation>Degree</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnosis</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Employer</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>already registered, not imported again</source>
        <translation>already registered, not imported again</translation>
    </message>
    <message>
        <source>new case for a registered patient</source>
        <translation>new case for a registered patient</translation>
    </message>
    <message>
        <source>new patient and case</source>
        <translation>new patient and case</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) can be imported</source>
        <translation>
            <numerusform>%n row can be imported</numerusform>
            <numerusform>%n rows can be imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have errors and will be skipped (marked in red). Fix the file and open it again, or import the others.</source>
        <translation>
            <numerusform>%n row have errors and will be skipped (marked in red). Fix the file and open it again, or import the others.</numerusform>
            <numerusform>%n rows have errors and will be skipped (marked in red). Fix the file and open it again, or import the others.</numerusform>
        </translation>
    </message>
    <message>
        <source>The first %1 rows are shown.</source>
        <translation>The first %1 rows are shown.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n case(s)</source>
        <translation>
            <numerusform>&amp;Import %n case</numerusform>
            <numerusform>&amp;Import %n cases</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nothing was imported: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) imported</source>
        <translation>
            <numerusform>%n case imported</numerusform>
            <numerusform>%n cases imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new patient(s) registered</source>
        <translation>
            <numerusform>%n new patient registered</numerusform>
            <numerusform>%n new patients registered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) matched a registered patient</source>
        <translation>
            <numerusform>%n row matched a registered patient</numerusform>
            <numerusform>%n rows matched a registered patient</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) were already registered and not imported again</source>
        <translation>
            <numerusform>%n row were already registered and not imported again</numerusform>
            <numerusform>%n rows were already registered and not imported again</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped:</source>
        <translation>
            <numerusform>%n row skipped:</numerusform>
            <numerusform>%n rows skipped:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  … and %n more</source>
        <translation>
            <numerusform>  … and %n more</numerusform>
            <numerusform>  … and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing the case list…</source>
        <translation>Importing the case list…</translation>
    </message>
    <message>
        <source>The import was stopped. Nothing was imported.</source>
        <translation>The import was stopped. Nothing was imported.</translation>
    </message>
</context>
<context>
    <name>koordinera::ui::ImpulseDialog</name>
    <message>
        <source>Change 4 § impuls</source>
        <translation>Change 4 § impuls</translation>
    </message>
    <message>
        <source>New 4 § impuls</source>
        <translation>New 4 § impuls</translation>
    </message>
    <message>
        <source>Given %1</source>
        <translation>Given %1</translation>
    </message>
    <message>
        <source>, valid until %1</source>
        <translation>, valid until %1</translation>
    </message>
    <message>
        <source>, withdrawn %1</source>
        <translation>, withdrawn %1</translation>
    </message>
    <message>
        <source>No 4 § consent registered</source>
        <translation>No 4 § consent registered</translation>
    </message>
    <message>
        <source>Why work-oriented rehabilitation may be needed</source>
        <translation>Why work-oriented rehabilitation may be needed</translation>
    </message>
    <message>
        <source>E.g. FK booked an avstämningsmöte</source>
        <translation>E.g. FK booked an avstämningsmöte</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>&amp;Consent (4 §)</source>
        <translation>&amp;Consent (4 §)</translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation>C&amp;hannel</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Outcome</translation>
    </message>
    <message>
        <source>Received &amp;by at FK</source>
        <translation>Received &amp;by at FK</translation>
    </message>
</context>
<context>
    <name>koordinera::ui::KvaCodesDialog</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>In use</translation>
    </message>
    <message>
        <source>KVÅ codes</source>
        <translation>KVÅ codes</translation>
    </message>
    <message>
        <source>Code, e.g. GC001</source>
        <translation>Code, e.g. GC001</translation>
    </message>
    <message>
        <source>What the code stands for</source>
        <translation>What the code stands for</translation>
    </message>
    <message>
        <source>Take out of use / back in use</source>
        <translation>Take out of use / back in use</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>The codes offered when you record an activity. Codes in use on earlier entries stay on them when taken out of use.</source>
        <translation>The codes offered when you record an activity. Codes in use on earlier entries stay on them when taken out of use.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>koordinera::ui::LetterDialog</name>
    <message>
        <source>Cover letter with the plan</source>
        <translation>Cover letter with the plan</translation>
    </message>
    <message>
        <source>Name and organisation</source>
        <translation>Name and organisation</translation>
    </message>
    <message>
        <source>Enclose the joint action plan (version %1)</source>
        <translation>Enclose the joint action plan (version %1)</translation>
    </message>
    <message>
        <source>No plan to enclose yet</source>
        <translation>No plan to enclose yet</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>&amp;Letter:</source>
        <translation>&amp;Letter:</translation>
    </message>
    <message>
        <source>The text comes from the unit&apos;s letter template (Settings › Documents); changes here apply to this letter only.</source>
        <translation>The text comes from the unit&apos;s letter template (Settings › Documents); changes here apply to this letter only.</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation>&amp;Preview…</translation>
    </message>
    <message>
        <source>Name who the letter is for.</source>
        <translation>Name who the letter is for.</translation>
    </message>
    <message>
        <source>The letter has no text.</source>
        <translation>The letter has no text.</translation>
    </message>
</context>
<context>
    <name>koordinera::ui::LockPage</name>
    <message>
        <source>&amp;Unlock…</source>
        <translation>&amp;Unlock…</translation>
    </message>
    <message>
        <source>Koordinera is locked</source>
        <translation>Koordinera is locked</translation>
    </message>
    <message>
        <source>%1 is locked. No patient data is shown until you unlock it with the passphrase.</source>
        <translation>%1 is locked. No patient data is shown until you unlock it with the passphrase.</translation>
    </message>
    <message>
        <source>%1 is locked and the connection closed. No patient data is shown until you connect again with your password.</source>
        <translation>%1 is locked and the connection closed. No patient data is shown until you connect again with your password.</translation>
    </message>
</context>
<context>
    <name>koordinera::ui::MainWindow</name>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>DEMO — practice data with fictional people. Nothing is saved.</source>
        <translation>DEMO — practice data with fictional people. Nothing is saved.</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>New database</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Open database</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>Koordinera</source>
        <translation>Koordinera</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;New database…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Open database…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <source>Try with &amp;demo data</source>
        <translation>Try with &amp;demo data</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>&amp;New case…</translation>
    </message>
    <message>
        <source>&amp;Find case</source>
        <translation>&amp;Find case</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Koordinera</source>
        <translation>&amp;About Koordinera</translation>
    </message>
    <message>
        <source>DEMO</source>
        <translation>DEMO</translation>
    </message>
    <message>
        <source>&amp;KVÅ codes…</source>
        <translation>&amp;KVÅ codes…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Import a database from an earlier version…</source>
        <translation>&amp;Import a database from an earlier version…</translation>
    </message>
    <message>
        <source>Database from an earlier version</source>
        <translation>Database from an earlier version</translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation>Change &amp;passphrase…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <source>Locked — Koordinera</source>
        <translation>Locked — Koordinera</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <source>&amp;Access log…</source>
        <translation>&amp;Access log…</translation>
    </message>
    <message>
        <source>&amp;Check the database</source>
        <translation>&amp;Check the database</translation>
    </message>
    <message>
        <source>&amp;Purge old cases (gallring)…</source>
        <translation>&amp;Purge old cases (gallring)…</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Today (%1)</source>
        <translation>Today (%1)</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>&amp;Print the action plan…</source>
        <translation>&amp;Print the action plan…</translation>
    </message>
    <message>
        <source>Case &amp;summary…</source>
        <translation>Case &amp;summary…</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <source>Import a case list</source>
        <translation>Import a case list</translation>
    </message>
    <message>
        <source>&amp;Manual</source>
        <translation>&amp;Manual</translation>
    </message>
    <message>
        <source>Parts of the program</source>
        <translation>Parts of the program</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Today</translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation>&amp;Cases</translation>
    </message>
    <message>
        <source>C&amp;alendar</source>
        <translation>C&amp;alendar</translation>
    </message>
    <message>
        <source>&amp;Statistics</source>
        <translation>&amp;Statistics</translation>
    </message>
    <message>
        <source>Res&amp;tore from backup…</source>
        <translation>Res&amp;tore from backup…</translation>
    </message>
    <message>
        <source>Clos&amp;e database</source>
        <translation>Clos&amp;e database</translation>
    </message>
    <message>
        <source>Ca&amp;se</source>
        <translation>Ca&amp;se</translation>
    </message>
    <message>
        <source>Bringing the sick-leave chains up to date…</source>
        <translation>Bringing the sick-leave chains up to date…</translation>
    </message>
    <message>
        <source>Notes, consents and documents are signed with this name, title and unit. Click to change.</source>
        <translation>Notes, consents and documents are signed with this name, title and unit. Click to change.</translation>
    </message>
    <message>
        <source>Who is signing? Not given yet</source>
        <translation>Who is signing? Not given yet</translation>
    </message>
    <message>
        <source>Signing: %1, %2 · %3</source>
        <translation>Signing: %1, %2 · %3</translation>
    </message>
    <message>
        <source>Import a &amp;case list (Excel or CSV)…</source>
        <translation>Import a &amp;case list (Excel or CSV)…</translation>
    </message>
    <message>
        <source>Case lists (*.xlsx *.csv *.txt);;All files (*)</source>
        <translation>Case lists (*.xlsx *.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Sick-listed</source>
        <translation>Sick-listed</translation>
    </message>
    <message>
        <source>Import the &amp;sick-leave list (Rehabstöd)…</source>
        <translation>Import the &amp;sick-leave list (Rehabstöd)…</translation>
    </message>
    <message>
        <source>Sick-&amp;listed, not in coordination</source>
        <translation>Sick-&amp;listed, not in coordination</translation>
    </message>
    <message>
        <source>Import the sick-leave list</source>
        <translation>Import the sick-leave list</translation>
    </message>
    <message>
        <source>Lists from Rehabstöd (*.xlsx *.csv *.txt);;All files (*)</source>
        <translation>Lists from Rehabstöd (*.xlsx *.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>S&amp;taff at the unit…</source>
        <translation>S&amp;taff at the unit…</translation>
    </message>
    <message>
        <source>&amp;Work for the unit…</source>
        <translation>&amp;Work for the unit…</translation>
    </message>
    <message>
        <source>&amp;Regional report…</source>
        <translation>&amp;Regional report…</translation>
    </message>
    <message>
        <source>&amp;New family…</source>
        <translation>&amp;New family…</translation>
    </message>
    <message>
        <source>Connect to the region&apos;s ser&amp;ver…</source>
        <translation>Connect to the region&apos;s ser&amp;ver…</translation>
    </message>
</context>
<context>
    <name>koordinera::ui::MaintenanceActions</name>
    <message>
        <source>Choose a backup folder in the settings first (Edit › Settings…).</source>
        <translation>Choose a backup folder in the settings first (Edit › Settings…).</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>Backed up to %1.</translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup could not be made. Your changes are saved in the database.

%1</source>
        <translation>Today&apos;s automatic backup could not be made. Your changes are saved in the database.

%1</translation>
    </message>
    <message>
        <source>The database&apos;s structure is intact.</source>
        <translation>The database&apos;s structure is intact.</translation>
    </message>
    <message>
        <source>The database&apos;s structure is damaged. Restore the latest backup (File › Restore from backup…) and contact your IT support.</source>
        <translation>The database&apos;s structure is damaged. Restore the latest backup (File › Restore from backup…) and contact your IT support.</translation>
    </message>
    <message numerus="yes">
        <source>The access log (%n entries) is unbroken.</source>
        <translation>
            <numerusform>The access log (%n entry) is unbroken.</numerusform>
            <numerusform>The access log (%n entries) is unbroken.</numerusform>
        </translation>
    </message>
    <message>
        <source>The access log breaks at entry %1: that entry or one before it has been changed or removed outside Koordinera. Report this to the person responsible for information security.</source>
        <translation>The access log breaks at entry %1: that entry or one before it has been changed or removed outside Koordinera. Report this to the person responsible for information security.</translation>
    </message>
    <message>
        <source>That is the open database itself. Choose one of its backups.</source>
        <translation>That is the open database itself. Choose one of its backups.</translation>
    </message>
    <message>
        <source>Could not open the backup %1.

%2</source>
        <translation>Could not open the backup %1.

%2</translation>
    </message>
    <message>
        <source>The backup could not be restored. The database is as it was.

%1</source>
        <translation>The backup could not be restored. The database is as it was.

%1</translation>
    </message>
    <message>
        <source>Restored from %1.</source>
        <translation>Restored from %1.</translation>
    </message>
</context>
<context>
    <name>koordinera::ui::MeetingDialog</name>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Record the meeting</source>
        <translation>Record the meeting</translation>
    </message>
    <message>
        <source>Correct the meeting record</source>
        <translation>Correct the meeting record</translation>
    </message>
    <message>
        <source>Change the booking</source>
        <translation>Change the booking</translation>
    </message>
    <message>
        <source>Book a meeting</source>
        <translation>Book a meeting</translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation>&amp;Meeting</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Record</translation>
    </message>
    <message>
        <source>&amp;Next meeting</source>
        <translation>&amp;Next meeting</translation>
    </message>
    <message>
        <source>&amp;Save the record</source>
        <translation>&amp;Save the record</translation>
    </message>
    <message>
        <source>No next meeting booked</source>
        <translation>No next meeting booked</translation>
    </message>
    <message>
        <source>Every case has its next follow-up booked. Why is no meeting needed after this one?</source>
        <translation>Every case has its next follow-up booked. Why is no meeting needed after this one?</translation>
    </message>
    <message>
        <source>Save without a next meeting</source>
        <translation>Save without a next meeting</translation>
    </message>
    <message>
        <source>Book one</source>
        <translation>Book one</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Length</translation>
    </message>
    <message>
        <source>E.g. Vårdcentralen, rum 3</source>
        <translation>E.g. Vårdcentralen, rum 3</translation>
    </message>
    <message>
        <source>By video</source>
        <translation>By video</translation>
    </message>
    <message>
        <source>E.g. Försäkringskassan, the patient, the employer</source>
        <translation>E.g. Försäkringskassan, the patient, the employer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation>Add participant</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Someone else</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;When</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Place</translation>
    </message>
    <message>
        <source>&amp;Initiated by</source>
        <translation>&amp;Initiated by</translation>
    </message>
    <message>
        <source>&amp;FK officer</source>
        <translation>&amp;FK officer</translation>
    </message>
    <message>
        <source>P&amp;urpose</source>
        <translation>P&amp;urpose</translation>
    </message>
    <message>
        <source>Function and activity limitation, as care describes them</source>
        <translation>Function and activity limitation, as care describes them</translation>
    </message>
    <message>
        <source>Adjustments, other tasks, gradual return…</source>
        <translation>Adjustments, other tasks, gradual return…</translation>
    </message>
    <message>
        <source>A 4 § impuls to Försäkringskassan is needed</source>
        <translation>A 4 § impuls to Försäkringskassan is needed</translation>
    </message>
    <message>
        <source>The patient&apos;s &amp;view</source>
        <translation>The patient&apos;s &amp;view</translation>
    </message>
    <message>
        <source>&amp;Care reports</source>
        <translation>&amp;Care reports</translation>
    </message>
    <message>
        <source>&amp;Work options discussed</source>
        <translation>&amp;Work options discussed</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>New action…</source>
        <translation>New action…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <source>Book the next meeting now</source>
        <translation>Book the next meeting now</translation>
    </message>
    <message>
        <source>Only when no meeting is booked: why none is needed</source>
        <translation>Only when no meeting is booked: why none is needed</translation>
    </message>
    <message>
        <source>No meeting &amp;because</source>
        <translation>No meeting &amp;because</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Follow up…</source>
        <translation>Follow up…</translation>
    </message>
    <message>
        <source>Note what has happened with the action: status and result</source>
        <translation>Note what has happened with the action: status and result</translation>
    </message>
    <message>
        <source>&lt;b&gt;The plan&apos;s actions&lt;/b&gt; – followed up at the meeting</source>
        <translation>&lt;b&gt;The plan&apos;s actions&lt;/b&gt; – followed up at the meeting</translation>
    </message>
    <message>
        <source>&lt;b&gt;New actions&lt;/b&gt; – added to the joint action plan</source>
        <translation>&lt;b&gt;New actions&lt;/b&gt; – added to the joint action plan</translation>
    </message>
    <message>
        <source>changed now</source>
        <translation>changed now</translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation>&amp;Actions</translation>
    </message>
    <message>
        <source>Someone from the care team</source>
        <translation>Someone from the care team</translation>
    </message>
    <message>
        <source>Parti&amp;cipants</source>
        <translation>Parti&amp;cipants</translation>
    </message>
    <message>
        <source>Summary and &amp;decisions</source>
        <translation>Summary and &amp;decisions</translation>
    </message>
    <message>
        <source>New actions</source>
        <translation>New actions</translation>
    </message>
    <message>
        <source>Make the case Acti&amp;ve: coordination has started</source>
        <translation>Make the case Acti&amp;ve: coordination has started</translation>
    </message>
    <message>
        <source>The family&apos;s &amp;view</source>
        <translation>The family&apos;s &amp;view</translation>
    </message>
    <message>
        <source>The &amp;network reports</source>
        <translation>The &amp;network reports</translation>
    </message>
    <message>
        <source>What each actor around the child reports</source>
        <translation>What each actor around the child reports</translation>
    </message>
</context>
<context>
    <name>koordinera::ui::MeetingsPanel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>Received by</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Booked – not recorded yet</source>
        <translation>Booked – not recorded yet</translation>
    </message>
    <message>
        <source>not present</source>
        <translation>not present</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Försäkringskassan&apos;s officer</source>
        <translation>Försäkringskassan&apos;s officer</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>The patient&apos;s view</source>
        <translation>The patient&apos;s view</translation>
    </message>
    <message>
        <source>Care&apos;s report on function and activity limitation</source>
        <translation>Care&apos;s report on function and activity limitation</translation>
    </message>
    <message>
        <source>Work options discussed</source>
        <translation>Work options discussed</translation>
    </message>
    <message>
        <source>Summary and decisions</source>
        <translation>Summary and decisions</translation>
    </message>
    <message>
        <source>4 § impuls</source>
        <translation>4 § impuls</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>Needed</translation>
    </message>
    <message>
        <source>No follow-up booked because</source>
        <translation>No follow-up booked because</translation>
    </message>
    <message>
        <source>Book a meeting…</source>
        <translation>Book a meeting…</translation>
    </message>
    <message>
        <source>Record as held…</source>
        <translation>Record as held…</translation>
    </message>
    <message>
        <source>Write the record, add the agreed actions to the plan and book the next meeting</source>
        <translation>Write the record, add the agreed actions to the plan and book the next meeting</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <source>Call off</source>
        <translation>Call off</translation>
    </message>
    <message>
        <source>Register 4 § impuls…</source>
        <translation>Register 4 § impuls…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Impulser to Försäkringskassan (4 §)&lt;/b&gt;</source>
        <translation>&lt;b&gt;Impulser to Försäkringskassan (4 §)&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;No meetings yet. Book the first with “Book a meeting…”.&lt;/p&gt;</source>
        <translation>&lt;p&gt;No meetings yet. Book the first with “Book a meeting…”.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Book meeting</source>
        <translation>Book meeting</translation>
    </message>
    <message>
        <source>Correct meeting record</source>
        <translation>Correct meeting record</translation>
    </message>
    <message>
        <source>Change booking</source>
        <translation>Change booking</translation>
    </message>
    <message>
        <source>Call off meeting</source>
        <translation>Call off meeting</translation>
    </message>
    <message>
        <source>To calendar file</source>
        <translation>To calendar file</translation>
    </message>
    <message>
        <source>Calendar file</source>
        <translation>Calendar file</translation>
    </message>
    <message>
        <source>With initials and case reference (recommended)</source>
        <translation>With initials and case reference (recommended)</translation>
    </message>
    <message>
        <source>With name and identity number</source>
        <translation>With name and identity number</translation>
    </message>
    <message>
        <source>koordinera-meeting-%1.ics</source>
        <translation>koordinera-meeting-%1.ics</translation>
    </message>
    <message>
        <source>Double-click to add the outcome or correct the impuls</source>
        <translation>Double-click to add the outcome or correct the impuls</translation>
    </message>
    <message>
        <source>Minutes…</source>
        <translation>Minutes…</translation>
    </message>
    <message>
        <source>Minnesanteckningar from the meeting: preview, print, save as PDF or copy as text</source>
        <translation>Minnesanteckningar from the meeting: preview, print, save as PDF or copy as text</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>Impulser to Försäkringskassan</source>
        <translation>Impulser to Försäkringskassan</translation>
    </message>
    <message>
        <source>The chosen meeting</source>
        <translation>The chosen meeting</translation>
    </message>
    <message>
        <source>The avstämningsmöte is recorded as held, and the case&apos;s status is now Active.</source>
        <translation>The avstämningsmöte is recorded as held, and the case&apos;s status is now Active.</translation>
    </message>
    <message>
        <source>Prepare…</source>
        <translation>Prepare…</translation>
    </message>
    <message>
        <source>The patient met beforehand, the medical assessment, and the consent for each invited</source>
        <translation>The patient met beforehand, the medical assessment, and the consent for each invited</translation>
    </message>
    <message>
        <source>Invitations…</source>
        <translation>Invitations…</translation>
    </message>
    <message>
        <source>A kallelse for each party invited: preview, print or save as PDF</source>
        <translation>A kallelse for each party invited: preview, print or save as PDF</translation>
    </message>
    <message>
        <source>Before the meeting</source>
        <translation>Before the meeting</translation>
    </message>
    <message>
        <source>Letter…</source>
        <translation>Letter…</translation>
    </message>
    <message>
        <source>The letter to Försäkringskassan that goes with the chosen impuls</source>
        <translation>The letter to Försäkringskassan that goes with the chosen impuls</translation>
    </message>
    <message>
        <source>The network meeting is recorded as held, and the support is now Active.</source>
        <translation>The network meeting is recorded as held, and the support is now Active.</translation>
    </message>
</context>
<context>
    <name>koordinera::ui::NetworkPicture</name>
    <message>
        <source>No actors in the network yet</source>
        <translation>No actors in the network yet</translation>
    </message>
    <message>
        <source>%1, with %2</source>
        <translation>%1, with %2</translation>
    </message>
    <message>
        <source>No actors in the network yet. Add them on the Network tab, with the family&apos;s consent.</source>
        <translation>No actors in the network yet. Add them on the Network tab, with the family&apos;s consent.</translation>
    </message>
</context>
<context>
    <name>koordinera::ui::NewCaseDialog</name>
    <message>
        <source>New case</source>
        <translation>New case</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Sick leave and main diagnosis</source>
        <translation>Sick leave and main diagnosis</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Ends</translation>
    </message>
    <message>
        <source>Leave unticked while the certificate has no end date.</source>
        <translation>Leave unticked while the certificate has no end date.</translation>
    </message>
    <message>
        <source>ICD-10, e.g. F43.8A</source>
        <translation>ICD-10, e.g. F43.8A</translation>
    </message>
    <message>
        <source>&amp;Degree</source>
        <translation>&amp;Degree</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Diagnosis te&amp;xt</source>
        <translation>Diagnosis te&amp;xt</translation>
    </message>
    <message numerus="yes">
        <source>%1 is already registered (%n case(s)). The new case is added to the same patient.</source>
        <translation>
            <numerusform>%1 is already registered (%n case). The new case is added to the same patient.</numerusform>
            <numerusform>%1 is already registered (%n cases). The new case is added to the same patient.</numerusform>
        </translation>
    </message>
    <message>
        <source>F&amp;rom</source>
        <translation>F&amp;rom</translation>
    </message>
    <message>
        <source>&amp;Main diagnosis</source>
        <translation>&amp;Main diagnosis</translation>
    </message>
    <message>
        <source>Name of the person to contact</source>
        <translation>Name of the person to contact</translation>
    </message>
    <message>
        <source>e.g. nearest manager</source>
        <translation>e.g. nearest manager</translation>
    </message>
    <message>
        <source>Their p&amp;hone</source>
        <translation>Their p&amp;hone</translation>
    </message>
    <message>
        <source>Contact at the emplo&amp;yer</source>
        <translation>Contact at the emplo&amp;yer</translation>
    </message>
    <message>
        <source>Their tit&amp;le</source>
        <translation>Their tit&amp;le</translation>
    </message>
    <message>
        <source>New family</source>
        <translation>New family</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Parent</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
</context>
<context>
    <name>koordinera::ui::OlderFileDialog</name>
    <message>
        <source>The database file is not the newest</source>
        <translation>The database file is not the newest</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message>
        <source>It holds:</source>
        <translation>It holds:</translation>
    </message>
    <message>
        <source>Its last log entry:</source>
        <translation>Its last log entry:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>&lt;b&gt;Working in the file as it is gives up what is missing from it&lt;/b&gt; (a newer backup can still be restored afterwards), and the choice is written to the access log. Leave the file untouched while you find out where the newer file went.</source>
        <translation>&lt;b&gt;Working in the file as it is gives up what is missing from it&lt;/b&gt; (a newer backup can still be restored afterwards), and the choice is written to the access log. Leave the file untouched while you find out where the newer file went.</translation>
    </message>
    <message>
        <source>&amp;Leave the file untouched</source>
        <translation>&amp;Leave the file untouched</translation>
    </message>
    <message>
        <source>&amp;Work in the file as it is</source>
        <translation>&amp;Work in the file as it is</translation>
    </message>
    <message>
        <source>This is what the file holds now (opened only for reading):</source>
        <translation>This is what the file holds now (opened only for reading):</translation>
    </message>
    <message>
        <source>Cases in the file</source>
        <translation>Cases in the file</translation>
    </message>
</context>
<context>
    <name>koordinera::ui::ParentDialog</name>
    <message>
        <source>Add the second parent</source>
        <translation>Add the second parent</translation>
    </message>
</context>
<context>
    <name>koordinera::ui::PassphraseDialog</name>
    <message>
        <source>Unlock database</source>
        <translation>Unlock database</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>New database</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Change passphrase</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Enter the passphrase for %1.</source>
        <translation>Enter the passphrase for %1.</translation>
    </message>
    <message>
        <source>Choose a passphrase for %1. The data cannot be read without it, and it cannot be recovered if it is forgotten: keep it where your unit keeps such things.</source>
        <translation>Choose a passphrase for %1. The data cannot be read without it, and it cannot be recovered if it is forgotten: keep it where your unit keeps such things.</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>&amp;New passphrase</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <source>&amp;Repeat it</source>
        <translation>&amp;Repeat it</translation>
    </message>
</context>
<context>
    <name>koordinera::ui::PatientForm</name>
    <message>
        <source>Reserve number</source>
        <translation>Reserve number</translation>
    </message>
    <message>
        <source>YYYYMMDD-XXXX</source>
        <translation>YYYYMMDD-XXXX</translation>
    </message>
    <message>
        <source>A local number for a patient without personal identity or coordination number.</source>
        <translation>A local number for a patient without personal identity or coordination number.</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>&amp;Identity number</source>
        <translation>&amp;Identity number</translation>
    </message>
    <message>
        <source>&amp;Given name</source>
        <translation>&amp;Given name</translation>
    </message>
    <message>
        <source>&amp;Family name</source>
        <translation>&amp;Family name</translation>
    </message>
    <message>
        <source>Legal &amp;sex</source>
        <translation>Legal &amp;sex</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <source>%1born %2, %3 years, %4</source>
        <translation>%1born %2, %3 years, %4</translation>
    </message>
</context>
<context>
    <name>koordinera::ui::PeriodDialog</name>
    <message>
        <source>Edit sick-leave period</source>
        <translation>Edit sick-leave period</translation>
    </message>
    <message>
        <source>New sick-leave period</source>
        <translation>New sick-leave period</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Ends</translation>
    </message>
    <message>
        <source>&amp;Degree</source>
        <translation>&amp;Degree</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
</context>
<context>
    <name>koordinera::ui::PlanCompareDialog</name>
    <message>
        <source>Version %1 (draft)</source>
        <translation>Version %1 (draft)</translation>
    </message>
    <message>
        <source>Version %1, adopted %2</source>
        <translation>Version %1, adopted %2</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>New action</translation>
    </message>
    <message>
        <source>Action removed</source>
        <translation>Action removed</translation>
    </message>
    <message>
        <source>Action changed</source>
        <translation>Action changed</translation>
    </message>
    <message>
        <source>Compare versions of the plan</source>
        <translation>Compare versions of the plan</translation>
    </message>
    <message>
        <source>&lt;p&gt;The plan has only one version.&lt;/p&gt;</source>
        <translation>&lt;p&gt;The plan has only one version.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose two different versions.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Choose two different versions.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The versions have the same content.&lt;/p&gt;</source>
        <translation>&lt;p&gt;The versions have the same content.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Changes between the versions</source>
        <translation>Changes between the versions</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;to</translation>
    </message>
</context>
<context>
    <name>koordinera::ui::PlanDialog</name>
    <message>
        <source>Joint action plan, version %1</source>
        <translation>Joint action plan, version %1</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Booked</translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation>Approved on</translation>
    </message>
    <message>
        <source>In the patient&apos;s own words</source>
        <translation>In the patient&apos;s own words</translation>
    </message>
    <message>
        <source>What everyone works towards, e.g. “Arbete 50 % från 1 februari”</source>
        <translation>What everyone works towards, e.g. “Arbete 50 % från 1 februari”</translation>
    </message>
    <message>
        <source>From the next booked meeting</source>
        <translation>From the next booked meeting</translation>
    </message>
    <message>
        <source>No meeting is booked; book one on the Meetings tab.</source>
        <translation>No meeting is booked; book one on the Meetings tab.</translation>
    </message>
    <message>
        <source>Place, or video</source>
        <translation>Place, or video</translation>
    </message>
    <message>
        <source>Who takes part</source>
        <translation>Who takes part</translation>
    </message>
    <message>
        <source>Others, separated by commas</source>
        <translation>Others, separated by commas</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Not stated</translation>
    </message>
    <message>
        <source>&amp;Background and current situation</source>
        <translation>&amp;Background and current situation</translation>
    </message>
    <message>
        <source>The &amp;patient&apos;s goal</source>
        <translation>The &amp;patient&apos;s goal</translation>
    </message>
    <message>
        <source>&amp;Shared goal</source>
        <translation>&amp;Shared goal</translation>
    </message>
    <message>
        <source>&amp;Overall responsibility</source>
        <translation>&amp;Overall responsibility</translation>
    </message>
    <message>
        <source>&amp;Next follow-up</source>
        <translation>&amp;Next follow-up</translation>
    </message>
    <message>
        <source>Pla&amp;ce</source>
        <translation>Pla&amp;ce</translation>
    </message>
    <message>
        <source>&amp;Who</source>
        <translation>&amp;Who</translation>
    </message>
    <message>
        <source>Copies &amp;to</source>
        <translation>Copies &amp;to</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Cons&amp;ent</source>
        <translation>Cons&amp;ent</translation>
    </message>
    <message>
        <source>Patient&apos;s &amp;approval</source>
        <translation>Patient&apos;s &amp;approval</translation>
    </message>
    <message>
        <source>The &amp;family&apos;s goal</source>
        <translation>The &amp;family&apos;s goal</translation>
    </message>
    <message>
        <source>The family&apos;s &amp;approval</source>
        <translation>The family&apos;s &amp;approval</translation>
    </message>
    <message>
        <source>In the family&apos;s own words</source>
        <translation>In the family&apos;s own words</translation>
    </message>
    <message>
        <source>Always gets a copy of the plan.</source>
        <translation>Always gets a copy of the plan.</translation>
    </message>
</context>
<context>
    <name>koordinera::ui::PlanPanel</name>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>%1 (draft)</source>
        <translation>%1 (draft)</translation>
    </message>
    <message>
        <source>%1, adopted %2</source>
        <translation>%1, adopted %2</translation>
    </message>
    <message>
        <source>Background and current situation</source>
        <translation>Background and current situation</translation>
    </message>
    <message>
        <source>The patient&apos;s goal, in their words</source>
        <translation>The patient&apos;s goal, in their words</translation>
    </message>
    <message>
        <source>Shared goal</source>
        <translation>Shared goal</translation>
    </message>
    <message>
        <source>Overall responsibility</source>
        <translation>Overall responsibility</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Next follow-up</translation>
    </message>
    <message>
        <source>Copies to</source>
        <translation>Copies to</translation>
    </message>
    <message>
        <source>Approved by the patient</source>
        <translation>Approved by the patient</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>Edit the plan…</source>
        <translation>Edit the plan…</translation>
    </message>
    <message>
        <source>Adopt…</source>
        <translation>Adopt…</translation>
    </message>
    <message>
        <source>Freeze this version as the plan agreed with the patient</source>
        <translation>Freeze this version as the plan agreed with the patient</translation>
    </message>
    <message>
        <source>Compare versions…</source>
        <translation>Compare versions…</translation>
    </message>
    <message>
        <source>New action…</source>
        <translation>New action…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Move the action up (Alt+Up); you can also drag it</source>
        <translation>Move the action up (Alt+Up); you can also drag it</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Move the action down (Alt+Down); you can also drag it</source>
        <translation>Move the action down (Alt+Down); you can also drag it</translation>
    </message>
    <message>
        <source>&lt;b&gt;Actions&lt;/b&gt;</source>
        <translation>&lt;b&gt;Actions&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No joint action plan yet. Start one with “Edit the plan…” or “New action…”; actions agreed at a meeting start one too.</source>
        <translation>No joint action plan yet. Start one with “Edit the plan…” or “New action…”; actions agreed at a meeting start one too.</translation>
    </message>
    <message>
        <source>Adopted %1 by %2. An earlier version: it is kept as it was and cannot be changed.</source>
        <translation>Adopted %1 by %2. An earlier version: it is kept as it was and cannot be changed.</translation>
    </message>
    <message>
        <source>Draft: changes are saved as you make them. Adopt it once it is agreed.</source>
        <translation>Draft: changes are saved as you make them. Adopt it once it is agreed.</translation>
    </message>
    <message>
        <source>Adopted %1 by %2. Changes start version %3 as a draft.</source>
        <translation>Adopted %1 by %2. Changes start version %3 as a draft.</translation>
    </message>
    <message>
        <source>Was due %1</source>
        <translation>Was due %1</translation>
    </message>
    <message>
        <source>Start a plan…</source>
        <translation>Start a plan…</translation>
    </message>
    <message>
        <source>Edit the plan</source>
        <translation>Edit the plan</translation>
    </message>
    <message>
        <source>Start the plan</source>
        <translation>Start the plan</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Add action</translation>
    </message>
    <message>
        <source>Change action</source>
        <translation>Change action</translation>
    </message>
    <message>
        <source>Remove action</source>
        <translation>Remove action</translation>
    </message>
    <message>
        <source>Move action</source>
        <translation>Move action</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>The plan for the meeting table: preview, print, save as PDF or copy as text</source>
        <translation>The plan for the meeting table: preview, print, save as PDF or copy as text</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>The plan</source>
        <translation>The plan</translation>
    </message>
    <message>
        <source>no copy recorded</source>
        <translation>no copy recorded</translation>
    </message>
    <message>
        <source>copy recorded</source>
        <translation>copy recorded</translation>
    </message>
    <message>
        <source>No copy recorded for %1.</source>
        <translation>No copy recorded for %1.</translation>
    </message>
</context>
<context>
    <name>koordinera::ui::PreparationDialog</name>
    <message>
        <source>Prepare the meeting</source>
        <translation>Prepare the meeting</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Made</translation>
    </message>
    <message>
        <source>What the patient wants from the meeting, and what may be shared</source>
        <translation>What the patient wants from the meeting, and what may be shared</translation>
    </message>
    <message>
        <source>E.g. the treating doctor</source>
        <translation>E.g. the treating doctor</translation>
    </message>
    <message>
        <source>E.g. a description of the work tasks, the latest certificate</source>
        <translation>E.g. a description of the work tasks, the latest certificate</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Invited</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Reason without consent</source>
        <translation>Reason without consent</translation>
    </message>
    <message>
        <source>Invited, and the consent for each</source>
        <translation>Invited, and the consent for each</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>The &amp;patient met before</source>
        <translation>The &amp;patient met before</translation>
    </message>
    <message>
        <source>What came &amp;up</source>
        <translation>What came &amp;up</translation>
    </message>
    <message>
        <source>&amp;Medical assessment</source>
        <translation>&amp;Medical assessment</translation>
    </message>
    <message>
        <source>Assessed &amp;by</source>
        <translation>Assessed &amp;by</translation>
    </message>
    <message>
        <source>The invited &amp;bring</source>
        <translation>The invited &amp;bring</translation>
    </message>
    <message>
        <source>&amp;Invited</source>
        <translation>&amp;Invited</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Given</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>Not needed</translation>
    </message>
    <message>
        <source>Who is invited is changed with “Change…”. Sharing with a party outside care needs the patient&apos;s consent: register it under Consents, or say why they are invited anyway.</source>
        <translation>Who is invited is changed with “Change…”. Sharing with a party outside care needs the patient&apos;s consent: register it under Consents, or say why they are invited anyway.</translation>
    </message>
</context>
<context>
    <name>koordinera::ui::ProfileDialog</name>
    <message>
        <source>&amp;Rehabilitation coordination (primary care clinic)</source>
        <translation>&amp;Rehabilitation coordination (primary care clinic)</translation>
    </message>
    <message>
        <source>Coordinator for &amp;parents (municipality)</source>
        <translation>Coordinator for &amp;parents (municipality)</translation>
    </message>
    <message>
        <source>New database %1</source>
        <translation>New database %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Which work will the database hold?&lt;/b&gt;</source>
        <translation>&lt;b&gt;Which work will the database hold?&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The choice is kept for the file&apos;s life. Each kind of work needs its own database.</source>
        <translation>The choice is kept for the file&apos;s life. Each kind of work needs its own database.</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continue</translation>
    </message>
    <message>
        <source>Sick-listed patients: the rehabilitation chain, Försäkringskassan, the employer and the joint action plan, under the Patient Data Act.</source>
        <translation>Sick-listed patients: the rehabilitation chain, Försäkringskassan, the employer and the joint action plan, under the Patient Data Act.</translation>
    </message>
    <message>
        <source>Support to parents of children with disabilities: the family, the network around the child, the joint plan and the follow-up at the start and the end, documented under the Social Services Act.</source>
        <translation>Support to parents of children with disabilities: the family, the network around the child, the joint plan and the follow-up at the start and the end, documented under the Social Services Act.</translation>
    </message>
</context>
<context>
    <name>koordinera::ui::RecordDialog</name>
    <message>
        <source>Earlier versions: %1</source>
        <translation>Earlier versions: %1</translation>
    </message>
    <message>
        <source>&amp;Earlier versions (%1)…</source>
        <translation>&amp;Earlier versions (%1)…</translation>
    </message>
    <message>
        <source>He&amp;lp</source>
        <translation>He&amp;lp</translation>
    </message>
</context>
<context>
    <name>koordinera::ui::RegionDialog</name>
    <message>
        <source>Twenty fictional units (&amp;demo)</source>
        <translation>Twenty fictional units (&amp;demo)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>&amp;Preview and print…</source>
        <translation>&amp;Preview and print…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <source>Regional report</source>
        <translation>Regional report</translation>
    </message>
    <message>
        <source>Unit reports</source>
        <translation>Unit reports</translation>
    </message>
    <message>
        <source>&amp;Add reports…</source>
        <translation>&amp;Add reports…</translation>
    </message>
    <message>
        <source>A unit report</source>
        <translation>A unit report</translation>
    </message>
    <message>
        <source>Unit reports (*.kstat)</source>
        <translation>Unit reports (*.kstat)</translation>
    </message>
    <message>
        <source>Export the regional report</source>
        <translation>Export the regional report</translation>
    </message>
    <message>
        <source>Region.xlsx</source>
        <translation>Region.xlsx</translation>
    </message>
    <message>
        <source>Put together the units&apos; reports (.kstat) for the county. Every unit must report the same periods. Small numbers are hidden after summing, so the county&apos;s totals may show what a unit&apos;s own report hid.</source>
        <translation>Put together the units&apos; reports (.kstat) for the county. Every unit must report the same periods. Small numbers are hidden after summing, so the county&apos;s totals may show what a unit&apos;s own report hid.</translation>
    </message>
    <message>
        <source>Pass&amp;phrase</source>
        <translation>Pass&amp;phrase</translation>
    </message>
</context>
<context>
    <name>koordinera::ui::RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <source>Backup:</source>
        <translation>Backup:</translation>
    </message>
    <message>
        <source>Saved:</source>
        <translation>Saved:</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message>
        <source>Contents:</source>
        <translation>Contents:</translation>
    </message>
    <message>
        <source>Last log entry:</source>
        <translation>Last log entry:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>&lt;b&gt;Restoring replaces everything in the open database with the contents of this backup.&lt;/b&gt; Changes made after the backup was saved disappear. The access log keeps every entry. A backup of the database as it is now is saved first in %1.</source>
        <translation>&lt;b&gt;Restoring replaces everything in the open database with the contents of this backup.&lt;/b&gt; Changes made after the backup was saved disappear. The access log keeps every entry. A backup of the database as it is now is saved first in %1.</translation>
    </message>
    <message>
        <source>&amp;Restore this backup</source>
        <translation>&amp;Restore this backup</translation>
    </message>
    <message>
        <source>This is what the backup holds. Nothing has been changed yet.</source>
        <translation>This is what the backup holds. Nothing has been changed yet.</translation>
    </message>
    <message>
        <source>Cases in the backup</source>
        <translation>Cases in the backup</translation>
    </message>
</context>
<context>
    <name>koordinera::ui::RetentionDialog</name>
    <message>
        <source>&amp;Purge the ticked cases…</source>
        <translation>&amp;Purge the ticked cases…</translation>
    </message>
    <message>
        <source>Purge old cases (gallring)</source>
        <translation>Purge old cases (gallring)</translation>
    </message>
    <message>
        <source>Purge</source>
        <translation>Purge</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Last entry</source>
        <translation>Last entry</translation>
    </message>
    <message>
        <source>The decision, e.g. “Gallringsbeslut 2036-03, dnr 123/2036”</source>
        <translation>The decision, e.g. “Gallringsbeslut 2036-03, dnr 123/2036”</translation>
    </message>
    <message numerus="yes">
        <source>Closed cases with no entry for %n year(s) or more. A case is removed only by a documented decision: tick the cases the decision covers and write the decision down. The access log keeps a record of the purge.</source>
        <translation>
            <numerusform>Closed cases with no entry for %n year or more. A case is removed only by a documented decision: tick the cases the decision covers and write the decision down. The access log keeps a record of the purge.</numerusform>
            <numerusform>Closed cases with no entry for %n years or more. A case is removed only by a documented decision: tick the cases the decision covers and write the decision down. The access log keeps a record of the purge.</numerusform>
        </translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Decision:</translation>
    </message>
    <message>
        <source>No closed case has reached the retention time. Nothing to purge.</source>
        <translation>No closed case has reached the retention time. Nothing to purge.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n case(s) ticked.</source>
        <translation>
            <numerusform>%1 of %n case ticked.</numerusform>
            <numerusform>%1 of %n cases ticked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n case(s) for good? Everything recorded in them is deleted and cannot be brought back from this database.</source>
        <translation>
            <numerusform>Remove %n case for good? Everything recorded in it is deleted and cannot be brought back from this database.</numerusform>
            <numerusform>Remove %n cases for good? Everything recorded in them is deleted and cannot be brought back from this database.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) purged.</source>
        <translation>
            <numerusform>%n case purged.</numerusform>
            <numerusform>%n cases purged.</numerusform>
        </translation>
    </message>
    <message>
        <source>The list had changed; nothing was purged. Check the ticked cases again.</source>
        <translation>The list had changed; nothing was purged. Check the ticked cases again.</translation>
    </message>
</context>
<context>
    <name>koordinera::ui::ServerDialog</name>
    <message>
        <source>Connect to the region&apos;s server</source>
        <translation>Connect to the region&apos;s server</translation>
    </message>
    <message>
        <source>E.g. koordinera.region.se</source>
        <translation>E.g. koordinera.region.se</translation>
    </message>
    <message>
        <source>Your own, from the region</source>
        <translation>Your own, from the region</translation>
    </message>
    <message>
        <source>The unit&apos;s code, e.g. VC-EKBACKEN</source>
        <translation>The unit&apos;s code, e.g. VC-EKBACKEN</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Server</translation>
    </message>
    <message>
        <source>P&amp;ort</source>
        <translation>P&amp;ort</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>&amp;Database</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <source>U&amp;nit</source>
        <translation>U&amp;nit</translation>
    </message>
    <message>
        <source>The region&apos;s &amp;CA certificate</source>
        <translation>The region&apos;s &amp;CA certificate</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>Give the server&apos;s name.</source>
        <translation>Give the server&apos;s name.</translation>
    </message>
    <message>
        <source>Give the database&apos;s name.</source>
        <translation>Give the database&apos;s name.</translation>
    </message>
    <message>
        <source>Give the user name the region gave you.</source>
        <translation>Give the user name the region gave you.</translation>
    </message>
    <message>
        <source>Give the code of the unit you work in.</source>
        <translation>Give the code of the unit you work in.</translation>
    </message>
    <message>
        <source>Choose the region&apos;s CA certificate: without it the server cannot be checked.</source>
        <translation>Choose the region&apos;s CA certificate: without it the server cannot be checked.</translation>
    </message>
    <message>
        <source>Give your password.</source>
        <translation>Give your password.</translation>
    </message>
    <message>
        <source>The region&apos;s CA certificate</source>
        <translation>The region&apos;s CA certificate</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt)</source>
        <translation>Certificates (*.pem *.crt)</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <source>Conn&amp;ect</source>
        <translation>Conn&amp;ect</translation>
    </message>
</context>
<context>
    <name>koordinera::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>Your &amp;name</translation>
    </message>
    <message>
        <source>Shown on notes and consents you record.</source>
        <translation>Shown on notes and consents you record.</translation>
    </message>
    <message>
        <source>&amp;Gap in one sick-leave case</source>
        <translation>&amp;Gap in one sick-leave case</translation>
    </message>
    <message>
        <source>Periods with at most this many days between them count as one sjukfall (Rehabstöd&apos;s default is 5).</source>
        <translation>Periods with at most this many days between them count as one sjukfall (Rehabstöd&apos;s default is 5).</translation>
    </message>
    <message>
        <source>&amp;Checkpoints (days)</source>
        <translation>&amp;Checkpoints (days)</translation>
    </message>
    <message>
        <source>Days of the rehabilitation chain to show and watch, e.g. 30, 90, 180, 365.</source>
        <translation>Days of the rehabilitation chain to show and watch, e.g. 30, 90, 180, 365.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>A new language is used from the next start.</source>
        <translation>A new language is used from the next start.</translation>
    </message>
    <message>
        <source>Enter your name.</source>
        <translation>Enter your name.</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutes</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <source>Lock after &amp;inactivity</source>
        <translation>Lock after &amp;inactivity</translation>
    </message>
    <message>
        <source>Koordinera locks itself when no one has used it for this long. Ctrl+L locks at once.</source>
        <translation>Koordinera locks itself when no one has used it for this long. Ctrl+L locks at once.</translation>
    </message>
    <message>
        <source>No automatic backups</source>
        <translation>No automatic backups</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <source>&amp;Backup folder</source>
        <translation>&amp;Backup folder</translation>
    </message>
    <message>
        <source>Backups &amp;kept</source>
        <translation>Backups &amp;kept</translation>
    </message>
    <message>
        <source>The day&apos;s first save also writes a sealed backup there, e.g. on a network drive; the oldest beyond this number are removed.</source>
        <translation>The day&apos;s first save also writes a sealed backup there, e.g. on a network drive; the oldest beyond this number are removed.</translation>
    </message>
    <message>
        <source>The folder does not exist.</source>
        <translation>The folder does not exist.</translation>
    </message>
    <message>
        <source>e.g. Vårdcentralen Ekbacken</source>
        <translation>e.g. Vårdcentralen Ekbacken</translation>
    </message>
    <message>
        <source> years</source>
        <translation> years</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>&amp;Unit</translation>
    </message>
    <message>
        <source>Your vårdcentral: in the access log and at the top of printed documents.</source>
        <translation>Your vårdcentral: in the access log and at the top of printed documents.</translation>
    </message>
    <message>
        <source>Keep closed cases at &amp;least</source>
        <translation>Keep closed cases at &amp;least</translation>
    </message>
    <message>
        <source>After this long without entries a closed case may be purged (Tools › Purge old cases), only by a documented decision. The law asks for at least 10 years.</source>
        <translation>After this long without entries a closed case may be purged (Tools › Purge old cases), only by a documented decision. The law asks for at least 10 years.</translation>
    </message>
    <message>
        <source>Checkpoints within</source>
        <translation>Checkpoints within</translation>
    </message>
    <message>
        <source>Consents expiring within</source>
        <translation>Consents expiring within</translation>
    </message>
    <message>
        <source>Sick leave ending within</source>
        <translation>Sick leave ending within</translation>
    </message>
    <message>
        <source>Cases with no entry for</source>
        <translation>Cases with no entry for</translation>
    </message>
    <message>
        <source>Today shows</source>
        <translation>Today shows</translation>
    </message>
    <message>
        <source>&amp;You and your unit</source>
        <translation>&amp;You and your unit</translation>
    </message>
    <message>
        <source>&amp;Rules and Today</source>
        <translation>&amp;Rules and Today</translation>
    </message>
    <message>
        <source>&amp;Security and backups</source>
        <translation>&amp;Security and backups</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Documents</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>No logo</translation>
    </message>
    <message>
        <source>Choose &amp;image…</source>
        <translation>Choose &amp;image…</translation>
    </message>
    <message>
        <source>The unit&apos;s logo</source>
        <translation>The unit&apos;s logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.bmp)</translation>
    </message>
    <message>
        <source>Lo&amp;go</source>
        <translation>Lo&amp;go</translation>
    </message>
    <message>
        <source>At the top of every printed page, beside the unit&apos;s name.</source>
        <translation>At the top of every printed page, beside the unit&apos;s name.</translation>
    </message>
    <message>
        <source>The image cannot be read (PNG or JPEG).</source>
        <translation>The image cannot be read (PNG or JPEG).</translation>
    </message>
    <message>
        <source>&amp;KVÅ codes…</source>
        <translation>&amp;KVÅ codes…</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>The system&apos;s language</translation>
    </message>
    <message>
        <source>S&amp;tatistics</source>
        <translation>S&amp;tatistics</translation>
    </message>
    <message>
        <source>Show every count</source>
        <translation>Show every count</translation>
    </message>
    <message>
        <source>&amp;Hide counts up to</source>
        <translation>&amp;Hide counts up to</translation>
    </message>
    <message>
        <source>In printed and exported statistics, counts from 1 up to this number are shown as &quot;&lt;N&quot; so that no one can be recognised. The screen shows every count.</source>
        <translation>In printed and exported statistics, counts from 1 up to this number are shown as &quot;&lt;N&quot; so that no one can be recognised. The screen shows every count.</translation>
    </message>
    <message>
        <source>Activity codes</source>
        <translation>Activity codes</translation>
    </message>
    <message>
        <source>The KVÅ codes offered when an activity is recorded and counted in the statistics. They are kept in the database, for the whole unit.</source>
        <translation>The KVÅ codes offered when an activity is recorded and counted in the statistics. They are kept in the database, for the whole unit.</translation>
    </message>
    <message>
        <source>The title is seen in the task bar, the window switcher and screen shares. When off, the case&apos;s reference stands there.</source>
        <translation>The title is seen in the task bar, the window switcher and screen shares. When off, the case&apos;s reference stands there.</translation>
    </message>
    <message>
        <source>Show the &amp;patient&apos;s name</source>
        <translation>Show the &amp;patient&apos;s name</translation>
    </message>
    <message>
        <source>Window title</source>
        <translation>Window title</translation>
    </message>
    <message>
        <source>e.g. Physiotherapist, rehabilitation coordinator</source>
        <translation>e.g. Physiotherapist, rehabilitation coordinator</translation>
    </message>
    <message>
        <source>Signature lines for the &amp;parties at the meeting</source>
        <translation>Signature lines for the &amp;parties at the meeting</translation>
    </message>
    <message>
        <source>Under your signature on plans and letters.</source>
        <translation>Under your signature on plans and letters.</translation>
    </message>
    <message>
        <source>Besides the patient and you, everyone at the meeting that adopts the plan (the employer, Försäkringskassan, others) signs the printed plan.</source>
        <translation>Besides the patient and you, everyone at the meeting that adopts the plan (the employer, Försäkringskassan, others) signs the printed plan.</translation>
    </message>
    <message>
        <source>Enter your title, e.g. rehabilitation coordinator.</source>
        <translation>Enter your title, e.g. rehabilitation coordinator.</translation>
    </message>
    <message>
        <source>Enter your unit, e.g. the vårdcentral&apos;s name.</source>
        <translation>Enter your unit, e.g. the vårdcentral&apos;s name.</translation>
    </message>
    <message>
        <source>Your t&amp;itle</source>
        <translation>Your t&amp;itle</translation>
    </message>
    <message>
        <source>Meetings not recorded after</source>
        <translation>Meetings not recorded after</translation>
    </message>
    <message>
        <source>A needed impuls not made after</source>
        <translation>A needed impuls not made after</translation>
    </message>
    <message>
        <source>An impuls unanswered for</source>
        <translation>An impuls unanswered for</translation>
    </message>
    <message>
        <source>A draft plan not adopted after</source>
        <translation>A draft plan not adopted after</translation>
    </message>
    <message>
        <source>An adopted plan not sent after</source>
        <translation>An adopted plan not sent after</translation>
    </message>
    <message>
        <source>T&amp;exts</source>
        <translation>T&amp;exts</translation>
    </message>
</context>
<context>
    <name>koordinera::ui::SickLeavePanel</name>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Degree</source>
        <translation>Degree</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>until further notice</source>
        <translation>until further notice</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnosis</translation>
    </message>
    <message>
        <source>Main diagnosis</source>
        <translation>Main diagnosis</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Sick-leave periods</source>
        <translation>Sick-leave periods</translation>
    </message>
    <message>
        <source>Diagnoses</source>
        <translation>Diagnoses</translation>
    </message>
    <message>
        <source>Add period…</source>
        <translation>Add period…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <source>Change the sick-leave period</source>
        <translation>Change the sick-leave period</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Add diagnosis…</source>
        <translation>Add diagnosis…</translation>
    </message>
    <message>
        <source>Remove the sick-leave period</source>
        <translation>Remove the sick-leave period</translation>
    </message>
    <message>
        <source>Change the diagnosis</source>
        <translation>Change the diagnosis</translation>
    </message>
    <message>
        <source>Remove the diagnosis</source>
        <translation>Remove the diagnosis</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sick-leave periods&lt;/b&gt;</source>
        <translation>&lt;b&gt;Sick-leave periods&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Diagnoses&lt;/b&gt;</source>
        <translation>&lt;b&gt;Diagnoses&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Add sick-leave period</source>
        <translation>Add sick-leave period</translation>
    </message>
    <message>
        <source>Change sick-leave period</source>
        <translation>Change sick-leave period</translation>
    </message>
    <message>
        <source>Remove sick-leave period</source>
        <translation>Remove sick-leave period</translation>
    </message>
    <message>
        <source>Add diagnosis</source>
        <translation>Add diagnosis</translation>
    </message>
    <message>
        <source>Change diagnosis</source>
        <translation>Change diagnosis</translation>
    </message>
    <message>
        <source>Remove diagnosis</source>
        <translation>Remove diagnosis</translation>
    </message>
</context>
<context>
    <name>koordinera::ui::SickListImportDialog</name>
    <message>
        <source>Import the sick-leave list</source>
        <translation>Import the sick-leave list</translation>
    </message>
    <message>
        <source>What the import does</source>
        <translation>What the import does</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>The list is &amp;from</source>
        <translation>The list is &amp;from</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <source>The list has no patient that can be read.</source>
        <translation>The list has no patient that can be read.</translation>
    </message>
    <message>
        <source>Comparing the list with the cases…</source>
        <translation>Comparing the list with the cases…</translation>
    </message>
    <message numerus="yes">
        <source>The list has %n patient(s) who can be imported.</source>
        <translation>
            <numerusform>The list has %n patient who can be imported.</numerusform>
            <numerusform>The list has %n patients who can be imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>In coordination: %1</source>
        <translation>In coordination: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n period(s) will be added to the cases:</source>
        <translation>
            <numerusform>%n period will be added to the cases:</numerusform>
            <numerusform>%n periods will be added to the cases:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) cannot be read and are left out:</source>
        <translation>
            <numerusform>%n row cannot be read and are left out:</numerusform>
            <numerusform>%n rows cannot be read and are left out:</numerusform>
        </translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>row %1: %2</translation>
    </message>
    <message>
        <source>Importing the sick-leave list…</source>
        <translation>Importing the sick-leave list…</translation>
    </message>
    <message>
        <source>The list was not imported; nothing has changed.

%1</source>
        <translation>The list was not imported; nothing has changed.

%1</translation>
    </message>
    <message numerus="yes">
        <source>The sick-leave list is imported: %n patient(s).</source>
        <translation>
            <numerusform>The sick-leave list is imported: %n patient.</numerusform>
            <numerusform>The sick-leave list is imported: %n patients.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in coordination; %2 period(s) added to their cases.</source>
        <translation>%1 in coordination; %2 period(s) added to their cases.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) could not be read.</source>
        <translation>
            <numerusform>%n row could not be read.</numerusform>
            <numerusform>%n rows could not be read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not in coordination: %n new on the list, %1 on it before</source>
        <translation>
            <numerusform>Not in coordination: %n new on the list, %1 on it before</numerusform>
            <numerusform>Not in coordination: %n new on the list, %1 on it before</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not in coordination: %n new on the list, %1 on it before.</source>
        <translation>
            <numerusform>Not in coordination: %n new on the list, %1 on it before.</numerusform>
            <numerusform>Not in coordination: %n new on the list, %1 on it before.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 from %2 to %3</source>
        <translation>%1 from %2 to %3</translation>
    </message>
    <message>
        <source>until further notice</source>
        <translation>until further notice</translation>
    </message>
    <message>
        <source> and </source>
        <translation> and </translation>
    </message>
    <message>
        <source>Cases that say something else than the list</source>
        <translation>Cases that say something else than the list</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) say another grade than the list. Tick those to correct after the list; the others stay as the coordinator entered them:</source>
        <translation>
            <numerusform>%n case says another grade than the list. Tick it to correct it after the list; otherwise it stays as entered:</numerusform>
            <numerusform>%n cases say another grade than the list. Tick those to correct after the list; the others stay as the coordinator entered them:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) corrected after the list.</source>
        <translation>
            <numerusform>%n case corrected after the list.</numerusform>
            <numerusform>%n cases corrected after the list.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) say another grade than the list and were left as they are.</source>
        <translation>
            <numerusform>%n case says another grade than the list and was left as it was.</numerusform>
            <numerusform>%n cases say another grade than the list and were left as they are.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>%1 %2: the case says %3; the list says %4</source>
        <translation>%1 %2: the case says %3; the list says %4</translation>
    </message>
</context>
<context>
    <name>koordinera::ui::SickListPage</name>
    <message>
        <source>past day 365</source>
        <translation>past day 365</translation>
    </message>
    <message>
        <source>past day 180</source>
        <translation>past day 180</translation>
    </message>
    <message>
        <source>past day 90</source>
        <translation>past day 90</translation>
    </message>
    <message>
        <source>day 90 within a month</source>
        <translation>day 90 within a month</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Not assessed</translation>
    </message>
    <message>
        <source>Case started</source>
        <translation>Case started</translation>
    </message>
    <message>
        <source>No coordination now: %1</source>
        <translation>No coordination now: %1</translation>
    </message>
    <message>
        <source>Sick-listed, not in coordination</source>
        <translation>Sick-listed, not in coordination</translation>
    </message>
    <message>
        <source>Show those &amp;assessed</source>
        <translation>Show those &amp;assessed</translation>
    </message>
    <message>
        <source>&amp;No coordination now…</source>
        <translation>&amp;No coordination now…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Identity number</source>
        <translation>Identity number</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation>Checkpoint</translation>
    </message>
    <message>
        <source>Degree</source>
        <translation>Degree</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnosis</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>Doctor</translation>
    </message>
    <message>
        <source>On the list since</source>
        <translation>On the list since</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Sick-listed patients not in coordination</source>
        <translation>Sick-listed patients not in coordination</translation>
    </message>
    <message>
        <source>&amp;Import the list…</source>
        <translation>&amp;Import the list…</translation>
    </message>
    <message>
        <source>No sick-leave list has been imported yet.

Take the unit&apos;s list out of Rehabstöd (Sjukfall › Exportera › Excel) and import it with “Import the list…”.</source>
        <translation>No sick-leave list has been imported yet.

Take the unit&apos;s list out of Rehabstöd (Sjukfall › Exportera › Excel) and import it with “Import the list…”.</translation>
    </message>
    <message numerus="yes">
        <source>The list of %1, imported %2 by %3: %n patient(s), %4 of them in coordination.</source>
        <translation>
            <numerusform>The list of %1, imported %2 by %3: %n patient, %4 of them in coordination.</numerusform>
            <numerusform>The list of %1, imported %2 by %3: %n patients, %4 of them in coordination.</numerusform>
        </translation>
    </message>
    <message>
        <source>Everyone on the latest list is in coordination or has been assessed.</source>
        <translation>Everyone on the latest list is in coordination or has been assessed.</translation>
    </message>
    <message>
        <source>No coordination now</source>
        <translation>No coordination now</translation>
    </message>
    <message>
        <source>%1 has been assessed and is not offered coordination now. Why?</source>
        <translation>%1 has been assessed and is not offered coordination now. Why?</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Start a &amp;case…</source>
        <translation>Start a &amp;case…</translation>
    </message>
</context>
<context>
    <name>koordinera::ui::SignerDialog</name>
    <message>
        <source>Who is signing?</source>
        <translation>Who is signing?</translation>
    </message>
    <message>
        <source>e.g. Anna Lindberg</source>
        <translation>e.g. Anna Lindberg</translation>
    </message>
    <message>
        <source>e.g. Physiotherapist, rehabilitation coordinator</source>
        <translation>e.g. Physiotherapist, rehabilitation coordinator</translation>
    </message>
    <message>
        <source>Rehabilitation coordinator</source>
        <translation>Rehabilitation coordinator</translation>
    </message>
    <message>
        <source>e.g. Vårdcentralen Ekbacken</source>
        <translation>e.g. Vårdcentralen Ekbacken</translation>
    </message>
    <message>
        <source>Notes, consents and plans you record carry your name, and printed plans, letters and summaries are signed with your name, title and unit. You can change them later under Edit › Settings.</source>
        <translation>Notes, consents and plans you record carry your name, and printed plans, letters and summaries are signed with your name, title and unit. You can change them later under Edit › Settings.</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>Your &amp;name</translation>
    </message>
    <message>
        <source>Your &amp;title</source>
        <translation>Your &amp;title</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>&amp;Unit</translation>
    </message>
    <message>
        <source>Enter your name as you sign documents.</source>
        <translation>Enter your name as you sign documents.</translation>
    </message>
    <message>
        <source>Enter your title, e.g. rehabilitation coordinator.</source>
        <translation>Enter your title, e.g. rehabilitation coordinator.</translation>
    </message>
    <message>
        <source>Enter your unit, e.g. the vårdcentral&apos;s name.</source>
        <translation>Enter your unit, e.g. the vårdcentral&apos;s name.</translation>
    </message>
</context>
<context>
    <name>koordinera::ui::StaffDialog</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>Profession</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>In use</translation>
    </message>
    <message>
        <source>Staff at the unit</source>
        <translation>Staff at the unit</translation>
    </message>
    <message>
        <source>Name, e.g. Eva Ek</source>
        <translation>Name, e.g. Eva Ek</translation>
    </message>
    <message>
        <source>Take out of use / back in use</source>
        <translation>Take out of use / back in use</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>The doctors, nurses, physiotherapists and others a case can name in its care team. Someone who leaves is taken out of use; the cases keep their names.</source>
        <translation>The doctors, nurses, physiotherapists and others a case can name in its care team. Someone who leaves is taken out of use; the cases keep their names.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>koordinera::ui::StatisticsPage</name>
    <message>
        <source>Export statistics</source>
        <translation>Export statistics</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>The report with every measure as chart and table, for print or PDF</source>
        <translation>The report with every measure as chart and table, for print or PDF</translation>
    </message>
    <message>
        <source>The figures to an Excel workbook or a CSV file</source>
        <translation>The figures to an Excel workbook or a CSV file</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Chosen period</source>
        <translation>Chosen period</translation>
    </message>
    <message>
        <source>Quarter %1</source>
        <translation>Quarter %1</translation>
    </message>
    <message>
        <source>%1 · women, men and total</source>
        <translation>%1 · women, men and total</translation>
    </message>
    <message>
        <source>Active and new cases by month</source>
        <translation>Active and new cases by month</translation>
    </message>
    <message>
        <source>Women %1 · Men %2</source>
        <translation>Women %1 · Men %2</translation>
    </message>
    <message>
        <source>Active cases</source>
        <translation>Active cases</translation>
    </message>
    <message>
        <source>New cases</source>
        <translation>New cases</translation>
    </message>
    <message>
        <source>Closed cases</source>
        <translation>Closed cases</translation>
    </message>
    <message>
        <source>Days to first contact (median)</source>
        <translation>Days to first contact (median)</translation>
    </message>
    <message>
        <source>None in the period</source>
        <translation>None in the period</translation>
    </message>
    <message>
        <source>Statistics %1–%2.xlsx</source>
        <translation>Statistics %1–%2.xlsx</translation>
    </message>
    <message>
        <source>Exporting the statistics…</source>
        <translation>Exporting the statistics…</translation>
    </message>
    <message>
        <source>Print and export show every count too (Settings › Statistics).</source>
        <translation>Print and export show every count too (Settings › Statistics).</translation>
    </message>
    <message>
        <source>The screen shows every count. Print and export show counts from 1 to %1 as &quot;&lt;%2&quot;, so that no patient can be recognised (Settings › Statistics).</source>
        <translation>The screen shows every count. Print and export show counts from 1 to %1 as &quot;&lt;%2&quot;, so that no patient can be recognised (Settings › Statistics).</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Measures</translation>
    </message>
    <message>
        <source>Chart of the measure</source>
        <translation>Chart of the measure</translation>
    </message>
    <message>
        <source>Table of the measure</source>
        <translation>Table of the measure</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <source>Computing the statistics…</source>
        <translation>Computing the statistics…</translation>
    </message>
    <message>
        <source>Active cases (bars) and new cases (line)</source>
        <translation>Active cases (bars) and new cases (line)</translation>
    </message>
    <message>
        <source>Kind of period</source>
        <translation>Kind of period</translation>
    </message>
    <message>
        <source>Part of the year</source>
        <translation>Part of the year</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Period from</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>Period to</translation>
    </message>
    <message>
        <source>Peri&amp;od:</source>
        <translation>Peri&amp;od:</translation>
    </message>
    <message>
        <source> · from the list %1</source>
        <translation> · from the list %1</translation>
    </message>
    <message>
        <source>Work for the unit</source>
        <translation>Work for the unit</translation>
    </message>
    <message>
        <source>Work for the unit: advice, team meetings, training, routines</source>
        <translation>Work for the unit: advice, team meetings, training, routines</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>None recorded in the period (Tools › Work for the unit…)</source>
        <translation>None recorded in the period (Tools › Work for the unit…)</translation>
    </message>
</context>
<context>
    <name>koordinera::ui::TemplateEditor</name>
    <message>
        <source>Koordinera templates (*.kmallar)</source>
        <translation>Koordinera templates (*.kmallar)</translation>
    </message>
    <message>
        <source>Use the &amp;built-in text</source>
        <translation>Use the &amp;built-in text</translation>
    </message>
    <message>
        <source>E&amp;xport templates…</source>
        <translation>E&amp;xport templates…</translation>
    </message>
    <message>
        <source>I&amp;mport templates…</source>
        <translation>I&amp;mport templates…</translation>
    </message>
    <message>
        <source>Export templates</source>
        <translation>Export templates</translation>
    </message>
    <message>
        <source>templates.kmallar</source>
        <translation>templates.kmallar</translation>
    </message>
    <message>
        <source>The templates were saved. Another unit can import them under Settings › Documents.</source>
        <translation>The templates were saved. Another unit can import them under Settings › Documents.</translation>
    </message>
    <message>
        <source>Import templates</source>
        <translation>Import templates</translation>
    </message>
    <message>
        <source>These words are replaced by the case&apos;s own: %1.</source>
        <translation>These words are replaced by the case&apos;s own: %1.</translation>
    </message>
    <message>
        <source>%1 marks where the document&apos;s own part goes.</source>
        <translation>%1 marks where the document&apos;s own part goes.</translation>
    </message>
    <message>
        <source>The file could not be opened: %1</source>
        <translation>The file could not be opened: %1</translation>
    </message>
    <message>
        <source>The file is too large to be a template file.</source>
        <translation>The file is too large to be a template file.</translation>
    </message>
    <message>
        <source>another unit</source>
        <translation>another unit</translation>
    </message>
    <message>
        <source>Use the templates from %1? They replace your texts for:
%2

Nothing is saved until you press OK in the settings.</source>
        <translation>Use the templates from %1? They replace your texts for:
%2

Nothing is saved until you press OK in the settings.</translation>
    </message>
    <message>
        <source>&amp;Use the templates</source>
        <translation>&amp;Use the templates</translation>
    </message>
    <message>
        <source>Every text is still the built-in one, which every unit already has. Write your own first; the file carries the texts you wrote.</source>
        <translation>Every text is still the built-in one, which every unit already has. Write your own first; the file carries the texts you wrote.</translation>
    </message>
</context>
<context>
    <name>koordinera::ui::UnitWorkDialog</name>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>KVÅ</source>
        <translation>KVÅ</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>&amp;Save the change</source>
        <translation>&amp;Save the change</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Work for the unit</source>
        <translation>Work for the unit</translation>
    </message>
    <message>
        <source>No code</source>
        <translation>No code</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>What it was about, e.g. sick-leave questions at the doctors&apos; meeting</source>
        <translation>What it was about, e.g. sick-leave questions at the doctors&apos; meeting</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>Remove the chosen entry from the unit&apos;s work?</source>
        <translation>Remove the chosen entry from the unit&apos;s work?</translation>
    </message>
    <message>
        <source>Work that belongs to no patient. It is counted in the statistics as the unit&apos;s own work; write nothing here that names a patient.</source>
        <translation>Work that belongs to no patient. It is counted in the statistics as the unit&apos;s own work; write nothing here that names a patient.</translation>
    </message>
    <message>
        <source>&amp;Day, kind, time</source>
        <translation>&amp;Day, kind, time</translation>
    </message>
    <message>
        <source>&amp;KVÅ code</source>
        <translation>&amp;KVÅ code</translation>
    </message>
    <message>
        <source>A&amp;bout</source>
        <translation>A&amp;bout</translation>
    </message>
</context>
<context>
    <name>koordinera::ui::WelcomePage</name>
    <message>
        <source>Create a new database…</source>
        <translation>Create a new database…</translation>
    </message>
    <message>
        <source>Open a database…</source>
        <translation>Open a database…</translation>
    </message>
    <message>
        <source>Try with demo data</source>
        <translation>Try with demo data</translation>
    </message>
    <message>
        <source>No database is open. A database holds your unit&apos;s cases; keep it on a drive that is backed up.</source>
        <translation>No database is open. A database holds your unit&apos;s cases; keep it on a drive that is backed up.</translation>
    </message>
    <message>
        <source>Welcome to Koordinera</source>
        <translation>Welcome to Koordinera</translation>
    </message>
</context>
<context>
    <name>koordinera::ui::WorklistModel</name>
    <message>
        <source>Open the case (Enter or double-click)</source>
        <translation>Open the case (Enter or double-click)</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Family</translation>
    </message>
</context>
<context>
    <name>koordinera::ui::WorklistPage</name>
    <message>
        <source>Nothing needs your attention today: no overdue actions, no meetings and no checkpoints coming up.</source>
        <translation>Nothing needs your attention today: no overdue actions, no meetings and no checkpoints coming up.</translation>
    </message>
    <message>
        <source>Today, %1 %2, w. %3</source>
        <translation>Today, %1 %2, w. %3</translation>
    </message>
    <message>
        <source>Worklist</source>
        <translation>Worklist</translation>
    </message>
</context>
</TS>
