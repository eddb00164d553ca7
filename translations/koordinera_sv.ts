<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>AuditExtract</name>
    <message>
        <source>All entries</source>
        <translation>Alla poster</translation>
    </message>
    <message>
        <source>Log extract %1</source>
        <translation>Logguttag %1</translation>
    </message>
    <message>
        <source>Log extract</source>
        <translation>Logguttag</translation>
    </message>
    <message>
        <source>%1 · produced %2 by %3</source>
        <translation>%1 · framtaget %2 av %3</translation>
    </message>
    <message>
        <source>Log extract: access to the patient&apos;s record</source>
        <translation>Logguttag: åtkomst till patientens uppgifter</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Identity number</source>
        <translation>Personnummer</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Produced</source>
        <translation>Framtaget</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Poster</translation>
    </message>
    <message>
        <source>Every time the record was opened, changed, printed, exported or copied in Koordinera is listed below, with the unit and the person who did it.</source>
        <translation>Nedan listas varje gång uppgifterna öppnades, ändrades, skrevs ut, exporterades eller kopierades i Koordinera, med enhet och vem som gjorde det.</translation>
    </message>
    <message>
        <source>No entries in the period.</source>
        <translation>Inga poster under perioden.</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Datum och tid</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Log extract: access to the client&apos;s records</source>
        <translation>Loggutdrag: åtkomst till klientens akt</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>The records are kept under the Social Services Act (socialtjänstlagen) and are covered by the secrecy of the social services under the Public Access to Information and Secrecy Act (offentlighets- och sekretesslagen).</source>
        <translation>Akten förs enligt socialtjänstlagen och omfattas av socialtjänstens sekretess enligt offentlighets- och sekretesslagen.</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Opened the case</source>
        <translation>Öppnade ärendet</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Skapade</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Ändrade</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Tog bort</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Skrev ut</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exporterade</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopierade</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importerade</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Säkerhetskopia</translation>
    </message>
    <message>
        <source>Restored from backup</source>
        <translation>Återställde från säkerhetskopia</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Låste</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>Låste upp</translation>
    </message>
    <message>
        <source>Failed unlock</source>
        <translation>Misslyckad upplåsning</translation>
    </message>
    <message>
        <source>Purged (retention)</source>
        <translation>Gallrade</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Ärende</translation>
    </message>
    <message>
        <source>Sick-leave period</source>
        <translation>Sjukskrivningsperiod</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnos</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Samtycke</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivitet</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Databas</translation>
    </message>
    <message>
        <source>Identity number</source>
        <translation>Personnummer</translation>
    </message>
    <message>
        <source>Log extract</source>
        <translation>Logguttag</translation>
    </message>
    <message>
        <source>Accepted an older database file</source>
        <translation>Godtog en äldre databasfil</translation>
    </message>
    <message>
        <source>Read a list of patients</source>
        <translation>Läste en lista med patienter</translation>
    </message>
    <message>
        <source>Sick-leave list</source>
        <translation>Sjukskrivningslista</translation>
    </message>
    <message>
        <source>Sick-listed patient</source>
        <translation>Sjukskriven patient</translation>
    </message>
    <message>
        <source>The case list</source>
        <translation>Ärendelistan</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Idag</translation>
    </message>
    <message>
        <source>The calendar</source>
        <translation>Kalendern</translation>
    </message>
    <message>
        <source>Sick-listed without coordination</source>
        <translation>Sjukskrivna utan koordinering</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>The backup folder %1 cannot be found. Is the network drive connected? Choose the folder in the settings.</source>
        <translation>Säkerhetskopiemappen %1 finns inte. Är nätverksenheten ansluten? Välj mappen i inställningarna.</translation>
    </message>
    <message>
        <source>The backup could not be written to %1. Check that the folder exists, has room and may be written to. The database itself is unaffected.</source>
        <translation>Säkerhetskopian kunde inte skrivas till %1. Kontrollera att mappen finns, har plats och får skrivas i. Själva databasen påverkas inte.</translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <source>Export to calendar file</source>
        <translation>Exportera till kalenderfil</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderfiler (*.ics)</translation>
    </message>
</context>
<context>
    <name>CaseChoices</name>
    <message>
        <source>Rehabilitation coordinator %1</source>
        <translation>Rehabkoordinator %1</translation>
    </message>
    <message>
        <source>not valid today</source>
        <translation>gäller inte i dag</translation>
    </message>
    <message>
        <source>patient</source>
        <translation>patient</translation>
    </message>
    <message>
        <source>rehabilitation coordinator</source>
        <translation>rehabkoordinator</translation>
    </message>
    <message>
        <source>Coordinator %1</source>
        <translation>Koordinator %1</translation>
    </message>
</context>
<context>
    <name>CaseDocuments</name>
    <message>
        <source>Printed %1 by %2 · %3</source>
        <translation>Utskriven %1 av %2 · %3</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Identity number</source>
        <translation>Personnummer</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Ärende</translation>
    </message>
    <message>
        <source>No ongoing sick leave</source>
        <translation>Ingen pågående sjukskrivning</translation>
    </message>
    <message>
        <source>%1, day %2 of the sick-leave period</source>
        <translation>%1, dag %2 i sjukperioden</translation>
    </message>
    <message>
        <source>%1 at %2 (%3)</source>
        <translation>%1 kl. %2 (%3)</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>From – to</source>
        <translation>Från – till</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>No consent is named in the plan</source>
        <translation>Inget samtycke är angivet i planen</translation>
    </message>
    <message>
        <source>valid until %1</source>
        <translation>gäller till och med %1</translation>
    </message>
    <message>
        <source>valid until further notice</source>
        <translation>gäller tills vidare</translation>
    </message>
    <message>
        <source>%1 (%2), given %3, %4</source>
        <translation>%1 (%2), lämnat %3, %4</translation>
    </message>
    <message>
        <source>withdrawn %1</source>
        <translation>återkallat %1</translation>
    </message>
    <message>
        <source>patient</source>
        <translation>patient</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Role and organisation</source>
        <translation>Roll och organisation</translation>
    </message>
    <message>
        <source>rehabilitation coordinator, %1</source>
        <translation>rehabkoordinator, %1</translation>
    </message>
    <message>
        <source>Rehabilitation coordinator</source>
        <translation>Rehabkoordinator</translation>
    </message>
    <message>
        <source>Version %1 · draft, not yet adopted</source>
        <translation>Version %1 · utkast, ännu inte fastställd</translation>
    </message>
    <message>
        <source>Version %1 · adopted %2</source>
        <translation>Version %1 · fastställd %2</translation>
    </message>
    <message>
        <source>Version %1 · adopted %2 by %3</source>
        <translation>Version %1 · fastställd %2 av %3</translation>
    </message>
    <message>
        <source>Joint action plan</source>
        <translation>Gemensam handlingsplan</translation>
    </message>
    <message>
        <source>Joint action plan, version %1</source>
        <translation>Gemensam handlingsplan, version %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Sick leave</source>
        <translation>Sjukskrivning</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Sysselsättning</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>Current situation</source>
        <translation>Nuläge</translation>
    </message>
    <message>
        <source>The patient&apos;s own goal</source>
        <translation>Patientens eget mål</translation>
    </message>
    <message>
        <source>Shared goal</source>
        <translation>Gemensamt mål</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Åtgärder</translation>
    </message>
    <message>
        <source>No actions yet.</source>
        <translation>Inga åtgärder ännu.</translation>
    </message>
    <message>
        <source>Responsibility and follow-up</source>
        <translation>Ansvar och uppföljning</translation>
    </message>
    <message>
        <source>Overall responsibility</source>
        <translation>Övergripande ansvarig</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Nästa uppföljning</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>Who takes part</source>
        <translation>Vem deltar</translation>
    </message>
    <message>
        <source>Consent and distribution</source>
        <translation>Samtycke och spridning</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Samtycke</translation>
    </message>
    <message>
        <source>Copies to</source>
        <translation>Kopia till</translation>
    </message>
    <message>
        <source>Approved by the patient</source>
        <translation>Godkänd av patienten</translation>
    </message>
    <message>
        <source>Meeting form</source>
        <translation>Mötesunderlag</translation>
    </message>
    <message>
        <source>Joint action plan – form for the meeting</source>
        <translation>Gemensam handlingsplan – underlag för mötet</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>To be filled in by hand at the meeting</source>
        <translation>Fylls i för hand vid mötet</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Närvarande</translation>
    </message>
    <message>
        <source>Next follow-up: date, time and place</source>
        <translation>Nästa uppföljning: datum, tid och plats</translation>
    </message>
    <message>
        <source>Consent to share information, and who gets a copy</source>
        <translation>Samtycke till att dela uppgifter, och vem som får en kopia</translation>
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
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minnesanteckningar</translation>
    </message>
    <message>
        <source>Minutes, %1 %2</source>
        <translation>Minnesanteckningar, %1 %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Initiated by</source>
        <translation>Initiativ av</translation>
    </message>
    <message>
        <source>Försäkringskassan&apos;s case officer</source>
        <translation>Handläggare på Försäkringskassan</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Syfte</translation>
    </message>
    <message>
        <source>The meeting was called off.</source>
        <translation>Mötet ställdes in.</translation>
    </message>
    <message>
        <source>The meeting has not been recorded as held.</source>
        <translation>Mötet är inte registrerat som genomfört.</translation>
    </message>
    <message>
        <source>The patient&apos;s view</source>
        <translation>Patientens syn</translation>
    </message>
    <message>
        <source>Function and activity limitation, as care reports it</source>
        <translation>Funktionsnedsättning och aktivitetsbegränsning enligt vården</translation>
    </message>
    <message>
        <source>Work options discussed</source>
        <translation>Arbetsmöjligheter som diskuterades</translation>
    </message>
    <message>
        <source>Summary and decisions</source>
        <translation>Sammanfattning och beslut</translation>
    </message>
    <message>
        <source>Work-oriented rehabilitation</source>
        <translation>Arbetslivsinriktad rehabilitering</translation>
    </message>
    <message>
        <source>Needed: a 4 § impuls to Försäkringskassan</source>
        <translation>Behövs: en 4 §-impuls till Försäkringskassan</translation>
    </message>
    <message>
        <source>No 4 § impuls needed</source>
        <translation>Ingen 4 §-impuls behövs</translation>
    </message>
    <message>
        <source>Agreed actions</source>
        <translation>Överenskomna åtgärder</translation>
    </message>
    <message>
        <source>No new actions were agreed.</source>
        <translation>Inga nya åtgärder kom man överens om.</translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation>Nästa möte</translation>
    </message>
    <message>
        <source>No new meeting booked: %1</source>
        <translation>Inget nytt möte bokat: %1</translation>
    </message>
    <message>
        <source>No new meeting booked yet.</source>
        <translation>Inget nytt möte är bokat ännu.</translation>
    </message>
    <message>
        <source>Minutes taken by %1, %2.</source>
        <translation>Antecknat av %1, %2.</translation>
    </message>
    <message>
        <source>not yet booked</source>
        <translation>inte bokad ännu</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brev</translation>
    </message>
    <message>
        <source>Cover letter to %1</source>
        <translation>Följebrev till %1</translation>
    </message>
    <message>
        <source>Joint action plan for %1, %2</source>
        <translation>Gemensam handlingsplan för %1, %2</translation>
    </message>
    <message>
        <source>Enclosure: joint action plan, version %1</source>
        <translation>Bilaga: gemensam handlingsplan, version %1</translation>
    </message>
    <message>
        <source>Legal sex</source>
        <translation>Juridiskt kön</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <source>Coordination</source>
        <translation>Koordinering</translation>
    </message>
    <message>
        <source>Job tasks</source>
        <translation>Arbetsuppgifter</translation>
    </message>
    <message>
        <source>Sick leave and diagnoses</source>
        <translation>Sjukskrivning och diagnoser</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <source>Next checkpoint in the rehabilitation chain</source>
        <translation>Nästa kontrollpunkt i rehabiliteringskedjan</translation>
    </message>
    <message>
        <source>Confirmed by Försäkringskassan</source>
        <translation>Bekräftat av Försäkringskassan</translation>
    </message>
    <message>
        <source>day %1 on %2</source>
        <translation>dag %1 den %2</translation>
    </message>
    <message>
        <source>Sick-leave period</source>
        <translation>Sjukskrivningsperiod</translation>
    </message>
    <message>
        <source>Degree</source>
        <translation>Grad</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Längd</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnos</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>main</source>
        <translation>huvuddiagnos</translation>
    </message>
    <message>
        <source>secondary</source>
        <translation>bidiagnos</translation>
    </message>
    <message>
        <source>Parties and contacts</source>
        <translation>Parter och kontakter</translation>
    </message>
    <message>
        <source>No contacts registered.</source>
        <translation>Inga kontakter registrerade.</translation>
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
        <translation>Roll</translation>
    </message>
    <message>
        <source>4 § impuls</source>
        <translation>4 §-impuls</translation>
    </message>
    <message>
        <source>Action plan version %1 adopted</source>
        <translation>Handlingsplan version %1 fastställd</translation>
    </message>
    <message>
        <source>Timeline of contacts and activities</source>
        <translation>Tidslinje över kontakter och insatser</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>Inget registrerat ännu.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Med</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>No plan yet.</source>
        <translation>Ingen plan ännu.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Fastställd</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Av</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>utkast</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Möten</translation>
    </message>
    <message>
        <source>No meetings.</source>
        <translation>Inga möten.</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Möte</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Samtycken</translation>
    </message>
    <message>
        <source>No consents registered.</source>
        <translation>Inga samtycken registrerade.</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Gäller</translation>
    </message>
    <message>
        <source>Counterparty</source>
        <translation>Motpart</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Lämnat</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Giltigt till</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Läge</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>giltigt</translation>
    </message>
    <message>
        <source>not yet valid</source>
        <translation>ännu inte giltigt</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>utgånget</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>återkallat</translation>
    </message>
    <message>
        <source>until further notice</source>
        <translation>tills vidare</translation>
    </message>
    <message>
        <source>4 § impulser to Försäkringskassan</source>
        <translation>4 §-impulser till Försäkringskassan</translation>
    </message>
    <message>
        <source>No impulser.</source>
        <translation>Inga impulser.</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Recipient at FK</source>
        <translation>Mottagare på FK</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Skäl</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <source>Case summary</source>
        <translation>Sammanfattning av ärendet</translation>
    </message>
    <message>
        <source>Coordination under lag (2019:1297) · %1</source>
        <translation>Koordinering enligt lag (2019:1297) · %1</translation>
    </message>
    <message>
        <source>Compiled %1 by %2, %3, for the patient&apos;s journal.</source>
        <translation>Sammanställd %1 av %2, %3, för patientens journal.</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>Läkare</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Koordinator</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Förälder</translation>
    </message>
    <message>
        <source>The children</source>
        <translation>Barnen</translation>
    </message>
    <message>
        <source>No children registered.</source>
        <translation>Inga barn registrerade.</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Barn</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Född</translation>
    </message>
    <message>
        <source>Functional impairment</source>
        <translation>Funktionsnedsättning</translation>
    </message>
    <message>
        <source>School or preschool</source>
        <translation>Skola eller förskola</translation>
    </message>
    <message>
        <source>The network around the child</source>
        <translation>Nätverket runt barnet</translation>
    </message>
    <message>
        <source>No actors in the network yet.</source>
        <translation>Inga aktörer i nätverket än.</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Aktör</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <source>Provides</source>
        <translation>Bidrar med</translation>
    </message>
    <message>
        <source>The family</source>
        <translation>Familjen</translation>
    </message>
    <message>
        <source>The family&apos;s own goal</source>
        <translation>Familjens eget mål</translation>
    </message>
    <message>
        <source>Approved by the family</source>
        <translation>Godkänd av familjen</translation>
    </message>
    <message>
        <source>parent</source>
        <translation>förälder</translation>
    </message>
</context>
<context>
    <name>CaseImport</name>
    <message>
        <source>(do not import)</source>
        <translation>(importeras inte)</translation>
    </message>
    <message>
        <source>Identity number</source>
        <translation>Personnummer</translation>
    </message>
    <message>
        <source>Name (family, given)</source>
        <translation>Namn (efternamn, förnamn)</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Förnamn</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Efternamn</translation>
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
        <translation>Slut</translation>
    </message>
    <message>
        <source>Degree</source>
        <translation>Omfattning</translation>
    </message>
    <message>
        <source>Diagnosis (ICD-10)</source>
        <translation>Diagnos (ICD-10)</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Arbetsgivare</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>no identity number</source>
        <translation>personnummer saknas</translation>
    </message>
    <message>
        <source>identity number %1: %2</source>
        <translation>personnummer %1: %2</translation>
    </message>
    <message>
        <source>no name for a patient not registered before</source>
        <translation>namn saknas för en patient som inte är registrerad sedan tidigare</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot; (use Kontaktad, Aktiv, Uppföljning, Avslutad or Avböjt)</source>
        <translation>okänd status &quot;%1&quot; (använd Kontaktad, Aktiv, Uppföljning, Avslutad eller Avböjt)</translation>
    </message>
    <message>
        <source>start</source>
        <translation>start</translation>
    </message>
    <message>
        <source>end</source>
        <translation>slut</translation>
    </message>
    <message>
        <source>the %1 date &quot;%2&quot; is not a date (write it as 2026-03-01)</source>
        <translation>%1datumet &quot;%2&quot; är inget datum (skriv det som 2026-03-01)</translation>
    </message>
    <message>
        <source>the start date %1 is in the future</source>
        <translation>startdatumet %1 ligger i framtiden</translation>
    </message>
    <message>
        <source>the end date is before the start date</source>
        <translation>slutdatumet är före startdatumet</translation>
    </message>
    <message>
        <source>an end date without a start date</source>
        <translation>slutdatum utan startdatum</translation>
    </message>
    <message>
        <source>a closed case needs a start or end date</source>
        <translation>ett avslutat ärende behöver ett start- eller slutdatum</translation>
    </message>
    <message>
        <source>the degree &quot;%1&quot; must be 25, 50, 75 or 100 %</source>
        <translation>omfattningen &quot;%1&quot; ska vara 25, 50, 75 eller 100 %</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ICD-10 code</source>
        <translation>&quot;%1&quot; är ingen ICD-10-kod</translation>
    </message>
    <message>
        <source>Choose which column holds the identity number.</source>
        <translation>Välj vilken kolumn som innehåller personnumret.</translation>
    </message>
    <message>
        <source>No column is the name: only patients already registered can be imported.</source>
        <translation>Ingen kolumn är namnet: bara patienter som redan är registrerade kan importeras.</translation>
    </message>
    <message>
        <source>the same patient and start as an earlier row</source>
        <translation>samma patient och start som en tidigare rad</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>rad %1: %2</translation>
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
        <translation>Personnummer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Ålder</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Kön</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnos</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Sysselsättning</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Slut</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Längd</translation>
    </message>
    <message>
        <source>Degree</source>
        <translation>Omfattning</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Next checkpoint</source>
        <translation>Nästa kontrollpunkt</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Ärende</translation>
    </message>
    <message>
        <source>until further notice</source>
        <translation>tills vidare</translation>
    </message>
    <message>
        <source>Length (days)</source>
        <translation>Längd (dagar)</translation>
    </message>
    <message>
        <source>Degree (%)</source>
        <translation>Omfattning (%)</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Ärenden</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>Läkare</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>The database FILE.</source>
        <translation>Databasfilen FIL.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FIL</translation>
    </message>
    <message>
        <source>Use the fictional demo data instead of a database (nothing is saved).</source>
        <translation>Använd de påhittade demouppgifterna i stället för en databas (inget sparas).</translation>
    </message>
    <message>
        <source>Name the database with --db FILE, or use --demo.</source>
        <translation>Ange databasen med --db FIL, eller använd --demo.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Open a demo database in memory (nothing is written to disk).</source>
        <translation>Öppna en demodatabas i minnet (inget skrivs till disk).</translation>
    </message>
    <message>
        <source>Open the database FILE.</source>
        <translation>Öppna databasen FIL.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FIL</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>SPRÅK</translation>
    </message>
    <message>
        <source>Language: sv or en (default: the setting, else the system&apos;s).</source>
        <translation>Språk: sv eller en (standard: inställningen, annars systemets).</translation>
    </message>
    <message>
        <source>Coordination of sick-listed patients&apos; cases.

Commands without a window: create, check, backup, export, statistics, case-list (see man koordinera).</source>
        <translation>Koordinering av sjukskrivna patienters ärenden.

Kommandon utan fönster: create, check, backup, export, statistics, case-list (se man koordinera).</translation>
    </message>
</context>
<context>
    <name>ConsentWarning</name>
    <message>
        <source>Consent missing: %1</source>
        <translation>Samtycke saknas: %1</translation>
    </message>
    <message>
        <source>Consent expired: %1</source>
        <translation>Samtycket har gått ut: %1</translation>
    </message>
    <message>
        <source>Consent withdrawn: %1</source>
        <translation>Samtycket är återkallat: %1</translation>
    </message>
    <message>
        <source>Consent not yet valid: %1</source>
        <translation>Samtycket gäller inte än: %1</translation>
    </message>
    <message>
        <source>Missing – %1</source>
        <translation>Saknas – %1</translation>
    </message>
    <message>
        <source>Expired – %1</source>
        <translation>Utgånget – %1</translation>
    </message>
    <message>
        <source>Withdrawn – %1</source>
        <translation>Återkallat – %1</translation>
    </message>
    <message>
        <source>Not yet valid – %1</source>
        <translation>Gäller inte än – %1</translation>
    </message>
</context>
<context>
    <name>CorrectionHistory</name>
    <message>
        <source>Earlier versions (%1)</source>
        <translation>Tidigare versioner (%1)</translation>
    </message>
    <message>
        <source>Until %1, when %2 changed it:</source>
        <translation>Fram till %1, då %2 ändrade:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
</context>
<context>
    <name>CorrectionLog</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>inte närvarande</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Möte</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>video</source>
        <translation>video</translation>
    </message>
    <message>
        <source>Försäkringskassan&apos;s officer</source>
        <translation>Försäkringskassans handläggare</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Syfte</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>The patient&apos;s view</source>
        <translation>Patientens syn</translation>
    </message>
    <message>
        <source>Care&apos;s report</source>
        <translation>Vårdens redogörelse</translation>
    </message>
    <message>
        <source>Work options</source>
        <translation>Arbetsmöjligheter</translation>
    </message>
    <message>
        <source>Summary and decisions</source>
        <translation>Sammanfattning och beslut</translation>
    </message>
    <message>
        <source>4 § impuls needed</source>
        <translation>4 §-impuls behövs</translation>
    </message>
    <message>
        <source>No follow-up booked because</source>
        <translation>Ingen uppföljning bokad eftersom</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Gjord</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Hur</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>Mottagen av</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Skäl</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <source>Consent to</source>
        <translation>Samtycke till</translation>
    </message>
    <message>
        <source>Counterparty</source>
        <translation>Motpart</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Uppgifter</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Lämnat</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gäller till</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Återkallat</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The file is too large for a case list (more than 64 MB).</source>
        <translation>Filen är för stor för en ärendelista (mer än 64 MB).</translation>
    </message>
    <message>
        <source>This is an Excel workbook, not a CSV file. In Excel, choose Arkiv › Spara som › CSV UTF-8 (kommaavgränsad) and import that file.</source>
        <translation>Det här är en Excel-arbetsbok, inte en CSV-fil. Välj Arkiv › Spara som › CSV UTF-8 (kommaavgränsad) i Excel och importera den filen.</translation>
    </message>
    <message>
        <source>The file is not a text file. Choose a CSV file saved from Excel.</source>
        <translation>Filen är inte en textfil. Välj en CSV-fil som sparats från Excel.</translation>
    </message>
    <message>
        <source>A field on line %1 is longer than Excel allows (32,767 characters). Check that the file is a case list saved from Excel.</source>
        <translation>Ett fält på rad %1 är längre än Excel tillåter (32 767 tecken). Kontrollera att filen är en ärendelista sparad från Excel.</translation>
    </message>
    <message>
        <source>A quotation mark that begins on line %1 is never closed, so the rest of the file cannot be read. Open the file in Excel and save it as CSV again.</source>
        <translation>Ett citattecken som börjar på rad %1 avslutas aldrig, så resten av filen kan inte läsas. Öppna filen i Excel och spara den som CSV igen.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Filen är tom.</translation>
    </message>
    <message>
        <source>The file has only a header row and no cases.</source>
        <translation>Filen har bara en rubrikrad och inga ärenden.</translation>
    </message>
    <message>
        <source>Line %1 has more than %2 columns, which no case list has. Check that the file is a case list saved from Excel.</source>
        <translation>Rad %1 har fler än %2 kolumner, vilket ingen ärendelista har. Kontrollera att filen är en ärendelista sparad från Excel.</translation>
    </message>
    <message>
        <source>The file has more than %1 rows. Import a unit&apos;s case list at a time.</source>
        <translation>Filen har fler än %1 rader. Importera en enhets ärendelista i taget.</translation>
    </message>
</context>
<context>
    <name>DocumentLog</name>
    <message>
        <source>Printed</source>
        <translation>Utskriven</translation>
    </message>
    <message>
        <source>Saved as PDF</source>
        <translation>Sparad som PDF</translation>
    </message>
    <message>
        <source>Copied as text</source>
        <translation>Kopierad som text</translation>
    </message>
</context>
<context>
    <name>DocumentRenderer</name>
    <message>
        <source>page %1 of %2</source>
        <translation>sida %1 av %2</translation>
    </message>
    <message>
        <source>Place and date</source>
        <translation>Ort och datum</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Underskrift</translation>
    </message>
    <message>
        <source>The PDF could not be saved as %1. Check that the folder exists, that you may write there and that the disk is not full. No file was left.</source>
        <translation>PDF:en kunde inte sparas som %1. Kontrollera att mappen finns, att du får skriva i den och att disken inte är full. Ingen fil lämnades kvar.</translation>
    </message>
</context>
<context>
    <name>DocumentTemplates</name>
    <message>
        <source>Cover letter with the plan</source>
        <translation>Följebrev med planen</translation>
    </message>
    <message>
        <source>Invitation to the patient</source>
        <translation>Kallelse till patienten</translation>
    </message>
    <message>
        <source>Invitation to the other parties</source>
        <translation>Kallelse till övriga parter</translation>
    </message>
    <message>
        <source>Consent form</source>
        <translation>Samtyckesblankett</translation>
    </message>
    <message>
        <source>Letter with a 4 § impuls</source>
        <translation>Följebrev till 4 § impuls</translation>
    </message>
    <message>
        <source>Hello {mottagare},

Enclosed is the joint action plan for {patient} that we drew up together. It names each action, who is responsible for it, and when we follow it up.

Next follow-up: {uppföljning}.

Please get in touch with me if anything is unclear or changes.

Kind regards
{koordinator}
Rehabilitation coordinator, {enhet}</source>
        <translation>Hej {mottagare},

Här kommer den gemensamma handlingsplanen för {patient} som vi tog fram tillsammans. Den beskriver varje åtgärd, vem som ansvarar för den och när vi följer upp.

Nästa uppföljning: {uppföljning}.

Hör gärna av dig till mig om något är oklart eller förändras.

Med vänliga hälsningar
{koordinator}
Rehabkoordinator, {enhet}</translation>
    </message>
    <message>
        <source>Welcome to a meeting about your return to work, with those who can help you on the way.

{mötesuppgifter}

If you cannot come, or if you have questions, please get in touch with me.</source>
        <translation>Välkommen till ett möte om din återgång i arbete, tillsammans med dem som kan hjälpa dig på vägen.

{mötesuppgifter}

Hör av dig till mig om du inte kan komma eller har frågor.</translation>
    </message>
    <message>
        <source>Welcome to a meeting about {patient}&apos;s return to work.

{mötesuppgifter}

If you cannot come, or if you have questions, please get in touch with me.</source>
        <translation>Välkommen till ett möte om återgång i arbete för {patient}.

{mötesuppgifter}

Hör av dig till mig om du inte kan komma eller har frågor.</translation>
    </message>
    <message>
        <source>As your rehabilitation coordinator at {enhet} I can help you to coordinate your rehabilitation and your return to work, with the care unit and, if you wish, with others. It is voluntary. You may withdraw your consent at any time, and it does not affect your care.

I consent to coordination, and to information about my sick leave and rehabilitation being shared with those I have ticked below:

{parter}

Only what is needed for the coordination is shared. The consent applies until the coordination ends, unless I withdraw it earlier.</source>
        <translation>Som din rehabkoordinator på {enhet} kan jag hjälpa dig att samordna din rehabilitering och din återgång i arbete, inom vården och, om du vill, med andra. Det är frivilligt. Du kan när som helst ta tillbaka ditt samtycke, och det påverkar inte din vård.

Jag samtycker till koordinering och till att uppgifter om min sjukskrivning och rehabilitering lämnas till dem jag har kryssat för nedan:

{parter}

Bara det som behövs för samordningen lämnas ut. Samtycket gäller tills koordineringen avslutas, om jag inte tar tillbaka det tidigare.</translation>
    </message>
    <message>
        <source>To {mottagare}

I hereby give Försäkringskassan an impuls under 4 § of the act on coordination (2019:1297) about {patient}, who has consented to it. We judge that the patient needs work-oriented rehabilitation.

{anledning}

Please contact me to plan the next step together.

Kind regards
{koordinator}
Rehabilitation coordinator, {enhet}</source>
        <translation>Till {mottagare}

Härmed lämnar jag en impuls enligt 4 § lagen (2019:1297) om koordineringsinsatser för sjukskrivna patienter om {patient}, som har samtyckt till det. Vi bedömer att patienten behöver arbetslivsinriktad rehabilitering.

{anledning}

Kontakta mig gärna så planerar vi nästa steg tillsammans.

Med vänliga hälsningar
{koordinator}
Rehabkoordinator, {enhet}</translation>
    </message>
    <message>
        <source>The file is not a template file from Koordinera.</source>
        <translation>Filen är inte en mallfil från Koordinera.</translation>
    </message>
    <message>
        <source>The file comes from a newer version of Koordinera; update the program to read it.</source>
        <translation>Filen kommer från en nyare version av Koordinera; uppdatera programmet för att läsa den.</translation>
    </message>
    <message>
        <source>The file holds no templates.</source>
        <translation>Filen innehåller inga mallar.</translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; in the file is empty.</source>
        <translation>Mallen &quot;%1&quot; i filen är tom.</translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; in the file is too long (at most %2 characters).</source>
        <translation>Mallen &quot;%1&quot; i filen är för lång (högst %2 tecken).</translation>
    </message>
