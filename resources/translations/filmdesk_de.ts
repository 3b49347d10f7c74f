<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../src/filmdesk/ui/actions.py" line="67"/>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/actions.py" line="68"/>
        <source>Plot</source>
        <translation>Handlung</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/actions.py" line="69"/>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/actions.py" line="70"/>
        <source>Characters &amp;&amp; Themes</source>
        <translation>Figuren &amp;&amp; Themen</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/actions.py" line="71"/>
        <source>More</source>
        <translation>Mehr</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/actions.py" line="72"/>
        <source>Similar</source>
        <translation>Ähnliche Filme</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/actions.py" line="76"/>
        <source>&amp;Add Film…</source>
        <translation>Film &amp;hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/actions.py" line="79"/>
        <source>Add a film by hand</source>
        <translation>Einen Film von Hand hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/actions.py" line="82"/>
        <source>&amp;Edit Film…</source>
        <translation>Film &amp;bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/actions.py" line="85"/>
        <source>Edit every field of the selected film</source>
        <translation>Alle Felder des ausgewählten Films bearbeiten</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/actions.py" line="88"/>
        <source>D&amp;uplicate Film</source>
        <translation>Film &amp;duplizieren</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/actions.py" line="91"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/actions.py" line="96"/>
        <source>Edit &amp;Several Films…</source>
        <translation>&amp;Mehrere Filme bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/actions.py" line="98"/>
        <source>Change tags, genres, rating … of the selected films</source>
        <translation>Schlagwörter, Genres, Bewertung … der ausgewählten Filme ändern</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/actions.py" line="103"/>
        <source>Load Sample Films</source>
        <translation>Beispielfilme laden</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/actions.py" line="104"/>
        <source>Add the 14 sample films</source>
        <translation>Die 14 Beispielfilme hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/actions.py" line="107"/>
        <source>&amp;New Catalogue…</source>
        <translation>&amp;Neuer Katalog…</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/actions.py" line="110"/>
        <source>&amp;Open Catalogue…</source>
        <translation>Katalog ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/actions.py" line="115"/>
        <source>Connect to &amp;Shared Catalogue…</source>
        <translation>Mit &amp;gemeinsamem Katalog verbinden…</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/actions.py" line="118"/>
        <source>Save a &amp;Copy As…</source>
        <translation>&amp;Kopie speichern unter…</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/actions.py" line="122"/>
        <source>&amp;Restore from Backup…</source>
        <translation>Aus Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/actions.py" line="125"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/actions.py" line="127"/>
        <source>Import a collection</source>
        <translation>Eine Sammlung importieren</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/actions.py" line="130"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/actions.py" line="132"/>
        <source>Export films</source>
        <translation>Filme exportieren</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/actions.py" line="135"/>
        <source>&amp;Preferences…</source>
        <translation>Ein&amp;stellungen…</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/actions.py" line="140"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/actions.py" line="145"/>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/actions.py" line="150"/>
        <source>As &amp;List</source>
        <translation>Als &amp;Liste</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/actions.py" line="154"/>
        <source>Show films as a list</source>
        <translation>Filme als Liste anzeigen</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/actions.py" line="157"/>
        <source>As &amp;Posters</source>
        <translation>Als &amp;Poster</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/actions.py" line="161"/>
        <source>Show films as a poster grid</source>
        <translation>Filme als Posterraster anzeigen</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/actions.py" line="164"/>
        <source>Hide &amp;Spoilers</source>
        <translation>&amp;Spoiler ausblenden</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/actions.py" line="168"/>
        <source>Blur plot, ending, spoiler timeline events and post-credit scenes</source>
        <translation>Handlung, Ende, Spoiler in der Zeitleiste und Abspannszenen unkenntlich machen</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/actions.py" line="173"/>
        <source>Hide for Films I Haven&apos;t Watched</source>
        <translation>Bei ungesehenen Filmen ausblenden</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/actions.py" line="177"/>
        <source>Always Hide</source>
        <translation>Immer ausblenden</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/actions.py" line="180"/>
        <source>Never Hide</source>
        <translation>Nie ausblenden</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/actions.py" line="183"/>
        <source>Posters in the List</source>
        <translation>Poster in der Liste</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/actions.py" line="186"/>
        <source>Mark &amp;Watched</source>
        <translation>Als &amp;gesehen markieren</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/actions.py" line="189"/>
        <source>Mark watched and record today as a viewing</source>
        <translation>Als gesehen markieren und heute als Sichtung eintragen</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/actions.py" line="192"/>
        <source>Mark &amp;Unwatched</source>
        <translation>Als &amp;ungesehen markieren</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/actions.py" line="195"/>
        <source>Search &amp;Syntax</source>
        <translation>&amp;Suchsyntax</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/actions.py" line="199"/>
        <source>&amp;About filmdesk</source>
        <translation>&amp;Über filmdesk</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/actions.py" line="203"/>
        <source>Remove Rating</source>
        <translation>Bewertung entfernen</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/actions.py" line="205"/>
        <source>Rate %n Star(s)</source>
        <translation>Mit %n Stern(en) bewerten</translation>
    </message>
