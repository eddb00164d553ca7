<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<!-- Swedish for the Qt texts Koordinera uses: Debian's Qt 6.4 ships no Swedish qtbase catalogue, only the older
     qt_sv.qm (loaded too, when installed), which lacks these. -->
<context>
    <name>QPlatformTheme</name>
    <message><source>OK</source><translation>OK</translation></message>
    <message><source>Save</source><translation>Spara</translation></message>
    <message><source>Save All</source><translation>Spara alla</translation></message>
    <message><source>Open</source><translation>Öppna</translation></message>
    <message><source>&amp;Yes</source><translation>&amp;Ja</translation></message>
    <message><source>Yes to &amp;All</source><translation>Ja till &amp;alla</translation></message>
    <message><source>&amp;No</source><translation>&amp;Nej</translation></message>
    <message><source>N&amp;o to All</source><translation>N&amp;ej till alla</translation></message>
    <message><source>Abort</source><translation>Avbryt</translation></message>
    <message><source>Retry</source><translation>Försök igen</translation></message>
    <message><source>Ignore</source><translation>Ignorera</translation></message>
    <message><source>Close</source><translation>Stäng</translation></message>
    <message><source>Cancel</source><translation>Avbryt</translation></message>
    <message><source>Discard</source><translation>Kasta</translation></message>
    <message><source>Help</source><translation>Hjälp</translation></message>
    <message><source>Apply</source><translation>Verkställ</translation></message>
    <message><source>Reset</source><translation>Återställ</translation></message>
    <message><source>Restore Defaults</source><translation>Återställ standardvärden</translation></message>
</context>
<context>
    <name>QLineEdit</name>
    <message><source>&amp;Undo</source><translation>&amp;Ångra</translation></message>
    <message><source>&amp;Redo</source><translation>&amp;Gör om</translation></message>
    <message><source>Cu&amp;t</source><translation>Klipp &amp;ut</translation></message>
    <message><source>&amp;Copy</source><translation>&amp;Kopiera</translation></message>
    <message><source>&amp;Paste</source><translation>Klistra &amp;in</translation></message>
    <message><source>Delete</source><translation>Ta bort</translation></message>
    <message><source>Select All</source><translation>Markera allt</translation></message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message><source>&amp;Undo</source><translation>&amp;Ångra</translation></message>
    <message><source>&amp;Redo</source><translation>&amp;Gör om</translation></message>
    <message><source>Cu&amp;t</source><translation>Klipp &amp;ut</translation></message>
    <message><source>&amp;Copy</source><translation>&amp;Kopiera</translation></message>
    <message><source>Copy &amp;Link Location</source><translation>Kopiera &amp;länkadress</translation></message>
    <message><source>&amp;Paste</source><translation>Klistra &amp;in</translation></message>
    <message><source>Delete</source><translation>Ta bort</translation></message>
    <message><source>Select All</source><translation>Markera allt</translation></message>
</context>
<context>
    <name>QUndoStack</name>
    <message><source>Undo %1</source><translation>Ångra %1</translation></message>
    <message><source>Redo %1</source><translation>Gör om %1</translation></message>
</context>
<context>
    <name>QUndoModel</name>
    <message><source>&lt;empty&gt;</source><translation>&lt;tom&gt;</translation></message>
</context>
<context>
    <name>QFileDialog</name>
    <message><source>Look in:</source><translation>Leta i:</translation></message>
    <message><source>File &amp;name:</source><translation>Fil&amp;namn:</translation></message>
    <message><source>Files of type:</source><translation>Filtyp:</translation></message>
    <message><source>&amp;Open</source><translation>&amp;Öppna</translation></message>
    <message><source>&amp;Save</source><translation>&amp;Spara</translation></message>
    <message><source>Back</source><translation>Bakåt</translation></message>
    <message><source>Forward</source><translation>Framåt</translation></message>
    <message><source>Parent Directory</source><translation>Överordnad mapp</translation></message>
    <message><source>Create New Folder</source><translation>Skapa ny mapp</translation></message>
    <message><source>List View</source><translation>Listvy</translation></message>
    <message><source>Detail View</source><translation>Detaljvy</translation></message>
    <message><source>New Folder</source><translation>Ny mapp</translation></message>
    <message><source>Name</source><translation>Namn</translation></message>
    <message><source>Size</source><translation>Storlek</translation></message>
    <message><source>Type</source><translation>Typ</translation></message>
    <message><source>Date Modified</source><translation>Ändrad</translation></message>
    <message><source>My Computer</source><translation>Den här datorn</translation></message>
    <message><source>%1 already exists.
Do you want to replace it?</source><translation>%1 finns redan.
Vill du ersätta den?</translation></message>
</context>
<context>
    <name>QMessageBox</name>
    <message><source>Show Details...</source><translation>Visa detaljer…</translation></message>
    <message><source>Hide Details...</source><translation>Dölj detaljer…</translation></message>
</context>
<context>
    <name>QCalendarWidget</name>
    <message><source>Today</source><translation>Idag</translation></message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message><source>Displays help on commandline options.</source><translation>Visar hjälp om kommandoradens flaggor.</translation></message>
    <message><source>Displays help including Qt specific options.</source><translation>Visar hjälp inklusive Qt:s egna flaggor.</translation></message>
    <message><source>Displays version information.</source><translation>Visar versionsinformation.</translation></message>
    <message><source>Usage: %1</source><translation>Användning: %1</translation></message>
    <message><source>Options:</source><translation>Flaggor:</translation></message>
    <message><source>Arguments:</source><translation>Argument:</translation></message>
    <message><source>[options]</source><translation>[flaggor]</translation></message>
    <message><source>Unknown option '%1'.</source><translation>Okänd flagga '%1'.</translation></message>
    <message><source>Unknown options: %1.</source><translation>Okända flaggor: %1.</translation></message>
    <message><source>Missing value after '%1'.</source><translation>Värde saknas efter '%1'.</translation></message>
    <message><source>Unexpected value after '%1'.</source><translation>Oväntat värde efter '%1'.</translation></message>
</context>
</TS>