</context>
<context>
    <name>Domain</name>
    <message>
        <source>Unknown</source>
        <translation>Okänt</translation>
    </message>
    <message>
        <source>Woman</source>
        <translation>Kvinna</translation>
    </message>
    <message>
        <source>Man</source>
        <translation>Man</translation>
    </message>
    <message>
        <source>Personal identity number</source>
        <translation>Personnummer</translation>
    </message>
    <message>
        <source>Coordination number</source>
        <translation>Samordningsnummer</translation>
    </message>
    <message>
        <source>Reserve number</source>
        <translation>Reservnummer</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Kontaktad</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Avslutad</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Avböjt</translation>
    </message>
    <message>
        <source>Not closed</source>
        <translation>Ej avslutat</translation>
    </message>
    <message>
        <source>Back in work</source>
        <translation>Åter i arbete</translation>
    </message>
    <message>
        <source>Another actor is responsible</source>
        <translation>Annan aktör ansvarar</translation>
    </message>
    <message>
        <source>No further need (patient&apos;s view)</source>
        <translation>Inget fortsatt behov (patientens bedömning)</translation>
    </message>
    <message>
        <source>No further need (professional&apos;s view)</source>
        <translation>Inget fortsatt behov (professionens bedömning)</translation>
    </message>
    <message>
        <source>Declined by the patient</source>
        <translation>Avböjt av patienten</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Flyttat</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>Avliden</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>Annan orsak</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Ej angiven</translation>
    </message>
    <message>
        <source>Current work</source>
        <translation>Nuvarande arbete</translation>
    </message>
    <message>
        <source>Job-seeking</source>
        <translation>Arbetssökande</translation>
    </message>
    <message>
        <source>Parental leave</source>
        <translation>Föräldraledig</translation>
    </message>
    <message>
        <source>Studies</source>
        <translation>Studier</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Arbetsgivare</translation>
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
        <translation>Kommun</translation>
    </message>
    <message>
        <source>Occupational health service</source>
        <translation>Företagshälsovård</translation>
    </message>
    <message>
        <source>Other care unit</source>
        <translation>Annan vårdenhet</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Övrig</translation>
    </message>
    <message>
        <source>Coordination</source>
        <translation>Koordinering</translation>
    </message>
    <message>
        <source>Information to Försäkringskassan (4 §)</source>
        <translation>Information till Försäkringskassan (4 §)</translation>
    </message>
    <message>
        <source>Contact with the employer</source>
        <translation>Kontakt med arbetsgivaren</translation>
    </message>
    <message>
        <source>Contact with Arbetsförmedlingen</source>
        <translation>Kontakt med Arbetsförmedlingen</translation>
    </message>
    <message>
        <source>Contact with social services</source>
        <translation>Kontakt med socialtjänsten</translation>
    </message>
    <message>
        <source>SIP (coordinated individual plan)</source>
        <translation>SIP (samordnad individuell plan)</translation>
    </message>
    <message>
        <source>Other contact</source>
        <translation>Annan kontakt</translation>
    </message>
    <message>
        <source>Verbal</source>
        <translation>Muntligt</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Skriftligt</translation>
    </message>
    <message>
        <source>Personal support</source>
        <translation>Personligt stöd</translation>
    </message>
    <message>
        <source>Internal coordination</source>
        <translation>Intern samordning</translation>
    </message>
    <message>
        <source>External collaboration</source>
        <translation>Extern samverkan</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Besök</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brev</translation>
    </message>
    <message>
        <source>Digital message</source>
        <translation>Digitalt meddelande</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planerad</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Avbruten</translation>
    </message>
    <message>
        <source>The patient</source>
        <translation>Patienten</translation>
    </message>
    <message>
        <source>Our care unit</source>
        <translation>Vår vårdenhet</translation>
    </message>
    <message>
        <source>Another party</source>
        <translation>Annan aktör</translation>
    </message>
    <message>
        <source>Reconciliation meeting</source>
        <translation>Avstämningsmöte</translation>
    </message>
    <message>
        <source>Follow-up meeting</source>
        <translation>Uppföljningsmöte</translation>
    </message>
    <message>
        <source>SIP meeting</source>
        <translation>SIP-möte</translation>
    </message>
    <message>
        <source>Tripartite meeting</source>
        <translation>Trepartsmöte</translation>
    </message>
    <message>
        <source>Internal team meeting</source>
        <translation>Internt teammöte</translation>
    </message>
    <message>
        <source>Other meeting</source>
        <translation>Annat möte</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Bokat</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Genomfört</translation>
    </message>
    <message>
        <source>Called off</source>
        <translation>Inställt</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Care team</source>
        <translation>Vårdteamet</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Medical certificate</source>
        <translation>Läkarintyg</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>Läkare</translation>
    </message>
    <message>
        <source>Nurse</source>
        <translation>Sjuksköterska</translation>
    </message>
    <message>
        <source>Physiotherapist</source>
        <translation>Fysioterapeut</translation>
    </message>
    <message>
        <source>Psychologist</source>
        <translation>Psykolog</translation>
    </message>
    <message>
        <source>Counsellor</source>
        <translation>Kurator</translation>
    </message>
    <message>
        <source>Occupational therapist</source>
        <translation>Arbetsterapeut</translation>
    </message>
    <message>
        <source>Advice to colleagues</source>
        <translation>Rådgivning till kollegor</translation>
    </message>
    <message>
        <source>Team meeting</source>
        <translation>Teammöte</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Utbildning</translation>
    </message>
    <message>
        <source>Routines and development</source>
        <translation>Rutiner och utveckling</translation>
    </message>
    <message>
        <source>Rehabilitation coordination (primary care)</source>
        <translation>Rehabkoordinering (vårdcentral)</translation>
    </message>
    <message>
        <source>Coordinator for parents (municipality)</source>
        <translation>Koordinator för föräldrar (kommun)</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Arbetar</translation>
    </message>
    <message>
        <source>Studying</source>
        <translation>Studerar</translation>
    </message>
    <message>
        <source>Sick-listed</source>
        <translation>Sjukskriven</translation>
    </message>
    <message>
        <source>Unemployed</source>
        <translation>Arbetslös</translation>
    </message>
    <message>
        <source>On parental leave</source>
        <translation>Föräldraledig</translation>
    </message>
    <message>
        <source>Habilitation</source>
        <translation>Habilitering</translation>
    </message>
    <message>
        <source>Child and adolescent psychiatry</source>
        <translation>Barn- och ungdomspsykiatri (BUP)</translation>
    </message>
    <message>
        <source>Child health care</source>
        <translation>Barnhälsovård (BVC)</translation>
    </message>
    <message>
        <source>School or preschool</source>
        <translation>Skola eller förskola</translation>
    </message>
    <message>
        <source>LSS case officer</source>
        <translation>LSS-handläggare</translation>
    </message>
    <message>
        <source>Social services</source>
        <translation>Socialtjänst</translation>
    </message>
    <message>
        <source>The situation is manageable</source>
        <translation>Situationen är hanterbar</translation>
    </message>
    <message>
        <source>Network meeting</source>
        <translation>Nätverksmöte</translation>
    </message>
    <message>
        <source>Works</source>
        <translation>Fungerar</translation>
    </message>
    <message>
        <source>Works in part</source>
        <translation>Fungerar delvis</translation>
    </message>
    <message>
        <source>Does not work</source>
        <translation>Fungerar inte</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>The case has no plan version %1.</source>
        <translation>Ärendet har ingen planversion %1.</translation>
    </message>
    <message>
        <source>The case has no action plan yet.</source>
        <translation>Ärendet har ingen handlingsplan ännu.</translation>
    </message>
    <message>
        <source>The case has no meeting on %1.</source>
        <translation>Ärendet har inget möte den %1.</translation>
    </message>
    <message>
        <source>The case has no meeting recorded as held.</source>
        <translation>Ärendet har inget möte registrerat som genomfört.</translation>
    </message>
    <message>
        <source>Writes one of a case&apos;s documents as a PDF, or as plain text when the file name ends in .txt, and records it on the case. Needs no display. The passphrase is read as for create.</source>
        <translation>Skriver ett av ärendets dokument som PDF, eller som ren text när filnamnet slutar på .txt, och noterar det på ärendet. Behöver ingen skärm. Lösenfrasen läses som för create.</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>Kommandot.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FIL</translation>
    </message>
    <message>
        <source>The case&apos;s reference, e.g. K-2026-0042 (with --demo it may be left out: a case with a plan and a meeting is chosen).</source>
        <translation>Ärendets nummer, t.ex. K-2026-0042 (med --demo kan det utelämnas: ett ärende med plan och möte väljs).</translation>
    </message>
    <message>
        <source>REF</source>
        <translation>NUMMER</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>SLAG</translation>
    </message>
    <message>
        <source>The plan version (default: the newest).</source>
        <translation>Planversionen (annars den senaste).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>For minutes: the meeting&apos;s date (default: the latest held).</source>
        <translation>För minnesanteckningar: mötets datum (annars det senast genomförda).</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <source>Who the copy is for, as recorded on the case (a letter is addressed to them).</source>
        <translation>Vem kopian är till, som det noteras på ärendet (ett brev adresseras till dem).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAMN</translation>
    </message>
    <message>
        <source>The FILE to write (.pdf or .txt).</source>
        <translation>FILEN som ska skrivas (.pdf eller .txt).</translation>
    </message>
    <message>
        <source>Say which document with --document (%1) and where with --out FILE.</source>
        <translation>Ange vilket dokument med --document (%1) och var med --out FIL.</translation>
    </message>
    <message>
        <source>Name the case with --case REF.</source>
        <translation>Ange ärendet med --case NUMMER.</translation>
    </message>
    <message>
        <source>Give the meeting&apos;s date as YYYY-MM-DD.</source>
        <translation>Ange mötets datum som ÅÅÅÅ-MM-DD.</translation>
    </message>
    <message>
        <source>There is no case %1 in the database.</source>
        <translation>Det finns inget ärende %1 i databasen.</translation>
    </message>
    <message>
        <source>%1 (%2): %3, SHA-256 %4</source>
        <translation>%1 (%2): %3, SHA-256 %4</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %3, %n page(s), SHA-256 %4</source>
        <translation>
            <numerusform>%1 (%2): %3, %n sida, SHA-256 %4</numerusform>
            <numerusform>%1 (%2): %3, %n sidor, SHA-256 %4</numerusform>
        </translation>
    </message>
    <message>
        <source>The file %1 could not be written. Check that the folder exists, that you may write there and that the disk is not full.</source>
        <translation>Filen %1 kunde inte skrivas. Kontrollera att mappen finns, att du får skriva där och att disken inte är full.</translation>
    </message>
    <message>
        <source>No file name was given.</source>
        <translation>Inget filnamn angavs.</translation>
    </message>
    <message>
        <source>%1 could not be written: it is not an ordinary file but a folder, a device or a pipe. Choose a file name in a folder.</source>
        <translation>%1 kunde inte skrivas: det är ingen vanlig fil utan en mapp, en enhet eller en pipe. Välj ett filnamn i en mapp.</translation>
    </message>
    <message>
        <source>%1 could not be written: the folder %2 does not exist. Choose another folder.</source>
        <translation>%1 kunde inte skrivas: mappen %2 finns inte. Välj en annan mapp.</translation>
    </message>
    <message>
        <source>Koordinera does not know who signs: give your name, title and unit in the window (Edit › Settings › You and your unit) before exporting documents.</source>
        <translation>Koordinera vet inte vem som skriver under: ange ditt namn, din titel och din enhet i fönstret (Redigera › Inställningar › Du och din enhet) innan du exporterar dokument.</translation>
    </message>
    <message>
        <source>Which document: plan, form (the blank meeting form), minutes, summary, letter (with the plan) or consent-form (for the patient to sign).</source>
        <translation>Vilket dokument: plan, form (det tomma mötesformuläret), minutes (minnesanteckningar), summary (sammanfattning), letter (följebrev med planen) eller consent-form (samtyckesblankett för patienten att skriva under).</translation>
    </message>
</context>
<context>
    <name>Family</name>
    <message>
        <source>Enter the child&apos;s given name.</source>
        <translation>Skriv barnets förnamn.</translation>
    </message>
    <message>
        <source>Enter the child&apos;s date of birth.</source>
        <translation>Skriv barnets födelsedatum.</translation>
    </message>
    <message>
        <source>The date of birth cannot be in the future.</source>
        <translation>Födelsedatumet kan inte ligga i framtiden.</translation>
    </message>
    <message>
        <source>The support is for parents of children under %1; check the date of birth.</source>
        <translation>Stödet gäller föräldrar till barn under %1 år; kontrollera födelsedatumet.</translation>
    </message>
    <message>
        <source>Describe the impairment in at most %1 characters.</source>
        <translation>Beskriv funktionsnedsättningen med högst %1 tecken.</translation>
    </message>
    <message>
        <source>The school or preschool may be at most %1 characters.</source>
        <translation>Skolan eller förskolan får vara högst %1 tecken.</translation>
    </message>
    <message>
        <source>A family has at most two parents in the support.</source>
        <translation>En familj har högst två föräldrar i stödet.</translation>
    </message>
    <message>
        <source>Choose a rating from %1 to %2.</source>
        <translation>Välj en skattning från %1 till %2.</translation>
    </message>
    <message>
        <source>Record how manageable it was at the start as well.</source>
        <translation>Skriv in hur hanterbart det var vid starten också.</translation>
    </message>
    <message>
        <source>Record the occupation at the start as well.</source>
        <translation>Skriv in sysselsättningen vid starten också.</translation>
    </message>
    <message>
        <source>This is already the family&apos;s first parent.</source>
        <translation>Det här är redan familjens första förälder.</translation>
    </message>
    <message>
        <source>This person is not a parent in the family.</source>
        <translation>Den här personen är inte förälder i familjen.</translation>
    </message>
    <message>
        <source>Record how the network worked at the start as well.</source>
        <translation>Registrera också hur nätverket fungerade vid start.</translation>
    </message>
    <message>
        <source>Declined by the family</source>
        <translation>Avböjt av familjen</translation>
    </message>
</context>
<context>
    <name>FamilyFollowUpSheet</name>
    <message>
        <source>Parent %1</source>
        <translation>Förälder %1</translation>
    </message>
    <message>
        <source>sex</source>
        <translation>kön</translation>
    </message>
    <message>
        <source>age at the start</source>
        <translation>ålder vid start</translation>
    </message>
    <message>
        <source>sick-listed</source>
        <translation>sjukskriven</translation>
    </message>
    <message>
        <source>occupation at the start</source>
        <translation>sysselsättning vid start</translation>
    </message>
    <message>
        <source>occupation at the end</source>
        <translation>sysselsättning vid avslut</translation>
    </message>
    <message>
        <source>manageable at the start (1–5)</source>
        <translation>hanterbart vid start (1–5)</translation>
    </message>
    <message>
        <source>manageable at the end (1–5)</source>
        <translation>hanterbart vid avslut (1–5)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Stöd</translation>
    </message>
    <message>
        <source>Started (month)</source>
        <translation>Start (månad)</translation>
    </message>
    <message>
        <source>Ended (month)</source>
        <translation>Avslut (månad)</translation>
    </message>
    <message>
        <source>Days in support</source>
        <translation>Dagar i stöd</translation>
    </message>
    <message>
        <source>Reason for closing</source>
        <translation>Avslutsorsak</translation>
    </message>
    <message>
        <source>Parents</source>
        <translation>Föräldrar</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Barn</translation>
    </message>
    <message>
        <source>Children %1</source>
        <translation>Barn %1</translation>
    </message>
    <message>
        <source>Actors in the network</source>
        <translation>Aktörer i nätverket</translation>
    </message>
    <message>
        <source>The network works at the start</source>
        <translation>Nätverket fungerar vid start</translation>
    </message>
    <message>
        <source>The network works at the end</source>
        <translation>Nätverket fungerar vid avslut</translation>
    </message>
</context>
<context>
    <name>FamilyStatistics</name>
    <message>
        <source>0–5 years</source>
        <translation>0–5 år</translation>
    </message>
    <message>
        <source>6–12 years</source>
        <translation>6–12 år</translation>
    </message>
    <message>
        <source>13–17 years</source>
        <translation>13–17 år</translation>
    </message>
    <message>
        <source>Children by age</source>
        <translation>Barn efter ålder</translation>
    </message>
    <message>
        <source>The network: families with each kind</source>
        <translation>Nätverket: familjer med varje slag av aktör</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>okänd</translation>
    </message>
    <message>
        <source>under 30</source>
        <translation>under 30</translation>
    </message>
    <message>
        <source>50 or older</source>
        <translation>50 eller äldre</translation>
    </message>
</context>
<context>
    <name>FamilyStatisticsDocument</name>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Family support statistics %1</source>
        <translation>Statistik familjestöd %1</translation>
    </message>
    <message>
        <source>Support to parents: follow-up</source>
        <translation>Stöd till föräldrar: uppföljning</translation>
    </message>
    <message>
        <source>Families in support</source>
        <translation>Familjer i stöd</translation>
    </message>
    <message>
        <source>Parents in support</source>
        <translation>Föräldrar i stöd</translation>
    </message>
    <message>
        <source>Supports closed</source>
        <translation>Avslutade stöd</translation>
    </message>
    <message>
        <source>Median days in support (closed)</source>
        <translation>Mediantid i stöd, dagar (avslutade)</translation>
    </message>
    <message>
        <source>Parents back in work or studies</source>
        <translation>Föräldrar åter i arbete eller studier</translation>
    </message>
    <message>
        <source>Not in work or studies at the start (closed supports)</source>
        <translation>Inte i arbete eller studier vid start (avslutade stöd)</translation>
    </message>
    <message>
        <source>– of whom in work or studies at the end</source>
        <translation>– varav i arbete eller studier vid avslut</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Barn</translation>
    </message>
    <message>
        <source>Families</source>
        <translation>Familjer</translation>
    </message>
    <message>
        <source>Parents are counted by their legal sex; a parent whose sex is not known counts in the total only. A family is in support in the period when its support overlaps it; a declined support is not. Children are counted by their age on the period&apos;s last day. Back in work or studies counts the parents of the supports closed in the period who were neither working nor studying at the start.</source>
        <translation>Föräldrar räknas efter juridiskt kön; en förälder vars kön inte är känt räknas bara i totalen. En familj är i stöd under perioden när stödet överlappar den; ett avböjt stöd räknas inte. Barn räknas efter ålder på periodens sista dag. Åter i arbete eller studier räknar föräldrarna i de stöd som avslutades under perioden och som varken arbetade eller studerade vid start.</translation>
    </message>
    <message>
        <source>So that no family can be recognised, counts from 1 to %1 are shown as &quot;&lt;%2&quot;. Where a sum would give such a count away, further counts are hidden too and shown as &quot;x&quot;; a median resting on %1 supports or fewer is shown as &quot;x&quot; as well.</source>
        <translation>För att ingen familj ska kunna kännas igen visas antal från 1 till %1 som ”&lt;%2”. Där en summa skulle avslöja ett sådant antal döljs fler antal och visas som ”x”; en median som bygger på %1 stöd eller färre visas också som ”x”.</translation>
    </message>
</context>
<context>
    <name>FormFields</name>
    <message numerus="yes">
        <source> day(s)</source>
        <translation>
            <numerusform> dag</numerusform>
            <numerusform> dagar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>w. %1</source>
        <translation>v. %1</translation>
    </message>
    <message>
        <source>day %1 · %2 · %3</source>
        <translation>dag %1 · %2 · %3</translation>
    </message>
    <message>
        <source>until further notice</source>
        <translation>tills vidare</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagar</numerusform>
        </translation>
    </message>
    <message>
        <source>en_GB</source>
        <comment>the locale of month names in running text</comment>
        <translation>sv_SE</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <source>Rehabilitation coordinator</source>
        <translation>Rehabkoordinator</translation>
    </message>
    <message>
        <source>Yes (X)</source>
        <translation>Ja (X)</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Who, if known</source>
        <translation>Vem, om känt</translation>
    </message>
    <message>
        <source>Other:</source>
        <translation>Annan:</translation>
    </message>
    <message>
        <source>Consent form</source>
        <translation>Samtyckesblankett</translation>
    </message>
    <message>
        <source>Consent form for the patient to sign</source>
        <translation>Samtyckesblankett för patienten att skriva under</translation>
    </message>
    <message>
        <source>Consent to coordination</source>
        <translation>Samtycke till samordning</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Letter with a 4 § impuls</source>
        <translation>Följebrev till 4 § impuls</translation>
    </message>
    <message>
        <source>Letter with the 4 § impuls of %1</source>
        <translation>Följebrev till 4 § impuls %1</translation>
    </message>
    <message>
        <source>Impuls under 4 § of the act on coordination, %1, %2</source>
        <translation>Impuls enligt 4 § lagen om koordineringsinsatser, %1, %2</translation>
    </message>
    <message>
        <source>Sick leave</source>
        <translation>Sjukskrivning</translation>
    </message>
    <message>
        <source>Consent to inform Försäkringskassan</source>
        <translation>Samtycke till att informera Försäkringskassan</translation>
    </message>
    <message>
        <source>Given %1</source>
        <translation>Lämnat %1</translation>
    </message>
    <message>
        <source>Not named</source>
        <translation>Inte angivet</translation>
    </message>
</context>
<context>
    <name>FunctionCommand</name>
    <message>
        <source>“%1” could not be undone or redone, because the data has changed since. %2</source>
        <translation>”%1” kunde inte ångras eller göras om, eftersom uppgifterna har ändrats sedan dess. %2</translation>
    </message>
</context>
<context>
    <name>Headless</name>
    <message>
        <source>Creates a new sealed Koordinera database. The passphrase is read from the terminal (twice) or, when input is not a terminal, from the first line of standard input.</source>
        <translation>Skapar en ny förseglad Koordinera-databas. Lösenfrasen läses från terminalen (två gånger) eller, när indata inte är en terminal, från första raden på standard in.</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>Kommandot.</translation>
    </message>
    <message>
        <source>The new database FILE.</source>
        <translation>Den nya databasen FIL.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FIL</translation>
    </message>
    <message>
        <source>Fill it with the fictional demo cases (a practice database).</source>
        <translation>Fyll den med de påhittade demoärendena (en övningsdatabas).</translation>
    </message>
    <message>
        <source>Name the new database with --db FILE.</source>
        <translation>Ange den nya databasen med --db FIL.</translation>
    </message>
    <message>
        <source>Passphrase for the new database: </source>
        <translation>Lösenfras för den nya databasen: </translation>
    </message>
    <message>
        <source>Repeat it: </source>
        <translation>Upprepa den: </translation>
    </message>
    <message numerus="yes">
        <source>Created %1 with %n case(s).</source>
        <translation>
            <numerusform>Skapade %1 med %n ärende.</numerusform>
            <numerusform>Skapade %1 med %n ärenden.</numerusform>
        </translation>
    </message>
    <message>
        <source>The database FILE.</source>
        <translation>Databasen FIL.</translation>
    </message>
    <message>
        <source>Name the database with --db FILE.</source>
        <translation>Ange databasen med --db FIL.</translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>Lösenfras: </translation>
    </message>
    <message>
        <source>The database is damaged inside (SQLite&apos;s integrity check failed).</source>
        <translation>Databasen är skadad inuti (SQLites integritetskontroll misslyckades).</translation>
    </message>
    <message>
        <source>The access log has been tampered with: entry %1 and those after it cannot be trusted.</source>
        <translation>Åtkomstloggen har manipulerats: post %1 och posterna efter den går inte att lita på.</translation>
    </message>
    <message numerus="yes">
        <source>The database is whole: %n case(s), and the access log is unbroken.</source>
        <translation>
            <numerusform>Databasen är hel: %n ärende, och åtkomstloggen är obruten.</numerusform>
            <numerusform>Databasen är hel: %n ärenden, och åtkomstloggen är obruten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Writes a sealed backup of a Koordinera database to a folder and keeps the newest ones. The passphrase is read as for create.</source>
        <translation>Skriver en förseglad säkerhetskopia av en Koordinera-databas till en mapp och behåller de senaste. Lösenfrasen läses som för create.</translation>
    </message>
    <message>
        <source>The backup FOLDER.</source>
        <translation>Säkerhetskopiornas MAPP.</translation>
    </message>
    <message>
        <source>FOLDER</source>
        <translation>MAPP</translation>
    </message>
    <message>
        <source>How many backups to keep (default 14).</source>
        <translation>Hur många säkerhetskopior som behålls (standard 14).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Name the database with --db FILE and the folder with --to FOLDER.</source>
        <translation>Ange databasen med --db FIL och mappen med --to MAPP.</translation>
    </message>
    <message>
        <source>The database may only be read, so the backup is not recorded in its access log.</source>
        <translation>Databasen får bara läsas, så säkerhetskopian har inte kunnat noteras i dess åtkomstlogg.</translation>
    </message>
    <message numerus="yes">
        <source>The last save was cut off (the program stopped or the power went while it was written). It is left out; everything saved before it is whole: %n case(s), and the access log is unbroken. Opening the database in Koordinera tidies the file.</source>
        <translation>
            <numerusform>Den senaste sparningen avbröts (programmet stoppades eller strömmen gick medan den skrevs). Den är utelämnad; allt som sparades före den är helt: %n ärende, och åtkomstloggen är obruten. När databasen öppnas i Koordinera städas filen.</numerusform>
            <numerusform>Den senaste sparningen avbröts (programmet stoppades eller strömmen gick medan den skrevs). Den är utelämnad; allt som sparades före den är helt: %n ärenden, och åtkomstloggen är obruten. När databasen öppnas i Koordinera städas filen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checks a Koordinera database: that it opens, that SQLite finds it whole, that the access log&apos;s chain is unbroken, and that the file holds every save this computer made to it. It only reads: the file is never written. The passphrase is read as for create.</source>
        <translation>Kontrollerar en Koordinera-databas: att den går att öppna, att SQLite finner den hel, att åtkomstloggens kedja är obruten och att filen innehåller varje sparning som den här datorn gjort i den. Den läser bara: filen skrivs aldrig. Lösenfrasen läses som för create.</translation>
    </message>
    <message>
        <source>Nothing has been changed. Find the newer file, or open the database in Koordinera and accept it as it is (a newer backup can be restored after that).</source>
        <translation>Ingenting har ändrats. Leta reda på den nyare filen, eller öppna databasen i Koordinera och godta den som den är (en nyare säkerhetskopia kan återställas efter det).</translation>
    </message>
    <message>
        <source>The work the database holds: rehab (rehabilitation coordination at a clinic, the default) or familj (a municipality&apos;s coordinator for parents of children with disabilities).</source>
        <translation>Arbetet databasen rymmer: rehab (rehabkoordinering på en vårdcentral, förvalt) eller familj (kommunens koordinator för föräldrar till barn med funktionsnedsättning).</translation>
    </message>
    <message>
        <source>WORK</source>
        <translation>ARBETE</translation>
    </message>
    <message>
        <source>Choose the work with --profile rehab or --profile familj.</source>
        <translation>Välj arbete med --profile rehab eller --profile familj.</translation>
    </message>
    <message numerus="yes">
        <source>Created %1 with %n family/families.</source>
        <translation>
            <numerusform>Skapade %1 med %n familj.</numerusform>
            <numerusform>Skapade %1 med %n familjer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ICalendar</name>
    <message>
        <source>Video meeting</source>
        <translation>Videomöte</translation>
    </message>
</context>
<context>
    <name>IcdCode</name>
    <message>
        <source>Certain infectious and parasitic diseases</source>
        <translation>Vissa infektionssjukdomar och parasitsjukdomar</translation>
    </message>
    <message>
        <source>Neoplasms</source>
        <translation>Tumörer</translation>
    </message>
    <message>
        <source>Diseases of the blood and immune mechanism</source>
        <translation>Sjukdomar i blod och blodbildande organ samt vissa rubbningar i immunsystemet</translation>
    </message>
    <message>
        <source>Endocrine, nutritional and metabolic diseases</source>
        <translation>Endokrina sjukdomar, nutritionsrubbningar och ämnesomsättningssjukdomar</translation>
    </message>
    <message>
        <source>Mental and behavioural disorders</source>
        <translation>Psykiska sjukdomar och syndrom samt beteendestörningar</translation>
    </message>
    <message>
        <source>Diseases of the nervous system</source>
        <translation>Sjukdomar i nervsystemet</translation>
    </message>
    <message>
        <source>Diseases of the eye and adnexa</source>
        <translation>Sjukdomar i ögat och närliggande organ</translation>
    </message>
    <message>
        <source>Diseases of the ear and mastoid process</source>
        <translation>Sjukdomar i örat och mastoidutskottet</translation>
    </message>
    <message>
        <source>Diseases of the circulatory system</source>
        <translation>Cirkulationsorganens sjukdomar</translation>
    </message>
    <message>
        <source>Diseases of the respiratory system</source>
        <translation>Andningsorganens sjukdomar</translation>
    </message>
    <message>
        <source>Diseases of the digestive system</source>
        <translation>Matsmältningsorganens sjukdomar</translation>
    </message>
    <message>
        <source>Diseases of the skin and subcutaneous tissue</source>
        <translation>Hudens och underhudens sjukdomar</translation>
    </message>
    <message>
        <source>Diseases of the musculoskeletal system and connective tissue</source>
        <translation>Sjukdomar i muskuloskeletala systemet och bindväven</translation>
    </message>
    <message>
        <source>Diseases of the genitourinary system</source>
        <translation>Sjukdomar i urin- och könsorganen</translation>
    </message>
    <message>
        <source>Pregnancy, childbirth and the puerperium</source>
        <translation>Graviditet, förlossning och barnsängstid</translation>
    </message>
    <message>
        <source>Certain conditions originating in the perinatal period</source>
        <translation>Vissa perinatala tillstånd</translation>
    </message>
    <message>
        <source>Congenital malformations and chromosomal abnormalities</source>
        <translation>Medfödda missbildningar, deformiteter och kromosomavvikelser</translation>
    </message>
    <message>
        <source>Symptoms, signs and abnormal findings not elsewhere classified</source>
        <translation>Symtom, sjukdomstecken och onormala kliniska fynd och laboratoriefynd som ej klassificeras annorstädes</translation>
    </message>
    <message>
        <source>Injury, poisoning and other consequences of external causes</source>
        <translation>Skador, förgiftningar och vissa andra följder av yttre orsaker</translation>
    </message>
    <message>
        <source>Codes for special purposes</source>
        <translation>Koder för särskilda ändamål</translation>
    </message>
    <message>
        <source>External causes of morbidity and mortality</source>
        <translation>Yttre orsaker till sjukdom och död</translation>
    </message>
    <message>
        <source>Factors influencing health status and contact with health services</source>
        <translation>Faktorer av betydelse för hälsotillståndet och för kontakter med hälso- och sjukvården</translation>
    </message>
</context>
<context>
    <name>IdentityNumber</name>
    <message>
        <source>Enter an identity number.</source>
        <translation>Ange ett personnummer.</translation>
    </message>
    <message>
        <source>Write 10 or 12 digits, e.g. 19640823-3234 or 640823-3234.</source>
        <translation>Skriv 10 eller 12 siffror, t.ex. 19640823-3234 eller 640823-3234.</translation>
    </message>
    <message>
        <source>The date in the number does not exist.</source>
        <translation>Datumet i numret finns inte.</translation>
    </message>
    <message>
        <source>The birth date lies in the future.</source>
        <translation>Födelsedatumet ligger i framtiden.</translation>
    </message>
    <message>
        <source>The check digit is wrong; a digit may have been mistyped.</source>
        <translation>Kontrollsiffran stämmer inte – kanske har en siffra skrivits fel.</translation>
    </message>
    <message>
        <source>The century must be 18, 19 or 20 (the first two of twelve digits).</source>
        <translation>Århundradet måste vara 18, 19 eller 20 (de två första av tolv siffror).</translation>
    </message>
    <message>
        <source>The birth number (the three digits after the date) cannot be 000.</source>
        <translation>Födelsenumret (de tre siffrorna efter datumet) kan inte vara 000.</translation>
    </message>
    <message>
        <source>&apos;+&apos; is written only from the year the person turns 100; with twelve digits, write &apos;-&apos;.</source>
        <translation>&apos;+&apos; skrivs först från det år personen fyller 100; med tolv siffror skriver du &apos;-&apos;.</translation>
    </message>
</context>
<context>
    <name>Invitation</name>
    <message>
        <source>Invitation</source>
        <translation>Kallelse</translation>
    </message>
    <message>
        <source>Invitations, %1 %2</source>
        <translation>Kallelser, %1 %2</translation>
    </message>
    <message>
        <source>Invitation: %1</source>
        <translation>Kallelse: %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Video link</source>
        <translation>Videolänk</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Syfte</translation>
    </message>
    <message>
        <source>Who comes</source>
        <translation>Vilka som kommer</translation>
    </message>
    <message>
        <source>Please bring</source>
        <translation>Ta gärna med</translation>
    </message>
    <message>
        <source>%1 at %2 (%3)</source>
        <translation>%1 kl. %2 (%3)</translation>
    </message>