</context>
<context>
    <name>BulkEditDialog</name>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/bulk_edit_dialog.py" line="43"/>
        <source>Edit %1 Films</source>
        <translation>%1 Filme bearbeiten</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/bulk_edit_dialog.py" line="50"/>
        <source>Add tags</source>
        <translation>Schlagwörter hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/bulk_edit_dialog.py" line="52"/>
        <source>Remove tags</source>
        <translation>Schlagwörter entfernen</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/bulk_edit_dialog.py" line="54"/>
        <source>Add genres</source>
        <translation>Genres hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/bulk_edit_dialog.py" line="56"/>
        <source>Remove genres</source>
        <translation>Genres entfernen</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/bulk_edit_dialog.py" line="58"/>
        <source>Set watched</source>
        <translation>Gesehen-Status festlegen</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/bulk_edit_dialog.py" line="60"/>
        <source>Watched</source>
        <translation>Gesehen</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/bulk_edit_dialog.py" line="60"/>
        <source>Not watched</source>
        <translation>Nicht gesehen</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/bulk_edit_dialog.py" line="61"/>
        <source>Set my rating</source>
        <translation>Meine Bewertung festlegen</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/bulk_edit_dialog.py" line="63"/>
        <source>Set languages</source>
        <translation>Sprachen festlegen</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/bulk_edit_dialog.py" line="131"/>
        <source>%1 of %2 selected films will change.</source>
        <translation>%1 von %2 ausgewählten Filmen werden geändert.</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/bulk_edit_dialog.py" line="136"/>
        <source>Type the languages to set.</source>
        <translation>Geben Sie die Sprachen ein, die gesetzt werden sollen.</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../src/filmdesk/ui/commands.py" line="27"/>
        <source>%1 films</source>
        <translation>%1 Filme</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/commands.py" line="39"/>
        <source>Remove Rating of %1</source>
        <translation>Bewertung für %1 entfernen</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/commands.py" line="41"/>
        <source>Rate %1 %2 Stars</source>
        <translation>%1 mit %2 Stern(en) bewerten</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/commands.py" line="69"/>
        <source>Mark %1 Watched</source>
        <translation>%1 als gesehen markieren</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/commands.py" line="71"/>
        <source>Mark %1 Unwatched</source>
        <translation>%1 als ungesehen markieren</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/commands.py" line="97"/>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/commands.py" line="137"/>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/commands.py" line="164"/>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/connect_dialog.py" line="33"/>
        <source>Connect to Shared Catalogue</source>
        <translation>Mit gemeinsamem Katalog verbinden</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/connect_dialog.py" line="43"/>
        <source>empty: use ~/.pgpass</source>
        <translation>leer: ~/.pgpass verwenden</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/connect_dialog.py" line="45"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/connect_dialog.py" line="46"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/connect_dialog.py" line="47"/>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/connect_dialog.py" line="48"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/connect_dialog.py" line="49"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/connect_dialog.py" line="52"/>
        <source>filmdesk never stores the password. Everyone connected sees each other&apos;s changes within a few seconds.</source>
        <translation>filmdesk speichert das Passwort nie. Alle Verbundenen sehen die Änderungen der anderen innerhalb weniger Sekunden.</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/connect_dialog.py" line="60"/>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../../src/filmdesk/ui/crash_dialog.py" line="65"/>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgelaufen</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/crash_dialog.py" line="67"/>
        <source>filmdesk hit an unexpected problem: %1

Your catalogue is safe: every change is saved as it is made. You can keep working.</source>
        <translation>filmdesk ist auf ein unerwartetes Problem gestoßen: %1

