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
<context>
    <name>QPrintWidget</name>
    <message><source>Printer</source><translation>Skrivare</translation></message>
    <message><source>&amp;Name:</source><translation>&amp;Namn:</translation></message>
    <message><source>P&amp;roperties</source><translation>&amp;Egenskaper</translation></message>
    <message><source>Location:</source><translation>Plats:</translation></message>
    <message><source>Type:</source><translation>Typ:</translation></message>
    <message><source>Output &amp;file:</source><translation>Utdata&amp;fil:</translation></message>
    <message><source>...</source><translation>...</translation></message>
</context>
<context>
    <name>QPrintDialog</name>
    <message><source>&amp;Options &gt;&gt;</source><translation>&amp;Alternativ &gt;&gt;</translation></message>
    <message><source>&amp;Options &lt;&lt;</source><translation>&amp;Alternativ &lt;&lt;</translation></message>
    <message><source>Local file</source><translation>Lokal fil</translation></message>
    <message><source>Write PDF file</source><translation>Skriv PDF-fil</translation></message>
    <message><source>All Pages</source><translation>Alla sidor</translation></message>
    <message><source>Odd Pages</source><translation>Udda sidor</translation></message>
    <message><source>Even Pages</source><translation>Jämna sidor</translation></message>
    <message><source>&amp;Print</source><translation>Skriv &amp;ut</translation></message>
    <message><source>Print to File (PDF)</source><translation>Skriv ut till fil (PDF)</translation></message>
    <message><source>Print To File ...</source><translation>Skriv ut till fil ...</translation></message>
    <message><source>Print</source><translation>Skriv ut</translation></message>
    <message><source>%1 is a directory.
Please choose a different file name.</source><translation>%1 är en mapp.
Välj ett annat filnamn.</translation></message>
    <message><source>Invalid Pages Definition</source><translation>Ogiltigt sidintervall</translation></message>
    <message><source>Options 'Pages Per Sheet' and 'Page Set' cannot be used together.
Please turn one of those options off.</source><translation>Alternativen 'Sidor per ark' och 'Sidurval' kan inte användas samtidigt.
Stäng av ett av dem.</translation></message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message><source>Copies</source><translation>Kopior</translation></message>
    <message><source>Print range</source><translation>Utskriftsintervall</translation></message>
    <message><source>Print all</source><translation>Skriv ut alla</translation></message>
    <message><source>Pages from</source><translation>Sidor från</translation></message>
    <message><source>to</source><translation>till</translation></message>
    <message><source>Pages</source><translation>Sidor</translation></message>
    <message><source>Current Page</source><translation>Aktuell sida</translation></message>
    <message><source>Selection</source><translation>Markering</translation></message>
    <message><source>Page Set:</source><translation>Sidurval:</translation></message>
    <message><source>Output Settings</source><translation>Utskriftsinställningar</translation></message>
    <message><source>Copies:</source><translation>Kopior:</translation></message>
    <message><source>Collate</source><translation>Sortera</translation></message>
    <message><source>Reverse</source><translation>Omvänd ordning</translation></message>
    <message><source>Options</source><translation>Alternativ</translation></message>
    <message><source>Color Mode</source><translation>Färgläge</translation></message>
    <message><source>Color</source><translation>Färg</translation></message>
    <message><source>Grayscale</source><translation>Gråskala</translation></message>
    <message><source>Double Sided Printing</source><translation>Dubbelsidig utskrift</translation></message>
    <message><source>Off</source><translation>Av</translation></message>
    <message><source>Long side binding</source><translation>Bindning längs långsidan</translation></message>
    <message><source>Short side binding</source><translation>Bindning längs kortsidan</translation></message>
    <message><source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source><translation>Ange sidor eller intervall åtskilda med kommatecken. Ett intervall är två tal med bindestreck emellan. T.ex. 3,5-7,9 skriver ut sidorna 3, 5, 6, 7 och 9.</translation></message>
</context>
<context>
    <name>QPrintPropertiesDialog</name>
    <message><source>Printer Properties</source><translation>Skrivaregenskaper</translation></message>
    <message><source>Job Options</source><translation>Utskriftsalternativ</translation></message>
    <message><source>Page Setup Conflicts</source><translation>Konflikter i sidinställningarna</translation></message>
    <message><source>Advanced Option Conflicts</source><translation>Konflikter i de avancerade alternativen</translation></message>
</context>
<context>
    <name>QPrintPropertiesWidget</name>
    <message><source>Form</source><translation>Formulär</translation></message>
    <message><source>Page</source><translation>Sida</translation></message>
    <message><source>Advanced</source><translation>Avancerat</translation></message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message><source>Form</source><translation>Formulär</translation></message>
    <message><source>Paper</source><translation>Papper</translation></message>
    <message><source>Page size:</source><translation>Sidstorlek:</translation></message>
    <message><source>Width:</source><translation>Bredd:</translation></message>
    <message><source>Height:</source><translation>Höjd:</translation></message>
    <message><source>Paper source:</source><translation>Papperskälla:</translation></message>
    <message><source>Orientation</source><translation>Orientering</translation></message>
    <message><source>Portrait</source><translation>Stående</translation></message>
    <message><source>Landscape</source><translation>Liggande</translation></message>
    <message><source>Reverse landscape</source><translation>Omvänt liggande</translation></message>
    <message><source>Reverse portrait</source><translation>Omvänt stående</translation></message>
    <message><source>Margins</source><translation>Marginaler</translation></message>
    <message><source>top margin</source><translation>övre marginal</translation></message>
    <message><source>left margin</source><translation>vänster marginal</translation></message>
    <message><source>right margin</source><translation>höger marginal</translation></message>
    <message><source>bottom margin</source><translation>nedre marginal</translation></message>
    <message><source>Page Layout</source><translation>Sidlayout</translation></message>
    <message><source>Page order:</source><translation>Sidordning:</translation></message>
    <message><source>Pages per sheet:</source><translation>Sidor per ark:</translation></message>
    <message><source>Custom</source><translation>Anpassad</translation></message>
    <message><source>Millimeters (mm)</source><translation>Millimeter (mm)</translation></message>
    <message><source>Points (pt)</source><translation>Punkter (pt)</translation></message>
    <message><source>Inches (in)</source><translation>Tum (in)</translation></message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message><source>Computer</source><translation>Datorn</translation></message>
    <message><source>My Computer</source><translation>Den här datorn</translation></message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message><source>Folder</source><translation>Mapp</translation></message>
    <message><source>Drive</source><translation>Enhet</translation></message>
    <message><source>File</source><translation>Fil</translation></message>
    <message><source>Unknown</source><translation>Okänd</translation></message>
</context>
</TS>