</context>
<context>
    <name>LockFile</name>
    <message>
        <source>The database is open for %1 on the computer %2 since %3. Only one can work in it at a time.</source>
        <translation>Databasen är öppen för %1 på datorn %2 sedan %3. Bara en i taget kan arbeta i den.</translation>
    </message>
    <message>
        <source>The folder of the database cannot be written to (or the disk is full), so the database cannot be locked for you.</source>
        <translation>Det går inte att skriva i databasens mapp (eller så är disken full), så databasen kan inte låsas åt dig.</translation>
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
        <translation>Ange datum och tid för mötet.</translation>
    </message>
    <message>
        <source>A meeting lasts between 1 minute and 8 hours.</source>
        <translation>Ett möte varar mellan 1 minut och 8 timmar.</translation>
    </message>
    <message>
        <source>Enter where the meeting is held, or that it is by video.</source>
        <translation>Ange var mötet hålls, eller att det är ett videomöte.</translation>
    </message>
    <message>
        <source>Every participant needs a name.</source>
        <translation>Varje deltagare behöver ett namn.</translation>
    </message>
    <message>
        <source>Write down what was agreed.</source>
        <translation>Skriv ned vad som beslutades.</translation>
    </message>
    <message>
        <source>Book the next meeting, or say why no follow-up is needed.</source>
        <translation>Boka nästa möte, eller ange varför ingen uppföljning behövs.</translation>
    </message>
    <message>
        <source>Enter the date of the impuls.</source>
        <translation>Ange datum för impulsen.</translation>
    </message>
    <message>
        <source>An impuls needs the patient&apos;s consent to informing Försäkringskassan (4 §). Record that consent first.</source>
        <translation>En impuls kräver patientens samtycke till att Försäkringskassan informeras (4 §). Registrera det samtycket först.</translation>
    </message>
    <message>
        <source>The 4 § consent is not valid on the day of the impuls.</source>
        <translation>Samtycket enligt 4 § gäller inte den dag impulsen görs.</translation>
    </message>
    <message>
        <source>Enter who at Försäkringskassan received it.</source>
        <translation>Ange vem på Försäkringskassan som tog emot den.</translation>
    </message>
    <message>
        <source>The patient is met before the meeting, not after.</source>
        <translation>Patienten träffas före mötet, inte efter.</translation>
    </message>
    <message>
        <source>The medical assessment is made before the meeting.</source>
        <translation>Den medicinska bedömningen görs före mötet.</translation>
    </message>
    <message>
        <source>%1 is invited without the patient&apos;s consent to sharing with them: record the consent first, or say why they are invited anyway.</source>
        <translation>%1 bjuds in utan patientens samtycke till att uppgifter delas med dem: registrera samtycket först, eller skriv varför de bjuds in ändå.</translation>
    </message>
</context>
<context>
    <name>PassphrasePolicy</name>
    <message>
        <source>Too short: at least %1 characters.</source>
        <translation>För kort: minst %1 tecken.</translation>
    </message>
    <message>
        <source>Weak. Several words in a row are easier to remember and harder to guess.</source>
        <translation>Svag. Flera ord i rad är lättare att minnas och svårare att gissa.</translation>
    </message>
    <message>
        <source>Fair. A few more words make it strong.</source>
        <translation>Godtagbar. Några ord till gör den stark.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Stark.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>De två lösenfraserna är olika.</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <source>Sick-listed %1 % since %2</source>
        <translation>Sjukskriven %1 % sedan %2</translation>
    </message>
    <message>
        <source> (day %1 of the sick leave)</source>
        <translation> (dag %1 i sjukperioden)</translation>
    </message>
    <message>
        <source>, certified until %1</source>
        <translation>, intyg till och med %1</translation>
    </message>
    <message>
        <source>Occupation: %1</source>
        <translation>Sysselsättning: %1</translation>
    </message>
    <message>
        <source>The patient</source>
        <translation>Patienten</translation>
    </message>
    <message>
        <source>There is no draft to adopt: the plan is adopted as it stands.</source>
        <translation>Det finns inget utkast att fastställa: planen är fastställd som den är.</translation>
    </message>
    <message>
        <source>The parents</source>
        <translation>Föräldrarna</translation>
    </message>
</context>
<context>
    <name>PlanPanel</name>
    <message>
        <source>The plan has been changed since.</source>
        <translation>Planen har ändrats sedan dess.</translation>
    </message>
</context>
<context>
    <name>PlanRules</name>
    <message>
        <source>Background and current situation</source>
        <translation>Bakgrund och nuläge</translation>
    </message>
    <message>
        <source>The patient&apos;s goal</source>
        <translation>Patientens mål</translation>
    </message>
    <message>
        <source>Shared goal</source>
        <translation>Gemensamt mål</translation>
    </message>
    <message>
        <source>Overall responsibility</source>
        <translation>Övergripande ansvar</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Nästa uppföljning</translation>
    </message>
    <message>
        <source>Copies to</source>
        <translation>Kopia till</translation>
    </message>
    <message>
        <source>Approved by the patient</source>
        <translation>Godkänd av patienten</translation>
    </message>
    <message>
        <source>Describe the action.</source>
        <translation>Beskriv åtgärden.</translation>
    </message>
    <message>
        <source>Choose the party responsible for the action.</source>
        <translation>Välj vem som ansvarar för åtgärden.</translation>
    </message>
    <message>
        <source>The action cannot end before it starts.</source>
        <translation>Åtgärden kan inte sluta innan den börjar.</translation>
    </message>
    <message>
        <source>Say why the action was cancelled.</source>
        <translation>Ange varför åtgärden avbröts.</translation>
    </message>
    <message>
        <source>Add at least one action before adopting the plan.</source>
        <translation>Lägg till minst en åtgärd innan planen fastställs.</translation>
    </message>
    <message>
        <source>Name who has the overall responsibility for the plan.</source>
        <translation>Ange vem som har det övergripande ansvaret för planen.</translation>
    </message>
    <message>
        <source>Book the next follow-up before adopting the plan.</source>
        <translation>Boka nästa uppföljning innan planen fastställs.</translation>
    </message>
    <message>
        <source>The patient</source>
        <translation>Patienten</translation>
    </message>
    <message>
        <source>The care unit</source>
        <translation>Vårdcentralen</translation>
    </message>
    <message>
        <source>Unknown party</source>
        <translation>Okänd aktör</translation>
    </message>
    <message>
        <source>The coordinator</source>
        <translation>Koordinatorn</translation>
    </message>
    <message>
        <source>The parents</source>
        <translation>Föräldrarna</translation>
    </message>
</context>
<context>
    <name>ProgressRunner</name>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>Region</name>
    <message>
        <source>Give at least one unit report.</source>
        <translation>Ange minst en enhetsrapport.</translation>
    </message>
    <message>
        <source>%1 (%2) is there twice for %3: give each unit&apos;s report for a period once.</source>
        <translation>%1 (%2) finns två gånger för %3: ange varje enhets rapport för en period en gång.</translation>
    </message>
    <message>
        <source>The periods %1 and %2 overlap: every unit must report the same periods.</source>
        <translation>Perioderna %1 och %2 överlappar: alla enheter måste rapportera samma perioder.</translation>
    </message>
    <message>
        <source>%1 (%2) has no report for %3, which the other units have: every unit must report the same periods.</source>
        <translation>%1 (%2) saknar rapport för %3, som de andra enheterna har: alla enheter måste rapportera samma perioder.</translation>
    </message>
    <message>
        <source>Puts the units&apos; reports (.kstat) together for the county: per unit and in total, women, men and total, small numbers hidden after summing. Every unit must report the same periods. The passphrase agreed with the process support is read from standard input.</source>
        <translation>Sammanställer enheternas rapporter (.kstat) för länet: per enhet och totalt, kvinnor, män och totalt, små tal dolda efter summeringen. Alla enheter måste rapportera samma perioder. Lösenfrasen som enheterna kommit överens om med processtödet läses från standard in.</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>Kommandot.</translation>
    </message>
    <message>
        <source>More unit reports (.kstat).</source>
        <translation>Fler enhetsrapporter (.kstat).</translation>
    </message>
    <message>
        <source>A unit report (.kstat); give it once per file.</source>
        <translation>En enhetsrapport (.kstat); ange den en gång per fil.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FIL</translation>
    </message>
    <message>
        <source>Twenty fictional units, each reporting this year&apos;s quarters.</source>
        <translation>Tjugo påhittade enheter som var och en rapporterar årets kvartal.</translation>
    </message>
    <message>
        <source>The FILE to write: .pdf, .xlsx or .csv.</source>
        <translation>FILEN att skriva: .pdf, .xlsx eller .csv.</translation>
    </message>
    <message>
        <source>Say where to write with --out FILE.</source>
        <translation>Ange var det ska skrivas med --out FIL.</translation>
    </message>
    <message>
        <source>Give the units&apos; reports with --in FILE.kstat, or --demo.</source>
        <translation>Ange enheternas rapporter med --in FIL.kstat, eller --demo.</translation>
    </message>
    <message>
        <source>Passphrase agreed with the process support: </source>
        <translation>Lösenfras som ni kommit överens om med processtödet: </translation>
    </message>
    <message numerus="yes">
        <source>Regional report %1 – %2, %n unit(s): %3</source>
        <translation>
            <numerusform>Regional sammanställning %1 – %2, %n enhet: %3</numerusform>
            <numerusform>Regional sammanställning %1 – %2, %n enheter: %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegionDocument</name>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>The county</source>
        <translation>Länet</translation>
    </message>
    <message>
        <source>Active cases per unit</source>
        <translation>Aktiva ärenden per enhet</translation>
    </message>
    <message>
        <source>New cases per unit</source>
        <translation>Nya ärenden per enhet</translation>
    </message>
    <message>
        <source>Closed cases per unit</source>
        <translation>Avslutade ärenden per enhet</translation>
    </message>
    <message>
        <source>Active cases with an adopted joint plan per unit</source>
        <translation>Aktiva ärenden med fastställd gemensam plan per enhet</translation>
    </message>
    <message>
        <source>4 § impulser per unit</source>
        <translation>4 §-impulser per enhet</translation>
    </message>
    <message>
        <source>Regional report %1</source>
        <translation>Regional sammanställning %1</translation>
    </message>
    <message>
        <source>Coordination in the county</source>
        <translation>Koordinering i länet</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n unit(s) · women, men and total</source>
        <translation>
            <numerusform>%1 · %n enhet · kvinnor, män och totalt</numerusform>
            <numerusform>%1 · %n enheter · kvinnor, män och totalt</numerusform>
        </translation>
    </message>
    <message>
        <source>Active cases in the county, period by period</source>
        <translation>Aktiva ärenden i länet, period för period</translation>
    </message>
    <message>
        <source>The county&apos;s measures, all units summed</source>
        <translation>Länets mått, alla enheter summerade</translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <source>Write down the decision the purge rests on (e.g. the decision&apos;s number and date).</source>
        <translation>Skriv vilket beslut gallringen grundar sig på (t.ex. beslutets nummer och datum).</translation>
    </message>
</context>
<context>
    <name>SealedEnvelope</name>
    <message>
        <source>The file is damaged or has been changed.</source>
        <translation>Filen är skadad eller har ändrats.</translation>
    </message>
    <message>
        <source>There is not enough memory to open the file.</source>
        <translation>Det finns inte tillräckligt med minne för att öppna filen.</translation>
    </message>
    <message>
        <source>The passphrase is not the one the file was sealed with.</source>
        <translation>Lösenfrasen är inte den som filen förseglades med.</translation>
    </message>
</context>
<context>
    <name>SealedStore</name>
    <message>
        <source>The file is not a Koordinera database.</source>
        <translation>Filen är ingen Koordinera-databas.</translation>
    </message>
    <message>
        <source>The file was written by a newer version of Koordinera. Update Koordinera to open it. The file has not been changed.</source>
        <translation>Filen har skrivits av en nyare version av Koordinera. Uppdatera Koordinera för att öppna den. Filen har inte ändrats.</translation>
    </message>
    <message>
        <source>Wrong passphrase.</source>
        <translation>Fel lösenfras.</translation>
    </message>
    <message>
        <source>The file is cut short: it ends before the database in it does. Restore it from a backup. The file has not been changed.</source>
        <translation>Filen är avkortad: den tar slut innan databasen i den gör det. Återställ den från en säkerhetskopia. Filen har inte ändrats.</translation>
    </message>
    <message>
        <source>The file&apos;s saved changes belong to another copy of the database, so they cannot be trusted. Restore it from a backup. The file has not been changed.</source>
        <translation>Filens sparade ändringar hör till en annan kopia av databasen och kan därför inte litas på. Återställ den från en säkerhetskopia. Filen har inte ändrats.</translation>
    </message>
    <message>
        <source>The change could not be written to disk (is the disk full, or the folder read-only or gone?). It was not saved; everything saved before is intact.</source>
        <translation>Ändringen kunde inte skrivas till disken (är disken full, eller mappen skrivskyddad eller borta?). Den sparades inte; allt som sparats tidigare finns kvar.</translation>
    </message>
    <message>
        <source>The file is damaged or has been altered: its content does not match its seal. Restore it from a backup. The file has not been changed.</source>
        <translation>Filen är skadad eller har ändrats: innehållet stämmer inte med förseglingen. Återställ den från en säkerhetskopia. Filen har inte ändrats.</translation>
    </message>
    <message>
        <source>The encryption library could not start.</source>
        <translation>Krypteringsbiblioteket kunde inte starta.</translation>
    </message>
    <message>
        <source>There is not enough memory to unlock the database.</source>
        <translation>Det finns inte tillräckligt med minne för att låsa upp databasen.</translation>
    </message>
    <message>
        <source>A file with that name already exists.</source>
        <translation>Det finns redan en fil med det namnet.</translation>
    </message>
    <message>
        <source>The database file could not be read. Check that you may read it.</source>
        <translation>Databasfilen kunde inte läsas. Kontrollera att du har behörighet att läsa den.</translation>
    </message>
    <message>
        <source>The database file does not exist.</source>
        <translation>Databasfilen finns inte.</translation>
    </message>
</context>
<context>
    <name>Server</name>
    <message>
        <source>The server refused the change: it breaks a rule of the database.</source>
        <translation>Servern vägrade ändringen: den bryter mot en regel i databasen.</translation>
    </message>
    <message>
        <source>You do not have the right to do that on the server. Ask the region&apos;s administrator.</source>
        <translation>Du har inte behörighet att göra det på servern. Fråga regionens administratör.</translation>
    </message>
    <message>
        <source>The server could not carry out the request.</source>
        <translation>Servern kunde inte utföra begäran.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate cannot be checked: the connection needs the region&apos;s CA certificate.</source>
        <translation>Serverns certifikat kan inte kontrolleras: anslutningen behöver regionens CA-certifikat.</translation>
    </message>
    <message>
        <source>Could not connect to the server %1. Check the address, your user name and password, and that the server&apos;s certificate is the region&apos;s.</source>
        <translation>Det gick inte att ansluta till servern %1. Kontrollera adressen, ditt användarnamn och lösenord och att serverns certifikat är regionens.</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>Kommandot.</translation>
    </message>
    <message>
        <source>The server&apos;s name, as its certificate has it.</source>
        <translation>Serverns namn, som det står i dess certifikat.</translation>
    </message>
    <message>
        <source>HOST</source>
        <translation>VÄRD</translation>
    </message>
    <message>
        <source>The server&apos;s port (5432 if not given).</source>
        <translation>Serverns port (5432 om den inte anges).</translation>
    </message>
    <message>
        <source>PORT</source>
        <translation>PORT</translation>
    </message>
    <message>
        <source>Koordinera&apos;s database on the server.</source>
        <translation>Koordineras databas på servern.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAMN</translation>
    </message>
    <message>
        <source>The role that owns the database.</source>
        <translation>Rollen som äger databasen.</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLL</translation>
    </message>
    <message>
        <source>The certificate of the authority that signed the server&apos;s certificate.</source>
        <translation>Certifikatet för den utfärdare som har signerat serverns certifikat.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FIL</translation>
    </message>
    <message>
        <source>Give the server with --host, --database and --user (and --port if not 5432).</source>
        <translation>Ange servern med --host, --database och --user (och --port om den inte är 5432).</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Lösenord för %1: </translation>
    </message>
    <message>
        <source>Koordinera&apos;s database on %1 was already at version %2.</source>
        <translation>Koordineras databas på %1 var redan i version %2.</translation>
    </message>
    <message>
        <source>Koordinera&apos;s database on %1 is at version %2.</source>
        <translation>Koordineras databas på %1 är nu i version %2.</translation>
    </message>
    <message>
        <source>Passphrase for %1: </source>
        <translation>Lösenfras för %1: </translation>
    </message>
    <message>
        <source>%1 has already been moved into the unit %2: nothing was done.</source>
        <translation>%1 är redan flyttad till enheten %2: inget gjordes.</translation>
    </message>
    <message>
        <source>For the region&apos;s administrator, signed in as the role that owns Koordinera&apos;s database on the region&apos;s PostgreSQL server. prepare: makes the schema, or brings it to this version. import: moves a unit&apos;s sealed file (--db) into its unit (--unit), all or nothing; running it again does nothing. The password (and for import first the file&apos;s passphrase) is read from standard input.</source>
        <translation>För regionens administratör, inloggad som rollen som äger Koordineras databas på regionens PostgreSQL-server. prepare: skapar schemat, eller uppdaterar det till den här versionen. import: flyttar en enhets förseglade fil (--db) till dess enhet (--unit), allt eller inget; att köra det igen gör ingenting. Lösenordet (och för import först filens lösenfras) läses från standard in.</translation>
    </message>
    <message>
        <source>What to do: prepare or import.</source>
        <translation>Vad som ska göras: prepare eller import.</translation>
    </message>
    <message>
        <source>The server and database in one: HOST[:PORT]/DATABASE.</source>
        <translation>Servern och databasen på en gång: VÄRD[:PORT]/DATABAS.</translation>
    </message>
    <message>
        <source>SERVER</source>
        <translation>SERVER</translation>
    </message>
    <message>
        <source>import: the unit&apos;s database FILE.</source>
        <translation>import: enhetens databasFIL.</translation>
    </message>
    <message>
        <source>import: the CODE of the unit to move it into.</source>
        <translation>import: KODEN för enheten den ska flyttas till.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>KOD</translation>
    </message>
    <message>
        <source>Say what to do: koordinera server prepare, or koordinera server import.</source>
        <translation>Ange vad som ska göras: koordinera server prepare eller koordinera server import.</translation>
    </message>
    <message>
        <source>Give --server as HOST[:PORT]/DATABASE.</source>
        <translation>Ange --server som VÄRD[:PORT]/DATABAS.</translation>
    </message>
    <message>
        <source>Name the file with --db FILE and its unit with --unit CODE.</source>
        <translation>Ange filen med --db FIL och dess enhet med --unit KOD.</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n case(s) from %1 into the unit %2 on %3. Patients: %4. Entries of the access log: %5.</source>
        <translation>
            <numerusform>Flyttade %n ärende från %1 till enheten %2 på %3. Patienter: %4. Poster i åtkomstloggen: %5.</numerusform>
            <numerusform>Flyttade %n ärenden från %1 till enheten %2 på %3. Patienter: %4. Poster i åtkomstloggen: %5.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServerImport</name>
    <message>
        <source>The file refers to a record it does not hold (%1.%2 = %3). Nothing was moved; check the file with Arkiv › Kontrollera databasen.</source>
        <translation>Filen hänvisar till en uppgift som den inte innehåller (%1.%2 = %3). Inget flyttades; kontrollera filen med Arkiv › Kontrollera databasen.</translation>
    </message>
    <message>
        <source>The access log could not be moved.</source>
        <translation>Åtkomstloggen gick inte att flytta.</translation>
    </message>
    <message>
        <source>Moving a unit in is done signed in as the role that owns Koordinera&apos;s database on the server (the region&apos;s administrator).</source>
        <translation>En enhet flyttas in av den som är inloggad som rollen som äger Koordineras databas på servern (regionens administratör).</translation>
    </message>
    <message>
        <source>Koordinera&apos;s database on the server is not at this version of Koordinera. Prepare it first (koordinera server prepare).</source>
        <translation>Koordineras databas på servern har inte den här versionen av Koordinera. Förbered den först (koordinera server prepare).</translation>
    </message>
    <message>
        <source>The file is from another version of Koordinera. Open it once in this version, then move it.</source>
        <translation>Filen kommer från en annan version av Koordinera. Öppna den en gång i den här versionen och flytta den sedan.</translation>
    </message>
    <message>
        <source>The file&apos;s access log has been tampered with from entry %1 on. A file whose log cannot be trusted is not moved; nothing was changed on the server.</source>
        <translation>Filens åtkomstlogg har manipulerats från post %1 och framåt. En fil vars logg inte går att lita på flyttas inte; inget ändrades på servern.</translation>
    </message>
    <message>
        <source>The file is damaged inside (SQLite&apos;s integrity check failed). Nothing was changed on the server.</source>
        <translation>Filen är skadad inuti (SQLite:s integritetskontroll misslyckades). Inget ändrades på servern.</translation>
    </message>
    <message>
        <source>The server has no unit %1. Make it first (INSERT INTO units …, see README), then move the file into it.</source>
        <translation>Servern har ingen enhet %1. Skapa den först (INSERT INTO units …, se README) och flytta sedan filen dit.</translation>
    </message>
    <message>
        <source>The unit %1 does other work than the file (%2, the file %3). Move the file into a unit made for its work.</source>
        <translation>Enheten %1 har ett annat slags arbete än filen (%2, filen %3). Flytta filen till en enhet som är skapad för dess arbete.</translation>
    </message>
    <message>
        <source>A file has already been moved into the unit %1, and it is not this one as it is now. Nothing was changed.</source>
        <translation>En fil har redan flyttats till enheten %1, och det är inte den här filen som den ser ut nu. Inget ändrades.</translation>
    </message>
    <message>
        <source>The unit %1 already has records of its own on the server. A file is moved only into a unit that has none; nothing was changed.</source>
        <translation>Enheten %1 har redan egna uppgifter på servern. En fil flyttas bara till en enhet som inte har några; inget ändrades.</translation>
    </message>
    <message>
        <source>This file has already been moved into the unit %1. A unit&apos;s file is moved once, into its own unit; nothing was changed.</source>
        <translation>Den här filen har redan flyttats till enheten %1. En enhets fil flyttas en gång, till den egna enheten; inget ändrades.</translation>
    </message>
    <message>
        <source>The move stopped half-way, and nothing of it was kept on the server: %1</source>
        <translation>Flytten avbröts halvvägs, och inget av den sparades på servern: %1</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>“%1” is not a day between 1 and 3650.</source>
        <translation>”%1” är ingen dag mellan 1 och 3650.</translation>
    </message>
    <message>
        <source>Give at least one day, e.g. 30, 90, 180, 365.</source>
        <translation>Ange minst en dag, t.ex. 30, 90, 180, 365.</translation>
    </message>
</context>
<context>
    <name>SickLeaveList</name>
    <message>
        <source>The file is not a sick-leave list from Rehabstöd: no column is headed &quot;Personnummer&quot; and &quot;Startdatum&quot;.</source>
        <translation>Filen är ingen sjukskrivningslista från Rehabstöd: ingen kolumn har rubriken ”Personnummer” och ”Startdatum”.</translation>
    </message>
    <message>
        <source>The identity number &quot;%1&quot; cannot be used: %2</source>
        <translation>Personnumret ”%1” går inte att använda: %2</translation>
    </message>
    <message>
        <source>The start date &quot;%1&quot; is not a date up to today.</source>
        <translation>Startdatumet ”%1” är inget datum till och med i dag.</translation>
    </message>
    <message>
        <source>The same patient is already on line %1.</source>
        <translation>Samma patient finns redan på rad %1.</translation>
    </message>
</context>
<context>
    <name>SickList</name>
    <message>
        <source>Say why no coordination is offered now.</source>
        <translation>Skriv varför koordinering inte erbjuds nu.</translation>
    </message>
    <message>
        <source>The patient is no longer on the list.</source>
        <translation>Patienten finns inte längre på listan.</translation>
    </message>
    <message>
        <source>Dry run: nothing was stored.</source>
        <translation>Provkörning: ingenting sparades.</translation>
    </message>
    <message>
        <source>The sick-leave list was imported.</source>
        <translation>Sjukskrivningslistan är importerad.</translation>
    </message>
    <message>
        <source>Patients read: %1</source>
        <translation>Lästa patienter: %1</translation>
    </message>
    <message>
        <source>With a case in coordination: %1</source>
        <translation>Med ärende i koordinering: %1</translation>
    </message>
    <message>
        <source>Periods added to cases: %1</source>
        <translation>Perioder tillagda i ärenden: %1</translation>
    </message>
    <message>
        <source>Differences to check in the case (not changed): %1</source>
        <translation>Skillnader att kontrollera i ärendet (inte ändrade): %1</translation>
    </message>
    <message>
        <source>the list says %1 from %2 to %3</source>
        <translation>listan säger %1 från %2 till %3</translation>
    </message>
    <message>
        <source>Not in coordination, new on the list: %1</source>
        <translation>Utan koordinering, nya på listan: %1</translation>
    </message>
    <message>
        <source>Not in coordination, on the list before: %1</source>
        <translation>Utan koordinering, fanns på listan förut: %1</translation>
    </message>
    <message>
        <source>Left the list with a decision made, removed: %1</source>
        <translation>Borta från listan med fattat beslut, borttagna: %1</translation>
    </message>
    <message>
        <source>Rows refused: %1</source>
        <translation>Rader som inte kunde läsas: %1</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>rad %1: %2</translation>
    </message>
    <message>
        <source>Imports the unit&apos;s sick-leave list, as Rehabstöd exports it (Excel or CSV): periods of cases in coordination are brought up to the list, and sick-listed patients not in coordination go on the list of those to consider. Every patient read is recorded in the access log. Needs no display.</source>
        <translation>Importerar enhetens sjukskrivningslista som Rehabstöd exporterar den (Excel eller CSV): perioderna i ärenden under koordinering förs fram till listans, och sjukskrivna utan koordinering hamnar på listan över dem att bedöma. Varje läst patient skrivs i loggen. Behöver ingen skärm.</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>Kommandot.</translation>
    </message>
    <message>
        <source>What to do: import.</source>
        <translation>Vad som ska göras: import.</translation>
    </message>
    <message>
        <source>The database FILE.</source>
        <translation>Databasen FIL.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FIL</translation>
    </message>
    <message>
        <source>The list: an .xlsx or .csv file.</source>
        <translation>Listan: en .xlsx- eller .csv-fil.</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LISTA</translation>
    </message>
    <message>
        <source>The day the list was taken, YYYY-MM-DD (default: today).</source>
        <translation>Dagen listan togs ut, ÅÅÅÅ-MM-DD (annars i dag).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <source>Show what would be done; store nothing.</source>
        <translation>Visa vad som skulle göras; spara ingenting.</translation>
    </message>
    <message>
        <source>Say what to do: koordinera sick-list import --db FILE --file LIST.</source>
        <translation>Säg vad som ska göras: koordinera sick-list import --db FIL --file LISTA.</translation>
    </message>
    <message>
        <source>Give the database with --db FILE and the list with --file LIST.</source>
        <translation>Ange databasen med --db FIL och listan med --file LISTA.</translation>
    </message>
    <message>
        <source>%1 is not a date: write it as YYYY-MM-DD.</source>
        <translation>%1 är inget datum: skriv det som ÅÅÅÅ-MM-DD.</translation>
    </message>
    <message>
        <source>%1 recorded a decision about this patient at %2, after the list was shown. Their decision is kept.</source>
        <translation>%1 registrerade ett beslut om den här patienten %2, efter att listan visades. Det beslutet behålls.</translation>
    </message>
</context>
<context>
    <name>SickListFile</name>
    <message>
        <source>%1 is too large to be the unit&apos;s sick-leave list.</source>
        <translation>%1 är för stor för att vara enhetens sjukskrivningslista.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 går inte att läsa: %2</translation>
    </message>
</context>
<context>
    <name>Spreadsheet</name>
    <message>
        <source>FILE</source>
        <translation>FIL</translation>
    </message>
    <message>
        <source>The FILE to write.</source>
        <translation>FIL att skriva.</translation>
    </message>
    <message>
        <source>Say where to write with --out FILE.</source>
        <translation>Ange var filen ska skrivas med --out FIL.</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>Kommandot.</translation>
    </message>
    <message>
        <source>PERIOD</source>
        <translation>PERIOD</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, %n page(s)</source>
        <translation>
            <numerusform>%1: %2, %n sida</numerusform>
            <numerusform>%1: %2, %n sidor</numerusform>
        </translation>
    </message>
    <message>
        <source>Statistics %1 – %2: %3</source>
        <translation>Statistik %1 – %2: %3</translation>
    </message>
    <message>
        <source>Writes the case list as CSV for Excel or as an Excel workbook (by the file name&apos;s ending). It holds patient data: every case exported is recorded in the access log. Needs no display.</source>
        <translation>Skriver ärendelistan som CSV för Excel eller som Excel-arbetsbok (efter filnamnets ändelse). Den innehåller patientuppgifter: varje exporterat ärende förs in i åtkomstloggen. Behöver ingen skärm.</translation>
    </message>
    <message>
        <source>The columns, in order, separated by commas: status, identity, name, age, sex, diagnosis, occupation, start, end, length, degree, day, checkpoint, case (default: all).</source>
        <translation>Kolumnerna i ordning, åtskilda med kommatecken: status, identity, name, age, sex, diagnosis, occupation, start, end, length, degree, day, checkpoint, case (standard: alla).</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LISTA</translation>
    </message>
    <message>
        <source>Include closed and declined cases.</source>
        <translation>Ta med avslutade och avböjda ärenden.</translation>
    </message>
    <message>
        <source>Name the columns with --columns, e.g. --columns name,identity,start.</source>
        <translation>Ange kolumnerna med --columns, till exempel --columns name,identity,start.</translation>
    </message>
    <message numerus="yes">
        <source>The case list, %n case(s): %1</source>
        <translation>
            <numerusform>Ärendelistan, %n ärende: %1</numerusform>
            <numerusform>Ärendelistan, %n ärenden: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>A unit report names the unit: give its code with --unit-code CODE.</source>
        <translation>En enhetsrapport namnger enheten: ange dess kod med --unit-code KOD.</translation>
    </message>
    <message>
        <source>Passphrase agreed with the process support: </source>
        <translation>Lösenfras som ni kommit överens om med processtödet: </translation>
    </message>
    <message>
        <source>Repeat it: </source>
        <translation>Upprepa den: </translation>
    </message>
    <message>
        <source>Unit report %1 – %2 for %3: %4</source>
        <translation>Enhetsrapport %1 – %2 för %3: %4</translation>
    </message>
    <message>
        <source>The period: 2026, 2026-H1, 2026-Q3, 2026-07 or 2026-01-01..2026-06-30 (default: this year so far).</source>
        <translation>Perioden: 2026, 2026-H1, 2026-K3, 2026-07 eller 2026-01-01..2026-06-30 (förval: hittills i år).</translation>
    </message>
    <message>
        <source>The unit&apos;s code (e.g. its HSA-id), needed for a unit report (--out FILE.kstat).</source>
        <translation>Enhetens kod (t.ex. dess HSA-id), behövs för en enhetsrapport (--out FIL.kstat).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>KOD</translation>
    </message>
    <message>
        <source>Give the period as 2026, 2026-H1, 2026-Q3, 2026-07 or 2026-01-01..2026-06-30.</source>
        <translation>Ange perioden som 2026, 2026-H1, 2026-K3, 2026-07 eller 2026-01-01..2026-06-30.</translation>
    </message>
    <message>
        <source>A unit report holds a clinic&apos;s coordination; this database holds support to parents. Write its follow-up with --out FILE.xlsx or FILE.csv instead.</source>
        <translation>En enhetsrapport gäller en vårdcentrals koordinering; den här databasen rymmer stöd till föräldrar. Skriv i stället dess uppföljning med --out FIL.xlsx eller FIL.csv.</translation>
    </message>
    <message numerus="yes">
        <source>Follow-up %1 – %2, %n closed support(s): %3</source>
        <translation>
            <numerusform>Uppföljning %1 – %2, %n avslutat stöd: %3</numerusform>
            <numerusform>Uppföljning %1 – %2, %n avslutade stöd: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Writes the unit&apos;s coordination statistics for a period, split by women and men, as a PDF report, CSV for Excel or an Excel workbook (by the file name&apos;s ending). Counts from 1 to the threshold in the settings are shown as &quot;&lt;5&quot;. With --out FILE.kstat it writes instead the unit report for the process support: raw counts, sealed with a passphrase read from standard input. For a database of support to parents: the follow-up report as PDF, or the supports closed in the period, one row each without names, as CSV or Excel. Needs no display.</source>
        <translation>Skriver enhetens statistik över koordineringen för en period, uppdelad på kvinnor och män, som PDF-rapport, CSV för Excel eller Excel-arbetsbok (efter filnamnets ändelse). Antal från 1 till gränsen i inställningarna visas som &quot;&lt;5&quot;. Med --out FIL.kstat skrivs i stället enhetsrapporten till processtödet: råa antal, förseglade med en lösenfras som läses från standard in. För en databas med stöd till föräldrar: uppföljningsrapporten som PDF, eller de stöd som avslutades under perioden, ett per rad utan namn, som CSV eller Excel. Behöver ingen skärm.</translation>
    </message>
</context>
<context>
    <name>SpreadsheetFile</name>
    <message>
        <source>The file has no row with the expected column headings (for example Personnummer).</source>
        <translation>Filen har ingen rad med de väntade kolumnrubrikerna (till exempel Personnummer).</translation>
    </message>