Ihr Katalog ist sicher: Jede Änderung wird sofort gespeichert. Sie können weiterarbeiten.</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/crash_dialog.py" line="74"/>
        <source>The full report is in %1</source>
        <translation>Der vollständige Bericht steht in %1</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/crash_dialog.py" line="78"/>
        <source>Copy Details</source>
        <translation>Details kopieren</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/crash_dialog.py" line="95"/>
        <source>filmdesk closed unexpectedly</source>
        <translation>filmdesk wurde unerwartet beendet</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/crash_dialog.py" line="97"/>
        <source>filmdesk stopped unexpectedly last time. Your catalogue was saved up to the last change. The technical report is below; please include it if you report the problem.</source>
        <translation>filmdesk wurde beim letzten Mal unerwartet beendet. Ihr Katalog ist bis zur letzten Änderung gespeichert. Unten steht der technische Bericht; bitte fügen Sie ihn bei, wenn Sie das Problem melden.</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <location filename="../../src/filmdesk/ui/documents.py" line="206"/>
        <source>The catalogue %1 is damaged: %2</source>
        <translation>Der Katalog %1 ist beschädigt: %2</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/documents.py" line="218"/>
        <source>Restore the backup from %1? The damaged file is kept beside it.</source>
        <translation>Die Sicherung vom %1 wiederherstellen? Die beschädigte Datei bleibt daneben erhalten.</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/documents.py" line="313"/>
        <source>New Catalogue</source>
        <translation>Neuer Katalog</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/documents.py" line="315"/>
        <location filename="../../src/filmdesk/ui/documents.py" line="352"/>
        <source>filmdesk catalogues (*.filmdesk)</source>
        <translation>filmdesk-Kataloge (*.filmdesk)</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/documents.py" line="328"/>
        <source>Open Catalogue</source>
        <translation>Katalog öffnen</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/documents.py" line="330"/>
        <source>filmdesk catalogues (*.filmdesk *.sqlite);;All files (*)</source>
        <translation>filmdesk-Kataloge (*.filmdesk *.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/documents.py" line="350"/>
        <source>Save a Copy As</source>
        <translation>Kopie speichern unter</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/documents.py" line="360"/>
        <source>Copy not saved</source>
        <translation>Kopie nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/documents.py" line="368"/>
        <location filename="../../src/filmdesk/ui/documents.py" line="379"/>
        <source>Restore from Backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/documents.py" line="369"/>
        <source>There are no backups of this catalogue yet. filmdesk takes one a day when the catalogue is opened (see Preferences).</source>
        <translation>Von diesem Katalog gibt es noch keine Sicherungen. filmdesk legt beim Öffnen des Katalogs einmal am Tag eine an (siehe Einstellungen).</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/documents.py" line="380"/>
        <source>Replace the catalogue with the backup from:</source>
        <translation>Den Katalog durch diese Sicherung ersetzen:</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/documents.py" line="392"/>
        <source>Not restored</source>
        <translation>Nicht wiederhergestellt</translation>
    </message>
</context>
<context>
    <name>FilmBrowser</name>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/film_browser.py" line="128"/>
        <source>Welcome to filmdesk</source>
        <translation>Willkommen bei filmdesk</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/film_browser.py" line="133"/>
        <source>Your catalogue is empty. Explore fourteen sample films written for filmdesk, bring your collection over from another program, or start adding your own.</source>
        <translation>Ihr Katalog ist leer. Sehen Sie sich vierzehn eigens für filmdesk geschriebene Beispielfilme an, übernehmen Sie Ihre Sammlung aus einem anderen Programm oder legen Sie gleich mit eigenen Filmen los.</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/film_browser.py" line="143"/>
        <source>Open the Sample Catalogue</source>
        <translation>Beispielkatalog öffnen</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/film_browser.py" line="144"/>
        <source>Import a Collection…</source>
        <translation>Sammlung importieren…</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/film_browser.py" line="145"/>
        <source>Add My First Film…</source>
        <translation>Meinen ersten Film hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/film_browser.py" line="153"/>
        <source>You can also drop a collection file onto this window.</source>
        <translation>Sie können eine Sammlungsdatei auch einfach auf dieses Fenster ziehen.</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/film_browser.py" line="251"/>
        <source>The search failed: %1</source>
        <translation>Die Suche ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>FilmColumns</name>
    <message>
        <location filename="../../src/filmdesk/ui/models/columns.py" line="59"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/models/columns.py" line="67"/>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/models/columns.py" line="75"/>
        <source>Director</source>
        <translation>Regie</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/models/columns.py" line="83"/>
        <source>Runtime</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/models/columns.py" line="91"/>
        <source>Genres</source>
        <translation>Genres</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/models/columns.py" line="99"/>
        <source>My rating</source>
        <translation>Meine Bewertung</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/models/columns.py" line="107"/>
        <source>Watched</source>
        <translation>Gesehen</translation>
    </message>
</context>
<context>
    <name>FilmDetailWidget</name>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/film_detail.py" line="164"/>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/film_detail.py" line="165"/>
        <source>Plot</source>
        <translation>Handlung</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/film_detail.py" line="166"/>
        <location filename="../../src/filmdesk/ui/widgets/film_detail.py" line="457"/>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/film_detail.py" line="167"/>
        <source>Characters &amp;&amp; Themes</source>
        <translation>Figuren &amp;&amp; Themen</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/film_detail.py" line="168"/>
        <source>More</source>
        <translation>Mehr</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/film_detail.py" line="169"/>
        <source>Similar</source>
        <translation>Ähnliche Filme</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/film_detail.py" line="187"/>
        <source>Select a film to see its page.</source>
        <translation>Wählen Sie einen Film aus, um seine Seite zu sehen.</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/film_detail.py" line="303"/>
        <source>No %1 yet — </source>
        <translation>Noch keine %1 — </translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/film_detail.py" line="304"/>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/film_detail.py" line="304"/>
        <source>to add one.</source>
        <translation>Sie den Film, um welche hinzuzufügen.</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/film_detail.py" line="376"/>
        <source>Directed by</source>
        <translation>Regie:</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/film_detail.py" line="392"/>
        <source>Not rated</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/film_detail.py" line="396"/>
        <source>Watched</source>
        <translation>Gesehen</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/film_detail.py" line="396"/>
        <source>Watched once</source>
        <translation>Einmal gesehen</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/film_detail.py" line="397"/>
        <source>Watched %1 times</source>
        <translation>%1-mal gesehen</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/film_detail.py" line="400"/>
        <source>last on %1</source>
        <translation>zuletzt am %1</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/film_detail.py" line="403"/>
        <source>Not watched yet</source>
        <translation>Noch nicht gesehen</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/film_detail.py" line="410"/>
        <source>Synopsis</source>
        <translation>Inhaltsangabe</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/film_detail.py" line="412"/>
        <source>synopsis</source>
        <translation>Inhaltsangabe</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/film_detail.py" line="415"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/film_detail.py" line="418"/>
        <source>My notes</source>
        <translation>Meine Notizen</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/film_detail.py" line="442"/>
        <source>Full plot</source>
        <translation>Vollständige Handlung</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/film_detail.py" line="446"/>
        <source>plot summary</source>
        <translation>Zusammenfassung der Handlung</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/film_detail.py" line="447"/>
        <source>Ending explained</source>
        <translation>Ende erklärt</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/film_detail.py" line="451"/>
        <source>ending explained</source>
        <translation>Erklärung des Endes</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/film_detail.py" line="459"/>
        <source>timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/film_detail.py" line="500"/>
        <source>Characters</source>
        <translation>Figuren</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/film_detail.py" line="502"/>
        <source>characters</source>
        <translation>Figuren</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/film_detail.py" line="504"/>
        <source>played by</source>
        <translation>gespielt von</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/film_detail.py" line="518"/>
        <source>Settings</source>
        <translation>Schauplätze</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/film_detail.py" line="518"/>
        <source>settings</source>
        <translation>Schauplätze</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/film_detail.py" line="519"/>
        <source>Themes</source>
        <translation>Themen</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/film_detail.py" line="519"/>
        <source>themes</source>
        <translation>Themen</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/film_detail.py" line="534"/>
        <source>Cast</source>
        <translation>Besetzung</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/film_detail.py" line="538"/>
        <source>cast</source>
        <translation>Besetzung</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/film_detail.py" line="539"/>
        <source>Crew</source>
        <translation>Stab</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/film_detail.py" line="540"/>
        <source>Director</source>
        <translation>Regie</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/film_detail.py" line="542"/>
        <source>crew</source>
        <translation>Angaben zum Stab</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/film_detail.py" line="544"/>
        <source>Box office</source>
        <translation>Einspielergebnis</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/film_detail.py" line="547"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/film_detail.py" line="549"/>
        <source>Gross</source>
        <translation>Einnahmen</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/film_detail.py" line="550"/>
        <source>box office</source>
        <translation>Zahlen zum Einspielergebnis</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/film_detail.py" line="552"/>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/film_detail.py" line="555"/>
        <source>Studios</source>
        <translation>Studios</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/film_detail.py" line="557"/>
        <source>Filmed in</source>
        <translation>Gedreht in</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/film_detail.py" line="559"/>
        <source>Released</source>
        <translation>Erschienen</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/film_detail.py" line="561"/>
        <source>Countries</source>
        <translation>Länder</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/film_detail.py" line="565"/>
        <source>production details</source>
        <translation>Angaben zur Produktion</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/film_detail.py" line="568"/>
        <source>Post-credit scenes</source>
        <translation>Abspannszenen</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/film_detail.py" line="572"/>
        <source>Nothing after the credits is recorded.</source>
        <translation>Nach dem Abspann ist nichts verzeichnet.</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/film_detail.py" line="574"/>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/film_detail.py" line="591"/>
        <source>links</source>
        <translation>Links</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/film_detail.py" line="619"/>
        <source>Similar films</source>
        <translation>Ähnliche Filme</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/film_detail.py" line="629"/>
        <source>similar films</source>
        <translation>ähnlichen Filme</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/film_detail.py" line="653"/>
        <source>… and %1 more</source>
        <translation>… und %1 weitere</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/film_detail.py" line="697"/>
        <source>Directed by %1</source>
        <translation>Regie: %1</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/film_detail.py" line="704"/>
        <source>✓ watched</source>
        <translation>✓ gesehen</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/film_detail.py" line="708"/>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/film_detail.py" line="715"/>
        <source>not in your catalogue</source>
        <translation>nicht in Ihrem Katalog</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/film_detail.py" line="720"/>
        <source>Add to catalogue</source>
        <translation>Zum Katalog hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/film_detail.py" line="641"/>
        <source>Films that list this one as similar</source>
        <translation>Filme, die diesen Film als ähnlich nennen</translation>
    </message>
</context>
<context>
    <name>FilmEditDialog</name>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="95"/>
        <source>Edit ‘%1’</source>
        <translation>„%1“ bearbeiten</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="97"/>
        <source>Add Film</source>
        <translation>Film hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="162"/>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="167"/>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="177"/>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="296"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="169"/>
        <source>From %1 to %2; one below %1 means the year is unknown.</source>
        <translation>Von %1 bis %2; ein Jahr unter %1 bedeutet, dass das Jahr unbekannt ist.</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="178"/>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="192"/>
        <source>I have watched this film</source>
        <translation>Ich habe diesen Film gesehen</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="198"/>
        <source>Add Viewing</source>
        <translation>Sichtung hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="199"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="215"/>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="217"/>
        <source>Original title</source>
        <translation>Originaltitel</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="219"/>
        <source>&amp;Year</source>
        <translation>&amp;Jahr</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="220"/>
        <source>&amp;Runtime</source>
        <translation>&amp;Laufzeit</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="221"/>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="223"/>
        <source>Certification</source>
        <translation>Altersfreigabe</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="225"/>
        <source>&amp;Directors</source>
        <translation>&amp;Regie</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="226"/>
        <source>&amp;Genres</source>
        <translation>&amp;Genres</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="227"/>
        <source>Countries</source>
        <translation>Länder</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="228"/>
        <source>My rating</source>
        <translation>Meine Bewertung</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="229"/>
        <source>Watched</source>
        <translation>Gesehen</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="230"/>
        <source>Viewings</source>
        <translation>Sichtungen</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="231"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="232"/>
        <source>&amp;Synopsis</source>
        <translation>&amp;Inhaltsangabe</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="233"/>
        <source>My notes</source>
        <translation>Meine Notizen</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="234"/>
        <source>Poster</source>
        <translation>Poster</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="237"/>
        <source>Plot</source>
        <translation>Handlung</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="240"/>
        <source>Full plot</source>
        <translation>Vollständige Handlung</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="241"/>
        <source>Ending explained</source>
        <translation>Ende erklärt</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="244"/>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="247"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="248"/>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="249"/>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="263"/>
        <source>Spoiler</source>
        <translation>Spoiler</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="255"/>
        <source>Characters &amp;&amp; Themes</source>
        <translation>Figuren &amp;&amp; Themen</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="260"/>
        <source>Character</source>
        <translation>Figur</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="261"/>
        <source>Played by</source>
        <translation>Gespielt von</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="262"/>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="270"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="267"/>
        <source>Setting</source>
        <translation>Schauplatz</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="267"/>
        <source>Why it matters</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="270"/>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="272"/>
        <source>Characters</source>
        <translation>Figuren</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="273"/>
        <source>Settings</source>
        <translation>Schauplätze</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="274"/>
        <source>Themes</source>
        <translation>Themen</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="277"/>
        <source>More</source>
        <translation>Mehr</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="281"/>
        <source>Actor</source>
        <translation>Darsteller</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="281"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="284"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="284"/>
        <source>Job</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="303"/>
        <source>Known</source>
        <translation>Bekannt</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="317"/>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="318"/>
        <source>Address (http or https)</source>
        <translation>Adresse (http oder https)</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="324"/>
        <source>Cast</source>
        <translation>Besetzung</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="325"/>
        <source>Crew</source>
        <translation>Stab</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="326"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="327"/>
        <source>Gross</source>
        <translation>Einnahmen</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="328"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="329"/>
        <source>Studios</source>
        <translation>Studios</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="331"/>
        <source>Filming locations</source>
        <translation>Drehorte</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="333"/>
        <source>Release date</source>
        <translation>Erscheinungsdatum</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="335"/>
        <source>Post-credit scenes</source>
        <translation>Abspannszenen</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="337"/>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="338"/>
        <source>IMDb id</source>
        <translation>IMDb-ID</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="339"/>
        <source>TMDb id</source>
        <translation>TMDb-ID</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="342"/>
        <source>Similar</source>
        <translation>Ähnliche Filme</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="349"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="350"/>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="355"/>
        <source>Titles from your catalogue are linked; others are kept as suggestions you can add later.</source>
        <translation>Titel aus Ihrem Katalog werden verknüpft; alle anderen bleiben als Vorschläge stehen, die Sie später hinzufügen können.</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="597"/>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="606"/>
        <source>Same film twice?</source>
        <translation>Derselbe Film zweimal?</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="608"/>
        <source>Your catalogue already has ‘%1’ from %2.</source>
        <translation>Ihr Katalog enthält bereits „%1“ (%2).</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="610"/>
        <source>an unknown year</source>
        <translation>Jahr unbekannt</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="612"/>
        <source>Save this one as well?</source>
        <translation>Diesen Film trotzdem auch speichern?</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="613"/>
        <source>Save Anyway</source>
        <translation>Trotzdem speichern</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="614"/>
        <source>Open the Other</source>
        <translation>Den anderen öffnen</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="628"/>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="629"/>
        <source>Save the changes to ‘%1’ before closing?</source>
        <translation>Änderungen an „%1“ vor dem Schließen speichern?</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="630"/>
        <source>this film</source>
        <translation>diesem Film</translation>
    </message>
</context>
<context>
    <name>FilmEditing</name>
    <message>
        <location filename="../../src/filmdesk/ui/film_editing.py" line="94"/>
        <location filename="../../src/filmdesk/ui/film_editing.py" line="179"/>
        <source>Edit ‘%1’</source>
        <translation>„%1“ bearbeiten</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/film_editing.py" line="113"/>
        <source>Changed by someone else</source>
        <translation>Von jemand anderem geändert</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/film_editing.py" line="114"/>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/film_editing.py" line="116"/>
        <source>‘%1’ was deleted by someone else while you were editing it.</source>
        <translation>„%1“ wurde von jemand anderem gelöscht, während Sie den Film bearbeitet haben.</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/film_editing.py" line="118"/>
        <source>Your changes: %1</source>
        <translation>Ihre Änderungen: %1</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/film_editing.py" line="119"/>
        <source>Save as a New Film</source>
        <translation>Als neuen Film speichern</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/film_editing.py" line="123"/>
        <source>Not saved: the film no longer exists.</source>
        <translation>Nicht gespeichert: Den Film gibt es nicht mehr.</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/film_editing.py" line="127"/>
        <source>nothing visible</source>
        <translation>nichts Sichtbares</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/film_editing.py" line="128"/>
        <source>‘%1’ was changed by someone else while you were editing it.</source>
        <translation>„%1“ wurde von jemand anderem geändert, während Sie den Film bearbeitet haben.</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/film_editing.py" line="131"/>
        <source>They changed: %1
You changed: %2</source>
        <translation>Dort geändert: %1
Von Ihnen geändert: %2</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/film_editing.py" line="134"/>
        <source>Overwrite with Mine</source>
        <translation>Mit meiner Fassung überschreiben</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/film_editing.py" line="136"/>
        <source>Reload Theirs</source>
        <translation>Deren Fassung laden</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/film_editing.py" line="143"/>
        <source>Reloaded the saved version; edit it and save again.</source>
        <translation>Die gespeicherte Fassung wurde geladen; bearbeiten Sie sie und speichern Sie erneut.</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/film_editing.py" line="144"/>
        <source>Not saved yet: your changes are still here.</source>
        <translation>Noch nicht gespeichert: Ihre Änderungen sind noch da.</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/film_editing.py" line="177"/>
        <source>Edit %1 Films</source>
        <translation>%1 Filme bearbeiten</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/film_editing.py" line="193"/>
        <source>Not changed</source>
        <translation>Nicht geändert</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/film_editing.py" line="205"/>
        <source>Film not added</source>
        <translation>Film nicht hinzugefügt</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/film_editing.py" line="222"/>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/film_editing.py" line="232"/>
        <source>Delete ‘%1’?</source>
        <translation>„%1“ löschen?</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/film_editing.py" line="234"/>
        <source>Delete %1 films?</source>
        <translation>%1 Filme löschen?</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/film_editing.py" line="238"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/film_editing.py" line="239"/>
        <source>You can undo this with Edit → Undo.</source>
        <translation>Das lässt sich mit Bearbeiten → Rückgängig zurücknehmen.</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/film_editing.py" line="279"/>
        <source>Change Poster of ‘%1’</source>
        <translation>Poster von „%1“ ändern</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/film_editing.py" line="294"/>
        <source>Poster not changed</source>
        <translation>Poster nicht geändert</translation>
    </message>
</context>
<context>
    <name>FilmTableModel</name>
    <message numerus="yes">
        <location filename="../../src/filmdesk/ui/models/film_table_model.py" line="254"/>
        <source>%n star(s)</source>
        <translation>
            <numerusform>%n Stern</numerusform>
            <numerusform>%n Sterne</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/list_editor.py" line="87"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/list_editor.py" line="88"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/list_editor.py" line="89"/>
        <source>Move Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/list_editor.py" line="90"/>
        <source>Move Down</source>
        <translation>Nach unten</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/filmdesk/ui/main_window.py" line="119"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/main_window.py" line="124"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/main_window.py" line="137"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/main_window.py" line="138"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/main_window.py" line="140"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/main_window.py" line="150"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/main_window.py" line="158"/>
        <source>Spoilers</source>
        <translation>Spoiler</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/main_window.py" line="169"/>
        <source>Film Page</source>
        <translation>Filmseite</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/main_window.py" line="173"/>
        <source>F&amp;ilm</source>
        <translation>&amp;Film</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/main_window.py" line="185"/>
        <source>&amp;Rate</source>
        <translation>Be&amp;werten</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/main_window.py" line="189"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/main_window.py" line="194"/>
        <source>Main</source>
        <translation>Werkzeugleiste</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/main_window.py" line="331"/>
        <source>Updated with changes made elsewhere.</source>
        <translation>Mit anderswo vorgenommenen Änderungen aktualisiert.</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/main_window.py" line="362"/>
        <source>Opening the catalogue…</source>
        <translation>Der Katalog wird geöffnet …</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/main_window.py" line="447"/>
        <source>%1 of %2 films</source>
        <translation>%1 von %2 Filmen</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/main_window.py" line="451"/>
        <source>1 film</source>
        <translation>1 Film</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/main_window.py" line="451"/>
        <source>%1 films</source>
        <translation>%1 Filme</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/main_window.py" line="466"/>
        <source>No film matches this search.</source>
        <translation>Kein Film passt zu dieser Suche.</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/main_window.py" line="468"/>
        <source>No films yet — load the sample catalogue or add your first film.</source>
        <translation>Noch keine Filme — laden Sie den Beispielkatalog oder fügen Sie Ihren ersten Film hinzu.</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/main_window.py" line="597"/>
        <source>No recent catalogues</source>
        <translation>Keine zuletzt geöffneten Kataloge</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/main_window.py" line="621"/>
        <source>Loading the sample films…</source>
        <translation>Beispielfilme werden geladen…</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/main_window.py" line="626"/>
        <source>Added %1 sample films.</source>
        <translation>%1 Beispielfilme hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/main_window.py" line="632"/>
        <source>Sample films</source>
        <translation>Beispielfilme</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/main_window.py" line="639"/>
        <source>Search syntax</source>
        <translation>Suchsyntax</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/main_window.py" line="644"/>
        <source>About filmdesk</source>
        <translation>Über filmdesk</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/main_window.py" line="646"/>
        <source>&lt;h3&gt;filmdesk %1&lt;/h3&gt;&lt;p&gt;A desktop catalogue for the films you love.&lt;/p&gt;&lt;p&gt;Catalogue: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;filmdesk %1&lt;/h3&gt;&lt;p&gt;Ein Desktop-Katalog für die Filme, die Sie lieben.&lt;/p&gt;&lt;p&gt;Katalog: %2&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>NameListEdit</name>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/name_list_edit.py" line="39"/>
        <source>Separate names with ;</source>
        <translation>Namen mit ; trennen</translation>
    </message>
</context>
<context>
    <name>PosterDropLabel</name>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/film_detail.py" line="125"/>
        <source>Drop an image here to use it as the poster</source>
        <translation>Ein Bild hierher ziehen, um es als Poster zu verwenden</translation>
    </message>
</context>
<context>
    <name>PosterWell</name>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/poster_well.py" line="98"/>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/poster_well.py" line="99"/>
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/poster_well.py" line="100"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/poster_well.py" line="128"/>
        <source>No poster

Drop an image here</source>
        <translation>Kein Poster

Bild hierher ziehen</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/poster_well.py" line="142"/>
        <source>Preparing %1…</source>
        <translation>%1 wird vorbereitet…</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/poster_well.py" line="161"/>
        <source>The image could not be used: %1</source>
        <translation>Das Bild konnte nicht verwendet werden: %1</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/poster_well.py" line="168"/>
        <source>Choose a poster</source>
        <translation>Poster auswählen</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/poster_well.py" line="192"/>
        <source>There is no image to paste.</source>
        <translation>Die Zwischenablage enthält kein Bild.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/preferences_dialog.py" line="34"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/preferences_dialog.py" line="41"/>
        <source>Hide for films I haven&apos;t watched</source>
        <translation>Bei ungesehenen Filmen ausblenden</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/preferences_dialog.py" line="42"/>
        <source>Always hide</source>
        <translation>Immer ausblenden</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/preferences_dialog.py" line="43"/>
        <source>Never hide</source>
        <translation>Nie ausblenden</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/preferences_dialog.py" line="48"/>
        <source>Follow the system</source>
        <translation>Wie im System eingestellt</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/preferences_dialog.py" line="49"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/preferences_dialog.py" line="50"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/preferences_dialog.py" line="54"/>
        <source>Comfortable</source>
        <translation>Großzügig</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/preferences_dialog.py" line="55"/>
        <source>Compact</source>
        <translation>Kompakt</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/preferences_dialog.py" line="58"/>
        <source>Small</source>
        <translation>Klein</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/preferences_dialog.py" line="59"/>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/preferences_dialog.py" line="60"/>
        <source>Large</source>
        <translation>Groß</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/preferences_dialog.py" line="68"/>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/preferences_dialog.py" line="77"/>
        <source>No automatic backups</source>
        <translation>Keine automatischen Sicherungen</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/preferences_dialog.py" line="78"/>
        <source> daily backups kept</source>
        <translation> tägliche Sicherungen aufbewahren</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/preferences_dialog.py" line="80"/>
        <source>Spoilers</source>
        <translation>Spoiler</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/preferences_dialog.py" line="81"/>
        <source>Colour scheme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/preferences_dialog.py" line="82"/>
        <source>List density</source>
        <translation>Listendichte</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/preferences_dialog.py" line="83"/>
        <source>Poster size</source>
        <translation>Postergröße</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/preferences_dialog.py" line="84"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/preferences_dialog.py" line="85"/>
        <location filename="../../src/filmdesk/ui/dialogs/preferences_dialog.py" line="119"/>
        <source>Catalogue file</source>
        <translation>Katalogdatei</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/preferences_dialog.py" line="86"/>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/preferences_dialog.py" line="87"/>
        <source>A new language or catalogue file takes effect at the next start.</source>
        <translation>Eine geänderte Sprache oder Katalogdatei wird beim nächsten Start wirksam.</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/preferences_dialog.py" line="121"/>
        <source>filmdesk catalogues (*.filmdesk)</source>
        <translation>filmdesk-Kataloge (*.filmdesk)</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/search_bar.py" line="22"/>
        <source>Search films — try  leav veg,  director:figgis,  year:1990..1999,  -watched:yes</source>
        <translation>Filme suchen — z. B.  leav veg,  director:figgis,  year:1990..1999,  -watched:yes</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/search_bar.py" line="28"/>
        <source>Free words match titles, people, characters, tags and synopses as prefixes.
Fields: title: director: actor: character: genre: language: country: tag: plot: year: runtime: rating: watched: added:
Quotes for phrases, - to exclude, OR for alternatives, e.g. &quot;las vegas&quot; OR genre:noir</source>
        <translation>Freie Wörter finden Titel, Personen, Figuren, Schlagwörter und Inhaltsangaben, die mit ihnen beginnen.
Felder: title: director: actor: character: genre: language: country: tag: plot: year: runtime: rating: watched: added:
Anführungszeichen für Wortgruppen, - zum Ausschließen, OR für Alternativen, z. B. &quot;las vegas&quot; OR genre:noir</translation>
    </message>
</context>
<context>
    <name>SpoilerVeil</name>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/spoiler_blur.py" line="32"/>
        <source>Spoiler — click to reveal</source>
        <translation>Spoiler — zum Aufdecken klicken</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/spoiler_blur.py" line="35"/>
        <source>Reveal this section for this film only</source>
        <translation>Diesen Abschnitt nur bei diesem Film aufdecken</translation>
    </message>
</context>
<context>
    <name>StarRating</name>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/star_rating.py" line="68"/>
        <source>Click a star (left half for a half star); Delete clears</source>
        <translation>Auf einen Stern klicken (linke Hälfte für einen halben Stern); Entf löscht</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/star_rating.py" line="69"/>
        <source>My rating</source>
        <translation>Meine Bewertung</translation>
    </message>
</context>
<context>
    <name>Transfer</name>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/import_dialog.py" line="68"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/import_dialog.py" line="89"/>
        <source>%1 of %2 films</source>
        <translation>%1 von %2 Filmen</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/import_dialog.py" line="93"/>
        <source>%1 films so far</source>
        <translation>bisher %1 Filme</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/import_dialog.py" line="121"/>
        <source>Collections</source>
        <translation>Sammlungen</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/import_dialog.py" line="124"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/import_dialog.py" line="144"/>
        <source>Reading %1…</source>
        <translation>Lese %1…</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/import_dialog.py" line="160"/>
        <location filename="../../src/filmdesk/ui/dialogs/import_dialog.py" line="200"/>
        <source>Nothing was imported</source>
        <translation>Es wurde nichts importiert</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/import_dialog.py" line="172"/>
        <source>Import a Collection</source>
        <translation>Sammlung importieren</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/import_dialog.py" line="187"/>
        <source>Importing films…</source>
        <translation>Filme werden importiert…</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/import_dialog.py" line="194"/>
        <source>Import finished</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/import_dialog.py" line="232"/>
        <location filename="../../src/filmdesk/ui/dialogs/import_dialog.py" line="327"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/import_dialog.py" line="267"/>
        <source>… and %1 more</source>
        <translation>… und %1 weitere</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/import_dialog.py" line="282"/>
        <source>For films already in the catalogue:</source>
        <translation>Für Filme, die schon im Katalog sind:</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/import_dialog.py" line="287"/>
        <source>Skip them</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/import_dialog.py" line="290"/>
        <source>Fill in what they are missing (adds viewings, ratings, tags)</source>
        <translation>Fehlendes ergänzen (fügt Sichtungen, Bewertungen und Schlagwörter hinzu)</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/import_dialog.py" line="296"/>
        <source>Replace them with the imported version (a backup is taken first)</source>
        <translation>Durch die importierte Fassung ersetzen (vorher wird eine Sicherung angelegt)</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/import_dialog.py" line="310"/>
        <source>Import the good records and list the rejected ones</source>
        <translation>Gültige Datensätze importieren und abgelehnte auflisten</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/import_dialog.py" line="321"/>
        <source>Rejected records:</source>
        <translation>Abgelehnte Datensätze:</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/import_dialog.py" line="352"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/import_dialog.py" line="389"/>
        <source>Export Films</source>
        <translation>Filme exportieren</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/import_dialog.py" line="375"/>
        <location filename="../../src/filmdesk/ui/dialogs/import_dialog.py" line="400"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/import_dialog.py" line="240"/>
        <source>1 new film</source>
        <translation>1 neuer Film</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/import_dialog.py" line="242"/>
        <source>%1 new films</source>
        <translation>%1 neue Filme</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/import_dialog.py" line="247"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2, %3 already in the catalogue, %4 rejected.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2, %3 bereits im Katalog, %4 abgelehnt.</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/import_dialog.py" line="275"/>
        <source>Notes:</source>
        <translation>Hinweise:</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/import_dialog.py" line="376"/>
        <source>Export only the films matching “%1”? (No exports the whole catalogue.)</source>
        <translation>Nur die Filme exportieren, die zu „%1“ passen? („Nein“ exportiert den ganzen Katalog.)</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/import_dialog.py" line="401"/>
        <source>“%1” already exists. Replace it?</source>
        <translation>„%1“ gibt es schon. Ersetzen?</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/import_dialog.py" line="411"/>
        <source>Exporting films…</source>
        <translation>Filme werden exportiert…</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/import_dialog.py" line="417"/>
        <source>Export finished</source>
        <translation>Export abgeschlossen</translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/import_dialog.py" line="424"/>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
</context>
</TS>
