<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>CommandLine</name>
    <message>
        <source>Usage: xhht [--db PATH] [COMMAND [options]]

Without a command, xhht opens its main window.

Commands:
  init [--demo]                         create the database and load the plan (and demo data)
  units [--year Y] [--format F]         list the units (those active in year Y)
  plan                                  print the plan: phases, sections and tasks
  demo --units N [--years A-B]          add N synthetic units with yearly data (benchmarks)

Options:
  --db PATH        the database file (default: $XHHT_DB, else the user&apos;s data folder)
  --format F       tsv, csv or json, for output meant for other programs
  -h, --help       this help; COMMAND --help for a command&apos;s options
  -v, --version    the program&apos;s version

Exit status: 0 success, 2 bad usage, 1 any other failure.
</source>
        <translation type="unfinished"></translation>
    </message>
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
</context>
<context>
    <name>Database</name>
    <message>
        <source>The change breaks a data rule: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is damaged: %1</source>
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
        <source>%1 is damaged (integrity check failed); it was not changed.</source>
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
        <source>Cannot save a copy of %1 before upgrading it; nothing was changed.</source>
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
        <source>A new language takes effect when xhht is started again.</source>
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
</context>
<context>
    <name>main</name>
    <message>
        <source>Cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