</context>
<context>
    <name>SpreadsheetFileDialog</name>
    <message>
        <source>Excel workbook (*.xlsx);;CSV for Excel (*.csv)</source>
        <translation>Excel-arbetsbok (*.xlsx);;CSV för Excel (*.csv)</translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message>
        <source>0–14 days</source>
        <translation>0–14 dagar</translation>
    </message>
    <message>
        <source>15–30 days</source>
        <translation>15–30 dagar</translation>
    </message>
    <message>
        <source>31–90 days</source>
        <translation>31–90 dagar</translation>
    </message>
    <message>
        <source>91–180 days</source>
        <translation>91–180 dagar</translation>
    </message>
    <message>
        <source>181–365 days</source>
        <translation>181–365 dagar</translation>
    </message>
    <message>
        <source>1–2 years</source>
        <translation>1–2 år</translation>
    </message>
    <message>
        <source>over 2 years</source>
        <translation>över 2 år</translation>
    </message>
    <message>
        <source>not sick-listed</source>
        <translation>inte sjukskriven</translation>
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
        <translation>60 och äldre</translation>
    </message>
    <message>
        <source>age unknown</source>
        <translation>okänd ålder</translation>
    </message>
    <message>
        <source>Closed cases by outcome</source>
        <translation>Avslutade ärenden efter orsak</translation>
    </message>
    <message>
        <source>Length of the sick leave</source>
        <translation>Sjukfallets längd</translation>
    </message>
    <message>
        <source>Degree of sick leave</source>
        <translation>Sjukskrivningsgrad</translation>
    </message>
    <message>
        <source>Main diagnosis by ICD-10 chapter</source>
        <translation>Huvuddiagnos efter kapitel i ICD-10</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Ålder</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Sysselsättning</translation>
    </message>
    <message>
        <source>Status at the end of the period</source>
        <translation>Status vid periodens slut</translation>
    </message>
    <message>
        <source>Reached in the rehabilitation chain</source>
        <translation>Nått i rehabiliteringskedjan</translation>
    </message>
    <message>
        <source>day 90</source>
        <translation>dag 90</translation>
    </message>
    <message>
        <source>day 180</source>
        <translation>dag 180</translation>
    </message>
    <message>
        <source>day 365</source>
        <translation>dag 365</translation>
    </message>
    <message>
        <source>Meetings held</source>
        <translation>Genomförda möten</translation>
    </message>
    <message>
        <source>Activities by kind</source>
        <translation>Insatser efter slag</translation>
    </message>
    <message>
        <source>Activities by KVÅ code</source>
        <translation>Insatser efter KVÅ-kod</translation>
    </message>
    <message>
        <source>no main diagnosis</source>
        <translation>ingen huvuddiagnos</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Ärenden</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiva</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nya</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>avslutade</translation>
    </message>
    <message>
        <source>4 § impulser</source>
        <translation>4 §-impulser</translation>
    </message>
    <message>
        <source>Median days from sick-leave start to first contact</source>
        <translation>Median antal dagar från sjukskrivningens start till första kontakt</translation>
    </message>
    <message>
        <source>Active cases by month</source>
        <translation>Aktiva ärenden per månad</translation>
    </message>
    <message>
        <source>New cases by month</source>
        <translation>Nya ärenden per månad</translation>
    </message>
    <message>
        <source>Measure (%1)</source>
        <translation>Mått (%1)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Kvinnor</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Män</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>Women %</source>
        <translation>Kvinnor %</translation>
    </message>
    <message>
        <source>Men %</source>
        <translation>Män %</translation>
    </message>
    <message>
        <source>Total %</source>
        <translation>Totalt %</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Per månad</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Månad</translation>
    </message>
    <message>
        <source>Active, women</source>
        <translation>Aktiva, kvinnor</translation>
    </message>
    <message>
        <source>Active, men</source>
        <translation>Aktiva, män</translation>
    </message>
    <message>
        <source>Active, total</source>
        <translation>Aktiva, totalt</translation>
    </message>
    <message>
        <source>New, women</source>
        <translation>Nya, kvinnor</translation>
    </message>
    <message>
        <source>New, men</source>
        <translation>Nya, män</translation>
    </message>
    <message>
        <source>New, total</source>
        <translation>Nya, totalt</translation>
    </message>
    <message>
        <source>In coordination</source>
        <translation>I koordinering</translation>
    </message>
    <message>
        <source>Not in coordination</source>
        <translation>Utan koordinering</translation>
    </message>
    <message>
        <source>Not in coordination, past day 90</source>
        <translation>Utan koordinering, förbi dag 90</translation>
    </message>
    <message>
        <source>The unit&apos;s sick-listed (the list of %1)</source>
        <translation>Enhetens sjukskrivna (listan från %1)</translation>
    </message>
    <message>
        <source>– of which cases started from the sick-leave list</source>
        <translation>– varav ärenden startade från sjukskrivningslistan</translation>
    </message>
    <message>
        <source>Work for the unit</source>
        <translation>Arbete för enheten</translation>
    </message>
    <message>
        <source>Work for the unit, occasions</source>
        <translation>Arbete för enheten, tillfällen</translation>
    </message>
    <message>
        <source>Work for the unit, hours</source>
        <translation>Arbete för enheten, timmar</translation>
    </message>
    <message>
        <source>Kind of work</source>
        <translation>Slag av arbete</translation>
    </message>
    <message>
        <source>Occasions</source>
        <translation>Tillfällen</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Timmar</translation>
    </message>
    <message>
        <source>active with an adopted joint plan</source>
        <translation>aktiva med fastställd gemensam plan</translation>
    </message>
    <message>
        <source>With an adopted joint plan, by age</source>
        <translation>Med fastställd gemensam plan, efter ålder</translation>
    </message>
    <message>
        <source>New cases: coordination started in the sjukfall</source>
        <translation>Nya ärenden: när i sjukfallet koordineringen började</translation>
    </message>
    <message>
        <source>within the first 90 days</source>
        <translation>inom de första 90 dagarna</translation>
    </message>
    <message>
        <source>after day 90</source>
        <translation>efter dag 90</translation>
    </message>
    <message>
        <source>no sick leave registered</source>
        <translation>ingen sjukskrivning registrerad</translation>
    </message>
    <message>
        <source>Per unit</source>
        <translation>Per enhet</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Active cases</source>
        <translation>Aktiva ärenden</translation>
    </message>
    <message>
        <source>New cases</source>
        <translation>Nya ärenden</translation>
    </message>
    <message>
        <source>Closed cases</source>
        <translation>Avslutade ärenden</translation>
    </message>
    <message>
        <source>Active cases with an adopted joint plan</source>
        <translation>Aktiva ärenden med fastställd gemensam plan</translation>
    </message>
    <message>
        <source>The county</source>
        <translation>Länet</translation>
    </message>
</context>
<context>
    <name>StatisticsDocument</name>
    <message>
        <source>Measure</source>
        <translation>Mått</translation>
    </message>
    <message>
        <source>Active cases</source>
        <translation>Aktiva ärenden</translation>
    </message>
    <message>
        <source>New cases</source>
        <translation>Nya ärenden</translation>
    </message>
    <message>
        <source>Closed cases</source>
        <translation>Avslutade ärenden</translation>
    </message>
    <message>
        <source>4 § impulser to Försäkringskassan</source>
        <translation>4 § impulser till Försäkringskassan</translation>
    </message>
    <message>
        <source>Median days from sick-leave start to first contact (new cases)</source>
        <translation>Median dagar från sjukskrivningens start till första kontakt (nya ärenden)</translation>
    </message>
    <message>
        <source>Coordination statistics %1</source>
        <translation>Statistik för samordning %1</translation>
    </message>
    <message>
        <source>Statistics %1</source>
        <translation>Statistik %1</translation>
    </message>
    <message>
        <source>statistics</source>
        <translation>statistik</translation>
    </message>
    <message>
        <source>Coordination statistics</source>
        <translation>Statistik för samordning</translation>
    </message>
    <message>
        <source>%1 · women, men and total</source>
        <translation>%1 · kvinnor, män och totalt</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <source>Active cases month by month</source>
        <translation>Aktiva ärenden månad för månad</translation>
    </message>
    <message>
        <source>None in the period.</source>
        <translation>Inga under perioden.</translation>
    </message>
    <message>
        <source>Cases are counted by the patient&apos;s legal sex; a patient whose sex is not known counts in the total only. A case is active when its coordination overlaps the period; a declined case is not. Length and degree are taken on the last day of the period, or the day the case closed. Shares are of the measure&apos;s cases of the same sex; the checkpoints are shares of the active cases.</source>
        <translation>Ärendena räknas efter patientens juridiska kön; en patient vars kön inte är känt räknas bara i totalen. Ett ärende är aktivt när samordningen pågår någon gång under perioden; ett avböjt ärende är det inte. Längd och omfattning avser periodens sista dag, eller dagen då ärendet avslutades. Andelarna är av måttets ärenden av samma kön; kontrollpunkterna är andelar av de aktiva ärendena.</translation>
    </message>
    <message>
        <source>– of which cases started from the sick-leave list</source>
        <translation>– varav ärenden startade från sjukskrivningslistan</translation>
    </message>
    <message>
        <source>Work for the unit</source>
        <translation>Arbete för enheten</translation>
    </message>
    <message>
        <source>None recorded in the period.</source>
        <translation>Inget registrerat under perioden.</translation>
    </message>
    <message>
        <source>Not shown: the counts are too few to show any of them without revealing one.</source>
        <translation>Visas inte: antalen är för få för att något av dem ska kunna visas utan att ett avslöjas.</translation>
    </message>
    <message>
        <source>So that no patient can be recognised, counts from 1 to %1 are shown as &quot;&lt;%2&quot;, and their shares and bars are left out. Where a total or a sum would give such a count away, further counts are hidden too and shown as &quot;x&quot;; a median resting on %1 cases or fewer is shown as &quot;x&quot; as well.</source>
        <translation>För att ingen patient ska kunna kännas igen visas antal från 1 till %1 som &quot;&lt;%2&quot;, och deras andelar och staplar utelämnas. Där en totalsumma eller summa skulle avslöja ett sådant antal döljs fler antal, som visas som &quot;x&quot;; en median som bygger på %1 ärenden eller färre visas också som &quot;x&quot;.</translation>
    </message>
    <message>
        <source>Active cases with an adopted joint plan</source>
        <translation>Aktiva ärenden med fastställd gemensam plan</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>The database was saved by a newer version of Koordinera (format %1; this version reads up to %2). Update Koordinera to open it. The file has not been changed.</source>
        <translation>Databasen har sparats av en nyare version av Koordinera (format %1; den här versionen läser upp till %2). Uppdatera Koordinera för att öppna den. Filen har inte ändrats.</translation>
    </message>
    <message>
        <source>The file is a database, but not one made by Koordinera. It has not been changed.</source>
        <translation>Filen är en databas, men inte en som Koordinera har skapat. Den har inte ändrats.</translation>
    </message>
    <message>
        <source>The database is in use by another Koordinera or another program. Close it there and try again.</source>
        <translation>Databasen används av ett annat Koordinera eller ett annat program. Stäng den där och försök igen.</translation>
    </message>
    <message>
        <source>The file is not a Koordinera database, or it is damaged.</source>
        <translation>Filen är ingen Koordinera-databas, eller så är den skadad.</translation>
    </message>
    <message>
        <source>The database file could not be opened. Check that the folder exists and that you may write to it.</source>
        <translation>Databasfilen kunde inte öppnas. Kontrollera att mappen finns och att du får skriva i den.</translation>
    </message>
    <message>
        <source>The change breaks a rule of the database and was not saved.</source>
        <translation>Ändringen bryter mot en regel i databasen och sparades inte.</translation>
    </message>
    <message>
        <source>The database reported an error. Nothing of the change was saved.</source>
        <translation>Databasen rapporterade ett fel. Inget av ändringen sparades.</translation>
    </message>
    <message>
        <source>A file with that name already exists.</source>
        <translation>Det finns redan en fil med det namnet.</translation>
    </message>
    <message>
        <source>The database file does not exist.</source>
        <translation>Databasfilen finns inte.</translation>
    </message>
    <message>
        <source>A saved change does not fit the database it belongs to. Restore the file from a backup.</source>
        <translation>En sparad ändring passar inte databasen den hör till. Återställ filen från en säkerhetskopia.</translation>
    </message>
    <message>
        <source>The database file %1 does not exist.</source>
        <translation>Databasfilen %1 finns inte.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist, so there is no database in it. Check the path, or connect the drive it is on.</source>
        <translation>Mappen %1 finns inte, så det finns ingen databas i den. Kontrollera sökvägen, eller anslut den enhet den ligger på.</translation>
    </message>
    <message>
        <source>%1 is not a database file but a folder, a device or a pipe. Nothing was read from it.</source>
        <translation>%1 är ingen databasfil utan en mapp, en enhet eller en pipe. Ingenting lästes från den.</translation>
    </message>
    <message>
        <source>The database file %1 may not be read by you. Ask whoever manages the computer for access.</source>
        <translation>Du får inte läsa databasfilen %1. Be den som sköter datorn om behörighet.</translation>
    </message>
    <message>
        <source>The database file %1 may only be read (the file or its disk is write-protected), but Koordinera must be able to save to it to work in it. Ask whoever manages the computer to allow writing. (The commands check and backup still work on it.)</source>
        <translation>Databasfilen %1 får bara läsas (filen eller disken är skrivskyddad), men Koordinera måste kunna spara i den för att arbeta i den. Be den som sköter datorn att tillåta skrivning. (Kommandona check och backup fungerar ändå på den.)</translation>
    </message>
    <message>
        <source>The disk is nearly full: the database could not be packed, which makes it slower to open. Everything is saved; it is packed when there is room.</source>
        <translation>Disken är nästan full: databasen kunde inte packas, så den tar längre tid att öppna. Allt är sparat; den packas när det finns plats.</translation>
    </message>
    <message>
        <source>From now on this computer keeps that record.</source>
        <translation>Från och med nu håller den här datorn reda på det.</translation>
    </message>
    <message>
        <source>Koordinera&apos;s database on the server has not been prepared yet. Ask the region&apos;s administrator to prepare it (koordinera server prepare).</source>
        <translation>Koordineras databas på servern är inte förberedd än. Be regionens administratör att förbereda den (koordinera server prepare).</translation>
    </message>
    <message>
        <source>Someone else removed this after you opened it. Your change was not saved.</source>
        <translation>Någon annan tog bort det här efter att du öppnade det. Din ändring sparades inte.</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Någon annan</translation>
    </message>
    <message>
        <source>%1 saved a change to this at %2, after you opened it. Your change was not saved: close it and open it again to see theirs, then make yours anew.</source>
        <translation>%1 sparade en ändring av det här %2, efter att du öppnade det. Din ändring sparades inte: stäng och öppna igen för att se deras ändring, och gör sedan din på nytt.</translation>
    </message>
    <message>
        <source>Koordinera&apos;s database on the server is older than this Koordinera. Ask the region&apos;s administrator to bring it up to date (koordinera server prepare).</source>
        <translation>Koordineras databas på servern är äldre än den här versionen av Koordinera. Be regionens administratör att uppdatera den (koordinera server prepare).</translation>
    </message>
    <message>
        <source>Someone else removed this while you had it open: it can no longer be saved.</source>
        <translation>Någon annan tog bort det här medan du hade det öppet: det går inte längre att spara.</translation>
    </message>
    <message>
        <source>%1 saved a change to this at %2, while you had it open. Saving now would be refused: close it and open it again to see theirs.</source>
        <translation>%1 sparade en ändring av det här %2, medan du hade det öppet. Sparar du nu vägras det: stäng och öppna igen för att se deras ändring.</translation>
    </message>
</context>
<context>
    <name>UnitReport</name>
    <message>
        <source>The file is not a unit report from Koordinera.</source>
        <translation>Filen är inte en enhetsrapport från Koordinera.</translation>
    </message>
    <message>
        <source>The unit report comes from a newer version of Koordinera; update the program to read it.</source>
        <translation>Enhetsrapporten kommer från en nyare version av Koordinera; uppdatera programmet för att läsa den.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>The entry to correct no longer exists.</source>
        <translation>Anteckningen som skulle rättas finns inte längre.</translation>
    </message>
    <message>
        <source>A KVÅ code is two letters and three digits, e.g. GC001.</source>
        <translation>En KVÅ-kod består av två bokstäver och tre siffror, t.ex. GC001.</translation>
    </message>
    <message>
        <source>Describe what the code stands for.</source>
        <translation>Beskriv vad koden står för.</translation>
    </message>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation>Ange personens namn.</translation>
    </message>
    <message>
        <source>Enter the reserve number.</source>
        <translation>Ange reservnumret.</translation>
    </message>
    <message>
        <source>Enter the given name.</source>
        <translation>Ange förnamn.</translation>
    </message>
    <message>
        <source>Enter the family name.</source>
        <translation>Ange efternamn.</translation>
    </message>
    <message>
        <source>The case has no patient.</source>
        <translation>Ärendet saknar patient.</translation>
    </message>
    <message>
        <source>Enter the date the case was opened.</source>
        <translation>Ange datum då ärendet öppnades.</translation>
    </message>
    <message>
        <source>Choose why the case is closed.</source>
        <translation>Välj varför ärendet avslutas.</translation>
    </message>
    <message>
        <source>Enter the date the case was closed.</source>
        <translation>Ange datum då ärendet avslutades.</translation>
    </message>
    <message>
        <source>The case cannot close before it opened.</source>
        <translation>Ärendet kan inte avslutas innan det öppnades.</translation>
    </message>
    <message>
        <source>Earlier sick days must be between 0 and 3650.</source>
        <translation>Tidigare sjukdagar måste vara mellan 0 och 3650.</translation>
    </message>
    <message>
        <source>Give both the day Försäkringskassan confirmed and the date it applies to.</source>
        <translation>Ange både dagen som Försäkringskassan bekräftat och vilket datum den gäller.</translation>
    </message>
    <message>
        <source>The confirmed day must be 1 or more.</source>
        <translation>Den bekräftade dagen måste vara 1 eller mer.</translation>
    </message>
    <message>
        <source>The degree must be 25, 50, 75 or 100 %.</source>
        <translation>Graden måste vara 25, 50, 75 eller 100 %.</translation>
    </message>
    <message>
        <source>Enter the start date.</source>
        <translation>Ange startdatum.</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>Slutdatumet ligger före startdatumet.</translation>
    </message>
    <message>
        <source>until further notice</source>
        <translation>tills vidare</translation>
    </message>
    <message>
        <source>Overlaps the period %1 – %2 already registered.</source>
        <translation>Överlappar perioden %1 – %2 som redan är registrerad.</translation>
    </message>
    <message>
        <source>Not an ICD-10 code; write e.g. F32.9 or M75.1.</source>
        <translation>Ingen ICD-10-kod – skriv t.ex. F32.9 eller M75.1.</translation>
    </message>
    <message>
        <source>Enter the organisation&apos;s name.</source>
        <translation>Ange organisationens namn.</translation>
    </message>
    <message>
        <source>Enter the date the consent was given.</source>
        <translation>Ange datum då samtycket lämnades.</translation>
    </message>
    <message>
        <source>The consent cannot end before it was given.</source>
        <translation>Samtycket kan inte upphöra innan det lämnades.</translation>
    </message>
    <message>
        <source>The consent cannot be withdrawn before it was given.</source>
        <translation>Samtycket kan inte återkallas innan det lämnades.</translation>
    </message>
    <message>
        <source>Name who the consent concerns.</source>
        <translation>Ange vem samtycket gäller.</translation>
    </message>
    <message>
        <source>Enter who recorded the consent.</source>
        <translation>Ange vem som registrerade samtycket.</translation>
    </message>
    <message>
        <source>Enter date and time.</source>
        <translation>Ange datum och tid.</translation>
    </message>
    <message>
        <source>Write a note about the contact.</source>
        <translation>Skriv en anteckning om kontakten.</translation>
    </message>
    <message>
        <source>Enter who wrote the note.</source>
        <translation>Ange vem som skrev anteckningen.</translation>
    </message>
    <message>
        <source>%1 already has this number.</source>
        <translation>%1 har redan det här numret.</translation>
    </message>
    <message>
        <source>Enter the name.</source>
        <translation>Skriv namnet.</translation>
    </message>
    <message>
        <source>%1 is already on the list as %2.</source>
        <translation>%1 finns redan i listan som %2.</translation>
    </message>
    <message>
        <source>Enter the day.</source>
        <translation>Ange dagen.</translation>
    </message>
    <message>
        <source>The day has not come yet.</source>
        <translation>Dagen har inte kommit än.</translation>
    </message>
    <message>
        <source>Enter the time it took, at most a whole day.</source>
        <translation>Ange hur lång tid det tog, högst ett helt dygn.</translation>
    </message>
    <message>
        <source>Leave out identity numbers: work for the unit belongs to no patient.</source>
        <translation>Skriv inga personnummer: arbete för enheten hör inte till någon patient.</translation>
    </message>
</context>
<context>
    <name>Witness</name>
    <message>
        <source>%1 at %2 on the computer %3</source>
        <translation>%1 kl. %2 på datorn %3</translation>
    </message>
    <message>
        <source>This computer has no record of this database&apos;s last save (a new computer, or a file that was moved or restored), so it cannot tell whether the file is the newest.</source>
        <translation>Den här datorn har ingen anteckning om databasens senaste sparning (en ny dator, eller en fil som flyttats eller återställts), så den kan inte avgöra om filen är den senaste.</translation>
    </message>
    <message>
        <source>This computer&apos;s record of the database&apos;s last save belongs to another database or a former passphrase, so it cannot tell whether the file is the newest.</source>
        <translation>Den här datorns anteckning om databasens senaste sparning hör till en annan databas eller en tidigare lösenfras, så den kan inte avgöra om filen är den senaste.</translation>
    </message>
    <message numerus="yes">
        <source>The database file lacks its %n newest save(s). It was last saved %1, and then held more than it does now: the file has been cut back, or an older copy put in its place.</source>
        <translation>
            <numerusform>Databasfilen saknar sin senaste sparning. Den sparades senast %1 och innehöll då mer än den gör nu: filen har kortats, eller en äldre kopia lagts i dess ställe.</numerusform>
            <numerusform>Databasfilen saknar sina %n senaste sparningar. Den sparades senast %1 och innehöll då mer än den gör nu: filen har kortats, eller en äldre kopia lagts i dess ställe.</numerusform>
        </translation>
    </message>
    <message>
        <source>The database file is not the one last saved %1: it is an older copy or a backup put in its place, and what was saved after that copy was made is not in it.</source>
        <translation>Databasfilen är inte den som senast sparades %1: en äldre kopia eller en säkerhetskopia har lagts i dess ställe, och det som sparades efter att kopian gjordes finns inte i den.</translation>
    </message>
    <message>
        <source>The access log in the database file does not hold the entries it had when it was last saved %1: its newest entries have been removed or rewritten.</source>
        <translation>Åtkomstloggen i databasfilen innehåller inte de poster den hade när den senast sparades %1: dess senaste poster har tagits bort eller skrivits om.</translation>
    </message>
