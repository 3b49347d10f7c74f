<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../src/filmdesk/ui/actions.py" line="66"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/actions.py" line="67"/>
        <source>Plot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/actions.py" line="68"/>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/actions.py" line="69"/>
        <source>Characters &amp;&amp; Themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/actions.py" line="70"/>
        <source>More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/actions.py" line="71"/>
        <source>Similar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/actions.py" line="75"/>
        <source>&amp;Add Film…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/actions.py" line="78"/>
        <source>Add a film by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/actions.py" line="81"/>
        <source>&amp;Edit Film…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/actions.py" line="84"/>
        <source>Edit every field of the selected film</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/actions.py" line="87"/>
        <source>D&amp;uplicate Film</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/actions.py" line="90"/>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/actions.py" line="95"/>
        <source>Edit &amp;Several Films…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/actions.py" line="97"/>
        <source>Change tags, genres, rating … of the selected films</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/actions.py" line="102"/>
        <source>Load Sample Films</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/actions.py" line="103"/>
        <source>Add the 14 sample films</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/actions.py" line="106"/>
        <source>&amp;New Catalogue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/actions.py" line="109"/>
        <source>&amp;Open Catalogue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/actions.py" line="114"/>
        <source>Save a &amp;Copy As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/actions.py" line="118"/>
        <source>&amp;Restore from Backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/actions.py" line="121"/>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/actions.py" line="123"/>
        <source>Import a collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/actions.py" line="126"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/actions.py" line="128"/>
        <source>Export films</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/actions.py" line="131"/>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/actions.py" line="136"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/actions.py" line="141"/>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/actions.py" line="146"/>
        <source>As &amp;List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/actions.py" line="150"/>
        <source>Show films as a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/actions.py" line="153"/>
        <source>As &amp;Posters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/actions.py" line="157"/>
        <source>Show films as a poster grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/actions.py" line="160"/>
        <source>Hide &amp;Spoilers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/actions.py" line="164"/>
        <source>Blur plot, ending, spoiler timeline events and post-credit scenes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/actions.py" line="169"/>
        <source>Hide for Films I Haven&apos;t Watched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/actions.py" line="173"/>
        <source>Always Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/actions.py" line="176"/>
        <source>Never Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/actions.py" line="179"/>
        <source>Posters in the List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/actions.py" line="182"/>
        <source>Mark &amp;Watched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/actions.py" line="185"/>
        <source>Mark watched and record today as a viewing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/actions.py" line="188"/>
        <source>Mark &amp;Unwatched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/actions.py" line="191"/>
        <source>Search &amp;Syntax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/actions.py" line="195"/>
        <source>&amp;About filmdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/actions.py" line="199"/>
        <source>Remove Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/actions.py" line="201"/>
        <source>Rate %n Star(s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkEditDialog</name>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/bulk_edit_dialog.py" line="42"/>
        <source>Edit %1 Films</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/bulk_edit_dialog.py" line="49"/>
        <source>Add tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/bulk_edit_dialog.py" line="51"/>
        <source>Remove tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/bulk_edit_dialog.py" line="53"/>
        <source>Add genres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/bulk_edit_dialog.py" line="55"/>
        <source>Remove genres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/bulk_edit_dialog.py" line="57"/>
        <source>Set watched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/bulk_edit_dialog.py" line="59"/>
        <source>Watched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/bulk_edit_dialog.py" line="59"/>
        <source>Not watched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/bulk_edit_dialog.py" line="60"/>
        <source>Set my rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/bulk_edit_dialog.py" line="62"/>
        <source>Set languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/bulk_edit_dialog.py" line="127"/>
        <source>%1 of %2 selected films will change.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../src/filmdesk/ui/commands.py" line="24"/>
        <source>%1 films</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/commands.py" line="36"/>
        <source>Remove Rating of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/commands.py" line="38"/>
        <source>Rate %1 %2 Stars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/commands.py" line="66"/>
        <source>Mark %1 Watched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/commands.py" line="68"/>
        <source>Mark %1 Unwatched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/commands.py" line="94"/>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/commands.py" line="134"/>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/commands.py" line="161"/>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../../src/filmdesk/ui/crash_dialog.py" line="65"/>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/crash_dialog.py" line="67"/>
        <source>filmdesk hit an unexpected problem: %1

Your catalogue is safe: every change is saved as it is made. You can keep working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/crash_dialog.py" line="74"/>
        <source>The full report is in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/crash_dialog.py" line="78"/>
        <source>Copy Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/crash_dialog.py" line="95"/>
        <source>filmdesk closed unexpectedly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/crash_dialog.py" line="97"/>
        <source>filmdesk stopped unexpectedly last time. Your catalogue was saved up to the last change. The technical report is below; please include it if you report the problem.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <location filename="../../src/filmdesk/ui/documents.py" line="121"/>
        <source>The catalogue %1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/documents.py" line="133"/>
        <source>Restore the backup from %1? The damaged file is kept beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/documents.py" line="222"/>
        <source>New Catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/documents.py" line="224"/>
        <location filename="../../src/filmdesk/ui/documents.py" line="253"/>
        <source>filmdesk catalogues (*.filmdesk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/documents.py" line="237"/>
        <source>Open Catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/documents.py" line="239"/>
        <source>filmdesk catalogues (*.filmdesk *.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/documents.py" line="251"/>
        <source>Save a Copy As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/documents.py" line="261"/>
        <source>Copy not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/documents.py" line="269"/>
        <location filename="../../src/filmdesk/ui/documents.py" line="280"/>
        <source>Restore from Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/documents.py" line="270"/>
        <source>There are no backups of this catalogue yet. filmdesk takes one a day when the catalogue is opened (see Preferences).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/documents.py" line="281"/>
        <source>Replace the catalogue with the backup from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/documents.py" line="293"/>
        <source>Not restored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilmBrowser</name>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/film_browser.py" line="92"/>
        <source>Welcome to filmdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/film_browser.py" line="97"/>
        <source>Your catalogue is empty. Explore fourteen sample films written for filmdesk, bring your collection over from another program, or start adding your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/film_browser.py" line="107"/>
        <source>Open the Sample Catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/film_browser.py" line="108"/>
        <source>Import a Collection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/film_browser.py" line="109"/>
        <source>Start with an Empty Catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/film_browser.py" line="117"/>
        <source>Starting empty opens the editor for your first film.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/film_browser.py" line="182"/>
        <source>The search failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilmColumns</name>
    <message>
        <location filename="../../src/filmdesk/ui/models/columns.py" line="50"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/models/columns.py" line="58"/>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/models/columns.py" line="66"/>
        <source>Director</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/models/columns.py" line="74"/>
        <source>Runtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/models/columns.py" line="82"/>
        <source>Genres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/models/columns.py" line="90"/>
        <source>My rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/models/columns.py" line="98"/>
        <source>Watched</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilmDetailWidget</name>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/film_detail.py" line="164"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/film_detail.py" line="165"/>
        <source>Plot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/film_detail.py" line="166"/>
        <location filename="../../src/filmdesk/ui/widgets/film_detail.py" line="411"/>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/film_detail.py" line="167"/>
        <source>Characters &amp;&amp; Themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/film_detail.py" line="168"/>
        <source>More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/film_detail.py" line="169"/>
        <source>Similar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/film_detail.py" line="180"/>
        <source>Select a film to see its page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/film_detail.py" line="264"/>
        <source>No %1 yet — </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/film_detail.py" line="355"/>
        <source>Watched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/film_detail.py" line="355"/>
        <source>Watched once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/film_detail.py" line="356"/>
        <source>Watched %1 times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/film_detail.py" line="359"/>
        <source>last on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/film_detail.py" line="368"/>
        <source>Synopsis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/film_detail.py" line="369"/>
        <source>synopsis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/film_detail.py" line="371"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/film_detail.py" line="374"/>
        <source>My notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/film_detail.py" line="396"/>
        <source>Full plot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/film_detail.py" line="400"/>
        <source>plot summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/film_detail.py" line="401"/>
        <source>Ending explained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/film_detail.py" line="405"/>
        <source>ending explained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/film_detail.py" line="413"/>
        <source>timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/film_detail.py" line="454"/>
        <source>Characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/film_detail.py" line="456"/>
        <source>characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/film_detail.py" line="469"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/film_detail.py" line="470"/>
        <source>Themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/film_detail.py" line="485"/>
        <source>Cast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/film_detail.py" line="489"/>
        <source>cast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/film_detail.py" line="490"/>
        <source>Crew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/film_detail.py" line="491"/>
        <source>Director</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/film_detail.py" line="493"/>
        <source>crew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/film_detail.py" line="495"/>
        <source>Box office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/film_detail.py" line="498"/>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/film_detail.py" line="500"/>
        <source>Gross</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/film_detail.py" line="501"/>
        <source>box office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/film_detail.py" line="503"/>
        <source>Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/film_detail.py" line="506"/>
        <source>Studios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/film_detail.py" line="508"/>
        <source>Filmed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/film_detail.py" line="510"/>
        <source>Released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/film_detail.py" line="512"/>
        <source>Countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/film_detail.py" line="516"/>
        <source>production details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/film_detail.py" line="519"/>
        <source>Post-credit scenes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/film_detail.py" line="523"/>
        <source>Nothing after the credits is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/film_detail.py" line="525"/>
        <source>Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/film_detail.py" line="542"/>
        <source>links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/film_detail.py" line="566"/>
        <source>Similar films</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/film_detail.py" line="568"/>
        <source>similar films</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/film_detail.py" line="590"/>
        <source>Add to catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/film_detail.py" line="598"/>
        <source>Films that list this one as similar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilmEditDialog</name>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="94"/>
        <source>Edit ‘%1’</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="96"/>
        <source>Add Film</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="159"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="164"/>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="167"/>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="283"/>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="168"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="182"/>
        <source>I have watched this film</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="188"/>
        <source>Add Viewing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="189"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="205"/>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="207"/>
        <source>Original title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="209"/>
        <source>&amp;Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="210"/>
        <source>&amp;Runtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="211"/>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="213"/>
        <source>Certification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="215"/>
        <source>&amp;Directors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="216"/>
        <source>&amp;Genres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="217"/>
        <source>Countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="218"/>
        <source>My rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="219"/>
        <source>Watched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="220"/>
        <source>Viewings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="221"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="222"/>
        <source>&amp;Synopsis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="223"/>
        <source>My notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="224"/>
        <source>Poster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="227"/>
        <source>Plot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="230"/>
        <source>Full plot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="231"/>
        <source>Ending explained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="234"/>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="237"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="238"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="239"/>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="253"/>
        <source>Spoiler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="245"/>
        <source>Characters &amp;&amp; Themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="250"/>
        <source>Character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="251"/>
        <source>Played by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="252"/>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="260"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="257"/>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="257"/>
        <source>Why it matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="260"/>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="262"/>
        <source>Characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="263"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="264"/>
        <source>Themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="267"/>
        <source>More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="271"/>
        <source>Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="271"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="274"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="274"/>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="290"/>
        <source>Known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="304"/>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="305"/>
        <source>Address (http or https)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="311"/>
        <source>Cast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="312"/>
        <source>Crew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="313"/>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="314"/>
        <source>Gross</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="315"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="316"/>
        <source>Studios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="318"/>
        <source>Filming locations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="320"/>
        <source>Release date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="322"/>
        <source>Post-credit scenes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="324"/>
        <source>Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="325"/>
        <source>IMDb id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="326"/>
        <source>TMDb id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="329"/>
        <source>Similar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="336"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="337"/>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="342"/>
        <source>Titles from your catalogue are linked; others are kept as suggestions you can add later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="565"/>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="574"/>
        <source>Same film twice?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="576"/>
        <source>Your catalogue already has ‘%1’ from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="578"/>
        <source>an unknown year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="580"/>
        <source>Save this one as well?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="581"/>
        <source>Save Anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="582"/>
        <source>Open the Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="596"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="597"/>
        <source>Save the changes to ‘%1’ before closing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/film_edit_dialog.py" line="598"/>
        <source>this film</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilmEditing</name>
    <message>
        <location filename="../../src/filmdesk/ui/film_editing.py" line="86"/>
        <source>Edit ‘%1’</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/film_editing.py" line="121"/>
        <source>Edit %1 Films</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/film_editing.py" line="135"/>
        <source>Not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/film_editing.py" line="147"/>
        <source>Film not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/film_editing.py" line="164"/>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/film_editing.py" line="174"/>
        <source>Delete ‘%1’?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/film_editing.py" line="176"/>
        <source>Delete %1 films?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/film_editing.py" line="180"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/film_editing.py" line="181"/>
        <source>You can undo this with Edit → Undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/film_editing.py" line="221"/>
        <source>Change Poster of ‘%1’</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/film_editing.py" line="234"/>
        <source>Poster not changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilmTableModel</name>
    <message numerus="yes">
        <location filename="../../src/filmdesk/ui/models/film_table_model.py" line="193"/>
        <source>%n star(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/list_editor.py" line="85"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/list_editor.py" line="86"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/list_editor.py" line="87"/>
        <source>Move Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/list_editor.py" line="88"/>
        <source>Move Down</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/filmdesk/ui/main_window.py" line="105"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/main_window.py" line="109"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/main_window.py" line="122"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/main_window.py" line="123"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/main_window.py" line="125"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/main_window.py" line="133"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/main_window.py" line="141"/>
        <source>Spoilers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/main_window.py" line="151"/>
        <source>Film Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/main_window.py" line="155"/>
        <source>F&amp;ilm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/main_window.py" line="167"/>
        <source>&amp;Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/main_window.py" line="171"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/main_window.py" line="176"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/main_window.py" line="354"/>
        <source>%1 of %2 films</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/main_window.py" line="358"/>
        <source>1 film</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/main_window.py" line="358"/>
        <source>%1 films</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/main_window.py" line="372"/>
        <source>No film matches this search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/main_window.py" line="374"/>
        <source>No films yet — load the sample catalogue or add your first film.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/main_window.py" line="479"/>
        <source>No recent catalogues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/main_window.py" line="500"/>
        <source>Loading the sample films…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/main_window.py" line="506"/>
        <source>Added %1 sample films.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/main_window.py" line="509"/>
        <source>Sample films</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/main_window.py" line="516"/>
        <source>Search syntax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/main_window.py" line="521"/>
        <source>About filmdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/main_window.py" line="523"/>
        <source>&lt;h3&gt;filmdesk %1&lt;/h3&gt;&lt;p&gt;A desktop catalogue for the films you love.&lt;/p&gt;&lt;p&gt;Catalogue: %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NameListEdit</name>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/name_list_edit.py" line="39"/>
        <source>Separate names with ;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PosterDropLabel</name>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/film_detail.py" line="125"/>
        <source>Drop an image here to use it as the poster</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PosterWell</name>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/poster_well.py" line="71"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/poster_well.py" line="72"/>
        <source>Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/poster_well.py" line="73"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/poster_well.py" line="101"/>
        <source>No poster

Drop an image here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/poster_well.py" line="117"/>
        <source>Preparing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/poster_well.py" line="134"/>
        <source>The image could not be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/poster_well.py" line="141"/>
        <source>Choose a poster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/poster_well.py" line="165"/>
        <source>There is no image to paste.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/preferences_dialog.py" line="34"/>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/preferences_dialog.py" line="41"/>
        <source>Hide for films I haven&apos;t watched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/preferences_dialog.py" line="42"/>
        <source>Always hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/preferences_dialog.py" line="43"/>
        <source>Never hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/preferences_dialog.py" line="48"/>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/preferences_dialog.py" line="49"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/preferences_dialog.py" line="50"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/preferences_dialog.py" line="54"/>
        <source>Comfortable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/preferences_dialog.py" line="55"/>
        <source>Compact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/preferences_dialog.py" line="58"/>
        <source>Small</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/preferences_dialog.py" line="59"/>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/preferences_dialog.py" line="60"/>
        <source>Large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/preferences_dialog.py" line="68"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/preferences_dialog.py" line="77"/>
        <source>No automatic backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/preferences_dialog.py" line="78"/>
        <source> daily backups kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/preferences_dialog.py" line="80"/>
        <source>Spoilers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/preferences_dialog.py" line="81"/>
        <source>Colour scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/preferences_dialog.py" line="82"/>
        <source>List density</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/preferences_dialog.py" line="83"/>
        <source>Poster size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/preferences_dialog.py" line="84"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/preferences_dialog.py" line="85"/>
        <location filename="../../src/filmdesk/ui/dialogs/preferences_dialog.py" line="119"/>
        <source>Catalogue file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/preferences_dialog.py" line="86"/>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/preferences_dialog.py" line="87"/>
        <source>A new language or catalogue file takes effect at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/preferences_dialog.py" line="121"/>
        <source>filmdesk catalogues (*.filmdesk)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/search_bar.py" line="21"/>
        <source>Search films — try  leav veg,  director:figgis,  year:1990..1999,  -watched:yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/search_bar.py" line="25"/>
        <source>Free words match titles, people, characters, tags and synopses as prefixes.
Fields: title: director: actor: character: genre: language: country: tag: plot: year: runtime: rating: watched: added:
Quotes for phrases, - to exclude, OR for alternatives, e.g. &quot;las vegas&quot; OR genre:noir</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpoilerVeil</name>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/spoiler_blur.py" line="32"/>
        <source>Spoiler — click to reveal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/spoiler_blur.py" line="35"/>
        <source>Reveal this section for this film only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StarRating</name>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/star_rating.py" line="49"/>
        <source>Click a star (left half for a half star); Delete clears</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/widgets/star_rating.py" line="50"/>
        <source>My rating</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Transfer</name>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/import_dialog.py" line="57"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/import_dialog.py" line="93"/>
        <source>Collections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/import_dialog.py" line="96"/>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/import_dialog.py" line="116"/>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/import_dialog.py" line="135"/>
        <location filename="../../src/filmdesk/ui/dialogs/import_dialog.py" line="171"/>
        <source>Nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/import_dialog.py" line="143"/>
        <source>Import a Collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/import_dialog.py" line="158"/>
        <source>Importing films…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/import_dialog.py" line="165"/>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/import_dialog.py" line="203"/>
        <location filename="../../src/filmdesk/ui/dialogs/import_dialog.py" line="267"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/import_dialog.py" line="208"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 new films, %3 already in the catalogue, %4 rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/import_dialog.py" line="224"/>
        <source>For films already in the catalogue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/import_dialog.py" line="227"/>
        <source>Skip them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/import_dialog.py" line="230"/>
        <source>Fill in what they are missing (adds viewings, ratings, tags)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/import_dialog.py" line="236"/>
        <source>Replace them with the imported version (a backup is taken first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/import_dialog.py" line="250"/>
        <source>Import the good records and list the rejected ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/import_dialog.py" line="261"/>
        <source>Rejected records:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/import_dialog.py" line="292"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/import_dialog.py" line="311"/>
        <source>Export Films</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/import_dialog.py" line="320"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/import_dialog.py" line="321"/>
        <source>Export only the films matching “%1”? (No exports the whole catalogue.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/import_dialog.py" line="332"/>
        <source>Exporting films…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/import_dialog.py" line="338"/>
        <source>Export finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/filmdesk/ui/dialogs/import_dialog.py" line="345"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
