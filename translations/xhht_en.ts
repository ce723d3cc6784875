<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AnnualReportService</name>
    <message>
        <source>Legal bases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I. Direction and deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>III. General assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V. Directions for next year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VI. Proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no report received</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n indicator(s) empty</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: scores not reviewed (%n item(s) left)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: still the program&apos;s draft or holds a [note] to replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” of the %2 report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupCommands</name>
    <message>
        <source>Write the backup to this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write it into this folder, keeping the last 7 daily and 4 weekly copies (default: the folder chosen in the window&apos;s settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup takes no file name; use -o FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give either -o FILE or --folder DIR, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no backup folder is chosen: give -o FILE or --folder DIR, or choose a folder in the window (Tools ▸ Settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up %1 to %2 and checked it: %3 units, %4 submissions, %5 audit entries.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore needs the backup file: xhht restore FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1 from %2. The database as it was is kept as %3.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be opened (%2). The damaged file is kept as %3; the backup %4 was checked and put in its place.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupController</name>
    <message>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xhht databases (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to %1 and checked: %2 units, %3 submissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xhht databases (*.sqlite *.bak);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace everything in the database with the backup %1?

The backup is checked first; the database as it is now is kept as a copy beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 is restored. The database as it was is kept as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic backup: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program or person is writing to the database. Waiting for them to finish (%1 of at most %2 seconds)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data is on a server: its administrator backs it up with pg_dump.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can put a backup in its place: the backup is checked first, and the damaged file is kept beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 was checked and put in place of %2. The damaged file is kept as %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message>
        <source>The backup cannot be written over the database itself (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 did not pass its check after writing (%2); it was removed. Check the disk or folder and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rows differ from the database&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be found (is the USB stick or network share connected?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot keep a copy of %1 before restoring; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be restored: %2. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer xhht (schema %2; this program knows up to %3); update the program first. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no database file at %1; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot keep a copy of the damaged %1 before restoring; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot put the backup in place of %1 (%2); the damaged file is unchanged, and kept as %3 too.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeProposalCommand</name>
    <message>
        <source>the proposal was changed after this step.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeRecognitionCommand</name>
    <message>
        <source>the decision was changed after this step.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeUnitsCommand</name>
    <message>
        <source>New unit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Merge %n unit(s) into %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Split %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dissolve %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangedMeanwhile</name>
    <message>
        <source>someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed %2 at %3, after you opened it; your changes were not saved so as not to undo theirs. Reload it to see their version, or save yours over it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>There is no chart to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: the picture could not be encoded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartsPanel</name>
    <message>
        <source>Save the year&apos;s chart as &amp;PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the unit&apos;s chart as P&amp;NG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the chart to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>unknown option &apos;%1&apos;; see &apos;xhht --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no command given; see &apos;xhht --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;; see &apos;xhht --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also add the demo submissions for 2024 and 2025.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only units active in this year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YEAR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: tsv, csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many synthetic units to add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The years to fill, as FROM-TO.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YEARS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos; for &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only and has no plan loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has submissions; the demo was not added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database ready: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;; use tsv, csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--year takes a year such as 2025, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PLAN %1/%2: %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by %1, period %2-%3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phases:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 (%2-%3): %4 in %5
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; lead: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; with: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo needs --units N with N from 1 to 1000000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--years takes FROM-TO, such as 2024-2030.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source><byte value="xd"/>%1 of %2 records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 units with data for %2 in %3 s.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the units&apos; lineage events instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database schema version: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xhht: another program or person is writing to the database; waiting for them to finish (up to %1 s, %2 s so far)…
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: xhht [--db PATH] [COMMAND [options]]

Without a command, xhht opens its main window.

Commands:
  init [--demo]                         create the database and load the plan (and demo data)
  units [--year Y] [--format F]         list the units (those active in year Y)
  units --history [--format F]          the units&apos; lineage events (created, renamed, merged, ...)
  plan                                  print the plan: phases, sections and tasks
  demo --units N [--years A-B]          add N synthetic units with yearly data (benchmarks)
  submissions [--year Y] [--format F]   the year&apos;s submissions (default: this year)
  import template --year Y -o FILE      write the import template (.csv or .xlsx) of year Y
                   [--filled]           ... with what is already recorded
                   [--reviewed]         ... with the reviewed-score columns (the council&apos;s sheet)
  import template --year Y --per-unit -o FOLDER
                                        one workbook per unit active in Y, to fill in and send back
  import submissions FILE... | FOLDER [--year Y] [--dry-run]
                                        import filled-in submissions (all files and rows or none;
                                        a file imported before is skipped)
  import template --units -o FILE       write the empty units import template (.csv or .xlsx)
  import units FILE [--dry-run]         add units from a filled-in template (all rows or none)
  rank --year Y [--group G] [--roll-up] [--format F] [-o FILE.pdf|FILE.csv|FILE.xlsx]
                                        the ranked list of learning units of year Y (--roll-up: with
                                        the unit each has become today)
  report summary --year Y -o FILE.pdf|FILE.odt [--date D] [--number N]
                                        the year&apos;s summary report to the Department of Education
  report reminders --year Y -o FILE.pdf [--date D] [--number N] [--deadline D]
                                        the reminder letter to units that sent nothing, asking
                                        for their report by the deadline
  report recognition --year Y [--unit CODE] -o FILE.pdf|FILE.odt|FOLDER [--date D]
                                        a unit&apos;s recognition dossier (Thông tư 24/2023): request,
                                        self-assessment report and summary table; a FOLDER gets
                                        every unit&apos;s, as PDF and ODT
  report review --phase N -o FILE.pdf|FILE.odt [--date D] [--number N]
                                        the review report of phase N (mid-term or final), with
                                        each unit&apos;s results over the phase&apos;s years
  tasks --year Y [--overdue] [--format F]
                                        the plan&apos;s tasks per unit in year Y, with due dates and status
  timeline [--format text|json] [--today D]
                                        the plan&apos;s years: phases, reviews, deadlines, today
  commendations --phase N [--format F] [-o FILE.pdf|FILE.xlsx]
                                        the commendation proposals of phase N&apos;s review
  rubric --year Y --preset TT24-2023|TT22-2020
                                        switch year Y&apos;s rubric (refused for a locked year or one with scores)
  recognition [--on D] [--format F] [-o FILE.pdf|FILE.xlsx]
                                        every unit&apos;s recognition (Thông tư 24/2023) on day D: level, year,
                                        decision, kept until, may ask for Mức 2 from
  recognition add --unit CODE --year Y --level 1|2|none --decision NUMBER --date D [--signer NAME]
                                        record the provincial committee&apos;s decision on a unit&apos;s year
  recognition carry --from CODE --year Y --unit CODE --note TEXT
                                        carry a decision over to the unit a merged or split unit became
  backup [-o FILE | --folder DIR]       a checked copy of the database, made while it may be in use
                                        (default: into the backup folder chosen in the window)
  restore FILE                          check a backup, keep the database as a copy, then swap the
                                        backup in (all or nothing), also over a file too damaged to open
  server init                           set up a shared office database on a PostgreSQL server
                                        (--db postgresql://…): the plan, the roles, their rights
  server add-user NAME --role clerk|council|leader|unit [--unit CODE] [--password-stdin]
                                        a new login on the server, in one of the roles
  server remove-user NAME               remove a login
  server users [--format F]             the logins and their roles
  copy --from SOURCE --to TARGET        copy a whole database between a file and a server (or two
                                        of either) into a new, empty one: all or nothing

Options:
  --db PATH                             the database file, or a server&apos;s postgresql://user@host/db
                                        address (default: $XHHT_DB, else the user&apos;s data folder)
  --format F                            tsv, csv or json, for output meant for other programs
  -h, --help                            this help; COMMAND --help for a command&apos;s options
  -v, --version                         the program&apos;s version

Exit status: 0 success, 2 bad usage, 1 any other failure.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your login %1 on %2 is a leader&apos;s: it reads, prints and exports, and changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommendationCatalogueDialog</name>
    <message>
        <source>In &amp;use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commendation catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forms and titles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Suggestion rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commendation form (hình thức khen thưởng)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emulation title (danh hiệu thi đua)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Phó Trưởng phòng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;osition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A class or better in every year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Among the top N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Class or better:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Top:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (emulation title)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not in use)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>top %1 in every year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>top %1 in the last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 or better in every year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not applied)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In every &amp;year of the phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;ule:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pr&amp;oposes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommendationCatalogueService</name>
    <message>
        <source>There is no commendation form %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown kind “%1”; use form or title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A commendation form needs its name, as printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue already has “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown level “%1”; use so, tinh, bo or nha_nuoc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown subject “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A commendation form needs at least one subject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown occasion “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A commendation form needs at least one occasion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n proposal(s) use “%1”; mark the form inactive instead of removing it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion rule(s) propose “%1”; change or remove them first.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>There is no individual %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An individual needs a full name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An individual needs the unit they work in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 is in %n proposal(s); remove those proposals first.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>There is no suggestion rule %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule needs the class to reach in every year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule needs how many of the best units, 1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown rule “%1”; use class_every_year or top_n.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule needs the commendation form it proposes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommendationCommands</name>
    <message>
        <source>The phase whose proposals to list: 1 or 2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the proposal list to FILE: .pdf (official format) or .xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format without -o: tsv, csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;commendations&apos; needs --phase N, one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;; use tsv, csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;commendations&apos; writes -o FILE.pdf or -o FILE.xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote the %n proposal(s) of phase %1 to %2.
</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>phase %1 has no commendation proposals yet; there is no list to write (propose units on the Reviews screen first).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommendationService</name>
    <message>
        <source>Unknown phase %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan has no phase %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A proposal needs its year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown subject “%1”; use tap_the or ca_nhan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A proposal needs a commendation form of the catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not given to the chosen subject (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is no longer in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A proposal for an individual needs the person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A proposal needs the unit it concerns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown status “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision date %1 is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This individual is already proposed for “%1” in the same phase or year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This unit is already proposed for “%1” in the same phase or year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no proposal %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a removed proposal with its number can be put back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal %1 is already there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proposal for %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>&amp;Remember the password in this computer&apos;s keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to the office&apos;s server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server name or address, e.g. csdl.svhttdl.tayninh.gov.vn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted when the server offers it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted, the server&apos;s certificate checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not encrypted (this computer or a trusted network only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ecurity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office&apos;s shared database on a PostgreSQL server. Ask the administrator for these details; the password is never written to the program&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the server, the database and the user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected, but the password could not be remembered: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardScreen</name>
    <message>
        <source>Record &amp;submissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;core the units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the &amp;tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 units have sent their report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received: %1 (late %2) · Missing: %3 · Units&apos; deadline: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units whose scores are not yet reviewed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every unit that sent its report has been reviewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue tasks: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year&apos;s tasks are not generated yet (the database is read-only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No task is overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2: due %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue since you last opened xhht (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue since you last opened xhht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing new.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No unit has sent its report yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup folder is chosen: choose one (a USB stick or a network folder) in Tools ▸ Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be found: plug in the USB stick or connect the network folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup in %1 yet: File ▸ Back up now makes one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last backup (%1) is %2 days old: File ▸ Back up now makes one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last backup: %1, in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Recognition dossiers of %1 (Circular 24/2023) to the Department of Education before %2: %n unit(s) reach a level on their reviewed results</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The data is on a server: its backups are made there by the administrator (pg_dump).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardService</name>
    <message numerus="yes">
        <source>The units&apos; deadline (%1) passed: %n unit(s) sent nothing</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: overdue for %n unit(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The change breaks a data rule: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is read-only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an xhht database (it is not an SQLite file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program (it has no xhht tables); it was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an xhht database; it was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer xhht (schema %2; this program knows up to %3). Update the program; the file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: permission denied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only and must be upgraded before use; make it writable and try again. The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding %1 is full: free some space on it and try again. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program or person is writing to the database and has not finished after %1 seconds; nothing was changed. Try again when they are done (another xhht window or command may be open on the same file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is damaged: %1. Restore the latest backup (File ▸ Restore from a backup… or &apos;xhht restore FILE&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk could not read or write the database (%1). Check that the disk or network folder is still there; the file itself may be intact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged (SQLite&apos;s check found: %2). Nothing was written to it. Restore the latest backup: File ▸ Restore from a backup… in the window, or &apos;xhht restore FILE&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an SQLite database can be copied this way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged (integrity check failed); it was not changed. Restore the latest backup (File ▸ Restore from a backup… or &apos;xhht restore FILE&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in a read-only folder (%2) and must be upgraded before use; copy it to a folder you can write to, or make the folder writable, and try again. The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no database at %1. Check the path given with --db (or $XHHT_DB); &apos;xhht --db PATH init&apos; creates a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save a copy of %1 before upgrading it (%2); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This installation cannot reach a PostgreSQL server: Qt&apos;s PostgreSQL driver is missing (Debian: install the package libqt6sql6-psql).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 refused the login: wrong user name or password. Check them (or ~/.pgpass, PGPASSWORD) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has no database named in %1. Ask the administrator for the right address; &apos;xhht server init --db ADDRESS&apos; sets up a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure (TLS) connection to %1 could not be made: %2. Check sslmode in the address and the server&apos;s certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 does not let this login in from this computer (%2). Ask the administrator to allow it in pg_hba.conf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the server %1 (%2). Check the network and the address, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 was set up by a newer xhht (schema %2; this program knows up to %3). Update the program; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 has no xhht data yet. &apos;xhht server init --db ADDRESS&apos; sets it up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else was changing the same data at the same moment; nothing was changed. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s disk is full; nothing was changed. Tell the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is read-only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused this: your login may not read or change these data (%1). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the server was lost (%1). Nothing was changed; choose File ▸ Reconnect to the server (Ctrl+Shift+R), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed by the server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseMenu</name>
    <message>
        <source>&amp;New database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new database file, with the plan and no units&apos; data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work on another database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database opened yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xhht databases (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new name, or open it with File ▸ Open….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not there any more.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeadlineText</name>
    <message>
        <source>%1 days left until %2 to send the report to the Department of Education and Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day left until %1 to send the report to the Department of Education and Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due today (%1): send the report to the Department of Education and Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deadline passed 1 day ago (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deadline passed %1 days ago (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today is %1; the report to the Department of Education and Training is due on %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentKind</name>
    <message>
        <source>Ranked list of learning units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual summary report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase review report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commendation proposal list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder letter (official letter)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentOptions</name>
    <message>
        <source>The document&apos;s date, dd/mm/yyyy (default: today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document&apos;s number (default: blank, to fill in on paper).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--date takes a date such as 05/12/2025, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--number takes a whole number such as 5, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of who signs this document (default: the signer set in Settings; not saved).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--signer takes the signer&apos;s name, such as --signer &quot;Trần Văn Ký&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xhht: warning: no signer is set, so the document has no name under its signature; set the signer in the window&apos;s Settings (Documents), or give --signer NAME.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentPrinter</name>
    <message>
        <source>Print preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentRenderer</name>
    <message>
        <source>The page margins are outside those of Decree 30/2020: top and bottom 20-25 mm, left 30-35 mm, right 15-20 mm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The font sizes are outside those of Decree 30/2020: text 13-14 pt, tables 12-13 pt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document cannot be drawn on this output.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentSettingsPage</name>
    <message>
        <source>Issuing body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Governing body:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;hort name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafting &amp;unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The head, in person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KT. (a deputy, on behalf of the head)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TL. (by order of the head)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TUQ. (by authorisation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TM. (on behalf of a collective body)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q. (acting head)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Signs as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head&apos;s &amp;title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer&apos;s tit&amp;le:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer&apos;s &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One recipient a line, as printed after “- ”; the last one is the archive, such as “Lưu: VT, QLVHGD.”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The usual “Nơi nhận” (one a &amp;line):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reports go to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document symbols (empty: the default shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing as %1 needs the head&apos;s title, such as GIÁM ĐỐC.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceOpener</name>
    <message>
        <source>Cannot write a copy of %1 to open it: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1 with the program the computer uses for it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rubric criterion the files you add are evidence for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New files are evidence &amp;for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected file with the program the computer uses for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add evidence files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected files from the submission (Cancel keeps them; after saving, Edit ▸ Undo brings them back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach files; they are stored when you save (at most %1 each)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected files (Cancel keeps them)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Create a new database in the data &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new database in &amp;another file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open an existing database file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;demo (sample data for 2024 and 2025, in a file of its own)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to xhht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new file, e.g. D:\XHHT\xhht.sqlite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a file made by xhht (.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No xhht database was found.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;xhht keeps all its data (units, submissions, scores, reports) in one database file. Choose where it will be; back it up like any important document.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xhht database (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xhht database (%1);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type or choose the new file&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists: choose “Open an existing database file” to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type or choose the file to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to the office&apos;s &amp;server (a database shared on PostgreSQL)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About xhht</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HiddenText</name>
    <message>
        <source>the text holds an invisible or control character (U+%1) at character %2; remove it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportFileDetails</name>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows read: %1 · new: %2 · changed: %3 · change nothing: %4 · empty (skipped): %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in this file. Click a problem to select every problem of its row.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The first %L1 are listed, and %L2 more are not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1, key [%2]</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Row %1%2: %n problem(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportIssue</name>
    <message>
        <source>column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1 “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LineageConsequences</name>
    <message>
        <source>%1: %2 ends on %3 (its last day is the day before).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is no longer expected to report from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the report of %2 (received %3) stays with %2, the former unit; it is not moved to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 has sent no report for %1; it is still expected for %1, as the unit was active part of the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the reviewed scores of %2 stay with it; it is still ranked in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the commendation proposal for %2 (%3) stays with %2; propose %4 anew if it should go to the new unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 starts on %3; for %1 it is covered by the reports of the units it replaces once each of them has sent one (it is then not missing and gets no reminder; it may still send its own).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 starts on %3 and reports for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 goes on and reports as before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1: %2 no longer reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1: %2 reports instead of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this change does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the change is applied, here is what it does, year by year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more (Show Details…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>xhht – Learning society movement 2024-2030</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read-only: changes cannot be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About xhht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About xhht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;xhht %1&lt;/h3&gt;&lt;p&gt;Follows the plan of the Department of Culture, Sports and Tourism of Tây Ninh for the movement “Cả nước thi đua xây dựng xã hội học tập, đẩy mạnh học tập suốt đời giai đoạn 2024 - 2030”: unit submissions, evaluation, reports and reviews.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Submissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;coring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock or unlock the year…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is open read-only: the year cannot be locked or unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un&amp;lock %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time&amp;line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the document of this screen, with a preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This screen has no document to print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to print: no unit is ranked in this year yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xhht – %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, signed in as %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to &amp;server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work on the office&apos;s shared database on a PostgreSQL server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect to the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected again to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reconnect to the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the connection to the server was lost: connect again, keeping your edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rec&amp;ognition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the server was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server ended this window&apos;s session. Your unsaved edits stay in their editors; reconnect to save them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xhht – %1, signed in as %2 – %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Our submission</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ObligationEvidenceDialog</name>
    <message>
        <source>Evidence of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2
for %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open evidence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ObligationService</name>
    <message>
        <source>This database has no plan loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan&apos;s tasks run from %1 to %2; %3 is outside that period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no task obligation %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“Overdue” follows from the due date; choose not started, in progress or done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown status “%1”; use not_started, in_progress or done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The completion date %1 is before the year %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The completion date %1 is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A completion date is only given for a task that is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another task already has the code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no task %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A task needs a code, such as T15.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A task needs its text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A review task needs the phase whose review it belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown recurrence “%1”; use yearly, once or review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The due date %1/%2 is not a day of the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A task needs at least one unit or kind of unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An assignee needs a unit or a kind of unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to attach has no name or content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That file is not attached to this task.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ObligationTableModel</name>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OdtWriter</name>
    <message>
        <source>The document cannot be converted to OpenDocument text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganisationService</name>
    <message>
        <source>The department&apos;s name is needed: it heads every document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The department&apos;s short name is needed: it ends every document&apos;s symbol.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The department&apos;s short name is written in capitals and digits, without spaces (such as SVHTTDL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The place is needed: it comes before each document&apos;s date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drafting unit&apos;s short name is written in capitals and digits, without spaces (such as QLVHGD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The symbol of the %1 is written in capitals and digits joined by &quot;-&quot;, without spaces (such as BC-SVHTTDL), not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhaseReviewModel</name>
    <message>
        <source>not ranked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tasks %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (ended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Former units</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhaseReviewService</name>
    <message>
        <source>The plan has no phase %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanScreen</name>
    <message>
        <source>Plan &amp;overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PLAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by %1; period %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks from this section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProposalConflict</name>
    <message>
        <source>Commendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achievements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else removed this proposal meanwhile; your changes were not saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProposalDialog</name>
    <message>
        <source>Decided o&amp;n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The achievement, as it will be printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 123/QĐ-UBND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Collective or individual:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ommendation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Achievement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decision number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the unit from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the person: add them under Catalogue… first if they are not listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the commendation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProposalTableModel</name>
    <message>
        <source>unit #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>form #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collective / individual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown options: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected value after &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Displays help on commandline options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Displays help including Qt specific options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Look in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid filename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <comment>All other platforms</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <comment>Match OS X Finder</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RankCommands</name>
    <message>
        <source>The year to rank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YEAR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank only this emulation group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GROUP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: tsv, csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;rank&apos; needs --year YEAR, such as --year 2025.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;; use tsv, csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the ranked list of %1 to %2.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the list to FILE: .pdf (the official document), .csv or .xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-o takes a file ending in .pdf, .csv or .xlsx, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name on each row the unit it has become today (merged, split or dissolved units).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RankingPanel</name>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tie rules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print / PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the list shown as a spreadsheet (XLSX or CSV), in Vietnamese as printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose and order the rules that separate units with the same total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed under the ranked list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranked %1 of %2 units; a unit is ranked once every item is reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the ranked list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the ranked list of %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tie rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tie rules not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the tie rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list as an official document (Decree 30/2020): print preview or PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the ranked list to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name on each row the unit it has become today, for a year before units were merged or split (quy đổi theo đơn vị hiện nay); the ranks stay the year&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To&amp;day&apos;s units</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RankingTableModel</name>
    <message>
        <source>Emulation group: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranked once every item of the unit is reviewed (%1 of %2 now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equal units share a rank, and the next rank skips (1, 2, 2, 4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items met of the rubric&apos;s items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total of the reviewed scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit it has become by %1 (merged, split or dissolved); empty when the same unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recognition in force by the decisions of the provincial People&apos;s Committee, and until when it is kept (Circular 24/2023)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognised</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecognitionCommands</name>
    <message>
        <source>The year whose rubric to switch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YEAR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preset: TT24-2023 or TT22-2020.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;rubric&apos; needs --year YEAR and --preset TT24-2023 or TT22-2020.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 now uses %2 (%3).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown preset &apos;%1&apos;; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add or carry; without it, the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit&apos;s code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year recognised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1, 2, or none (a refusal).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LEVEL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision&apos;s number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision&apos;s date, dd/mm/yyyy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who signed the decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>carry: the former unit&apos;s code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>carry: why the decision is carried over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day of the list, dd/mm/yyyy (default: today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the list to FILE: .pdf (official format, dated today) or .xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: tsv, csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos; for &apos;recognition&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos;; use &apos;recognition add&apos;, &apos;recognition carry&apos; or &apos;recognition&apos; alone for the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;recognition add&apos; needs --unit CODE of a known unit, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--level takes 1, 2 or none, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;recognition add&apos; needs --year YEAR, the year recognised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--date takes the decision&apos;s date as dd/mm/yyyy, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded decision %1 of %2 for %3, %4: %5.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;recognition carry&apos; needs --from CODE (the former unit), --year YEAR and --unit CODE (the unit it became).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no decision for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carried the decision of %1 for %2 over to %3.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;; use tsv, csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--on takes a day as dd/mm/yyyy, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;report recognition&apos; needs --year YEAR, such as --year 2026.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;report recognition&apos; needs -o FILE.pdf, -o FILE.odt or -o FOLDER.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--unit takes the code of a known unit, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one file holds one unit&apos;s dossier: give --unit CODE, or -o FOLDER for every unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot make the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote the recognition dossier of %n unit(s) for %1 to %2.
</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;recognition&apos; writes -o FILE.pdf or -o FILE.xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote the recognition of %n unit(s) to %1.
</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecognitionDossierPanel</name>
    <message>
        <source>Record &amp;sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reaching no level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognition dossiers for %1, due before %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready: %1 · Sent: %2 · Missing: %3 · Reaching no level: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n chỉ tiêu without a result</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The database is open read-only: changes cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a unit in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the dossier of %1 as sent on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the day the dossier of %1 was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Dossiers (%n missing)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Dossiers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecognitionScreen</name>
    <message>
        <source>&amp;New decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Units and their recognition today:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Recognition as a learning unit&lt;/b&gt; (Thông tư 24/2023): the decisions of the provincial People&apos;s Committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recognised (refused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 123/QĐ-UBND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year recognised:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision n&amp;umber:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;gner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: this login may look at the decisions but not change them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On %1: %2 of %3 units recognised; %4 must be evaluated again this year; %5 may ask for Mức độ 2 now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a unit above to see and record its decisions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions on %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carried over from a former unit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This login may not change the decisions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the decision %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the decision %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the decision %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecognitionService</name>
    <message>
        <source>A decision needs the unit it recognises.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A decision needs the year recognised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The level is 1, 2 or none (a refusal), not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A decision needs its number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A decision needs its date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision date %1 is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A decision on the year %1 is taken after it ends, not on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A decision carried over from a former unit needs a note saying why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This unit already has a decision for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no decision %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a removed decision can be put back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no unit %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a unit that the decision&apos;s unit was merged or split into; only those may carry it over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is evaluated with %2, not by levels under Thông tư 24/2023: there is no recognition dossier for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit was not active in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the dossier was sent, %1, is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dossier on the year %1 is sent after the year ends, not on %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecognitionStatusModel</name>
    <message>
        <source>%1 (year %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recognised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, this year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognition in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May ask for Mức 2 from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-evaluate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderDeadlineField</name>
    <message>
        <source>Reminder letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date by which the units that sent nothing must send their report; by default three working days before the report deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportCommands</name>
    <message>
        <source>The year of the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YEAR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos; for &apos;report %2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;report %1&apos; needs --year YEAR, such as --year 2025.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;report summary&apos; needs -o FILE.pdf or -o FILE.odt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;report reminders&apos; needs -o FILE.pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no unit was active in %1; there is nothing to report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the summary report of %1 to %2.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>xhht: note: the report still has %n gap(s); the Reports screen lists them.
</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Every unit active in %1 has sent its report: no reminder letter is needed.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote the reminder letter to %n unit(s) of %1 to %2.
</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The phase of the plan to review (1 or 2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the document to FILE: .pdf, or .odt for the summary and review reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;report %1&apos; takes --year, not --phase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;report review&apos; needs --phase N, such as --phase 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;report review&apos; takes --phase, not --year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;report review&apos; needs -o FILE.pdf or -o FILE.odt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the review of %1 (%2-%3) to %4.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For &apos;report reminders&apos;: the date, dd/mm/yyyy, by which the late units must send (default: three working days before the report deadline).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--deadline is for &apos;report reminders&apos; only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--deadline takes a date such as 05/12/2025, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--deadline %1 must come after the letter&apos;s date, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For &apos;report recognition&apos;: only this unit&apos;s dossier (its code).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;report&apos; needs what to write: &apos;summary&apos;, &apos;reminders&apos;, &apos;review&apos; or &apos;recognition&apos;; see &apos;xhht --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown report &apos;%1&apos;; use &apos;summary&apos;, &apos;reminders&apos;, &apos;review&apos; or &apos;recognition&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--unit is for &apos;report recognition&apos; only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportDocumentFields</name>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used for the document exported from this screen; the organisation settings are not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document number; blank leaves room to write it on the paper copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing &amp;authority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer&apos;s tit&amp;le:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportExporter</name>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more (Show Details…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report is not complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 report is not complete yet (gaps left: %2). Make it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Make it anyway</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportGapList</name>
    <message>
        <source>%1 (empty: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (items left: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter or double-click: record the unit&apos;s submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter or double-click: open the unit&apos;s submission to fill in its indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter or double-click: review the unit&apos;s scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter or double-click: edit the section below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is missing: the report is complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports not received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators left empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores not reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections still to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What the report still lacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What the report still lacks (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportSectionEditor</name>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bac&amp;k to draft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W&amp;ritten sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this section&apos;s text (Ctrl+S); Edit ▸ Undo takes the save back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop this section&apos;s own text and print the draft the program writes from the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each line is a paragraph. A line such as “1. Strengths” (a number, a full stop, no closing punctuation) is printed as a heading. Replace every [bracketed note] before sending the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed, not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved, still holds a [note] to replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft written from the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed, not saved yet: Save (Ctrl+S) keeps the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved, but it still holds a [note] to replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft written from the data: edit it and save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsScreen</name>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview and print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The summary report as it will be printed (Decree 30/2020), with the printer one click away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the summary report as a PDF, to send to the Department of Education and Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;ODT…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the summary report as an OpenDocument text, to finish it in Word or LibreOffice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;minder letter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;view and print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No year has settings yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units expected: %1 · Received: %2 (on time %3, late %4) · Missing: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline for units: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A letter (công văn đôn đốc) asking the units that sent nothing (%1) to send their report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every unit has sent its report: there is nobody to remind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text of %1 in the %2 report is not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard your changes to “%1” and show the draft written from the data?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop the saved text of “%1” and print the draft written from the data instead?
Edit ▸ Undo brings the saved text back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” follows the draft written from the data again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved “%1” of the %2 report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed “%1” of the %2 report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the summary report to PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the summary report to ODT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the %1 summary report to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the reminder letter to PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the reminder letter to the units that sent nothing (%1) to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save it, discard the changes, or keep editing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: “%1” was changed by someone else; your text is still in the editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the text of “%1” as saved by someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewWriter</name>
    <message>
        <source>Score %1 not saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed score %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the reviewed score %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the note on %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was received from %1 for %2: record its submission first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (reviewed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the review of %1 of %2 as saved by someone else</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewsScreen</name>
    <message>
        <source>A&amp;ccept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase &amp;review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;view and print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;ODT…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review report:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Suggested by the rules (tick those to propose):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposals:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;talogue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List as &amp;XLSX…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2–%3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No year of this phase has data yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) at the end of the phase, year %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) at the end of the phase, years %1–%2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n unit(s) ended during the phase</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, already proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Accept %n suggestion(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Propose %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n proposal(s) added</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Commendation proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the proposal for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the proposal for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal removed (Ctrl+Z puts it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the review report to ODT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the review report to PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ODF text documents (*.odt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the proposal list to PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the proposal list to XLSX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the proposal list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list could not be saved to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;proposal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commendat&amp;ion proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;view list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List as PD&amp;F…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count former units und&amp;er today&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count the results of merged or split units under the units they became (quy đổi theo đơn vị hiện nay); unticked, each former unit keeps a row of its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phase has no commendation proposals yet: propose units first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No suggestion: there are no rules yet (Catalogue…, Suggestion rules).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No suggestion yet: %1 not fully scored; the rules look at every year of the phase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No unit meets the rules.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RubricCriteriaModel</name>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percentage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass/fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1: “%2” is not a number of points; type for example 10 or 7,5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1: “%2” is not a percentage; type a number from 0 to 100, for example 90.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1: the level is 1 or 2, not “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sum of the items&apos; maxima</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>universities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vocational schools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không áp dụng: applies only to %1, none of the department&apos;s units.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RubricEditorDialog</name>
    <message>
        <source>Rubric for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cr&amp;iteria (double-click, F2 or type to edit a cell):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rubric of %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use this rubric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the rubric chosen here the rubric of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy for this year…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make an editable copy of a rubric the rubric of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (preset)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — the rubric of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A preset: it stays as published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An edited copy of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An edited copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units are recognised by level (chỉ tiêu met).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units are scored in points and ranked in tiers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No year uses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Levels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tiers, best first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier %1 needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier “%1”: “%2” is not a number of points; type for example 85.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total of the maxima: %1 points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is open read-only: the rubric is shown, not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is locked: its rubric can no longer change. Unlock the year to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This rubric is also used by %1, which is locked, so it can no longer change. “Copy for this year…” makes an editable copy for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This rubric is also used by %1: edits apply to those years too. “Copy for this year…” makes a copy for %2 alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has its own copy: edit it here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the rubric (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the cells marked in red first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes to the rubric have not been saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy a rubric for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy becomes the rubric of %1 and can be edited; other years keep theirs. Scores already given in %1 stay with the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rubric not copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rubric not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rubric not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the cells marked in red first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rubric was not saved; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not the rubric of %2. “Use this rubric” makes it the year&apos;s rubric; “Copy for this year…” makes an editable copy of it for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a preset and stays as published. “Copy for this year…” makes an editable copy of it for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RubricService</name>
    <message>
        <source>The year %1 has no settings in this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year %1 is locked: its rubric can no longer be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rubric %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has scores against its rubric; copy that rubric instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (edited for %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has %2 scores against its current rubric; they would no longer count. Clear them first, or edit a copy of the current rubric.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 has no title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1: the maximum must be more than 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1: the step must be more than 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1: the maximum %2 is not a multiple of the step %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1: the threshold must be a percentage from 0 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 needs a level (1 or 2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tier “%1” must need fewer points than “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tier “%1” needs %2 points, more than the rubric&apos;s %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a preset and stays as published; copy it for a year to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1: %2&apos;s score %3 for %4 would no longer fit (%5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not on the step</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaveConflict</name>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: theirs %2 → yours %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (self-score)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (reviewed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence files: theirs %1 → yours %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their version and yours hold the same values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the two versions differ:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload their version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save mine over theirs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaveReportTextCommand</name>
    <message>
        <source>Return “%1” of the %2 report to the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit “%1” of the %2 report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text was changed after this step (on another computer).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaveSubmissionCommand</name>
    <message>
        <source>Edit submission of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the submission was changed after this step (by an import or on another computer).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoreDelegate</name>
    <message>
        <source>self %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoringGridModel</name>
    <message>
        <source>Code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emulation group: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing received from this unit for %1: there is nothing to score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-score %1, reviewed %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-score %1, not reviewed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No self-score, reviewed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No self-score, not reviewed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 items met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed total: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 items reviewed: the total counts once every item is reviewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-assessed total: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not classified: %1 of %2 items reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met or not met (đạt / không đạt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A percentage; met from %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum %1 points, step %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items met, once every item is reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The total of the reviewed scores, once every item is reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rubric&apos;s classification of the reviewed total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoringScreen</name>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ranked list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In each cell: the unit&apos;s self-score (small, grey) and the reviewed score. Amber: the reviewed score differs from the self-score. Blue corner: a note. Type a score and press Enter to go down to the next unit; Shift+F2 edits the note, Delete clears the reviewed score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The files the unit sent as evidence for the selected item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear reviewed score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No year has settings yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year %1 is locked: its scores cannot be changed until it is unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed in full: %1 of %2 received · Not received: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unit is reviewed in full when every item of the rubric has a reviewed score; only then does it get a total, a classification and a rank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a note on the selected item of the unit&apos;s review (Shift+F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score %1 not saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was received from %1 for %2: record its submission first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit reviewed score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file is tied to this item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on item %1 (%2) of %3:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year %1 is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year %1 is unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;ubric…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year&apos;s rubric: its items, maxima, steps and tiers; copy a preset to change them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Seeder</name>
    <message>
        <source>The seed file %1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seed file %1 is not valid JSON: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seed names an unknown unit code %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerAccess</name>
    <message>
        <source>Logins and roles exist only on a server database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be a login name: use letters without diacritics, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;, starting with a letter, at most 63 characters (not starting with xhht_ or pg_).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a role; use clerk, council, leader or unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server already has a login named &apos;%1&apos;; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no xhht login named &apos;%1&apos; on this database; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>&apos;%1&apos; is not a server address: it must start with postgresql://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address &apos;%1&apos; cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address &apos;%1&apos; names the database &apos;%2&apos;; a database name has no &apos;/&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address has an unknown setting &apos;%1&apos; (known: sslmode, sslrootcert, sslcert, sslkey, connect_timeout, application_name, host, port, user, dbname).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address &apos;%1&apos; has no valid port.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerCommands</name>
    <message>
        <source>The database to copy: a file or a postgresql:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new, empty database to copy into: a file or a postgresql:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TARGET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login&apos;s role: clerk, council, leader or unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit a unit&apos;s login speaks for (its code).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the new login&apos;s password from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: tsv, csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server init takes no argument besides --db ADDRESS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server database ready: %1 (the plan, the roles clerk, council, leader and unit, their rights). Add logins with &apos;xhht server add-user NAME --role ROLE&apos;.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: xhht server add-user NAME --role clerk|council|leader|unit [--unit CODE] [--password-stdin].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--password-stdin: no password on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login %1 added with the role %2.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: xhht server remove-user NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login %1 removed.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;; use tsv, csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown server action &apos;%1&apos;; use init, add-user, remove-user or users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: xhht copy --from SOURCE --to TARGET.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied %1 to %2: %3 tables, %4 rows, each table&apos;s rows counted equal on both sides.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerRoles</name>
    <message>
        <source>clerk, Culture and Family Management Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evaluation, Department Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leader, reading only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no xhht role</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerService</name>
    <message>
        <source>%1 is a file on this computer; logins and roles exist only on a server database (--db postgresql://…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has no xhht roles yet: run &apos;xhht server init --db ADDRESS&apos; first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unit&apos;s login needs its unit: --unit CODE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no unit with the code &apos;%1&apos; (&apos;xhht units&apos; lists them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--unit is only for a unit&apos;s login (--role unit).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Services</name>
    <message>
        <source>The database is open read-only: changes cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your login %1 is a leader&apos;s: it reads, prints and exports, and changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your login %1 may not change this: it is the council&apos;s work (Văn phòng Sở).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your login %1 may not change this: it is the clerk&apos;s work (Phòng QLVH&amp;GĐ).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your login %1 is the unit %2&apos;s: it changes only its own submission.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetDossierSentCommand</name>
    <message>
        <source>the day the dossier was sent was changed after this step.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetObligationStatusCommand</name>
    <message>
        <source>Set %1 of %2 to “%3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the task was changed after this step.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: no automatic backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder of the backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backup folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language takes effect when xhht is started again. A copy of the database is saved in the backup folder at closing when something changed, and at least daily; the last 7 daily and 4 weekly copies are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is open read-only: the document settings cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignerDialog</name>
    <message>
        <source>Who signs the documents?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form and the head&apos;s title, in capitals: KT. GIÁM ĐỐC, TL. GIÁM ĐỐC, …; empty when the head signs in person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name, without degrees or honours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No signer is set yet. The documents carry the signer&apos;s name under the signature; it is kept in Settings (Documents) for the next ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing &amp;authority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer&apos;s tit&amp;le:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer&apos;s &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save and continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqliteFile</name>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not an SQLite database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is damaged (integrity check: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not an xhht database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubmissionCommands</name>
    <message>
        <source>YEAR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: tsv, csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the file and report what would change; write nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill the template with what is already recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos; for &apos;import template&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;; use tsv, csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--year takes a year such as 2025, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;import template&apos; needs --year YEAR, such as --year 2025.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;import template&apos; needs -o FILE.csv or -o FILE.xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the import template of %1 to %2.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) in %1; nothing was imported.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> (dry run: nothing was written).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year to list (default: this year).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year of the template; for an import, the year of a file without a [year] column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) for %2: %3 new, %4 changed, %5 unchanged, %6 with nothing filled in</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Add the reviewed-score columns [rev:CODE] (the council&apos;s sheet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the units import template instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;import units&apos; takes one file: xhht import units FILE [--dry-run].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;import&apos; needs what to do: &apos;template&apos;, &apos;submissions&apos; or &apos;units&apos;; see &apos;xhht --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown import &apos;%1&apos;; use &apos;template&apos;, &apos;submissions&apos; or &apos;units&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write one workbook per unit active in the year into the folder given by -o.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;import submissions&apos; takes files or a folder: xhht import submissions FILE... | FOLDER [--year Y] [--dry-run].</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n workbook(s), one per unit active in %1, to %2.
</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: skipped: already imported on %2 as %3.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 file(s) have errors; nothing was imported.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: skipped: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s): %1 imported, %2 skipped; %3 new, %4 changed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %L1 more error(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SubmissionEditorDialog</name>
    <message>
        <source>Submission of %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deadline %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Self-score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;vidence (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the submission (Enter); Edit ▸ Undo takes it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 45/BC-UBND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document &amp;number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date &amp;received:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Indicator&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Value&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0–100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes / no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimate to 31/12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figure is an estimate of what will be done by 31 December (ước thực hiện)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pass / fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>đạt / không đạt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%, threshold %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On time (deadline %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Late: %n day(s) after the deadline %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Deadline %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Scored: %1 of %n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(without the scores that are not valid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the fields marked in red first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes to this submission have not been saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>correct the fields marked in red.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubmissionFilesDialog</name>
    <message>
        <source>Import submissions files</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) read: %1 accepted, %2 refused, %3 skipped.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing will be imported until the refused files are corrected (or left out) and the files are imported again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the refused files, then import them again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the accepted files in one step; imports are not on the undo stack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The files change nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 new, %2 changed, %3 unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported:
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubmissionFilesImport</name>
    <message>
        <source>%1: the folder has no .csv, .xlsx, .xls or .ods file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same file as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already imported on %1 as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the unit %1 of %2 is also in %3 (row %4); keep one file per unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some files have errors; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubmissionHistoryView</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submission recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-score %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed score %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (SHA-256 %2); double-click to open it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubmissionImport</name>
    <message>
        <source>cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty; it needs a header row with the column keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this column has values but no header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column appears twice (columns %1 and %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is for %1, but the import was asked for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the year %1 is locked; its submissions can no longer be changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no indicator has the code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rubric of %1 (%2) has no item %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file needs a [unit_code] or a [unit_name] column to know whose rows they are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the year %1 differs from the file&apos;s year %2; import one year per file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the unit %1 (%2) was not active in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no unit has the code “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not the name of unit %2 (“%3”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no unit active in %1 is named “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>several units are named “%1”; give the unit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row has values but no unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the unit %1 already has a row (row %2); one row per unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has errors; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has no [year] column; add one, or give the year (--year on the command line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown column; the keys are [year], [unit_code], [unit_name], [document_number], [document_date], [received_date], [note], [ind:CODE], [self:CODE] and [rev:CODE], as in the import template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text has %1 characters, as many as a worksheet cell holds: the spreadsheet program may have cut it; import it from a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubmissionService</name>
    <message>
        <source>The year %1 has no settings in this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year %1 is locked: its submissions and scores can no longer be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence file “%1” is not part of this submission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB; attach a smaller file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program or person recorded submissions of %1 while this import was running; nothing was imported. Import the file again: it is then compared with what they recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the review of %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubmissionStatus</name>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned for completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not received</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubmissionTableModel</name>
    <message>
        <source>Code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emulation group: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing received yet; the deadline is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Received %1, %n day(s) after the deadline %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Received %1; the deadline is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n indicator(s) filled in</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Self-assessed total: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No self-assessed score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the report came in by the year&apos;s unit deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity figures filled in, of the indicators in use this year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit&apos;s self-assessed total against the year&apos;s rubric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>covered by the units it replaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formed this year: the reports of %1 cover it for the year; it may still send its own.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubmissionTemplate</name>
    <message>
        <source>%1: choose a file name ending in .csv or .xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 of unit %2 (%3) has %4 characters, more than the %5 a worksheet cell holds; write the template as CSV, or shorten the text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubmissionValidator</name>
    <message>
        <source>a percentage cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a percentage; write a number from 0 to 100, such as 95 or 92,5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is more than 100%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is outside the reporting period of %2 (%3 to %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-score %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed score %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a score cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is neither met nor not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is above the maximum of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a multiple of the step %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value does not fit the indicator&apos;s kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a count cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a count must be a whole number, not “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date; write it as dd/mm/yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a real date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not yes or no; write có or không</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is neither met nor not met; write đạt or không đạt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a score; write a number such as 7 or 7,5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document is dated %1, after the date it was received (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received on %1, before the document&apos;s date (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The submission is for %1, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit was not active in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required when the status is “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator %1 is not used in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion %1 is not in the rubric of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An evidence file has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence “%1” is tied to a criterion that is not in the rubric of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 does not apply to %2 (không áp dụng): leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubmissionWorkbooks</name>
    <message>
        <source>&amp;Workbooks for the units…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save one workbook per unit active in the year into a folder: the unit&apos;s name filled in, every cell checked as it is typed, last year&apos;s values beside; send each unit its own, then drop the returned files or their folder here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the units&apos; workbooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workbooks not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %n workbook(s) for the units of %1 in %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import submissions files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported the files: %1 new, %2 changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1: %2 new, %3 changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubmissionsScreen</name>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit name, code or document number (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received on time or late, whatever the status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record or correct the selected unit&apos;s submission (Enter, or double-click the row)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this table as a spreadsheet (XLSX or CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the year&apos;s import template: one row per active unit, to fill in and import (XLSX or CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No year has settings yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received %1 of %2 · Late %3 · Missing %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline for units: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The year %1 is locked: its submissions cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a filled-in template (XLSX or CSV). Imports are not on the undo stack: Edit ▸ Undo does not take them back, and importing clears the undo history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the submission of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export submissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the submissions of %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the import template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the import template of %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import submissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covered by former units %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xls *.ods *.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your unit has no submission to make for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline %1 · Locked by the council: read only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline %1 · Open: your unit enters and corrects its submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year %1 is locked by the council (Văn phòng Sở): your unit&apos;s submission can no longer be changed. Ask the department&apos;s office if something must be corrected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter or correct your unit&apos;s submission for %1 (Enter, or double-click the row)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The department&apos;s office records when it received your submission and whether it was checked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableCopy</name>
    <message>
        <source>The table %1 has rows whose parent is missing; nothing was copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 are at different schema versions (%3 and %4); open both with this program first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a table %2 that %3 lacks; nothing was copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds data (table %2); copy only into a new, empty database. Nothing was copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table %1 has other columns in %2 than in %3; nothing was copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table %1 has %2 rows in %3 but %4 after copying; nothing was copied.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableReader</name>
    <message>
        <source>A quoted value that opens in row %1 is never closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file contains no rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be opened: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook is damaged: its part %1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook is damaged: its part %1 cannot be unpacked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook is damaged: its part %1 is not valid XML (line %2: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not an XLSX workbook (it may be damaged or protected by a password).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook has no worksheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The worksheet %1 contains no rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 has more than %2 columns, the most a worksheet has; the file is not a table the program can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 is not valid UTF-8 text (byte %2 of the file); save the file again as CSV UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 is not valid UTF-16 text (byte %2 of the file); save the file again as CSV UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 holds bytes that are neither UTF-8 nor Windows-1258 text (byte %2 of the file); save the file again as CSV UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook&apos;s part %1 unpacks to %2 MB, more than the %3 MB the program reads from one part; it is not a table the program can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook&apos;s part %1 unpacks to %2 MB from %3 KB, more than %4 times its packed size: a file made to exhaust the computer&apos;s memory, not a table the program reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 has a cell beyond column XFD, the last of the %2 columns a worksheet has; the file is not a table the program can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 repeats its cells more than %2 times in all; the file is not a table the program can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 is repeated %2 times; the file is not a table the program can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not an OpenDocument spreadsheet (.ods), or it is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file type is not supported; use a .csv, .xlsx, .xls or .ods file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not an Excel 97-2003 workbook (.xls), or it is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is larger than %1 MB; the program does not read Excel 97-2003 workbooks that large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook is protected by a password; save it without one, or as .xlsx, and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook&apos;s sheets declare %1 cells, more than the %2 the program reads from an .xls file; save it as .xlsx and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableSearch</name>
    <message>
        <source>Unit name (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskCommands</name>
    <message>
        <source>The year whose tasks to list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YEAR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the tasks past their due date and not done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: tsv, csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;tasks&apos; needs --year YEAR, such as --year 2025.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;; use tsv, csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskEditorDialog</name>
    <message>
        <source>Fixed &amp;due date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit task %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once, in the plan&apos;s first year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At a phase&apos;s review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every unit of kind: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (until %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;tail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan &amp;section:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recurrence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Carried out by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A task needs a code, such as T15.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A task needs its text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The due date %1/%2 is not a day of the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one unit or kind of unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads (chủ trì)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinates (phối hợp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the selected unit or kind leads the task or takes part in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected one takes part &amp;as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (coordinates)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (leads)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskText</name>
    <message>
        <source>every year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every year, by %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at the review of phase %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another unit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TasksScreen</name>
    <message>
        <source>&amp;Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In &amp;progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Done on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No&amp;te…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add task…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit task…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Task:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tasks: %2 done, %3 overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1 shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on %1 for %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;vidence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The files that show the task was carried out: minutes, photos, the report sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TieRulesDialog</name>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tie rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When units have the same total, the ticked rules are tried from the top; the first one that tells them apart decides. Units still equal share the rank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the selected rule earlier (Ctrl+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the selected rule later (Ctrl+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Higher total (or more items met) in criterion %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Higher total (or more items met) in criterion %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent on time before sent late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received earlier first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the printed list: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineCommands</name>
    <message>
        <source>Output format: text or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day marked as today, dd/mm/yyyy (default: today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;; use text or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--today takes a date such as 05/12/2025, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelinePainter</name>
    <message>
        <source>The plan has no years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units&apos; reports due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary report due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No year settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units&apos; reports due: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary report to the Department of Education due: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 due %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked: its submissions, scores and rubric no longer change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossiers &lt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognition dossiers (Circular 24/2023) to the Department of Education before %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineScreen</name>
    <message>
        <source>&amp;Open the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as &amp;PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submissions: %1 received (%2 late), %3 missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the timeline as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the timeline as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Timeline of the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: the picture could not be encoded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: the PDF could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Timeliness</name>
    <message>
        <source>On time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UndoFailureNotice</name>
    <message>
        <source>Undo or redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot undo “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot redo “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitCommands</name>
    <message>
        <source>%1 is read-only; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) in %1; nothing was imported.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n unit(s): %2 new, %3 already recorded</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> (dry run: nothing was written).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;import template --units&apos; needs -o FILE.csv or -o FILE.xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the units import template to %1.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;; use tsv, csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitHistoryChart</name>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed totals of %1: none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed totals of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3 points</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitImport</name>
    <message>
        <source>the file is empty; it needs a header row with the column keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this column has values but no header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown column; the keys are [code], [name], [kind], [parent_code], [group], [valid_from], [valid_to], [short_name] and [note], as in the template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column appears twice (columns %1 and %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file needs a [%1] column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the unit&apos;s code is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the code %1 already has a row (row %2); one row per unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the unit&apos;s name is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a kind of unit; use one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date %1 is outside the plan period (%2 to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first day of validity is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last day %1 comes before the first day %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a unit cannot be its own parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the unit %1 is already recorded as “%2” with other values; change it on the Units screen (rename, move, dissolve), which keeps its history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the unit %1 is already named “%2” at the same time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 has the same name “%2” at the same time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no unit has the code “%1”, in the database or in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has errors; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitKind</name>
    <message>
        <source>Department office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subordinate unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District culture and information office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District culture, sports and broadcasting centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commune or ward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitLineageDialog</name>
    <message>
        <source>New unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dissolve unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision or resolution, e.g. NQ 1682/NQ-UBTVQH15</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emulation &amp;group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Parent unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid &amp;from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Units to merge:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new unit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Into:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add a part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New units:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit&apos;s last day is the day before. Its submissions stay with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitLineagePanel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dissolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” → “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitLineageService</name>
    <message>
        <source>Give the effective date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date %1 is outside the plan period (%2 to %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the unit&apos;s code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the unit&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown kind “%1”; the kinds are %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code %1 is already used by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another unit active on %1 is already named “%2” (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No unit has the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is not valid on %3 and cannot be a parent then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) was created on %3; an event ending it cannot take effect on %4, before or on its first day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is no longer valid on %3 (its last day was %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) has a submission for %3, after its last day %4; it must stay valid in that year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day %1 comes before the first day %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already named “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) was created on %3; an event cannot take effect on %4, before it existed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was already renamed on %2; a new name must take effect after that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one unit to merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unit cannot be merged into itself: %1 (%2) is both a source and the target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot merge into %1 (%2): it is no longer valid on %3 (dissolved or merged on %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A split needs at least two new units.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code %1 is given twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name “%1” is given twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already there: same parent and group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unit cannot be placed under itself or under one of its own units.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) was changed since; this step cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) has submissions by now; this step cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) was changed since; this step cannot be redone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code %1 is already used; this step cannot be redone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no unit has the code “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitModel</name>
    <message numerus="yes">
        <source>%1 (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emulation group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitWorkbook</name>
    <message>
        <source>The folder %1 cannot be made.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitsScreen</name>
    <message>
        <source>&amp;Group by kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name or code (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>History of the selected unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New unit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;plit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dissolve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;ove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnsavedQuestion</name>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WriteFailure</name>
    <message>
        <source>the disk is full; free some space on it or choose another place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system refused to write the file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XlsxFormWriter</name>
    <message>
        <source>The workbook %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook %1 cannot be written: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XlsxTableWriter</name>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table has %1 columns; a worksheet holds at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table has %1 rows; a worksheet holds at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook %1 cannot be written: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1, column %2 has %3 characters, more than the %4 a worksheet cell holds.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>YearLockService</name>
    <message>
        <source>The year %1 has no settings in this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year %1 is already locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year %1 is not locked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>YearLockToggle</name>
    <message>
        <source>Un&amp;lock year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock %1 so that its submissions, scores and rubric can be changed again (recorded in the audit log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock %1: its submissions, scores and rubric can no longer be changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock the year %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the year %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submissions, scores and the rubric of %1 can be changed again until the year is locked again. Unlocking is recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submissions, scores and the rubric of %1 can no longer be changed until the year is unlocked. Unlocking is recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>YearTotalsChart</name>
    <message>
        <source>Reviewed total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed totals, %1: none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed totals, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 points</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