</context>
<context>
    <name>Worklist</name>
    <message>
        <source>%1, w. %2</source>
        <translation>%1, v. %2</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>om %n dag</numerusform>
            <numerusform>om %n dagar</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” was due %2</source>
        <translation>”%1” skulle vara klar %2</translation>
    </message>
    <message>
        <source>%1 at %2, %3</source>
        <translation>%1 kl. %2, %3</translation>
    </message>
    <message>
        <source>%1 %2 at %3, %4</source>
        <translation>%1 %2 kl. %3, %4</translation>
    </message>
    <message>
        <source>Consent (%1) valid until %2, %3</source>
        <translation>Samtycke (%1) gäller till %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>Nothing recorded for %n day(s) (since %1)</source>
        <translation>
            <numerusform>Inget antecknat på %n dag (sedan %1)</numerusform>
            <numerusform>Inget antecknat på %n dagar (sedan %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>New case, opened %1</source>
        <translation>Nytt ärende, öppnat %1</translation>
    </message>
    <message>
        <source>Day %1 %2 (%3)</source>
        <translation>Dag %1 %2 (%3)</translation>
    </message>
    <message>
        <source>Sick leave ends %1 (%2)</source>
        <translation>Sjukskrivningen slutar %1 (%2)</translation>
    </message>
    <message>
        <source>today</source>
        <translation>idag</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>imorgon</translation>
    </message>
    <message>
        <source>video</source>
        <translation>video</translation>
    </message>
    <message>
        <source>No follow-up meeting booked</source>
        <translation>Inget uppföljningsmöte bokat</translation>
    </message>
    <message>
        <source>Overdue actions</source>
        <translation>Försenade åtgärder</translation>
    </message>
    <message>
        <source>Meetings today</source>
        <translation>Möten i dag</translation>
    </message>
    <message>
        <source>Meetings later this week</source>
        <translation>Möten senare i veckan</translation>
    </message>
    <message>
        <source>Checkpoints coming up</source>
        <translation>Kontrollpunkter närmar sig</translation>
    </message>
    <message>
        <source>Consents running out</source>
        <translation>Samtycken som går ut</translation>
    </message>
    <message>
        <source>Active cases without a booked follow-up</source>
        <translation>Aktiva ärenden utan bokad uppföljning</translation>
    </message>
    <message>
        <source>Cases with nothing recorded lately</source>
        <translation>Ärenden utan anteckningar på länge</translation>
    </message>
    <message>
        <source>New cases this week</source>
        <translation>Nya ärenden den här veckan</translation>
    </message>
    <message>
        <source>Sick leave ending soon</source>
        <translation>Sjukskrivningar som snart slutar</translation>
    </message>
    <message>
        <source>Day %1 of the sick leave: past day 90, not assessed</source>
        <translation>Dag %1 i sjukfallet: förbi dag 90, inte bedömd</translation>
    </message>
    <message>
        <source>Day %1 of the sick leave: day 90 %2, not assessed</source>
        <translation>Dag %1 i sjukfallet: dag 90 %2, inte bedömd</translation>
    </message>
    <message>
        <source>New on the sick-leave list (day %1 of the sick leave)</source>
        <translation>Ny på sjukskrivningslistan (dag %1 i sjukfallet)</translation>
    </message>
    <message>
        <source>Sick-listed, not in coordination</source>
        <translation>Sjukskrivna utan koordinering</translation>
    </message>
    <message>
        <source>%1 on %2: not recorded as held or cancelled</source>
        <translation>%1 den %2: inte antecknat som hållet eller inställt</translation>
    </message>
    <message>
        <source>The meeting on %1 said a 4 § impuls is needed; none is recorded</source>
        <translation>Mötet den %1 kom fram till att en 4 §-impuls behövs; ingen är antecknad</translation>
    </message>
    <message numerus="yes">
        <source>Impuls of %1: no answer from Försäkringskassan for %n day(s)</source>
        <translation>
            <numerusform>Impuls %1: inget svar från Försäkringskassan på %n dag</numerusform>
            <numerusform>Impuls %1: inget svar från Försäkringskassan på %n dagar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Version %1 of the plan is a draft, %n day(s) after the meeting on %2</source>
        <translation>
            <numerusform>Planens version %1 är ett utkast %n dag efter mötet den %2</numerusform>
            <numerusform>Planens version %1 är ett utkast %n dagar efter mötet den %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Version %1 of the plan: no copy recorded for %2</source>
        <translation>Planens version %1: ingen kopia antecknad till %2</translation>
    </message>
    <message>
        <source>Active, but the consent to coordination is no longer valid (since %1)</source>
        <translation>Aktivt, men samtycket till koordinering gäller inte längre (sedan %1)</translation>
    </message>
    <message>
        <source>Active without a valid consent to coordination</source>
        <translation>Aktivt utan giltigt samtycke till koordinering</translation>
    </message>
    <message>
        <source>Meetings not recorded</source>
        <translation>Möten som inte är antecknade</translation>
    </message>
    <message>
        <source>4 § impuls needed, not made</source>
        <translation>4 §-impuls behövs men är inte gjord</translation>
    </message>
    <message>
        <source>Impulser without an answer</source>
        <translation>Impulser utan svar</translation>
    </message>
    <message>
        <source>Plans not adopted</source>
        <translation>Planer som inte är fastställda</translation>
    </message>
    <message>
        <source>Plans not sent to everyone</source>
        <translation>Planer som inte har gått till alla</translation>
    </message>
    <message>
        <source>Active cases without consent to coordination</source>
        <translation>Aktiva ärenden utan samtycke till koordinering</translation>
    </message>
    <message>
        <source>The follow-up at the start is not complete (support since %1)</source>
        <translation>Uppföljningen vid start är inte komplett (stöd sedan %1)</translation>
    </message>
    <message>
        <source>Closed %1; the follow-up at the end is not complete</source>
        <translation>Avslutat %1; uppföljningen vid avslut är inte komplett</translation>
    </message>
    <message>
        <source>Follow-up not recorded</source>
        <translation>Uppföljning inte registrerad</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>The backup belongs to another database (its access log does not match this one). Nothing has been restored.</source>
        <translation>Säkerhetskopian hör till en annan databas (dess åtkomstlogg stämmer inte med den här). Ingenting har återställts.</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>The file is not an Excel workbook (.xlsx) that can be read.</source>
        <translation>Filen är ingen Excel-arbetsbok (.xlsx) som går att läsa.</translation>
    </message>
    <message>
        <source>The workbook is damaged: a part of it (%1) is missing or cannot be read.</source>
        <translation>Arbetsboken är skadad: en del av den (%1) saknas eller går inte att läsa.</translation>
    </message>
    <message>
        <source>The workbook is damaged: a part of it (%1) cannot be unpacked.</source>
        <translation>Arbetsboken är skadad: en del av den (%1) går inte att packa upp.</translation>
    </message>
    <message>
        <source>The workbook unpacks to more than %1 MB, far more than a unit&apos;s list; it is not read.</source>
        <translation>Arbetsboken packas upp till mer än %1 MB, långt mer än en enhets lista, och läses inte.</translation>
    </message>
    <message>
        <source>The workbook is damaged: its text cannot be read.</source>
        <translation>Arbetsboken är skadad: dess text går inte att läsa.</translation>
    </message>
    <message>
        <source>Row %1 of the sheet &quot;%2&quot; has more than %3 columns.</source>
        <translation>Rad %1 i bladet ”%2” har fler än %3 kolumner.</translation>
    </message>
    <message>
        <source>The sheet &quot;%1&quot; has more than %2 rows.</source>
        <translation>Bladet ”%1” har fler än %2 rader.</translation>
    </message>
    <message>
        <source>The sheet &quot;%1&quot; in the workbook is damaged and cannot be read.</source>
        <translation>Bladet ”%1” i arbetsboken är skadat och går inte att läsa.</translation>
    </message>
    <message>
        <source>The file is a zip archive but not an Excel workbook (.xlsx).</source>
        <translation>Filen är ett zip-arkiv men ingen Excel-arbetsbok (.xlsx).</translation>
    </message>
    <message>
        <source>The workbook is damaged: the sheet &quot;%1&quot; is missing.</source>
        <translation>Arbetsboken är skadad: bladet ”%1” saknas.</translation>
    </message>
    <message>
        <source>The workbook has no sheets.</source>
        <translation>Arbetsboken har inga blad.</translation>
    </message>
    <message>
        <source>The workbook is protected with a password or saved in the old Excel format (.xls). Open it in Excel, save it as an Excel workbook (.xlsx) without a password, and try again.</source>
        <translation>Arbetsboken är skyddad med lösenord eller sparad i det gamla Excel-formatet (.xls). Öppna den i Excel, spara den som Excel-arbetsbok (.xlsx) utan lösenord och försök igen.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB, far more than a unit&apos;s list; it is not read.</source>
        <translation>Filen är större än %1 MB, långt mer än en enhets lista, och läses inte.</translation>
    </message>
</context>
<context>
    <name>koordinera::ui::AboutDialog</name>
    <message>
        <source>Libraries Koordinera is built on</source>
        <translation>Bibliotek som Koordinera bygger på</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliotek</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licens</translation>
    </message>
    <message>
        <source>About Koordinera</source>
        <translation>Om Koordinera</translation>
    </message>
    <message>
        <source>Build %1</source>
        <translation>Bygge %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;Case files, joint action plans, meetings and follow-ups for rehabilitation coordinators in primary care.&lt;/p&gt;&lt;p&gt;Koordinera is free software: you may share and change it under the GNU General Public License, version 3 or (at your option) any later version. It comes with no warranty. See &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;gnu.org/licenses/gpl-3.0&lt;/a&gt;.&lt;/p&gt;&lt;p&gt;It is built on these libraries:&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ärenden, gemensamma handlingsplaner, möten och uppföljningar för rehabkoordinatorer i primärvården.&lt;/p&gt;&lt;p&gt;Koordinera är fri programvara: du får dela och ändra den enligt GNU General Public License, version 3 eller (om du vill) någon senare version. Den kommer utan garanti. Se &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;gnu.org/licenses/gpl-3.0&lt;/a&gt;.&lt;/p&gt;&lt;p&gt;Den bygger på dessa bibliotek:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Om &amp;Qt</translation>
    </message>
</context>
<context>
    <name>koordinera::ui::ActionDialog</name>
    <message>
        <source>New action</source>
        <translation>Ny åtgärd</translation>
    </message>
    <message>
        <source>Edit action</source>
        <translation>Ändra åtgärd</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>Done by</source>
        <translation>Klar senast</translation>
    </message>
    <message>
        <source>What is to be done, e.g. “Arbetsplatsbesök med chef och företagshälsovård”</source>
        <translation>Vad som ska göras, t.ex. ”Arbetsplatsbesök med chef och företagshälsovård”</translation>
    </message>
    <message>
        <source>A named person, if there is one</source>
        <translation>En namngiven person, om det finns någon</translation>
    </message>
    <message>
        <source>Why the action was cancelled</source>
        <translation>Varför åtgärden avbröts</translation>
    </message>
    <message>
        <source>How it went, when it is done</source>
        <translation>Hur det gick, när den är klar</translation>
    </message>
    <message>
        <source>&amp;Action</source>
        <translation>&amp;Åtgärd</translation>
    </message>
    <message>
        <source>&amp;Responsible</source>
        <translation>&amp;Ansvarig</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Person</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;När</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Skäl</translation>
    </message>
    <message>
        <source>Res&amp;ult</source>
        <translation>Res&amp;ultat</translation>
    </message>
</context>
<context>
    <name>koordinera::ui::ActivitiesPanel</name>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Sätt</translation>
    </message>
    <message>
        <source>Counterpart</source>
        <translation>Motpart</translation>
    </message>
    <message>
        <source>KVÅ</source>
        <translation>KVÅ</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>corrected (%1)</source>
        <translation>rättad (%1)</translation>
    </message>
    <message>
        <source>Activities and contacts</source>
        <translation>Insatser och kontakter</translation>
    </message>
    <message>
        <source>The chosen entry</source>
        <translation>Den valda anteckningen</translation>
    </message>
    <message>
        <source>New entry…</source>
        <translation>Ny anteckning…</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>Rätta…</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Historik…</translation>
    </message>
    <message>
        <source>No entries yet. Record the first contact with “New entry…”.</source>
        <translation>Inga anteckningar än. Skriv in den första kontakten med ”Ny anteckning…”.</translation>
    </message>
    <message>
        <source>Written by %1, %2</source>
        <translation>Skriven av %1, %2</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>written by %1, %2</source>
        <translation>skriven av %1, %2</translation>
    </message>
    <message>
        <source>History of the entry</source>
        <translation>Anteckningens historik</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
</context>
<context>
    <name>koordinera::ui::ActivityDialog</name>
    <message>
        <source>Correct entry</source>
        <translation>Rätta anteckning</translation>
    </message>
    <message>
        <source>New entry in the activity log</source>
        <translation>Ny anteckning i insatser och kontakter</translation>
    </message>
    <message>
        <source>The patient / no organisation</source>
        <translation>Patienten / ingen organisation</translation>
    </message>
    <message>
        <source>E.g. the patient, line manager, physician</source>
        <translation>T.ex. patienten, närmaste chef, läkare</translation>
    </message>
    <message>
        <source>No KVÅ code</source>
        <translation>Ingen KVÅ-kod</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;När</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>S&amp;lag</translation>
    </message>
    <message>
        <source>&amp;Mode</source>
        <translation>S&amp;ätt</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>&amp;Counterpart</source>
        <translation>&amp;Motpart</translation>
    </message>
    <message>
        <source>K&amp;VÅ code</source>
        <translation>K&amp;VÅ-kod</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Anteckning</translation>
    </message>
    <message>
        <source>The earlier text is kept in the entry&apos;s history, with who wrote it and when.</source>
        <translation>Den tidigare texten sparas i anteckningens historik, med vem som skrev den och när.</translation>
    </message>
</context>
<context>
    <name>koordinera::ui::AdoptPlanDialog</name>
    <message>
        <source>Adopt the joint action plan</source>
        <translation>Fastställ den gemensamma handlingsplanen</translation>
    </message>
    <message numerus="yes">
        <source>Version %1 with %n action(s) becomes the plan everyone works from. It cannot be changed afterwards: later changes become version %2, and this one stays readable.</source>
        <translation>
            <numerusform>Version %1 med %n åtgärd blir planen som alla arbetar efter. Den kan inte ändras efteråt: senare ändringar blir version %2, och den här förblir läsbar.</numerusform>
            <numerusform>Version %1 med %n åtgärder blir planen som alla arbetar efter. Den kan inte ändras efteråt: senare ändringar blir version %2, och den här förblir läsbar.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Adopt</source>
        <translation>&amp;Fastställ</translation>
    </message>
    <message>
        <source>Adopted &amp;on</source>
        <translation>Fastställd &amp;den</translation>
    </message>
</context>
<context>
    <name>koordinera::ui::AuditLogDialog</name>
    <message>
        <source>Date and time</source>
        <translation>Datum och tid</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Händelse</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Identity number</source>
        <translation>Personnummer</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>&amp;Print log extract…</source>
        <translation>&amp;Skriv ut logguttag…</translation>
    </message>
    <message>
        <source>Save log extract as P&amp;DF…</source>
        <translation>Spara logguttag som P&amp;DF…</translation>
    </message>
    <message>
        <source>Access log</source>
        <translation>Åtkomstlogg</translation>
    </message>
    <message>
        <source>Patient: name or identity number</source>
        <translation>Patient: namn eller personnummer</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Alla händelser</translation>
    </message>
    <message>
        <source>Filter on one patient to make their log extract.</source>
        <translation>Filtrera fram en patient för att ta fram patientens logguttag.</translation>
    </message>
    <message>
        <source>Save log extract</source>
        <translation>Spara logguttag</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <source>The log&apos;s chain of checksums is unbroken: no entry has been changed or removed.</source>
        <translation>Loggens kedja av kontrollsummor är obruten: ingen post har ändrats eller tagits bort.</translation>
    </message>
    <message>
        <source>Warning: the log&apos;s chain of checksums breaks at entry %1. That entry or one before it has been changed or removed outside Koordinera. Report this to the person responsible for information security.</source>
        <translation>Varning: loggens kedja av kontrollsummor bryts vid post %1. Den posten eller en tidigare har ändrats eller tagits bort utanför Koordinera. Rapportera det till den som ansvarar för informationssäkerheten.</translation>
    </message>
    <message>
        <source>Showing the newest %1 entries; narrow the filter to see older ones.</source>
        <translation>Visar de %1 senaste posterna; begränsa filtret för att se äldre.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n post</numerusform>
            <numerusform>%n poster</numerusform>
        </translation>
    </message>
    <message>
        <source>log-extract-%1.pdf</source>
        <translation>logguttag-%1.pdf</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Client: name or identity number</source>
        <translation>Klient: namn eller personnummer</translation>
    </message>
    <message>
        <source>Filter on one client to make their log extract.</source>
        <translation>Filtrera på en klient för att göra ett loggutdrag.</translation>
    </message>
</context>
<context>
    <name>koordinera::ui::CalendarPage</name>
    <message>
        <source>Names and identity numbers in the file</source>
        <translation>Namn och personnummer i filen</translation>
    </message>
    <message>
        <source>Off: the file names patients by initials and case reference only, since calendar files are often synced to phones and shared calendars.</source>
        <translation>Av: filen anger patienter bara med initialer och ärendenummer, eftersom kalenderfiler ofta synkas till telefoner och delade kalendrar.</translation>
    </message>
    <message>
        <source>‹ Previous week</source>
        <translation>‹ Föregående vecka</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Den här veckan</translation>
    </message>
    <message>
        <source>Next week ›</source>
        <translation>Nästa vecka ›</translation>
    </message>
    <message>
        <source>Export the week to a calendar file…</source>
        <translation>Exportera veckan till kalenderfil…</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Week %1 · %2 – %3</source>
        <translation>Vecka %1 · %2 – %3</translation>
    </message>
    <message>
        <source>Video meeting</source>
        <translation>Videomöte</translation>
    </message>
    <message>
        <source>koordinera-week-%1-%2.ics</source>
        <translation>koordinera-vecka-%1-%2.ics</translation>
    </message>
    <message>
        <source>Action due:</source>
        <translation>Ska vara klar:</translation>
    </message>
    <message>
        <source>Export a period…</source>
        <translation>Exportera period…</translation>
    </message>
    <message>
        <source>The period must end on or after the day it starts.</source>
        <translation>Perioden måste sluta samma dag som den börjar eller senare.</translation>
    </message>
    <message>
        <source>koordinera-%1-%2.ics</source>
        <translation>koordinera-%1-%2.ics</translation>
    </message>
    <message>
        <source>Export a period to a calendar file</source>
        <translation>Exportera en period till kalenderfil</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Från</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Till</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportera…</translation>
    </message>
</context>
<context>
    <name>koordinera::ui::CareTeamDialog</name>
    <message>
        <source>Care team</source>
        <translation>Vårdteam</translation>
    </message>
    <message>
        <source>&amp;Staff at the unit…</source>
        <translation>&amp;Personal på enheten…</translation>
    </message>
    <message>
        <source>The unit&apos;s staff list is empty. Add the doctors, nurses, physiotherapists and others with “Staff at the unit…”, then tick those who work with this case.</source>
        <translation>Enhetens personallista är tom. Lägg till läkare, sjuksköterskor, fysioterapeuter och andra med ”Personal på enheten…” och kryssa sedan för dem som arbetar med ärendet.</translation>
    </message>
    <message>
        <source>Tick the case&apos;s doctor and those in the care team who work with the patient.</source>
        <translation>Kryssa för ärendets läkare och dem i vårdteamet som arbetar med patienten.</translation>
    </message>
    <message>
        <source>no longer at the unit</source>
        <translation>inte längre på enheten</translation>
    </message>
</context>
<context>
    <name>koordinera::ui::CaseDocumentActions</name>
    <message>
        <source>The patient</source>
        <translation>Patienten</translation>
    </message>
    <message>
        <source>The meeting</source>
        <translation>Mötet</translation>
    </message>
    <message>
        <source>The patient&apos;s journal</source>
        <translation>Patientens journal</translation>
    </message>
    <message>
        <source>No one is invited yet: add the participants with “Change…”.</source>
        <translation>Ingen är inbjuden ännu: lägg till deltagarna med ”Ändra…”.</translation>
    </message>
</context>
<context>
    <name>koordinera::ui::CaseForm</name>
    <message>
        <source>Confirmed on</source>
        <translation>Bekräftad den</translation>
    </message>
    <message>
        <source>E.g. needs support in contacts with the employer and Försäkringskassan</source>
        <translation>T.ex. behöver stöd i kontakterna med arbetsgivaren och Försäkringskassan</translation>
    </message>
    <message>
        <source>Choose or type a new employer</source>
        <translation>Välj eller skriv en ny arbetsgivare</translation>
    </message>
    <message>
        <source>Sick days from earlier periods that count towards the rehabilitation chain.</source>
        <translation>Sjukdagar från tidigare perioder som räknas in i rehabiliteringskedjan.</translation>
    </message>
    <message>
        <source>day </source>
        <translation>dag </translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>Reason for &amp;closing</source>
        <translation>&amp;Orsak till avslut</translation>
    </message>
    <message>
        <source>&amp;Opened</source>
        <translation>&amp;Öppnat</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Avslutat</translation>
    </message>
    <message>
        <source>&amp;Why coordination</source>
        <translation>&amp;Varför koordinering</translation>
    </message>
    <message>
        <source>Occ&amp;upation</source>
        <translation>Sysse&amp;lsättning</translation>
    </message>
    <message>
        <source>&amp;Employer</source>
        <translation>A&amp;rbetsgivare</translation>
    </message>
    <message>
        <source>&amp;Job tasks</source>
        <translation>Arbets&amp;uppgifter</translation>
    </message>
    <message>
        <source>Earlier sick days</source>
        <translation>Tidigare sjukdagar</translation>
    </message>
    <message>
        <source>Day confirmed by FK</source>
        <translation>Dag bekräftad av FK</translation>
    </message>
    <message>
        <source>The family&apos;s &amp;needs</source>
        <translation>Familjens &amp;behov</translation>
    </message>
    <message>
        <source>In the family&apos;s own words, e.g. needs help to find the right support at school</source>
        <translation>Med familjens egna ord, t.ex. behöver hjälp att hitta rätt stöd i skolan</translation>
    </message>
</context>
<context>
    <name>koordinera::ui::CaseListModel</name>
    <message>
        <source>Day %1 of the sick period is reached on %2 (%3).</source>
        <translation>Dag %1 i sjukperioden nås den %2 (%3).</translation>
    </message>
</context>
<context>
    <name>koordinera::ui::CaseListPage</name>
    <message>
        <source>Show &amp;closed</source>
        <translation>Visa avslu&amp;tade</translation>
    </message>
    <message>
        <source>Search name, identity number, diagnosis or notes (Ctrl+F)</source>
        <translation>Sök namn, personnummer, diagnos eller anteckning (Ctrl+F)</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alla statusar</translation>
    </message>
    <message>
        <source>Any length</source>
        <translation>Alla längder</translation>
    </message>
    <message>
        <source>0–14 days</source>
        <translation>0–14 dagar</translation>
    </message>
    <message>
        <source>15–30 days</source>
        <translation>15–30 dagar</translation>
    </message>
    <message>
        <source>31–90 days</source>
        <translation>31–90 dagar</translation>
    </message>
    <message>
        <source>91–180 days</source>
        <translation>91–180 dagar</translation>
    </message>
    <message>
        <source>181–365 days</source>
        <translation>181–365 dagar</translation>
    </message>
    <message>
        <source>1–2 years</source>
        <translation>1–2 år</translation>
    </message>
    <message>
        <source>More than 2 years</source>
        <translation>Mer än 2 år</translation>
    </message>
    <message>
        <source>Women and men</source>
        <translation>Kvinnor och män</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Kvinnor</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Män</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>&amp;Nytt ärende…</translation>
    </message>
    <message>
        <source>Register a new case (Ctrl+N)</source>
        <translation>Registrera ett nytt ärende (Ctrl+N)</translation>
    </message>
    <message>
        <source>Right-click to choose columns</source>
        <translation>Högerklicka för att välja kolumner</translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %n case(s)</source>
        <translation>
            <numerusform>Visar %1 av %n ärende</numerusform>
            <numerusform>Visar %1 av %n ärenden</numerusform>
        </translation>
    </message>
    <message>
        <source>No cases yet.
Register the first one with “New case…” (Ctrl+N).</source>
        <translation>Inga ärenden än.
Registrera det första med ”Nytt ärende…” (Ctrl+N).</translation>
    </message>
    <message>
        <source>No case matches the filter.
Change the search or tick “Show closed”.</source>
        <translation>Inget ärende matchar filtret.
Ändra sökningen eller kryssa i ”Visa avslutade”.</translation>
    </message>
    <message>
        <source>Export the case list</source>
        <translation>Exportera ärendelistan</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportera</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportera…</translation>
    </message>
    <message>
        <source>The listed cases with the columns shown, to Excel or CSV</source>
        <translation>Ärendena i listan med de kolumner som visas, till Excel eller CSV</translation>
    </message>
    <message numerus="yes">
        <source>The file will hold patient data for %n patient(s) (%1). Outside Koordinera it is not protected: keep it where only those who may see it can reach it, and delete it when it has served its purpose. The export is recorded in the access log for every patient on the list.

Export the case list?</source>
        <translation>
            <numerusform>Filen kommer att innehålla patientuppgifter för %n patient (%1). Utanför Koordinera är den inte skyddad: förvara den där bara de som får se den kommer åt den, och radera den när den har gjort sitt. Exporten förs in i åtkomstloggen för varje patient i listan.

Vill du exportera ärendelistan?</numerusform>
            <numerusform>Filen kommer att innehålla patientuppgifter för %n patienter (%1). Utanför Koordinera är den inte skyddad: förvara den där bara de som får se den kommer åt den, och radera den när den har gjort sitt. Exporten förs in i åtkomstloggen för varje patient i listan.

Vill du exportera ärendelistan?</numerusform>
        </translation>
    </message>
    <message>
        <source>Cases %1.xlsx</source>
        <translation>Ärenden %1.xlsx</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n case(s)…</source>
        <translation>
            <numerusform>Exporterar %n ärende…</numerusform>
            <numerusform>Exporterar %n ärenden…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Ärenden</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>Läkare</translation>
    </message>
    <message>
        <source>All doctors</source>
        <translation>Alla läkare</translation>
    </message>
    <message>
        <source>Diagnosis chapter</source>
        <translation>Diagnoskapitel</translation>
    </message>
    <message>
        <source>All diagnosis chapters</source>
        <translation>Alla diagnoskapitel</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Ålder</translation>
    </message>
    <message>
        <source>All ages</source>
        <translation>Alla åldrar</translation>
    </message>
    <message>
        <source>Under 30</source>
        <translation>Under 30 år</translation>
    </message>
    <message>
        <source>30–39 years</source>
        <translation>30–39 år</translation>
    </message>
    <message>
        <source>40–49 years</source>
        <translation>40–49 år</translation>
    </message>
    <message>
        <source>50–59 years</source>
        <translation>50–59 år</translation>
    </message>
    <message>
        <source>60 and over</source>
        <translation>60 år och äldre</translation>
    </message>
    <message>
        <source>End of sick leave</source>
        <translation>Sjukskrivningens slut</translation>
    </message>
    <message>
        <source>Any end date</source>
        <translation>Alla slutdatum</translation>
    </message>
    <message>
        <source>Ends within 14 days</source>
        <translation>Slutar inom 14 dagar</translation>
    </message>
    <message>
        <source>Ends within 30 days</source>
        <translation>Slutar inom 30 dagar</translation>
    </message>
    <message>
        <source>Ends within 90 days</source>
        <translation>Slutar inom 90 dagar</translation>
    </message>
    <message>
        <source>Has ended</source>
        <translation>Har slutat</translation>
    </message>
    <message>
        <source>&amp;New family…</source>
        <translation>&amp;Ny familj…</translation>
    </message>
    <message>
        <source>No families yet.
Register the first one with “New family…” (Ctrl+N).</source>
        <translation>Inga familjer än.
Registrera den första med ”Ny familj…” (Ctrl+N).</translation>
    </message>
</context>
<context>
    <name>koordinera::ui::CaseView</name>
    <message>
        <source>&amp;Contacts</source>
        <translation>&amp;Kontakter</translation>
    </message>
    <message>
        <source>C&amp;onsents</source>
        <translation>Samt&amp;ycken</translation>
    </message>
    <message>
        <source>&amp;Activities and contacts</source>
        <translation>I&amp;nsatser och kontakter</translation>
    </message>
    <message>
        <source>← Cases</source>
        <translation>← Ärenden</translation>
    </message>
    <message>
        <source>Back to the case list (Esc)</source>
        <translation>Tillbaka till ärendelistan (Esc)</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 år</translation>
    </message>
    <message>
        <source>phone %1</source>
        <translation>tfn %1</translation>
    </message>
    <message>
        <source>closed %1 (%2)</source>
        <translation>avslutat %1 (%2)</translation>
    </message>
    <message>
        <source>No sick leave registered</source>
        <translation>Ingen sjukskrivning registrerad</translation>
    </message>
    <message>
        <source>Sick leave starts %1</source>
        <translation>Sjukskrivningen börjar %1</translation>
    </message>
    <message>
        <source>Day %1 of the sick period (%2 since %3)</source>
        <translation>Dag %1 i sjukperioden (%2 sedan %3)</translation>
    </message>
    <message>
        <source>Sick leave ended %1 after %2</source>
        <translation>Sjukskrivningen slutade %1 efter %2</translation>
    </message>
    <message>
        <source>Edit case</source>
        <translation>redigera ärende</translation>
    </message>
    <message>
        <source>day %1 passed</source>
        <translation>dag %1 passerad</translation>
    </message>
    <message>
        <source>Passed on %1</source>
        <translation>Passerades %1</translation>
    </message>
    <message>
        <source>Copy identity number</source>
        <translation>Kopiera personnummer</translation>
    </message>
    <message>
        <source>Copies the identity number; it is cleared from the clipboard after 30 seconds.</source>
        <translation>Kopierar personnumret; det rensas från urklipp efter 30 sekunder.</translation>
    </message>
    <message>
        <source>Action &amp;plan</source>
        <translation>Hand&amp;lingsplan</translation>
    </message>
    <message>
        <source>&amp;Meetings</source>
        <translation>&amp;Möten</translation>
    </message>
    <message>
        <source>← Today</source>
        <translation>← Idag</translation>
    </message>
    <message>
        <source>Back to today&apos;s worklist (Esc)</source>
        <translation>Tillbaka till dagens arbetslista (Esc)</translation>
    </message>
    <message>
        <source>← Calendar</source>
        <translation>← Kalender</translation>
    </message>
    <message>
        <source>Back to the calendar (Esc)</source>
        <translation>Tillbaka till kalendern (Esc)</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Dokument</translation>
    </message>
    <message>
        <source>Sic&amp;k leave and diagnoses</source>
        <translation>&amp;Sjukskrivning och diagnoser</translation>
    </message>
    <message>
        <source>Ed&amp;it case…</source>
        <translation>Redi&amp;gera ärende…</translation>
    </message>
    <message>
        <source>✓ Every consent the case needs is registered.</source>
        <translation>✓ Alla samtycken som ärendet behöver är registrerade.</translation>
    </message>
    <message>
        <source>doctor %1</source>
        <translation>läkare %1</translation>
    </message>
    <message>
        <source>Ca&amp;re team…</source>
        <translation>Vård&amp;team…</translation>
    </message>
    <message>
        <source>The case&apos;s doctor and care team, from the unit&apos;s staff list</source>
        <translation>Ärendets läkare och vårdteam, från enhetens personallista</translation>
    </message>
    <message>
        <source>care team %1</source>
        <translation>vårdteam %1</translation>
    </message>
    <message>
        <source>Change care team</source>
        <translation>Ändra vårdteam</translation>
    </message>
    <message>
        <source>Fami&amp;ly</source>
        <translation>&amp;Familjen</translation>
    </message>
    <message>
        <source>&amp;Network</source>
        <translation>Nätv&amp;erket</translation>
    </message>
    <message>
        <source>%1 (%2 years)</source>
        <translation>%1 (%2 år)</translation>
    </message>
    <message>
        <source>No children registered yet</source>
        <translation>Inga barn registrerade än</translation>
    </message>
    <message>
        <source>Children: %1</source>
        <translation>Barn: %1</translation>
    </message>
    <message>
        <source>Also open at %1 just now. If you both change the same thing, the first save is kept and the other is told so.</source>
        <translation>Öppet även hos %1 just nu. Ändrar ni samma sak behålls den ändring som sparas först, och den andra får veta det.</translation>
    </message>
</context>
<context>
    <name>koordinera::ui::ChildDialog</name>
    <message>
        <source>Change the child&apos;s details</source>
        <translation>Ändra barnets uppgifter</translation>
    </message>
    <message>
        <source>Add a child</source>
        <translation>Lägg till ett barn</translation>
    </message>
    <message>
        <source>In the family&apos;s own words</source>
        <translation>Med familjens egna ord</translation>
    </message>
    <message>
        <source>E.g. Ängens förskola, Björkskolan åk 3</source>
        <translation>T.ex. Ängens förskola, Björkskolan åk 3</translation>
    </message>
    <message>
        <source>&amp;Given name</source>
        <translation>&amp;Förnamn</translation>
    </message>
    <message>
        <source>&amp;Family name</source>
        <translation>&amp;Efternamn</translation>
    </message>
    <message>
        <source>Date of &amp;birth</source>
        <translation>Födelse&amp;datum</translation>
    </message>
    <message>
        <source>&amp;School or preschool</source>
        <translation>&amp;Skola eller förskola</translation>
    </message>
    <message>
        <source>Functional i&amp;mpairment</source>
        <translation>Funktions&amp;nedsättning</translation>
    </message>
</context>
<context>
    <name>koordinera::ui::ConsentDialog</name>
    <message>
        <source>Edit consent</source>
        <translation>Ändra samtycke</translation>
    </message>
    <message>
        <source>New consent</source>
        <translation>Nytt samtycke</translation>
    </message>
    <message>
        <source>Limited to</source>
        <translation>Tidsbegränsat till</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Återkallat den</translation>
    </message>
    <message>
        <source>Any (as described below)</source>
        <translation>Alla (enligt beskrivningen nedan)</translation>
    </message>
    <message>
        <source>E.g. line manager at the workplace</source>
        <translation>T.ex. närmaste chef på arbetsplatsen</translation>
    </message>
    <message>
        <source>Which information may be shared</source>
        <translation>Vilka uppgifter som får lämnas</translation>
    </message>
    <message>
        <source>&amp;Covers</source>
        <translation>&amp;Avser</translation>
    </message>
    <message>
        <source>Described as</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>&amp;Information</source>
        <translation>&amp;Uppgifter</translation>
    </message>
    <message>
        <source>&amp;Form</source>
        <translation>&amp;Form</translation>
    </message>
    <message>
        <source>&amp;Given on</source>
        <translation>&amp;Lämnat den</translation>
    </message>
    <message>
        <source>&amp;Valid</source>
        <translation>&amp;Giltighet</translation>
    </message>
    <message>
        <source>&amp;Withdrawn</source>
        <translation>Återkalla&amp;t</translation>
    </message>
    <message>
        <source>&amp;Recorded by</source>
        <translation>&amp;Registrerat av</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Kommentar</translation>
    </message>
    <message>
        <source>Counterpar&amp;ty</source>
        <translation>&amp;Motpart</translation>
    </message>
</context>
<context>
    <name>koordinera::ui::ConsentsPanel</name>
    <message>
        <source>Valid</source>
        <translation>Giltigt</translation>
    </message>
    <message>
        <source>Not yet valid</source>
        <translation>Gäller inte än</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Utgånget</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Återkallat</translation>
    </message>
    <message>
        <source>Covers</source>
        <translation>Avser</translation>
    </message>
    <message>
        <source>Counterparty</source>
        <translation>Motpart</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Lämnat</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Giltigt till</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Läge</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Registrerat av</translation>
    </message>
    <message>
        <source>until further notice</source>
        <translation>tills vidare</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Samtycken</translation>
    </message>
    <message>
        <source>Consents are not deleted: register a withdrawal or an end date instead.</source>
        <translation>Samtycken tas inte bort: registrera ett återkallande eller ett slutdatum i stället.</translation>
    </message>
    <message>
        <source>Register consent…</source>
        <translation>Registrera samtycke…</translation>
    </message>
    <message>
        <source>Change or withdraw…</source>
        <translation>Ändra eller återkalla…</translation>
    </message>
    <message>
        <source>Register consent</source>
        <translation>registrera samtycke</translation>
    </message>
    <message>
        <source>Change consent</source>
        <translation>ändra samtycke</translation>
    </message>
    <message>
        <source>Consent form…</source>
        <translation>Samtyckesblankett…</translation>
    </message>
    <message>
        <source>A form for the patient to sign, with a box for each party to share with</source>
        <translation>En blankett för patienten att skriva under, med en ruta för varje part att dela med</translation>
    </message>
</context>
<context>
    <name>koordinera::ui::ContactDialog</name>
    <message>
        <source>Edit contact</source>
        <translation>Ändra kontakt</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Ny kontakt</translation>
    </message>
    <message>
        <source>Choose or type a new organisation</source>
        <translation>Välj eller skriv en ny organisation</translation>
    </message>
    <message>
        <source>Optional: a named person</source>
        <translation>Valfritt: en namngiven person</translation>
    </message>
    <message>
        <source>E.g. case officer, line manager</source>
        <translation>T.ex. handläggare, närmaste chef</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Arbetsgivare</translation>
    </message>
    <message>
        <source>Line manager</source>
        <translation>Närmaste chef</translation>
    </message>
    <message>
        <source>FK case officer</source>
        <translation>Handläggare FK</translation>
    </message>
    <message>
        <source>Employment officer</source>
        <translation>Arbetsförmedlare</translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation>Socialsekreterare</translation>
    </message>
    <message>
        <source>Occupational health</source>
        <translation>Företagshälsovård</translation>
    </message>
    <message>
        <source>Physiotherapist</source>
        <translation>Fysioterapeut</translation>
    </message>
    <message>
        <source>Physician</source>
        <translation>Läkare</translation>
    </message>
    <message>
        <source>Psychologist</source>
        <translation>Psykolog</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annan</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Typ</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Person</translation>
    </message>
    <message>
        <source>Person&apos;s &amp;title</source>
        <translation>Personens t&amp;itel</translation>
    </message>
    <message>
        <source>&amp;Role in the case</source>
        <translation>&amp;Roll i ärendet</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Kommentar</translation>
    </message>
    <message>
        <source>E.g. 010-116 00 00</source>
        <translation>T.ex. 010-116 00 00</translation>
    </message>
    <message>
        <source>Person&apos;s p&amp;hone</source>
        <translation>Personens tele&amp;fon</translation>
    </message>
    <message>
        <source>Habilitation efforts</source>
        <translation>Habiliteringsinsatser</translation>
    </message>
    <message>
        <source>Assessment and treatment</source>
        <translation>Utredning och behandling</translation>
    </message>
    <message>
        <source>Pupil health</source>
        <translation>Elevhälsa</translation>
    </message>
    <message>
        <source>Personal assistance</source>
        <translation>Personlig assistans</translation>
    </message>
    <message>
        <source>Short-term stay</source>
        <translation>Korttidsvistelse</translation>
    </message>
    <message>
        <source>Care allowance</source>
        <translation>Omvårdnadsbidrag</translation>
    </message>
    <message>
        <source>Temporary parental benefit</source>
        <translation>Tillfällig föräldrapenning</translation>
    </message>
    <message>
        <source>&amp;What they provide</source>
        <translation>&amp;Vad de bidrar med</translation>
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
        <translation>Typ</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Samtycke</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Giltigt</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakter</translation>
    </message>
    <message>
        <source>Add contact…</source>
        <translation>Lägg till kontakt…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Ändra…</translation>
    </message>
    <message>
        <source>Change the contact</source>
        <translation>Ändra kontakten</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Remove the contact</source>
        <translation>Ta bort kontakten</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>lägg till kontakt</translation>
    </message>
    <message>
        <source>Change contact</source>
        <translation>ändra kontakt</translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation>ta bort kontakt</translation>
    </message>
</context>
<context>
    <name>koordinera::ui::DatabaseSession</name>
    <message>
        <source>Creating %1…</source>
        <translation>Skapar %1…</translation>
    </message>
    <message>
        <source>Could not create %1.

%2</source>
        <translation>Det gick inte att skapa %1.

%2</translation>
    </message>
    <message>
        <source>Could not open %1.

%2</source>
        <translation>Det gick inte att öppna %1.

%2</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Öppnar %1…</translation>
    </message>
    <message>
        <source>The last change made before Koordinera stopped had not been saved completely and has been left out. Everything saved before it is there.</source>
        <translation>Den sista ändringen innan Koordinera stängdes hann inte sparas helt och har utelämnats. Allt som sparades före den finns kvar.</translation>
    </message>
    <message>
        <source>Take over the database? Do this only if it is certainly not in use there, or changes made there will be lost.</source>
        <translation>Vill du ta över databasen? Gör det bara om den säkert inte används där, annars går ändringar som görs där förlorade.</translation>
    </message>
    <message>
        <source>The passphrase has been changed.</source>
        <translation>Lösenfrasen har bytts.</translation>
    </message>
    <message>
        <source>Could not import %1.

%2</source>
        <translation>Det gick inte att importera %1.

%2</translation>
    </message>
    <message>
        <source>The database has been sealed into %1. Check it, then delete the old, unprotected file %2.</source>
        <translation>Databasen har förseglats i %1. Kontrollera den och ta sedan bort den gamla, oskyddade filen %2.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 på %2</translation>
    </message>
</context>
<context>
    <name>koordinera::ui::DiagnosisDialog</name>
    <message>
        <source>Edit diagnosis</source>
        <translation>Ändra diagnos</translation>
    </message>
    <message>
        <source>New diagnosis</source>
        <translation>Ny diagnos</translation>
    </message>
    <message>
        <source>Main diagnosis</source>
        <translation>Huvuddiagnos</translation>
    </message>
    <message>
        <source>ICD-10, e.g. F43.8A</source>
        <translation>ICD-10, t.ex. F43.8A</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Kod</translation>
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
        <translation>Spara som PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Förhandsgranskning</translation>
    </message>
    <message>
        <source>Print preview – %1</source>
        <translation>Förhandsgranskning – %1</translation>
    </message>
    <message>
        <source>Who the copy is for, e.g. the patient or the employer</source>
        <translation>Vem kopian är till, t.ex. patienten eller arbetsgivaren</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Till:</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zooma ut</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zooma in</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Anpassa bredd</translation>
    </message>
    <message>
        <source>Fit the page width to the window</source>
        <translation>Anpassa sidans bredd till fönstret</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>Hel sida</translation>
    </message>
    <message>
        <source>Show one whole page</source>
        <translation>Visa en hel sida</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Skriv &amp;ut…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Spara som PDF…</translation>
    </message>
    <message>
        <source>&amp;Copy as text</source>
        <translation>&amp;Kopiera som text</translation>
    </message>
    <message>
        <source>For pasting into the journal system; the clipboard is cleared again after a while.</source>
        <translation>För att klistra in i journalsystemet; urklippet töms igen efter en stund.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n sida</numerusform>
            <numerusform>%n sidor</numerusform>
        </translation>
    </message>
    <message>
        <source>The document went out, but it could not be recorded on the case: %1</source>
        <translation>Dokumentet gick ut, men kunde inte noteras på ärendet: %1</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopierad</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Sidor</translation>
    </message>
</context>
<context>
    <name>koordinera::ui::DocumentsPanel</name>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Hur</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Av</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Sidor</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Joint action plan…</source>
        <translation>Gemensam handlingsplan…</translation>
    </message>
    <message>
        <source>Form for the meeting…</source>
        <translation>Mötesunderlag…</translation>
    </message>
    <message>
        <source>Minutes…</source>
        <translation>Minnesanteckningar…</translation>
    </message>
    <message>
        <source>Case summary…</source>
        <translation>Sammanfattning…</translation>
    </message>
    <message>
        <source>Cover letter…</source>
        <translation>Följebrev…</translation>
    </message>
    <message>
        <source>Meeting for the minutes</source>
        <translation>Möte för minnesanteckningarna</translation>
    </message>
    <message>
        <source>Print, save as PDF or copy</source>
        <translation>Skriv ut, spara som PDF eller kopiera</translation>
    </message>
    <message>
        <source>The plan as adopted, for every party at the meeting table, with signature lines.</source>
        <translation>Planen som den fastställts, till varje part vid mötesbordet, med rader för underskrift.</translation>
    </message>
    <message>
        <source>The plan with empty rows and lines, to fill in by hand at the avstämningsmöte.</source>
        <translation>Planen med tomma rader att fylla i för hand vid avstämningsmötet.</translation>
    </message>
    <message>
        <source>Minnesanteckningar from a meeting held:</source>
        <translation>Minnesanteckningar från ett genomfört möte:</translation>
    </message>
    <message>
        <source>The whole case – sick leave, contacts, plans, meetings, consents – for the journal.</source>
        <translation>Hela ärendet – sjukskrivning, kontakter, planer, möten, samtycken – för journalen.</translation>
    </message>
    <message>
        <source>A short letter to the employer or Försäkringskassan, with the plan.</source>
        <translation>Ett kort brev till arbetsgivaren eller Försäkringskassan, med planen.</translation>
    </message>
    <message>
        <source>Nothing about this case has been printed, saved or copied yet.</source>
        <translation>Inget om ärendet har skrivits ut, sparats eller kopierats ännu.</translation>
    </message>
    <message>
        <source>Printed and exported</source>
        <translation>Utskrivet och exporterat</translation>
    </message>
    <message>
        <source>The case has no plan yet (Action plan tab).</source>
        <translation>Ärendet har ingen plan ännu (fliken Handlingsplan).</translation>
    </message>
    <message>
        <source>no meeting held yet</source>
        <translation>inget genomfört möte ännu</translation>
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
        <translation>Redigera ärende %1</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Ärende</translation>
    </message>
    <message>
        <source>First parent</source>
        <translation>Första föräldern</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Stöd</translation>
    </message>
</context>
<context>
    <name>koordinera::ui::FamilyPanel</name>
    <message>
        <source>Parent</source>
        <translation>Förälder</translation>
    </message>
    <message>
        <source>Identity number</source>
        <translation>Personnummer</translation>
    </message>
    <message>
        <source>At the start</source>
        <translation>Vid start</translation>
    </message>
    <message>
        <source>At the end</source>
        <translation>Vid avslut</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Barn</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Född</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Ålder</translation>
    </message>
    <message>
        <source>Functional impairment</source>
        <translation>Funktionsnedsättning</translation>
    </message>
    <message>
        <source>School or preschool</source>
        <translation>Skola eller förskola</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n år</numerusform>
            <numerusform>%n år</numerusform>
        </translation>
    </message>
    <message>
        <source>Parents</source>
        <translation>Föräldrar</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Barn</translation>
    </message>
    <message>
        <source>&lt;b&gt;Children&lt;/b&gt;</source>
        <translation>&lt;b&gt;Barn&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Add a child…</source>
        <translation>Lägg till barn…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Ändra…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>&lt;b&gt;Parents&lt;/b&gt;</source>
        <translation>&lt;b&gt;Föräldrar&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Sick-listed</source>
        <translation>Sjukskriven</translation>
    </message>
    <message>
        <source>Add a child</source>
        <translation>Lägg till ett barn</translation>
    </message>
    <message>
        <source>Change the child&apos;s details</source>
        <translation>Ändra barnets uppgifter</translation>
    </message>
    <message>
        <source>Remove %1 from the family?</source>
        <translation>Ta bort %1 ur familjen?</translation>
    </message>
    <message>
        <source>Remove a child</source>
        <translation>Ta bort ett barn</translation>
    </message>
    <message>
        <source>Add the second parent…</source>
        <translation>Lägg till andra föräldern…</translation>
    </message>
    <message>
        <source>Follo&amp;w-up…</source>
        <translation>&amp;Uppföljning…</translation>
    </message>
    <message>
        <source>Each parent&apos;s occupation and rating, and whether the network works, at the start and at the end</source>
        <translation>Varje förälders sysselsättning och skattning, och om nätverket fungerar, vid start och vid avslut</translation>
    </message>
    <message>
        <source>&lt;b&gt;The network around the child&lt;/b&gt;</source>
        <translation>&lt;b&gt;Nätverket runt barnet&lt;/b&gt;</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>inte registrerat</translation>
    </message>
    <message>
        <source>The network works: at the start %1, at the end %2.</source>
        <translation>Nätverket: vid start %1, vid avslut %2.</translation>
    </message>
    <message>
        <source>The family</source>
        <translation>Familjen</translation>
    </message>
    <message>
        <source>Add the second parent</source>
        <translation>Lägg till andra föräldern</translation>
    </message>
    <message>
        <source>Record the follow-up</source>
        <translation>Registrera uppföljningen</translation>
    </message>
    <message>
        <source>manageable %1 of %2</source>
        <translation>hanterbart %1 av %2</translation>
    </message>
</context>
<context>
    <name>koordinera::ui::FamilyStatisticsPage</name>
    <message>
        <source>Whole year</source>
        <translation>Helår</translation>
    </message>
    <message>
        <source>First half</source>
        <translation>Första halvåret</translation>
    </message>
    <message>
        <source>Second half</source>
        <translation>Andra halvåret</translation>
    </message>
    <message>
        <source>Quarter 1</source>
        <translation>Kvartal 1</translation>
    </message>
    <message>
        <source>Quarter 2</source>
        <translation>Kvartal 2</translation>
    </message>
    <message>
        <source>Quarter 3</source>
        <translation>Kvartal 3</translation>
    </message>
    <message>
        <source>Quarter 4</source>
        <translation>Kvartal 4</translation>
    </message>
    <message>
        <source>&amp;Print the report…</source>
        <translation>&amp;Skriv ut rapporten…</translation>
    </message>
    <message>
        <source>E&amp;xport the follow-up…</source>
        <translation>E&amp;xportera uppföljningen…</translation>
    </message>
    <message>
        <source>The supports closed in the period, one row each, without names: for the systematic follow-up (Excel or CSV)</source>
        <translation>De stöd som avslutades under perioden, en rad vardera, utan namn: för den systematiska uppföljningen (Excel eller CSV)</translation>
    </message>
    <message>
        <source>Export the follow-up</source>
        <translation>Exportera uppföljningen</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>&amp;År</translation>
    </message>
    <message>
        <source>Parents</source>
        <translation>Föräldrar</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Kvinnor</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Män</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>Children by age</source>
        <translation>Barn efter ålder</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Barn</translation>
    </message>
    <message>
        <source>The network</source>
        <translation>Nätverket</translation>
    </message>
    <message>
        <source>Families</source>
        <translation>Familjer</translation>
    </message>
    <message>
        <source>%1 – %2 · women, men and total</source>
        <translation>%1 – %2 · kvinnor, män och totalt</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Parents in support</source>
        <translation>Föräldrar i stöd</translation>
    </message>
    <message>
        <source>Not in work or studies at the start (closed)</source>
        <translation>Inte i arbete eller studier vid start (avslutade)</translation>
    </message>
    <message>
        <source>– of whom in work or studies at the end</source>
        <translation>– varav i arbete eller studier vid avslut</translation>
    </message>
    <message>
        <source>Follow-up %1–%2.xlsx</source>
        <translation>Uppföljning %1–%2.xlsx</translation>
    </message>
    <message>
        <source>Exporting the follow-up…</source>
        <translation>Exporterar uppföljningen…</translation>
    </message>
    <message>
        <source>Families in support: &lt;b&gt;%1&lt;/b&gt; · closed: &lt;b&gt;%2&lt;/b&gt; · median time in support: &lt;b&gt;%3&lt;/b&gt; days&lt;br&gt;Back in work or studies at the end: &lt;b&gt;%4 of %5&lt;/b&gt; parents (women %6 of %7, men %8 of %9)</source>
        <translation>Familjer i stöd: &lt;b&gt;%1&lt;/b&gt; · avslutade: &lt;b&gt;%2&lt;/b&gt; · mediantid i stöd: &lt;b&gt;%3&lt;/b&gt; dagar&lt;br&gt;Åter i arbete eller studier vid avslut: &lt;b&gt;%4 av %5&lt;/b&gt; föräldrar (kvinnor %6 av %7, män %8 av %9)</translation>
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
        <translation>Inte registrerat</translation>
    </message>
    <message>
        <source>%1 – not manageable at all</source>
        <translation>%1 – inte alls hanterbar</translation>
    </message>
    <message>
        <source>%1 – fully manageable</source>
        <translation>%1 – helt hanterbar</translation>
    </message>
    <message>
        <source>Follow-up of the support</source>
        <translation>Uppföljning av stödet</translation>
    </message>
    <message>
        <source>The network works, at the s&amp;tart</source>
        <translation>Nätverket fungerar, vid s&amp;tart</translation>
    </message>
    <message>
        <source>The network works, at the &amp;end</source>
        <translation>Nätverket fungerar, vid &amp;avslut</translation>
    </message>
    <message>
        <source>Sick-listed now</source>
        <translation>Sjukskriven nu</translation>
    </message>
    <message>
        <source>The case then shows the sick-leave chain, for this parent&apos;s sick leave.</source>
        <translation>Ärendet visar då rehabiliteringskedjan, för förälderns sjukskrivning.</translation>
    </message>
    <message>
        <source>Occupation at the start</source>
        <translation>Sysselsättning vid start</translation>
    </message>
    <message>
        <source>Manageable at the start</source>
        <translation>Hanterbart vid start</translation>
    </message>
    <message>
        <source>Occupation at the end</source>
        <translation>Sysselsättning vid avslut</translation>
    </message>
    <message>
        <source>Manageable at the end</source>
        <translation>Hanterbart vid avslut</translation>
    </message>
</context>
<context>
    <name>koordinera::ui::HelpWindow</name>
    <message>
        <source>No chapter holds every word.</source>
        <translation>Inget kapitel innehåller alla orden.</translation>
    </message>
    <message>
        <source>Koordinera – Manual</source>
        <translation>Koordinera – Handbok</translation>
    </message>
    <message>
        <source>Search the manual (Ctrl+F)</source>
        <translation>Sök i handboken (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the manual</source>
        <translation>Sök i handboken</translation>
    </message>
    <message>
        <source>Chapters</source>
        <translation>Kapitel</translation>
    </message>
    <message>
        <source>Manual page</source>
        <translation>Handbokens sida</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n hit(s))</source>
        <translation>
            <numerusform>%1 (%n träff)</numerusform>
            <numerusform>%1 (%n träffar)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>koordinera::ui::ImportDialog</name>
    <message>
        <source>Import a case list – %1</source>
        <translation>Importera ärendelista – %1</translation>
    </message>
    <message>
        <source>The file %1 could not be opened.</source>
        <translation>Filen %1 kunde inte öppnas.</translation>
    </message>
    <message>
        <source>The file is too large for a case list (more than 64 MB).</source>
        <translation>Filen är för stor för en ärendelista (mer än 64 MB).</translation>
    </message>
    <message>
        <source>UTF-8 (CSV UTF-8 from Excel)</source>
        <translation>UTF-8 (CSV UTF-8 från Excel)</translation>
    </message>
    <message>
        <source>Windows-1252 (older CSV from Excel)</source>
        <translation>Windows-1252 (äldre CSV från Excel)</translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation>Semikolon ;</translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation>Komma ,</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabb</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Kolumn i filen</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Exempel</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Importera som</translation>
    </message>
    <message>
        <source>Character encoding:</source>
        <translation>Teckenkodning:</translation>
    </message>
    <message>
        <source>Separator:</source>
        <translation>Avgränsare:</translation>
    </message>
    <message>
        <source>&lt;b&gt;1. What each column is&lt;/b&gt; – the choices are remembered for next time.</source>
        <translation>&lt;b&gt;1. Vad varje kolumn är&lt;/b&gt; – valen sparas till nästa gång.</translation>
    </message>
    <message>
        <source>&lt;b&gt;2. The rows as they will be stored&lt;/b&gt;</source>
        <translation>&lt;b&gt;2. Raderna som de kommer att sparas&lt;/b&gt;</translation>
    </message>
    <message>
        <source>(column %1)</source>
        <translation>(kolumn %1)</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Rad</translation>
    </message>
    <message>
        <source>Identity number</source>
        <translation>Personnummer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
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
        <translation>Slut</translation>
    </message>
    <message>
        <source>Degree</source>
        <translation>Omfattning</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnos</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Arbetsgivare</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>already registered, not imported again</source>
        <translation>redan registrerat, importeras inte igen</translation>
    </message>
    <message>
        <source>new case for a registered patient</source>
        <translation>nytt ärende för en registrerad patient</translation>
    </message>
    <message>
        <source>new patient and case</source>
        <translation>ny patient och nytt ärende</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) can be imported</source>
        <translation>
            <numerusform>%n rad kan importeras</numerusform>
            <numerusform>%n rader kan importeras</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have errors and will be skipped (marked in red). Fix the file and open it again, or import the others.</source>
        <translation>
            <numerusform>%n rad har fel och hoppas över (markerad med rött). Rätta filen och öppna den igen, eller importera de andra.</numerusform>
            <numerusform>%n rader har fel och hoppas över (markerade med rött). Rätta filen och öppna den igen, eller importera de andra.</numerusform>
        </translation>
    </message>
    <message>
        <source>The first %1 rows are shown.</source>
        <translation>De första %1 raderna visas.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n case(s)</source>
        <translation>
            <numerusform>&amp;Importera %n ärende</numerusform>
            <numerusform>&amp;Importera %n ärenden</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Ingenting importerades: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) imported</source>
        <translation>
            <numerusform>%n ärende importerat</numerusform>
            <numerusform>%n ärenden importerade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new patient(s) registered</source>
        <translation>
            <numerusform>%n ny patient registrerad</numerusform>
            <numerusform>%n nya patienter registrerade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) matched a registered patient</source>
        <translation>
            <numerusform>%n rad hörde till en redan registrerad patient</numerusform>
            <numerusform>%n rader hörde till redan registrerade patienter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) were already registered and not imported again</source>
        <translation>
            <numerusform>%n rad fanns redan och importerades inte igen</numerusform>
            <numerusform>%n rader fanns redan och importerades inte igen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped:</source>
        <translation>
            <numerusform>%n rad hoppades över:</numerusform>
            <numerusform>%n rader hoppades över:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  … and %n more</source>
        <translation>
            <numerusform>  … och %n till</numerusform>
            <numerusform>  … och %n till</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing the case list…</source>
        <translation>Importerar ärendelistan…</translation>
    </message>
    <message>
        <source>The import was stopped. Nothing was imported.</source>
        <translation>Importen avbröts. Ingenting importerades.</translation>
    </message>
