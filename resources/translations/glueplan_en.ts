<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ChartsPage</name>
    <message numerus="yes">
        <source>The plan&apos;s %n week(s) after this one show under All.</source>
        <translation>
            <numerusform>The plan&apos;s next week shows under All.</numerusform>
            <numerusform>The plan&apos;s %n weeks after this one show under All.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>%n workouts</source>
        <translation>
            <numerusform>%n workout</numerusform>
            <numerusform>%n workouts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sets</source>
        <translation>
            <numerusform>%n set</numerusform>
            <numerusform>%n sets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n of them warm-ups)</source>
        <translation>
            <numerusform>(%n of them a warm-up)</numerusform>
            <numerusform>(%n of them warm-ups)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Already in the log (left out): %n sets.</source>
        <translation>
            <numerusform>Already in the log (left out): %n set.</numerusform>
            <numerusform>Already in the log (left out): %n sets.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped names: %n sets.</source>
        <translation>
            <numerusform>Skipped names: %n set.</numerusform>
            <numerusform>Skipped names: %n sets.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n sets</source>
        <translation>
            <numerusform>Import %n set</numerusform>
            <numerusform>Import %n sets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message numerus="yes">
        <source>%1 of %n exercises</source>
        <translation>
            <numerusform>%1 of %n exercise</numerusform>
            <numerusform>%1 of %n exercises</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n exercises in the catalogue</source>
        <translation>
            <numerusform>%n exercise in the catalogue</numerusform>
            <numerusform>%n exercises in the catalogue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n sets.</source>
        <translation>
            <numerusform>Imported %n set.</numerusform>
            <numerusform>Imported %n sets.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgramsPage</name>
    <message numerus="yes">
        <source>%n weeks</source>
        <translation>
            <numerusform>%n week</numerusform>
            <numerusform>%n weeks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message numerus="yes">
        <source>glueplan is also open on this database in %n other windows. After the restore they can save nothing more, and have to be closed and started again.</source>
        <translation>
            <numerusform>glueplan is also open on this database in another window. After the restore it can save nothing more, and has to be closed and started again.</numerusform>
            <numerusform>glueplan is also open on this database in %n other windows. After the restore they can save nothing more, and have to be closed and started again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n programs</source>
        <translation>
            <numerusform>%n program</numerusform>
            <numerusform>%n programs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n logged sets</source>
        <translation>
            <numerusform>%n logged set</numerusform>
            <numerusform>%n logged sets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more programs</source>
        <translation>
            <numerusform>%n more program</numerusform>
            <numerusform>%n more programs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the changes to %n trainees&apos; profiles since</source>
        <translation>
            <numerusform>the changes to %n trainee&apos;s profile since</numerusform>
            <numerusform>the changes to %n trainees&apos; profiles since</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n trainees added since</source>
        <translation>
            <numerusform>%n trainee added since</numerusform>
            <numerusform>%n trainees added since</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sets logged since</source>
        <translation>
            <numerusform>%n set logged since</numerusform>
            <numerusform>%n sets logged since</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sets edited since</source>
        <translation>
            <numerusform>%n set edited since</numerusform>
            <numerusform>%n sets edited since</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day notes written, changed or cleared since</source>
        <translation>
            <numerusform>%n day note written, changed or cleared since</numerusform>
            <numerusform>%n day notes written, changed or cleared since</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n own exercises made since</source>
        <translation>
            <numerusform>%n own exercise made since</numerusform>
            <numerusform>%n own exercises made since</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n own exercises changed since</source>
        <translation>
            <numerusform>%n own exercise changed since</numerusform>
            <numerusform>%n own exercises changed since</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n own templates made or changed since</source>
        <translation>
            <numerusform>%n own template made or changed since</numerusform>
            <numerusform>%n own templates made or changed since</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WeekCalendar</name>
    <message numerus="yes">
        <source>%n errors</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warnings</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WeekPage</name>
    <message numerus="yes">
        <source>%n sessions</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sets</source>
        <translation>
            <numerusform>%n set</numerusform>
            <numerusform>%n sets</numerusform>
        </translation>
    </message>
</context>
</TS>