</context>
<context>
    <name>koordinera::ui::ImpulseDialog</name>
    <message>
        <source>Change 4 § impuls</source>
        <translation>Ändra 4 §-impuls</translation>
    </message>
    <message>
        <source>New 4 § impuls</source>
        <translation>Ny 4 §-impuls</translation>
    </message>
    <message>
        <source>Given %1</source>
        <translation>Lämnat %1</translation>
    </message>
    <message>
        <source>, valid until %1</source>
        <translation>, gäller till %1</translation>
    </message>
    <message>
        <source>, withdrawn %1</source>
        <translation>, återkallat %1</translation>
    </message>
    <message>
        <source>No 4 § consent registered</source>
        <translation>Inget samtycke enligt 4 § registrerat</translation>
    </message>
    <message>
        <source>Why work-oriented rehabilitation may be needed</source>
        <translation>Varför arbetslivsinriktad rehabilitering kan behövas</translation>
    </message>
    <message>
        <source>E.g. FK booked an avstämningsmöte</source>
        <translation>T.ex. FK bokade ett avstämningsmöte</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>&amp;Consent (4 §)</source>
        <translation>&amp;Samtycke (4 §)</translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation>&amp;Kanal</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>Skä&amp;l</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Utfall</translation>
    </message>
    <message>
        <source>Received &amp;by at FK</source>
        <translation>&amp;Mottagare på FK</translation>
    </message>
</context>
<context>
    <name>koordinera::ui::KvaCodesDialog</name>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Används</translation>
    </message>
    <message>
        <source>KVÅ codes</source>
        <translation>KVÅ-koder</translation>
    </message>
    <message>
        <source>Code, e.g. GC001</source>
        <translation>Kod, t.ex. GC001</translation>
    </message>
    <message>
        <source>What the code stands for</source>
        <translation>Vad koden står för</translation>
    </message>
    <message>
        <source>Take out of use / back in use</source>
        <translation>Sluta använda / använd igen</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Lägg till</translation>
    </message>
    <message>
        <source>The codes offered when you record an activity. Codes in use on earlier entries stay on them when taken out of use.</source>
        <translation>Koderna som föreslås när du registrerar en insats. En kod som tas ur bruk finns kvar på tidigare anteckningar.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
</context>
<context>
    <name>koordinera::ui::LetterDialog</name>
    <message>
        <source>Cover letter with the plan</source>
        <translation>Följebrev med planen</translation>
    </message>
    <message>
        <source>Name and organisation</source>
        <translation>Namn och organisation</translation>
    </message>
    <message>
        <source>Enclose the joint action plan (version %1)</source>
        <translation>Bifoga den gemensamma handlingsplanen (version %1)</translation>
    </message>
    <message>
        <source>No plan to enclose yet</source>
        <translation>Ingen plan att bifoga ännu</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Till:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adress:</translation>
    </message>
    <message>
        <source>&amp;Letter:</source>
        <translation>&amp;Brev:</translation>
    </message>
    <message>
        <source>The text comes from the unit&apos;s letter template (Settings › Documents); changes here apply to this letter only.</source>
        <translation>Texten kommer från enhetens brevmall (Inställningar › Dokument); ändringar här gäller bara det här brevet.</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation>&amp;Förhandsgranska…</translation>
    </message>
    <message>
        <source>Name who the letter is for.</source>
        <translation>Ange vem brevet är till.</translation>
    </message>
    <message>
        <source>The letter has no text.</source>
        <translation>Brevet har ingen text.</translation>
    </message>
</context>
<context>
    <name>koordinera::ui::LockPage</name>
    <message>
        <source>&amp;Unlock…</source>
        <translation>&amp;Lås upp…</translation>
    </message>
    <message>
        <source>Koordinera is locked</source>
        <translation>Koordinera är låst</translation>
    </message>
    <message>
        <source>%1 is locked. No patient data is shown until you unlock it with the passphrase.</source>
        <translation>%1 är låst. Inga patientuppgifter visas förrän du låser upp med lösenfrasen.</translation>
    </message>
    <message>
        <source>%1 is locked and the connection closed. No patient data is shown until you connect again with your password.</source>
        <translation>%1 är låst och anslutningen stängd. Inga patientuppgifter visas förrän du ansluter igen med ditt lösenord.</translation>
    </message>
</context>
<context>
    <name>koordinera::ui::MainWindow</name>
    <message>
        <source>Cases</source>
        <translation>Ärenden</translation>
    </message>
    <message>
        <source>DEMO — practice data with fictional people. Nothing is saved.</source>
        <translation>DEMO – övningsdata med påhittade personer. Inget sparas.</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Ny databas</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Öppna databas</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alla filer (*)</translation>
    </message>
    <message>
        <source>Koordinera</source>
        <translation>Koordinera</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Ny databas…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>Ö&amp;ppna databas…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Öppna s&amp;enaste</translation>
    </message>
    <message>
        <source>Try with &amp;demo data</source>
        <translation>Prova med &amp;demodata</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>A&amp;vsluta</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>&amp;Nytt ärende…</translation>
    </message>
    <message>
        <source>&amp;Find case</source>
        <translation>&amp;Sök ärende</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>&amp;About Koordinera</source>
        <translation>&amp;Om Koordinera</translation>
    </message>
    <message>
        <source>DEMO</source>
        <translation>DEMO</translation>
    </message>
    <message>
        <source>&amp;KVÅ codes…</source>
        <translation>&amp;KVÅ-koder…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Inställningar…</translation>
    </message>
    <message>
        <source>&amp;Import a database from an earlier version…</source>
        <translation>&amp;Importera databas från en tidigare version…</translation>
    </message>
    <message>
        <source>Database from an earlier version</source>
        <translation>Databas från en tidigare version</translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation>Byt lösen&amp;fras…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lås</translation>
    </message>
    <message>
        <source>Locked — Koordinera</source>
        <translation>Låst — Koordinera</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Säkerhetskopiera nu</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Verktyg</translation>
    </message>
    <message>
        <source>&amp;Access log…</source>
        <translation>&amp;Åtkomstlogg…</translation>
    </message>
    <message>
        <source>&amp;Check the database</source>
        <translation>&amp;Kontrollera databasen</translation>
    </message>
    <message>
        <source>&amp;Purge old cases (gallring)…</source>
        <translation>&amp;Gallra gamla ärenden…</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Idag</translation>
    </message>
    <message>
        <source>Today (%1)</source>
        <translation>Idag (%1)</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>&amp;Print the action plan…</source>
        <translation>Skriv &amp;ut handlingsplanen…</translation>
    </message>
    <message>
        <source>Case &amp;summary…</source>
        <translation>S&amp;ammanfattning av ärendet…</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>Import a case list</source>
        <translation>Importera ärendelista</translation>
    </message>
    <message>
        <source>&amp;Manual</source>
        <translation>&amp;Handbok</translation>
    </message>
    <message>
        <source>Parts of the program</source>
        <translation>Programmets delar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>V&amp;isa</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Idag</translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation>&amp;Ärenden</translation>
    </message>
    <message>
        <source>C&amp;alendar</source>
        <translation>&amp;Kalender</translation>
    </message>
    <message>
        <source>&amp;Statistics</source>
        <translation>&amp;Statistik</translation>
    </message>
    <message>
        <source>Res&amp;tore from backup…</source>
        <translation>Återställ från säkerhets&amp;kopia…</translation>
    </message>
    <message>
        <source>Clos&amp;e database</source>
        <translation>S&amp;täng databas</translation>
    </message>
    <message>
        <source>Ca&amp;se</source>
        <translation>&amp;Ärende</translation>
    </message>
    <message>
        <source>Bringing the sick-leave chains up to date…</source>
        <translation>Räknar om alla sjukfall…</translation>
    </message>
    <message>
        <source>Notes, consents and documents are signed with this name, title and unit. Click to change.</source>
        <translation>Anteckningar, samtycken och dokument skrivs under med det här namnet, titeln och enheten. Klicka för att ändra.</translation>
    </message>
    <message>
        <source>Who is signing? Not given yet</source>
        <translation>Vem skriver under? Inte angivet än</translation>
    </message>
    <message>
        <source>Signing: %1, %2 · %3</source>
        <translation>Skriver under: %1, %2 · %3</translation>
    </message>
    <message>
        <source>Import a &amp;case list (Excel or CSV)…</source>
        <translation>Importera ä&amp;rendelista (Excel eller CSV)…</translation>
    </message>
    <message>
        <source>Case lists (*.xlsx *.csv *.txt);;All files (*)</source>
        <translation>Ärendelistor (*.xlsx *.csv *.txt);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Sick-listed</source>
        <translation>Sjukskrivna</translation>
    </message>
    <message>
        <source>Import the &amp;sick-leave list (Rehabstöd)…</source>
        <translation>Importera sj&amp;ukskrivningslista (Rehabstöd)…</translation>
    </message>
    <message>
        <source>Sick-&amp;listed, not in coordination</source>
        <translation>Sjukskrivna &amp;utan koordinering</translation>
    </message>
    <message>
        <source>Import the sick-leave list</source>
        <translation>Importera sjukskrivningslista</translation>
    </message>
    <message>
        <source>Lists from Rehabstöd (*.xlsx *.csv *.txt);;All files (*)</source>
        <translation>Listor från Rehabstöd (*.xlsx *.csv *.txt);;Alla filer (*)</translation>
    </message>
    <message>
        <source>S&amp;taff at the unit…</source>
        <translation>&amp;Personal på enheten…</translation>
    </message>
    <message>
        <source>&amp;Work for the unit…</source>
        <translation>&amp;Arbete för enheten…</translation>
    </message>
    <message>
        <source>&amp;Regional report…</source>
        <translation>&amp;Regional sammanställning…</translation>
    </message>
    <message>
        <source>&amp;New family…</source>
        <translation>&amp;Ny familj…</translation>
    </message>
    <message>
        <source>Connect to the region&apos;s ser&amp;ver…</source>
        <translation>&amp;Anslut till regionens server…</translation>
    </message>
</context>
<context>
    <name>koordinera::ui::MaintenanceActions</name>
    <message>
        <source>Choose a backup folder in the settings first (Edit › Settings…).</source>
        <translation>Välj först en mapp för säkerhetskopior i inställningarna (Redigera › Inställningar…).</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>Säkerhetskopierat till %1.</translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup could not be made. Your changes are saved in the database.

%1</source>
        <translation>Dagens automatiska säkerhetskopia kunde inte göras. Dina ändringar är sparade i databasen.

%1</translation>
    </message>
    <message>
        <source>The database&apos;s structure is intact.</source>
        <translation>Databasens struktur är hel.</translation>
    </message>
    <message>
        <source>The database&apos;s structure is damaged. Restore the latest backup (File › Restore from backup…) and contact your IT support.</source>
        <translation>Databasens struktur är skadad. Återställ den senaste säkerhetskopian (Arkiv › Återställ från säkerhetskopia…) och kontakta IT-supporten.</translation>
    </message>
    <message numerus="yes">
        <source>The access log (%n entries) is unbroken.</source>
        <translation>
            <numerusform>Åtkomstloggen (%n post) är obruten.</numerusform>
            <numerusform>Åtkomstloggen (%n poster) är obruten.</numerusform>
        </translation>
    </message>
    <message>
        <source>The access log breaks at entry %1: that entry or one before it has been changed or removed outside Koordinera. Report this to the person responsible for information security.</source>
        <translation>Åtkomstloggen bryts vid post %1: den posten eller en tidigare har ändrats eller tagits bort utanför Koordinera. Rapportera det till den som ansvarar för informationssäkerheten.</translation>
    </message>
    <message>
        <source>That is the open database itself. Choose one of its backups.</source>
        <translation>Det är den öppna databasen själv. Välj en av dess säkerhetskopior.</translation>
    </message>
    <message>
        <source>Could not open the backup %1.

%2</source>
        <translation>Det gick inte att öppna säkerhetskopian %1.

%2</translation>
    </message>
    <message>
        <source>The backup could not be restored. The database is as it was.

%1</source>
        <translation>Säkerhetskopian kunde inte återställas. Databasen är som den var.

%1</translation>
    </message>
    <message>
        <source>Restored from %1.</source>
        <translation>Återställd från %1.</translation>
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
        <translation>Registrera mötet</translation>
    </message>
    <message>
        <source>Correct the meeting record</source>
        <translation>Rätta mötesanteckningarna</translation>
    </message>
    <message>
        <source>Change the booking</source>
        <translation>Ändra bokningen</translation>
    </message>
    <message>
        <source>Book a meeting</source>
        <translation>Boka möte</translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation>&amp;Mötet</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Anteckningar</translation>
    </message>
    <message>
        <source>&amp;Next meeting</source>
        <translation>Nästa m&amp;öte</translation>
    </message>
    <message>
        <source>&amp;Save the record</source>
        <translation>&amp;Spara anteckningarna</translation>
    </message>
    <message>
        <source>No next meeting booked</source>
        <translation>Inget nästa möte bokat</translation>
    </message>
    <message>
        <source>Every case has its next follow-up booked. Why is no meeting needed after this one?</source>
        <translation>Varje ärende har nästa uppföljning bokad. Varför behövs inget möte efter det här?</translation>
    </message>
    <message>
        <source>Save without a next meeting</source>
        <translation>Spara utan nästa möte</translation>
    </message>
    <message>
        <source>Book one</source>
        <translation>Boka ett</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Längd</translation>
    </message>
    <message>
        <source>E.g. Vårdcentralen, rum 3</source>
        <translation>T.ex. Vårdcentralen, rum 3</translation>
    </message>
    <message>
        <source>By video</source>
        <translation>Via video</translation>
    </message>
    <message>
        <source>E.g. Försäkringskassan, the patient, the employer</source>
        <translation>T.ex. Försäkringskassan, patienten, arbetsgivaren</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Närvarande</translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation>Lägg till deltagare</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Någon annan</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>S&amp;lag</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;När</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Plats</translation>
    </message>
    <message>
        <source>&amp;Initiated by</source>
        <translation>&amp;Initierat av</translation>
    </message>
    <message>
        <source>&amp;FK officer</source>
        <translation>&amp;FK-handläggare</translation>
    </message>
    <message>
        <source>P&amp;urpose</source>
        <translation>S&amp;yfte</translation>
    </message>
    <message>
        <source>Function and activity limitation, as care describes them</source>
        <translation>Funktionsnedsättning och aktivitetsbegränsning, som vården beskriver dem</translation>
    </message>
    <message>
        <source>Adjustments, other tasks, gradual return…</source>
        <translation>Anpassningar, andra arbetsuppgifter, gradvis återgång…</translation>
    </message>
    <message>
        <source>A 4 § impuls to Försäkringskassan is needed</source>
        <translation>En 4 §-impuls till Försäkringskassan behövs</translation>
    </message>
    <message>
        <source>The patient&apos;s &amp;view</source>
        <translation>Patientens s&amp;yn</translation>
    </message>
    <message>
        <source>&amp;Care reports</source>
        <translation>&amp;Vården rapporterar</translation>
    </message>
    <message>
        <source>&amp;Work options discussed</source>
        <translation>A&amp;rbetsmöjligheter som diskuterades</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>New action…</source>
        <translation>Ny åtgärd…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Ändra…</translation>
    </message>
    <message>
        <source>Book the next meeting now</source>
        <translation>Boka nästa möte nu</translation>
    </message>
    <message>
        <source>Only when no meeting is booked: why none is needed</source>
        <translation>Bara när inget möte bokas: varför inget behövs</translation>
    </message>
    <message>
        <source>No meeting &amp;because</source>
        <translation>Inget möte &amp;eftersom</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Follow up…</source>
        <translation>Följ upp…</translation>
    </message>
    <message>
        <source>Note what has happened with the action: status and result</source>
        <translation>Anteckna vad som hänt med åtgärden: status och resultat</translation>
    </message>
    <message>
        <source>&lt;b&gt;The plan&apos;s actions&lt;/b&gt; – followed up at the meeting</source>
        <translation>&lt;b&gt;Planens åtgärder&lt;/b&gt; – följs upp på mötet</translation>
    </message>
    <message>
        <source>&lt;b&gt;New actions&lt;/b&gt; – added to the joint action plan</source>
        <translation>&lt;b&gt;Nya åtgärder&lt;/b&gt; – läggs till i den gemensamma handlingsplanen</translation>
    </message>
    <message>
        <source>changed now</source>
        <translation>ändrad nu</translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation>Å&amp;tgärder</translation>
    </message>
    <message>
        <source>Someone from the care team</source>
        <translation>Någon från vårdteamet</translation>
    </message>
    <message>
        <source>Parti&amp;cipants</source>
        <translation>&amp;Deltagare</translation>
    </message>
    <message>
        <source>Summary and &amp;decisions</source>
        <translation>Sammanfattning och &amp;beslut</translation>
    </message>
    <message>
        <source>New actions</source>
        <translation>Nya åtgärder</translation>
    </message>
    <message>
        <source>Make the case Acti&amp;ve: coordination has started</source>
        <translation>Gör ärendet Akti&amp;vt: koordineringen har börjat</translation>
    </message>
    <message>
        <source>The family&apos;s &amp;view</source>
        <translation>Familjens &amp;syn</translation>
    </message>
    <message>
        <source>The &amp;network reports</source>
        <translation>&amp;Nätverket berättar</translation>
    </message>
    <message>
        <source>What each actor around the child reports</source>
        <translation>Vad varje aktör runt barnet berättar</translation>
    </message>
</context>
<context>
    <name>koordinera::ui::MeetingsPanel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Vecka</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Möte</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>Mottagare</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Skäl</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Booked – not recorded yet</source>
        <translation>Bokat – ännu inte dokumenterat</translation>
    </message>
    <message>
        <source>not present</source>
        <translation>inte närvarande</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Syfte</translation>
    </message>
    <message>
        <source>Försäkringskassan&apos;s officer</source>
        <translation>Handläggare på Försäkringskassan</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>The patient&apos;s view</source>
        <translation>Patientens syn</translation>
    </message>
    <message>
        <source>Care&apos;s report on function and activity limitation</source>
        <translation>Vårdens beskrivning av funktionsnedsättning och aktivitetsbegränsning</translation>
    </message>
    <message>
        <source>Work options discussed</source>
        <translation>Arbetsmöjligheter som diskuterades</translation>
    </message>
    <message>
        <source>Summary and decisions</source>
        <translation>Sammanfattning och beslut</translation>
    </message>
    <message>
        <source>4 § impuls</source>
        <translation>Impuls enligt 4 §</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>Behövs</translation>
    </message>
    <message>
        <source>No follow-up booked because</source>
        <translation>Ingen uppföljning bokad eftersom</translation>
    </message>
    <message>
        <source>Book a meeting…</source>
        <translation>Boka möte…</translation>
    </message>
    <message>
        <source>Record as held…</source>
        <translation>Registrera genomfört…</translation>
    </message>
    <message>
        <source>Write the record, add the agreed actions to the plan and book the next meeting</source>
        <translation>Skriv anteckningarna, lägg in de beslutade åtgärderna i planen och boka nästa möte</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Ändra…</translation>
    </message>
    <message>
        <source>Call off</source>
        <translation>Ställ in</translation>
    </message>
    <message>
        <source>Register 4 § impuls…</source>
        <translation>Registrera 4 §-impuls…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Impulser to Försäkringskassan (4 §)&lt;/b&gt;</source>
        <translation>&lt;b&gt;Impulser till Försäkringskassan (4 §)&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;No meetings yet. Book the first with “Book a meeting…”.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Inga möten ännu. Boka det första med ”Boka möte…”.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Book meeting</source>
        <translation>Boka möte</translation>
    </message>
    <message>
        <source>Correct meeting record</source>
        <translation>Rätta mötesanteckningar</translation>
    </message>
    <message>
        <source>Change booking</source>
        <translation>Ändra bokning</translation>
    </message>
    <message>
        <source>Call off meeting</source>
        <translation>Ställ in möte</translation>
    </message>
    <message>
        <source>To calendar file</source>
        <translation>Till kalenderfil</translation>
    </message>
    <message>
        <source>Calendar file</source>
        <translation>Kalenderfil</translation>
    </message>
    <message>
        <source>With initials and case reference (recommended)</source>
        <translation>Med initialer och ärendenummer (rekommenderas)</translation>
    </message>
    <message>
        <source>With name and identity number</source>
        <translation>Med namn och personnummer</translation>
    </message>
    <message>
        <source>koordinera-meeting-%1.ics</source>
        <translation>koordinera-mote-%1.ics</translation>
    </message>
    <message>
        <source>Double-click to add the outcome or correct the impuls</source>
        <translation>Dubbelklicka för att fylla i utfallet eller rätta impulsen</translation>
    </message>
    <message>
        <source>Minutes…</source>
        <translation>Minnesanteckningar…</translation>
    </message>
    <message>
        <source>Minnesanteckningar from the meeting: preview, print, save as PDF or copy as text</source>
        <translation>Minnesanteckningar från mötet: förhandsgranska, skriv ut, spara som PDF eller kopiera som text</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Möten</translation>
    </message>
    <message>
        <source>Impulser to Försäkringskassan</source>
        <translation>Impulser till Försäkringskassan</translation>
    </message>
    <message>
        <source>The chosen meeting</source>
        <translation>Det valda mötet</translation>
    </message>
    <message>
        <source>The avstämningsmöte is recorded as held, and the case&apos;s status is now Active.</source>
        <translation>Avstämningsmötet är antecknat som hållet, och ärendets status är nu Aktiv.</translation>
    </message>
    <message>
        <source>Prepare…</source>
        <translation>Förbered…</translation>
    </message>
    <message>
        <source>The patient met beforehand, the medical assessment, and the consent for each invited</source>
        <translation>Patienten träffad före mötet, den medicinska bedömningen och samtycket för varje inbjuden</translation>
    </message>
    <message>
        <source>Invitations…</source>
        <translation>Kallelser…</translation>
    </message>
    <message>
        <source>A kallelse for each party invited: preview, print or save as PDF</source>
        <translation>En kallelse till varje inbjuden: förhandsgranska, skriv ut eller spara som PDF</translation>
    </message>
    <message>
        <source>Before the meeting</source>
        <translation>Före mötet</translation>
    </message>
    <message>
        <source>Letter…</source>
        <translation>Följebrev…</translation>
    </message>
    <message>
        <source>The letter to Försäkringskassan that goes with the chosen impuls</source>
        <translation>Följebrevet till Försäkringskassan som hör till den valda impulsen</translation>
    </message>
    <message>
        <source>The network meeting is recorded as held, and the support is now Active.</source>
        <translation>Nätverksmötet är antecknat som hållet, och stödet är nu Aktivt.</translation>
    </message>
</context>
<context>
    <name>koordinera::ui::NetworkPicture</name>
    <message>
        <source>No actors in the network yet</source>
        <translation>Inga aktörer i nätverket än</translation>
    </message>
    <message>
        <source>%1, with %2</source>
        <translation>%1, med %2</translation>
    </message>
    <message>
        <source>No actors in the network yet. Add them on the Network tab, with the family&apos;s consent.</source>
        <translation>Inga aktörer i nätverket än. Lägg till dem på fliken Nätverket, med familjens samtycke.</translation>
    </message>
</context>
<context>
    <name>koordinera::ui::NewCaseDialog</name>
    <message>
        <source>New case</source>
        <translation>Nytt ärende</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Ärende</translation>
    </message>
    <message>
        <source>Sick leave and main diagnosis</source>
        <translation>Sjukskrivning och huvuddiagnos</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Slutdatum</translation>
    </message>
    <message>
        <source>Leave unticked while the certificate has no end date.</source>
        <translation>Lämna okryssad så länge intyget saknar slutdatum.</translation>
    </message>
    <message>
        <source>ICD-10, e.g. F43.8A</source>
        <translation>ICD-10, t.ex. F43.8A</translation>
    </message>
    <message>
        <source>&amp;Degree</source>
        <translation>&amp;Grad</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>Diagnosis te&amp;xt</source>
        <translation>Diagnoste&amp;xt</translation>
    </message>
    <message numerus="yes">
        <source>%1 is already registered (%n case(s)). The new case is added to the same patient.</source>
        <translation>
            <numerusform>%1 finns redan registrerad (%n ärende). Det nya ärendet läggs till hos samma patient.</numerusform>
            <numerusform>%1 finns redan registrerad (%n ärenden). Det nya ärendet läggs till hos samma patient.</numerusform>
        </translation>
    </message>
    <message>
        <source>F&amp;rom</source>
        <translation>Fr&amp;ån</translation>
    </message>
    <message>
        <source>&amp;Main diagnosis</source>
        <translation>Huvud&amp;diagnos</translation>
    </message>
    <message>
        <source>Name of the person to contact</source>
        <translation>Namn på personen att kontakta</translation>
    </message>
    <message>
        <source>e.g. nearest manager</source>
        <translation>t.ex. närmaste chef</translation>
    </message>
    <message>
        <source>Their p&amp;hone</source>
        <translation>Kontaktens telefo&amp;n</translation>
    </message>
    <message>
        <source>Contact at the emplo&amp;yer</source>
        <translation>Kontakt &amp;hos arbetsgivaren</translation>
    </message>
    <message>
        <source>Their tit&amp;le</source>
        <translation>Kontaktens t&amp;itel</translation>
    </message>
    <message>
        <source>New family</source>
        <translation>Ny familj</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Förälder</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Stöd</translation>
    </message>
</context>
<context>
    <name>koordinera::ui::OlderFileDialog</name>
    <message>
        <source>The database file is not the newest</source>
        <translation>Databasfilen är inte den senaste</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fil:</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n ärende</numerusform>
            <numerusform>%n ärenden</numerusform>
        </translation>
    </message>
    <message>
        <source>It holds:</source>
        <translation>Den innehåller:</translation>
    </message>
    <message>
        <source>Its last log entry:</source>
        <translation>Dess senaste loggpost:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Working in the file as it is gives up what is missing from it&lt;/b&gt; (a newer backup can still be restored afterwards), and the choice is written to the access log. Leave the file untouched while you find out where the newer file went.</source>
        <translation>&lt;b&gt;Att arbeta i filen som den är ger upp det som saknas i den&lt;/b&gt; (en nyare säkerhetskopia kan fortfarande återställas efteråt), och valet skrivs i åtkomstloggen. Lämna filen orörd medan du tar reda på var den nyare filen finns.</translation>
    </message>
    <message>
        <source>&amp;Leave the file untouched</source>
        <translation>&amp;Lämna filen orörd</translation>
    </message>
    <message>
        <source>&amp;Work in the file as it is</source>
        <translation>&amp;Arbeta i filen som den är</translation>
    </message>
    <message>
        <source>This is what the file holds now (opened only for reading):</source>
        <translation>Det här innehåller filen nu (öppnad bara för läsning):</translation>
    </message>
    <message>
        <source>Cases in the file</source>
        <translation>Ärenden i filen</translation>
    </message>
</context>
<context>
    <name>koordinera::ui::ParentDialog</name>
    <message>
        <source>Add the second parent</source>
        <translation>Lägg till andra föräldern</translation>
    </message>
</context>
<context>
    <name>koordinera::ui::PassphraseDialog</name>
    <message>
        <source>Unlock database</source>
        <translation>Lås upp databas</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Ny databas</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Byt lösenfras</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Lås upp</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <source>Enter the passphrase for %1.</source>
        <translation>Ange lösenfrasen för %1.</translation>
    </message>
    <message>
        <source>Choose a passphrase for %1. The data cannot be read without it, and it cannot be recovered if it is forgotten: keep it where your unit keeps such things.</source>
        <translation>Välj en lösenfras för %1. Uppgifterna kan inte läsas utan den, och den kan inte återskapas om den glöms bort: förvara den där enheten förvarar sådant.</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>&amp;Ny lösenfras</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Lösenfras</translation>
    </message>
    <message>
        <source>&amp;Repeat it</source>
        <translation>&amp;Upprepa den</translation>
    </message>
</context>
<context>
    <name>koordinera::ui::PatientForm</name>
    <message>
        <source>Reserve number</source>
        <translation>Reservnummer</translation>
    </message>
    <message>
        <source>YYYYMMDD-XXXX</source>
        <translation>ÅÅÅÅMMDD-XXXX</translation>
    </message>
    <message>
        <source>A local number for a patient without personal identity or coordination number.</source>
        <translation>Ett lokalt nummer för en patient utan person- eller samordningsnummer.</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>&amp;Identity number</source>
        <translation>&amp;Personnummer</translation>
    </message>
    <message>
        <source>&amp;Given name</source>
        <translation>&amp;Förnamn</translation>
    </message>
    <message>
        <source>&amp;Family name</source>
        <translation>&amp;Efternamn</translation>
    </message>
    <message>
        <source>Legal &amp;sex</source>
        <translation>Juridiskt &amp;kön</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Adress</translation>
    </message>
    <message>
        <source>%1born %2, %3 years, %4</source>
        <translation>%1född %2, %3 år, %4</translation>
    </message>
</context>
<context>
    <name>koordinera::ui::PeriodDialog</name>
    <message>
        <source>Edit sick-leave period</source>
        <translation>Ändra sjukskrivningsperiod</translation>
    </message>
    <message>
        <source>New sick-leave period</source>
        <translation>Ny sjukskrivningsperiod</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Slutdatum</translation>
    </message>
    <message>
        <source>&amp;Degree</source>
        <translation>&amp;Grad</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Från</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Till</translation>
    </message>
</context>
<context>
    <name>koordinera::ui::PlanCompareDialog</name>
    <message>
        <source>Version %1 (draft)</source>
        <translation>Version %1 (utkast)</translation>
    </message>
    <message>
        <source>Version %1, adopted %2</source>
        <translation>Version %1, fastställd %2</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Ändrade</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Ny åtgärd</translation>
    </message>
    <message>
        <source>Action removed</source>
        <translation>Borttagen åtgärd</translation>
    </message>
    <message>
        <source>Action changed</source>
        <translation>Ändrad åtgärd</translation>
    </message>
    <message>
        <source>Compare versions of the plan</source>
        <translation>Jämför planens versioner</translation>
    </message>
    <message>
        <source>&lt;p&gt;The plan has only one version.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Planen har bara en version.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose two different versions.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Välj två olika versioner.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The versions have the same content.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Versionerna har samma innehåll.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ändring</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Changes between the versions</source>
        <translation>Ändringar mellan versionerna</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Från</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;till</translation>
    </message>
</context>
<context>
    <name>koordinera::ui::PlanDialog</name>
    <message>
        <source>Joint action plan, version %1</source>
        <translation>Gemensam handlingsplan, version %1</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Bokat</translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation>Godkänd den</translation>
    </message>
    <message>
        <source>In the patient&apos;s own words</source>
        <translation>Med patientens egna ord</translation>
    </message>
    <message>
        <source>What everyone works towards, e.g. “Arbete 50 % från 1 februari”</source>
        <translation>Det alla arbetar mot, t.ex. ”Arbete 50 % från 1 februari”</translation>
    </message>
    <message>
        <source>From the next booked meeting</source>
        <translation>Från nästa bokade möte</translation>
    </message>
    <message>
        <source>No meeting is booked; book one on the Meetings tab.</source>
        <translation>Inget möte är bokat; boka ett under fliken Möten.</translation>
    </message>
    <message>
        <source>Place, or video</source>
        <translation>Plats, eller video</translation>
    </message>
    <message>
        <source>Who takes part</source>
        <translation>Vilka som deltar</translation>
    </message>
    <message>
        <source>Others, separated by commas</source>
        <translation>Andra, åtskilda med kommatecken</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Ej angiven</translation>
    </message>
    <message>
        <source>&amp;Background and current situation</source>
        <translation>&amp;Bakgrund och nuläge</translation>
    </message>
    <message>
        <source>The &amp;patient&apos;s goal</source>
        <translation>&amp;Patientens mål</translation>
    </message>
    <message>
        <source>&amp;Shared goal</source>
        <translation>&amp;Gemensamt mål</translation>
    </message>
    <message>
        <source>&amp;Overall responsibility</source>
        <translation>&amp;Övergripande ansvar</translation>
    </message>
    <message>
        <source>&amp;Next follow-up</source>
        <translation>&amp;Nästa uppföljning</translation>
    </message>
    <message>
        <source>Pla&amp;ce</source>
        <translation>Pl&amp;ats</translation>
    </message>
    <message>
        <source>&amp;Who</source>
        <translation>&amp;Vilka</translation>
    </message>
    <message>
        <source>Copies &amp;to</source>
        <translation>Kopia &amp;till</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Cons&amp;ent</source>
        <translation>Sa&amp;mtycke</translation>
    </message>
    <message>
        <source>Patient&apos;s &amp;approval</source>
        <translation>Patientens go&amp;dkännande</translation>
    </message>
    <message>
        <source>The &amp;family&apos;s goal</source>
        <translation>&amp;Familjens mål</translation>
    </message>
    <message>
        <source>The family&apos;s &amp;approval</source>
        <translation>Familjens &amp;godkännande</translation>
    </message>
    <message>
        <source>In the family&apos;s own words</source>
        <translation>Med familjens egna ord</translation>
    </message>
    <message>
        <source>Always gets a copy of the plan.</source>
        <translation>Får alltid en kopia av planen.</translation>
    </message>
</context>
<context>
    <name>koordinera::ui::PlanPanel</name>
    <message>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>%1 (draft)</source>
        <translation>%1 (utkast)</translation>
    </message>
    <message>
        <source>%1, adopted %2</source>
        <translation>%1, fastställd %2</translation>
    </message>
    <message>
        <source>Background and current situation</source>
        <translation>Bakgrund och nuläge</translation>
    </message>
    <message>
        <source>The patient&apos;s goal, in their words</source>
        <translation>Patientens mål, med egna ord</translation>
    </message>
    <message>
        <source>Shared goal</source>
        <translation>Gemensamt mål</translation>
    </message>
    <message>
        <source>Overall responsibility</source>
        <translation>Övergripande ansvar</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Nästa uppföljning</translation>
    </message>
    <message>
        <source>Copies to</source>
        <translation>Kopia till</translation>
    </message>
    <message>
        <source>Approved by the patient</source>
        <translation>Godkänd av patienten</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>försenad</translation>
    </message>
    <message>
        <source>Edit the plan…</source>
        <translation>Ändra planen…</translation>
    </message>
    <message>
        <source>Adopt…</source>
        <translation>Fastställ…</translation>
    </message>
    <message>
        <source>Freeze this version as the plan agreed with the patient</source>
        <translation>Lås den här versionen som planen ni kommit överens om med patienten</translation>
    </message>
    <message>
        <source>Compare versions…</source>
        <translation>Jämför versioner…</translation>
    </message>
    <message>
        <source>New action…</source>
        <translation>Ny åtgärd…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Ändra…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Flytta upp</translation>
    </message>
    <message>
        <source>Move the action up (Alt+Up); you can also drag it</source>
        <translation>Flytta åtgärden uppåt (Alt+Upp); du kan också dra den</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Flytta ned</translation>
    </message>
    <message>
        <source>Move the action down (Alt+Down); you can also drag it</source>
        <translation>Flytta åtgärden nedåt (Alt+Ned); du kan också dra den</translation>
    </message>
    <message>
        <source>&lt;b&gt;Actions&lt;/b&gt;</source>
        <translation>&lt;b&gt;Åtgärder&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No joint action plan yet. Start one with “Edit the plan…” or “New action…”; actions agreed at a meeting start one too.</source>
        <translation>Ingen gemensam handlingsplan ännu. Påbörja den med ”Ändra planen…” eller ”Ny åtgärd…”; åtgärder som beslutas på ett möte påbörjar den också.</translation>
    </message>
    <message>
        <source>Adopted %1 by %2. An earlier version: it is kept as it was and cannot be changed.</source>
        <translation>Fastställd %1 av %2. En tidigare version: den sparas som den var och kan inte ändras.</translation>
    </message>
    <message>
        <source>Draft: changes are saved as you make them. Adopt it once it is agreed.</source>
        <translation>Utkast: ändringar sparas direkt. Fastställ planen när ni är överens.</translation>
    </message>
    <message>
        <source>Adopted %1 by %2. Changes start version %3 as a draft.</source>
        <translation>Fastställd %1 av %2. Ändringar påbörjar version %3 som utkast.</translation>
    </message>
    <message>
        <source>Was due %1</source>
        <translation>Skulle ha varit klar %1</translation>
    </message>
    <message>
        <source>Start a plan…</source>
        <translation>Påbörja plan…</translation>
    </message>
    <message>
        <source>Edit the plan</source>
        <translation>Ändra planen</translation>
    </message>
    <message>
        <source>Start the plan</source>
        <translation>Påbörja planen</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Lägg till åtgärd</translation>
    </message>
    <message>
        <source>Change action</source>
        <translation>Ändra åtgärd</translation>
    </message>
    <message>
        <source>Remove action</source>
        <translation>Ta bort åtgärd</translation>
    </message>
    <message>
        <source>Move action</source>
        <translation>Flytta åtgärd</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Skriv ut…</translation>
    </message>
    <message>
        <source>The plan for the meeting table: preview, print, save as PDF or copy as text</source>
        <translation>Planen till mötesbordet: förhandsgranska, skriv ut, spara som PDF eller kopiera som text</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Åtgärder</translation>
    </message>
    <message>
        <source>The plan</source>
        <translation>Planen</translation>
    </message>
    <message>
        <source>no copy recorded</source>
        <translation>ingen kopia antecknad</translation>
    </message>
    <message>
        <source>copy recorded</source>
        <translation>kopia antecknad</translation>
    </message>
    <message>
        <source>No copy recorded for %1.</source>
        <translation>Ingen kopia antecknad till %1.</translation>
    </message>
</context>
<context>
    <name>koordinera::ui::PreparationDialog</name>
    <message>
        <source>Prepare the meeting</source>
        <translation>Förbered mötet</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Träffad</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Gjord</translation>
    </message>
    <message>
        <source>What the patient wants from the meeting, and what may be shared</source>
        <translation>Vad patienten vill med mötet, och vad som får delas</translation>
    </message>
    <message>
        <source>E.g. the treating doctor</source>
        <translation>T.ex. behandlande läkare</translation>
    </message>
    <message>
        <source>E.g. a description of the work tasks, the latest certificate</source>
        <translation>T.ex. en beskrivning av arbetsuppgifterna, senaste intyget</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Inbjuden</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Samtycke</translation>
    </message>
    <message>
        <source>Reason without consent</source>
        <translation>Skäl utan samtycke</translation>
    </message>
    <message>
        <source>Invited, and the consent for each</source>
        <translation>Inbjudna, och samtycket för var och en</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Möte</translation>
    </message>
    <message>
        <source>The &amp;patient met before</source>
        <translation>&amp;Patienten träffad före</translation>
    </message>
    <message>
        <source>What came &amp;up</source>
        <translation>Vad som &amp;kom fram</translation>
    </message>
    <message>
        <source>&amp;Medical assessment</source>
        <translation>&amp;Medicinsk bedömning</translation>
    </message>
    <message>
        <source>Assessed &amp;by</source>
        <translation>Bedömd &amp;av</translation>
    </message>
    <message>
        <source>The invited &amp;bring</source>
        <translation>De inbjudna &amp;tar med</translation>
    </message>
    <message>
        <source>&amp;Invited</source>
        <translation>&amp;Inbjudna</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Finns</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>Behövs inte</translation>
    </message>
    <message>
        <source>Who is invited is changed with “Change…”. Sharing with a party outside care needs the patient&apos;s consent: register it under Consents, or say why they are invited anyway.</source>
        <translation>Vilka som bjuds in ändrar du med ”Ändra…”. Att dela uppgifter med någon utanför vården kräver patientens samtycke: registrera det under Samtycken, eller skriv varför de bjuds in ändå.</translation>
    </message>
</context>
<context>
    <name>koordinera::ui::ProfileDialog</name>
    <message>
        <source>&amp;Rehabilitation coordination (primary care clinic)</source>
        <translation>&amp;Rehabkoordinering (vårdcentral)</translation>
    </message>
    <message>
        <source>Coordinator for &amp;parents (municipality)</source>
        <translation>Koordinator för &amp;föräldrar (kommun)</translation>
    </message>
    <message>
        <source>New database %1</source>
        <translation>Ny databas %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Which work will the database hold?&lt;/b&gt;</source>
        <translation>&lt;b&gt;Vilket arbete ska databasen rymma?&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The choice is kept for the file&apos;s life. Each kind of work needs its own database.</source>
        <translation>Valet gäller så länge filen finns. Varje slags arbete behöver en egen databas.</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>F&amp;ortsätt</translation>
    </message>
    <message>
        <source>Sick-listed patients: the rehabilitation chain, Försäkringskassan, the employer and the joint action plan, under the Patient Data Act.</source>
        <translation>Sjukskrivna patienter: rehabiliteringskedjan, Försäkringskassan, arbetsgivaren och den gemensamma handlingsplanen, enligt patientdatalagen.</translation>
    </message>
    <message>
        <source>Support to parents of children with disabilities: the family, the network around the child, the joint plan and the follow-up at the start and the end, documented under the Social Services Act.</source>
        <translation>Stöd till föräldrar till barn med funktionsnedsättning: familjen, nätverket runt barnet, den gemensamma planen och uppföljningen vid start och avslut, dokumenterat enligt socialtjänstlagen.</translation>
    </message>
</context>
<context>
    <name>koordinera::ui::RecordDialog</name>
    <message>
        <source>Earlier versions: %1</source>
        <translation>Tidigare versioner: %1</translation>
    </message>
    <message>
        <source>&amp;Earlier versions (%1)…</source>
        <translation>Tidigare versi&amp;oner (%1)…</translation>
    </message>
    <message>
        <source>He&amp;lp</source>
        <translation>&amp;Hjälp</translation>
    </message>
</context>
<context>
    <name>koordinera::ui::RegionDialog</name>
    <message>
        <source>Twenty fictional units (&amp;demo)</source>
        <translation>Tjugo påhittade enheter (&amp;demo)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>&amp;Preview and print…</source>
        <translation>&amp;Förhandsgranska och skriv ut…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportera…</translation>
    </message>
    <message>
        <source>Regional report</source>
        <translation>Regional sammanställning</translation>
    </message>
    <message>
        <source>Unit reports</source>
        <translation>Enhetsrapporter</translation>
    </message>
    <message>
        <source>&amp;Add reports…</source>
        <translation>&amp;Lägg till rapport…</translation>
    </message>
    <message>
        <source>A unit report</source>
        <translation>En enhetsrapport</translation>
    </message>
    <message>
        <source>Unit reports (*.kstat)</source>
        <translation>Enhetsrapporter (*.kstat)</translation>
    </message>
    <message>
        <source>Export the regional report</source>
        <translation>Exportera den regionala sammanställningen</translation>
    </message>
    <message>
        <source>Region.xlsx</source>
        <translation>Region.xlsx</translation>
    </message>
    <message>
        <source>Put together the units&apos; reports (.kstat) for the county. Every unit must report the same periods. Small numbers are hidden after summing, so the county&apos;s totals may show what a unit&apos;s own report hid.</source>
        <translation>Sammanställ enheternas rapporter (.kstat) för länet. Alla enheter måste rapportera samma perioder. Små tal döljs efter summeringen, så länets summor kan visa det som en enhets egen rapport dolde.</translation>
    </message>
    <message>
        <source>Pass&amp;phrase</source>
        <translation>Lö&amp;senfras</translation>
    </message>
</context>
<context>
    <name>koordinera::ui::RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Återställ från säkerhetskopia</translation>
    </message>
    <message>
        <source>Backup:</source>
        <translation>Säkerhetskopia:</translation>
    </message>
    <message>
        <source>Saved:</source>
        <translation>Sparad:</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n ärende</numerusform>
            <numerusform>%n ärenden</numerusform>
        </translation>
    </message>
    <message>
        <source>Contents:</source>
        <translation>Innehåll:</translation>
    </message>
    <message>
        <source>Last log entry:</source>
        <translation>Senaste loggpost:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Restoring replaces everything in the open database with the contents of this backup.&lt;/b&gt; Changes made after the backup was saved disappear. The access log keeps every entry. A backup of the database as it is now is saved first in %1.</source>
        <translation>&lt;b&gt;Återställningen ersätter allt i den öppna databasen med innehållet i säkerhetskopian.&lt;/b&gt; Ändringar gjorda efter att säkerhetskopian sparades försvinner. Åtkomstloggen behåller alla poster. En säkerhetskopia av databasen som den är nu sparas först i %1.</translation>
    </message>
    <message>
        <source>&amp;Restore this backup</source>
        <translation>Åte&amp;rställ den här säkerhetskopian</translation>
    </message>
    <message>
        <source>This is what the backup holds. Nothing has been changed yet.</source>
        <translation>Så här ser säkerhetskopian ut. Ingenting har ändrats än.</translation>
    </message>
    <message>
        <source>Cases in the backup</source>
        <translation>Ärenden i säkerhetskopian</translation>
    </message>
</context>
<context>
    <name>koordinera::ui::RetentionDialog</name>
    <message>
        <source>&amp;Purge the ticked cases…</source>
        <translation>&amp;Gallra de markerade ärendena…</translation>
    </message>
    <message>
        <source>Purge old cases (gallring)</source>
        <translation>Gallra gamla ärenden</translation>
    </message>
    <message>
        <source>Purge</source>
        <translation>Gallra</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Ärende</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Avslutad</translation>
    </message>
    <message>
        <source>Last entry</source>
        <translation>Senaste post</translation>
    </message>
    <message>
        <source>The decision, e.g. “Gallringsbeslut 2036-03, dnr 123/2036”</source>
        <translation>Beslutet, t.ex. ”Gallringsbeslut 2036-03, dnr 123/2036”</translation>
    </message>
    <message numerus="yes">
        <source>Closed cases with no entry for %n year(s) or more. A case is removed only by a documented decision: tick the cases the decision covers and write the decision down. The access log keeps a record of the purge.</source>
        <translation>
            <numerusform>Avslutade ärenden utan anteckningar på %n år eller mer. Ett ärende tas bort bara genom ett dokumenterat beslut: markera de ärenden beslutet gäller och skriv in beslutet. Åtkomstloggen behåller en uppgift om gallringen.</numerusform>
            <numerusform>Avslutade ärenden utan anteckningar på %n år eller mer. Ett ärende tas bort bara genom ett dokumenterat beslut: markera de ärenden beslutet gäller och skriv in beslutet. Åtkomstloggen behåller en uppgift om gallringen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Beslut:</translation>
    </message>
    <message>
        <source>No closed case has reached the retention time. Nothing to purge.</source>
        <translation>Inget avslutat ärende har nått bevarandetiden. Det finns inget att gallra.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n case(s) ticked.</source>
        <translation>
            <numerusform>%1 av %n ärende markerat.</numerusform>
            <numerusform>%1 av %n ärenden markerade.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n case(s) for good? Everything recorded in them is deleted and cannot be brought back from this database.</source>
        <translation>
            <numerusform>Ta bort %n ärende för gott? Allt som antecknats i det raderas och kan inte hämtas tillbaka ur den här databasen.</numerusform>
            <numerusform>Ta bort %n ärenden för gott? Allt som antecknats i dem raderas och kan inte hämtas tillbaka ur den här databasen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) purged.</source>
        <translation>
            <numerusform>%n ärende gallrat.</numerusform>
            <numerusform>%n ärenden gallrade.</numerusform>
        </translation>
    </message>
    <message>
        <source>The list had changed; nothing was purged. Check the ticked cases again.</source>
        <translation>Listan hade ändrats; ingenting gallrades. Kontrollera de markerade ärendena igen.</translation>
    </message>
</context>
<context>
    <name>koordinera::ui::ServerDialog</name>
    <message>
        <source>Connect to the region&apos;s server</source>
        <translation>Anslut till regionens server</translation>
    </message>
    <message>
        <source>E.g. koordinera.region.se</source>
        <translation>T.ex. koordinera.region.se</translation>
    </message>
    <message>
        <source>Your own, from the region</source>
        <translation>Ditt eget, från regionen</translation>
    </message>
    <message>
        <source>The unit&apos;s code, e.g. VC-EKBACKEN</source>
        <translation>Enhetens kod, t.ex. VC-EKBACKEN</translation>
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
        <translation>&amp;Databas</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Användarnamn</translation>
    </message>
    <message>
        <source>U&amp;nit</source>
        <translation>E&amp;nhet</translation>
    </message>
    <message>
        <source>The region&apos;s &amp;CA certificate</source>
        <translation>Regionens &amp;CA-certifikat</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Lösenord</translation>
    </message>
    <message>
        <source>Give the server&apos;s name.</source>
        <translation>Ange serverns namn.</translation>
    </message>
    <message>
        <source>Give the database&apos;s name.</source>
        <translation>Ange databasens namn.</translation>
    </message>
    <message>
        <source>Give the user name the region gave you.</source>
        <translation>Ange användarnamnet du har fått av regionen.</translation>
    </message>
    <message>
        <source>Give the code of the unit you work in.</source>
        <translation>Ange koden för enheten du arbetar på.</translation>
    </message>
    <message>
        <source>Choose the region&apos;s CA certificate: without it the server cannot be checked.</source>
        <translation>Välj regionens CA-certifikat: utan det kan servern inte kontrolleras.</translation>
    </message>
    <message>
        <source>Give your password.</source>
        <translation>Ange ditt lösenord.</translation>
    </message>
    <message>
        <source>The region&apos;s CA certificate</source>
        <translation>Regionens CA-certifikat</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt)</source>
        <translation>Certifikat (*.pem *.crt)</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Välj…</translation>
    </message>
    <message>
        <source>Conn&amp;ect</source>
        <translation>Ansl&amp;ut</translation>
    </message>
</context>
<context>
    <name>koordinera::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>Ditt &amp;namn</translation>
    </message>
    <message>
        <source>Shown on notes and consents you record.</source>
        <translation>Visas på anteckningar och samtycken som du registrerar.</translation>
    </message>
    <message>
        <source>&amp;Gap in one sick-leave case</source>
        <translation>&amp;Glapp inom ett sjukfall</translation>
    </message>
    <message>
        <source>Periods with at most this many days between them count as one sjukfall (Rehabstöd&apos;s default is 5).</source>
        <translation>Perioder med högst så här många dagar emellan räknas som ett sjukfall (Rehabstöds standard är 5).</translation>
    </message>
    <message>
        <source>&amp;Checkpoints (days)</source>
        <translation>&amp;Kontrollpunkter (dagar)</translation>
    </message>
    <message>
        <source>Days of the rehabilitation chain to show and watch, e.g. 30, 90, 180, 365.</source>
        <translation>Dagar i rehabiliteringskedjan som visas och bevakas, t.ex. 30, 90, 180, 365.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <source>A new language is used from the next start.</source>
        <translation>Ett nytt språk används från nästa start.</translation>
    </message>
    <message>
        <source>Enter your name.</source>
        <translation>Ange ditt namn.</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minuter</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Aldrig</translation>
    </message>
    <message>
        <source>Lock after &amp;inactivity</source>
        <translation>Lås efter &amp;inaktivitet</translation>
    </message>
    <message>
        <source>Koordinera locks itself when no one has used it for this long. Ctrl+L locks at once.</source>
        <translation>Koordinera låser sig själv när ingen har använt programmet så här länge. Ctrl+L låser direkt.</translation>
    </message>
    <message>
        <source>No automatic backups</source>
        <translation>Inga automatiska säkerhetskopior</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Välj…</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Mapp för säkerhetskopior</translation>
    </message>
    <message>
        <source>&amp;Backup folder</source>
        <translation>&amp;Säkerhetskopior i</translation>
    </message>
    <message>
        <source>Backups &amp;kept</source>
        <translation>Antal &amp;kopior</translation>
    </message>
    <message>
        <source>The day&apos;s first save also writes a sealed backup there, e.g. on a network drive; the oldest beyond this number are removed.</source>
        <translation>Dagens första sparning skriver också en förseglad säkerhetskopia dit, t.ex. på en nätverksenhet; de äldsta utöver detta antal tas bort.</translation>
    </message>
    <message>
        <source>The folder does not exist.</source>
        <translation>Mappen finns inte.</translation>
    </message>
    <message>
        <source>e.g. Vårdcentralen Ekbacken</source>
        <translation>t.ex. Vårdcentralen Ekbacken</translation>
    </message>
    <message>
        <source> years</source>
        <translation> år</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>&amp;Enhet</translation>
    </message>
    <message>
        <source>Your vårdcentral: in the access log and at the top of printed documents.</source>
        <translation>Din vårdcentral: står i åtkomstloggen och överst på utskrifter.</translation>
    </message>
    <message>
        <source>Keep closed cases at &amp;least</source>
        <translation>Bevara avslutade ärenden &amp;minst</translation>
    </message>
    <message>
        <source>After this long without entries a closed case may be purged (Tools › Purge old cases), only by a documented decision. The law asks for at least 10 years.</source>
        <translation>Efter så lång tid utan anteckningar får ett avslutat ärende gallras (Verktyg › Gallra gamla ärenden), och bara genom ett dokumenterat beslut. Lagen kräver minst 10 år.</translation>
    </message>
    <message>
        <source>Checkpoints within</source>
        <translation>Kontrollpunkter inom</translation>
    </message>
    <message>
        <source>Consents expiring within</source>
        <translation>Samtycken som går ut inom</translation>
    </message>
    <message>
        <source>Sick leave ending within</source>
        <translation>Sjukskrivningar som slutar inom</translation>
    </message>
    <message>
        <source>Cases with no entry for</source>
        <translation>Ärenden utan anteckning på</translation>
    </message>
    <message>
        <source>Today shows</source>
        <translation>Idag visar</translation>
    </message>
    <message>
        <source>&amp;You and your unit</source>
        <translation>&amp;Du och din enhet</translation>
    </message>
    <message>
        <source>&amp;Rules and Today</source>
        <translation>&amp;Regler och Idag</translation>
    </message>
    <message>
        <source>&amp;Security and backups</source>
        <translation>S&amp;äkerhet och säkerhetskopior</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>D&amp;okument</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Ingen logotyp</translation>
    </message>
    <message>
        <source>Choose &amp;image…</source>
        <translation>Välj b&amp;ild…</translation>
    </message>
    <message>
        <source>The unit&apos;s logo</source>
        <translation>Enhetens logotyp</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.bmp)</translation>
    </message>
    <message>
        <source>Lo&amp;go</source>
        <translation>Lo&amp;gotyp</translation>
    </message>
    <message>
        <source>At the top of every printed page, beside the unit&apos;s name.</source>
        <translation>Överst på varje utskriven sida, bredvid enhetens namn.</translation>
    </message>
    <message>
        <source>The image cannot be read (PNG or JPEG).</source>
        <translation>Bilden kan inte läsas (PNG eller JPEG).</translation>
    </message>
    <message>
        <source>&amp;KVÅ codes…</source>
        <translation>&amp;KVÅ-koder…</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Systemets språk</translation>
    </message>
    <message>
        <source>S&amp;tatistics</source>
        <translation>S&amp;tatistik</translation>
    </message>
    <message>
        <source>Show every count</source>
        <translation>Visa alla antal</translation>
    </message>
    <message>
        <source>&amp;Hide counts up to</source>
        <translation>D&amp;ölj antal upp till</translation>
    </message>
    <message>
        <source>In printed and exported statistics, counts from 1 up to this number are shown as &quot;&lt;N&quot; so that no one can be recognised. The screen shows every count.</source>
        <translation>I utskriven och exporterad statistik visas antal från 1 upp till detta tal som &quot;&lt;N&quot;, så att ingen kan kännas igen. Skärmen visar alla antal.</translation>
    </message>
    <message>
        <source>Activity codes</source>
        <translation>Aktivitetskoder</translation>
    </message>
    <message>
        <source>The KVÅ codes offered when an activity is recorded and counted in the statistics. They are kept in the database, for the whole unit.</source>
        <translation>KVÅ-koderna som erbjuds när en aktivitet registreras och som räknas i statistiken. De sparas i databasen, för hela enheten.</translation>
    </message>
    <message>
        <source>The title is seen in the task bar, the window switcher and screen shares. When off, the case&apos;s reference stands there.</source>
        <translation>Titeln syns i aktivitetsfältet, i fönsterväxlaren och när skärmen delas. När rutan inte är ikryssad står ärendets nummer där.</translation>
    </message>
    <message>
        <source>Show the &amp;patient&apos;s name</source>
        <translation>Visa &amp;patientens namn</translation>
    </message>
    <message>
        <source>Window title</source>
        <translation>Fönstrets titel</translation>
    </message>
    <message>
        <source>e.g. Physiotherapist, rehabilitation coordinator</source>
        <translation>t.ex. Fysioterapeut, rehabkoordinator</translation>
    </message>
    <message>
        <source>Signature lines for the &amp;parties at the meeting</source>
        <translation>Underskriftsrader för &amp;parterna vid mötet</translation>
    </message>
    <message>
        <source>Under your signature on plans and letters.</source>
        <translation>Under din underskrift på planer och brev.</translation>
    </message>
    <message>
        <source>Besides the patient and you, everyone at the meeting that adopts the plan (the employer, Försäkringskassan, others) signs the printed plan.</source>
        <translation>Förutom patienten och du skriver alla vid mötet där planen fastställs (arbetsgivaren, Försäkringskassan, andra) under den utskrivna planen.</translation>
    </message>
    <message>
        <source>Enter your title, e.g. rehabilitation coordinator.</source>
        <translation>Skriv din titel, t.ex. rehabkoordinator.</translation>
    </message>
    <message>
        <source>Enter your unit, e.g. the vårdcentral&apos;s name.</source>
        <translation>Skriv din enhet, t.ex. vårdcentralens namn.</translation>
    </message>
    <message>
        <source>Your t&amp;itle</source>
        <translation>Din t&amp;itel</translation>
    </message>
    <message>
        <source>Meetings not recorded after</source>
        <translation>Möten inte antecknade efter</translation>
    </message>
    <message>
        <source>A needed impuls not made after</source>
        <translation>Impuls som behövs, inte gjord efter</translation>
    </message>
    <message>
        <source>An impuls unanswered for</source>
        <translation>Impuls utan svar i</translation>
    </message>
    <message>
        <source>A draft plan not adopted after</source>
        <translation>Utkast till plan inte fastställt efter</translation>
    </message>
    <message>
        <source>An adopted plan not sent after</source>
        <translation>Fastställd plan inte skickad efter</translation>
    </message>
    <message>
        <source>T&amp;exts</source>
        <translation>T&amp;exter</translation>
    </message>
</context>
<context>
    <name>koordinera::ui::SickLeavePanel</name>
    <message>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>Degree</source>
        <translation>Grad</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dagar</translation>
    </message>
    <message>
        <source>until further notice</source>
        <translation>tills vidare</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnos</translation>
    </message>
    <message>
        <source>Main diagnosis</source>
        <translation>Huvuddiagnos</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Sick-leave periods</source>
        <translation>Sjukskrivningsperioder</translation>
    </message>
    <message>
        <source>Diagnoses</source>
        <translation>Diagnoser</translation>
    </message>
    <message>
        <source>Add period…</source>
        <translation>Lägg till period…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Ändra…</translation>
    </message>
    <message>
        <source>Change the sick-leave period</source>
        <translation>Ändra sjukskrivningsperioden</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Add diagnosis…</source>
        <translation>Lägg till diagnos…</translation>
    </message>
    <message>
        <source>Remove the sick-leave period</source>
        <translation>Ta bort sjukskrivningsperioden</translation>
    </message>
    <message>
        <source>Change the diagnosis</source>
        <translation>Ändra diagnosen</translation>
    </message>
    <message>
        <source>Remove the diagnosis</source>
        <translation>Ta bort diagnosen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sick-leave periods&lt;/b&gt;</source>
        <translation>&lt;b&gt;Sjukskrivningsperioder&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Diagnoses&lt;/b&gt;</source>
        <translation>&lt;b&gt;Diagnoser&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Add sick-leave period</source>
        <translation>lägg till sjukskrivningsperiod</translation>
    </message>
    <message>
        <source>Change sick-leave period</source>
        <translation>ändra sjukskrivningsperiod</translation>
    </message>
    <message>
        <source>Remove sick-leave period</source>
        <translation>ta bort sjukskrivningsperiod</translation>
    </message>
    <message>
        <source>Add diagnosis</source>
        <translation>lägg till diagnos</translation>
    </message>
    <message>
        <source>Change diagnosis</source>
        <translation>ändra diagnos</translation>
    </message>
    <message>
        <source>Remove diagnosis</source>
        <translation>ta bort diagnos</translation>
    </message>
</context>
<context>
    <name>koordinera::ui::SickListImportDialog</name>
    <message>
        <source>Import the sick-leave list</source>
        <translation>Importera sjukskrivningslista</translation>
    </message>
    <message>
        <source>What the import does</source>
        <translation>Vad importen gör</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importera</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>The list is &amp;from</source>
        <translation>Listan är &amp;från</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Läser %1…</translation>
    </message>
    <message>
        <source>The list has no patient that can be read.</source>
        <translation>Listan har ingen patient som går att läsa.</translation>
    </message>
    <message>
        <source>Comparing the list with the cases…</source>
        <translation>Jämför listan med ärendena…</translation>
    </message>
    <message numerus="yes">
        <source>The list has %n patient(s) who can be imported.</source>
        <translation>
            <numerusform>Listan har %n patient som kan importeras.</numerusform>
            <numerusform>Listan har %n patienter som kan importeras.</numerusform>
        </translation>
    </message>
    <message>
        <source>In coordination: %1</source>
        <translation>I koordinering: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n period(s) will be added to the cases:</source>
        <translation>
            <numerusform>%n period läggs till i ärendena:</numerusform>
            <numerusform>%n perioder läggs till i ärendena:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) cannot be read and are left out:</source>
        <translation>
            <numerusform>%n rad går inte att läsa och lämnas utanför:</numerusform>
            <numerusform>%n rader går inte att läsa och lämnas utanför:</numerusform>
        </translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>rad %1: %2</translation>
    </message>
    <message>
        <source>Importing the sick-leave list…</source>
        <translation>Importerar sjukskrivningslistan…</translation>
    </message>
    <message>
        <source>The list was not imported; nothing has changed.

%1</source>
        <translation>Listan importerades inte; ingenting har ändrats.

%1</translation>
    </message>
    <message numerus="yes">
        <source>The sick-leave list is imported: %n patient(s).</source>
        <translation>
            <numerusform>Sjukskrivningslistan är importerad: %n patient.</numerusform>
            <numerusform>Sjukskrivningslistan är importerad: %n patienter.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in coordination; %2 period(s) added to their cases.</source>
        <translation>%1 i koordinering; %2 perioder tillagda i deras ärenden.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) could not be read.</source>
        <translation>
            <numerusform>%n rad gick inte att läsa.</numerusform>
            <numerusform>%n rader gick inte att läsa.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not in coordination: %n new on the list, %1 on it before</source>
        <translation>
            <numerusform>Utan koordinering: %n ny på listan, %1 som fanns där förut</numerusform>
            <numerusform>Utan koordinering: %n nya på listan, %1 som fanns där förut</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not in coordination: %n new on the list, %1 on it before.</source>
        <translation>
            <numerusform>Utan koordinering: %n ny på listan, %1 som fanns där förut.</numerusform>
            <numerusform>Utan koordinering: %n nya på listan, %1 som fanns där förut.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 from %2 to %3</source>
        <translation>%1 från %2 till %3</translation>
    </message>
    <message>
        <source>until further notice</source>
        <translation>tills vidare</translation>
    </message>
    <message>
        <source> and </source>
        <translation> och </translation>
    </message>
    <message>
        <source>Cases that say something else than the list</source>
        <translation>Ärenden som säger något annat än listan</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) say another grade than the list. Tick those to correct after the list; the others stay as the coordinator entered them:</source>
        <translation>
            <numerusform>%n ärende säger en annan grad än listan. Bocka för det om det ska rättas efter listan; annars står det kvar som det registrerades:</numerusform>
            <numerusform>%n ärenden säger en annan grad än listan. Bocka för dem som ska rättas efter listan; de andra står kvar som de registrerades:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) corrected after the list.</source>
        <translation>
            <numerusform>%n ärende rättat efter listan.</numerusform>
            <numerusform>%n ärenden rättade efter listan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) say another grade than the list and were left as they are.</source>
        <translation>
            <numerusform>%n ärende säger en annan grad än listan och lämnades som det var.</numerusform>
            <numerusform>%n ärenden säger en annan grad än listan och lämnades som de var.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>%1 %2: the case says %3; the list says %4</source>
        <translation>%1 %2: ärendet säger %3; listan säger %4</translation>
    </message>
</context>
<context>
    <name>koordinera::ui::SickListPage</name>
    <message>
        <source>past day 365</source>
        <translation>förbi dag 365</translation>
    </message>
    <message>
        <source>past day 180</source>
        <translation>förbi dag 180</translation>
    </message>
    <message>
        <source>past day 90</source>
        <translation>förbi dag 90</translation>
    </message>
    <message>
        <source>day 90 within a month</source>
        <translation>dag 90 inom en månad</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Inte bedömd</translation>
    </message>
    <message>
        <source>Case started</source>
        <translation>Ärende startat</translation>
    </message>
    <message>
        <source>No coordination now: %1</source>
        <translation>Ingen koordinering nu: %1</translation>
    </message>
    <message>
        <source>Sick-listed, not in coordination</source>
        <translation>Sjukskrivna utan koordinering</translation>
    </message>
    <message>
        <source>Show those &amp;assessed</source>
        <translation>Visa även &amp;bedömda</translation>
    </message>
    <message>
        <source>&amp;No coordination now…</source>
        <translation>I&amp;ngen koordinering nu…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Identity number</source>
        <translation>Personnummer</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Kön</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation>Kontrollpunkt</translation>
    </message>
    <message>
        <source>Degree</source>
        <translation>Grad</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnos</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>Läkare</translation>
    </message>
    <message>
        <source>On the list since</source>
        <translation>På listan sedan</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <source>Sick-listed patients not in coordination</source>
        <translation>Sjukskrivna patienter utan koordinering</translation>
    </message>
    <message>
        <source>&amp;Import the list…</source>
        <translation>Importera &amp;listan…</translation>
    </message>
    <message>
        <source>No sick-leave list has been imported yet.

Take the unit&apos;s list out of Rehabstöd (Sjukfall › Exportera › Excel) and import it with “Import the list…”.</source>
        <translation>Ingen sjukskrivningslista är importerad än.

Ta ut enhetens lista ur Rehabstöd (Sjukfall › Exportera › Excel) och importera den med ”Importera listan…”.</translation>
    </message>
    <message numerus="yes">
        <source>The list of %1, imported %2 by %3: %n patient(s), %4 of them in coordination.</source>
        <translation>
            <numerusform>Listan från %1, importerad %2 av %3: %n patient, %4 av dem i koordinering.</numerusform>
            <numerusform>Listan från %1, importerad %2 av %3: %n patienter, %4 av dem i koordinering.</numerusform>
        </translation>
    </message>
    <message>
        <source>Everyone on the latest list is in coordination or has been assessed.</source>
        <translation>Alla på den senaste listan är i koordinering eller har bedömts.</translation>
    </message>
    <message>
        <source>No coordination now</source>
        <translation>Ingen koordinering nu</translation>
    </message>
    <message>
        <source>%1 has been assessed and is not offered coordination now. Why?</source>
        <translation>%1 är bedömd och erbjuds inte koordinering nu. Varför?</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registrera</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Start a &amp;case…</source>
        <translation>&amp;Starta ärende…</translation>
    </message>
</context>
<context>
    <name>koordinera::ui::SignerDialog</name>
    <message>
        <source>Who is signing?</source>
        <translation>Vem skriver under?</translation>
    </message>
    <message>
        <source>e.g. Anna Lindberg</source>
        <translation>t.ex. Anna Lindberg</translation>
    </message>
    <message>
        <source>e.g. Physiotherapist, rehabilitation coordinator</source>
        <translation>t.ex. Fysioterapeut, rehabkoordinator</translation>
    </message>
    <message>
        <source>Rehabilitation coordinator</source>
        <translation>Rehabkoordinator</translation>
    </message>
    <message>
        <source>e.g. Vårdcentralen Ekbacken</source>
        <translation>t.ex. Vårdcentralen Ekbacken</translation>
    </message>
    <message>
        <source>Notes, consents and plans you record carry your name, and printed plans, letters and summaries are signed with your name, title and unit. You can change them later under Edit › Settings.</source>
        <translation>Anteckningar, samtycken och planer som du registrerar får ditt namn, och utskrivna planer, brev och sammanfattningar skrivs under med ditt namn, din titel och din enhet. Du kan ändra dem senare under Redigera › Inställningar.</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>Ditt &amp;namn</translation>
    </message>
    <message>
        <source>Your &amp;title</source>
        <translation>Din &amp;titel</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>&amp;Enhet</translation>
    </message>
    <message>
        <source>Enter your name as you sign documents.</source>
        <translation>Skriv ditt namn som du skriver under dokument med.</translation>
    </message>
    <message>
        <source>Enter your title, e.g. rehabilitation coordinator.</source>
        <translation>Skriv din titel, t.ex. rehabkoordinator.</translation>
    </message>
    <message>
        <source>Enter your unit, e.g. the vårdcentral&apos;s name.</source>
        <translation>Skriv din enhet, t.ex. vårdcentralens namn.</translation>
    </message>
</context>
<context>
    <name>koordinera::ui::StaffDialog</name>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>Yrke</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Används</translation>
    </message>
    <message>
        <source>Staff at the unit</source>
        <translation>Personal på enheten</translation>
    </message>
    <message>
        <source>Name, e.g. Eva Ek</source>
        <translation>Namn, t.ex. Eva Ek</translation>
    </message>
    <message>
        <source>Take out of use / back in use</source>
        <translation>Sluta använda / använd igen</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Lägg till</translation>
    </message>
    <message>
        <source>The doctors, nurses, physiotherapists and others a case can name in its care team. Someone who leaves is taken out of use; the cases keep their names.</source>
        <translation>Läkare, sjuksköterskor, fysioterapeuter och andra som ett ärende kan ha i sitt vårdteam. Den som slutar tas ur bruk; ärendena behåller sina namn.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
</context>
<context>
    <name>koordinera::ui::StatisticsPage</name>
    <message>
        <source>Export statistics</source>
        <translation>Exportera statistik</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Skriv ut…</translation>
    </message>
    <message>
        <source>The report with every measure as chart and table, for print or PDF</source>
        <translation>Rapporten med varje mått som diagram och tabell, för utskrift eller PDF</translation>
    </message>
    <message>
        <source>The figures to an Excel workbook or a CSV file</source>
        <translation>Siffrorna till en Excel-arbetsbok eller en CSV-fil</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Månad</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Kvartal</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Chosen period</source>
        <translation>Vald period</translation>
    </message>
    <message>
        <source>Quarter %1</source>
        <translation>Kvartal %1</translation>
    </message>
    <message>
        <source>%1 · women, men and total</source>
        <translation>%1 · kvinnor, män och totalt</translation>
    </message>
    <message>
        <source>Active and new cases by month</source>
        <translation>Aktiva och nya ärenden per månad</translation>
    </message>
    <message>
        <source>Women %1 · Men %2</source>
        <translation>Kvinnor %1 · Män %2</translation>
    </message>
    <message>
        <source>Active cases</source>
        <translation>Aktiva ärenden</translation>
    </message>
    <message>
        <source>New cases</source>
        <translation>Nya ärenden</translation>
    </message>
    <message>
        <source>Closed cases</source>
        <translation>Avslutade ärenden</translation>
    </message>
    <message>
        <source>Days to first contact (median)</source>
        <translation>Dagar till första kontakt (median)</translation>
    </message>
    <message>
        <source>None in the period</source>
        <translation>Inga under perioden</translation>
    </message>
    <message>
        <source>Statistics %1–%2.xlsx</source>
        <translation>Statistik %1–%2.xlsx</translation>
    </message>
    <message>
        <source>Exporting the statistics…</source>
        <translation>Exporterar statistiken…</translation>
    </message>
    <message>
        <source>Print and export show every count too (Settings › Statistics).</source>
        <translation>Utskrift och export visar också alla antal (Inställningar › Statistik).</translation>
    </message>
    <message>
        <source>The screen shows every count. Print and export show counts from 1 to %1 as &quot;&lt;%2&quot;, so that no patient can be recognised (Settings › Statistics).</source>
        <translation>Skärmen visar alla antal. Utskrift och export visar antal från 1 till %1 som &quot;&lt;%2&quot;, så att ingen patient kan kännas igen (Inställningar › Statistik).</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Mått</translation>
    </message>
    <message>
        <source>Chart of the measure</source>
        <translation>Diagram för måttet</translation>
    </message>
    <message>
        <source>Table of the measure</source>
        <translation>Tabell för måttet</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;Exportera…</translation>
    </message>
    <message>
        <source>Computing the statistics…</source>
        <translation>Räknar fram statistiken…</translation>
    </message>
    <message>
        <source>Active cases (bars) and new cases (line)</source>
        <translation>Aktiva ärenden (staplar) och nya ärenden (linje)</translation>
    </message>
    <message>
        <source>Kind of period</source>
        <translation>Slag av period</translation>
    </message>
    <message>
        <source>Part of the year</source>
        <translation>Del av året</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Perioden från</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>Perioden till</translation>
    </message>
    <message>
        <source>Peri&amp;od:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source> · from the list %1</source>
        <translation> · från listan %1</translation>
    </message>
    <message>
        <source>Work for the unit</source>
        <translation>Arbete för enheten</translation>
    </message>
    <message>
        <source>Work for the unit: advice, team meetings, training, routines</source>
        <translation>Arbete för enheten: rådgivning, teammöten, utbildning, rutiner</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Timmar</translation>
    </message>
    <message>
        <source>None recorded in the period (Tools › Work for the unit…)</source>
        <translation>Inget registrerat under perioden (Verktyg › Arbete för enheten…)</translation>
    </message>
</context>
<context>
    <name>koordinera::ui::TemplateEditor</name>
    <message>
        <source>Koordinera templates (*.kmallar)</source>
        <translation>Koordinera-mallar (*.kmallar)</translation>
    </message>
    <message>
        <source>Use the &amp;built-in text</source>
        <translation>Använd den inb&amp;yggda texten</translation>
    </message>
    <message>
        <source>E&amp;xport templates…</source>
        <translation>E&amp;xportera mallar…</translation>
    </message>
    <message>
        <source>I&amp;mport templates…</source>
        <translation>I&amp;mportera mallar…</translation>
    </message>
    <message>
        <source>Export templates</source>
        <translation>Exportera mallar</translation>
    </message>
    <message>
        <source>templates.kmallar</source>
        <translation>mallar.kmallar</translation>
    </message>
    <message>
        <source>The templates were saved. Another unit can import them under Settings › Documents.</source>
        <translation>Mallarna sparades. En annan enhet kan importera dem under Inställningar › Dokument.</translation>
    </message>
    <message>
        <source>Import templates</source>
        <translation>Importera mallar</translation>
    </message>
    <message>
        <source>These words are replaced by the case&apos;s own: %1.</source>
        <translation>Dessa ord byts mot ärendets egna: %1.</translation>
    </message>
    <message>
        <source>%1 marks where the document&apos;s own part goes.</source>
        <translation>%1 anger var dokumentets egen del hamnar.</translation>
    </message>
    <message>
        <source>The file could not be opened: %1</source>
        <translation>Filen kunde inte öppnas: %1</translation>
    </message>
    <message>
        <source>The file is too large to be a template file.</source>
        <translation>Filen är för stor för att vara en mallfil.</translation>
    </message>
    <message>
        <source>another unit</source>
        <translation>en annan enhet</translation>
    </message>
    <message>
        <source>Use the templates from %1? They replace your texts for:
%2

Nothing is saved until you press OK in the settings.</source>
        <translation>Använda mallarna från %1? De ersätter era texter för:
%2

Inget sparas förrän du trycker OK i inställningarna.</translation>
    </message>
    <message>
        <source>&amp;Use the templates</source>
        <translation>&amp;Använd mallarna</translation>
    </message>
    <message>
        <source>Every text is still the built-in one, which every unit already has. Write your own first; the file carries the texts you wrote.</source>
        <translation>Alla texter är fortfarande de inbyggda, som varje enhet redan har. Skriv era egna först; filen bär de texter ni har skrivit.</translation>
    </message>
</context>
<context>
    <name>koordinera::ui::UnitWorkDialog</name>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Slag</translation>
    </message>
    <message>
        <source>KVÅ</source>
        <translation>KVÅ</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Timmar</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Om</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Av</translation>
    </message>
    <message>
        <source>&amp;Save the change</source>
        <translation>&amp;Spara ändringen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>Work for the unit</source>
        <translation>Arbete för enheten</translation>
    </message>
    <message>
        <source>No code</source>
        <translation>Ingen kod</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>What it was about, e.g. sick-leave questions at the doctors&apos; meeting</source>
        <translation>Vad det gällde, t.ex. sjukskrivningsfrågor på läkarmötet</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Lägg till</translation>
    </message>
    <message>
        <source>Remove the chosen entry from the unit&apos;s work?</source>
        <translation>Ta bort den valda posten ur enhetens arbete?</translation>
    </message>
    <message>
        <source>Work that belongs to no patient. It is counted in the statistics as the unit&apos;s own work; write nothing here that names a patient.</source>
        <translation>Arbete som inte hör till någon patient. Det räknas i statistiken som enhetens eget arbete; skriv inget här som pekar ut en patient.</translation>
    </message>
    <message>
        <source>&amp;Day, kind, time</source>
        <translation>&amp;Dag, slag, tid</translation>
    </message>
    <message>
        <source>&amp;KVÅ code</source>
        <translation>&amp;KVÅ-kod</translation>
    </message>
    <message>
        <source>A&amp;bout</source>
        <translation>O&amp;m</translation>
    </message>
</context>
<context>
    <name>koordinera::ui::WelcomePage</name>
    <message>
        <source>Create a new database…</source>
        <translation>Skapa en ny databas…</translation>
    </message>
    <message>
        <source>Open a database…</source>
        <translation>Öppna en databas…</translation>
    </message>
    <message>
        <source>Try with demo data</source>
        <translation>Prova med demodata</translation>
    </message>
    <message>
        <source>No database is open. A database holds your unit&apos;s cases; keep it on a drive that is backed up.</source>
        <translation>Ingen databas är öppen. En databas innehåller enhetens ärenden – spara den på en enhet som säkerhetskopieras.</translation>
    </message>
    <message>
        <source>Welcome to Koordinera</source>
        <translation>Välkommen till Koordinera</translation>
    </message>
</context>
<context>
    <name>koordinera::ui::WorklistModel</name>
    <message>
        <source>Open the case (Enter or double-click)</source>
        <translation>Öppna ärendet (Enter eller dubbelklick)</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Ärende</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Varför</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familj</translation>
    </message>
</context>
<context>
    <name>koordinera::ui::WorklistPage</name>
    <message>
        <source>Nothing needs your attention today: no overdue actions, no meetings and no checkpoints coming up.</source>
        <translation>Inget behöver din uppmärksamhet i dag: inga försenade åtgärder, inga möten och inga kontrollpunkter som närmar sig.</translation>
    </message>
    <message>
        <source>Today, %1 %2, w. %3</source>
        <translation>Idag, %1 %2, v. %3</translation>
    </message>
    <message>
        <source>Worklist</source>
        <translation>Arbetslista</translation>
    </message>
</context>
</TS>
