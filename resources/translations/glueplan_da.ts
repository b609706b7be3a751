<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da">
<context>
    <name>About</name>
    <message>
        <source>progression models</source>
        <translation>progressionsmodeller</translation>
    </message>
    <message>
        <source>training frequency</source>
        <translation>træningsfrekvens</translation>
    </message>
    <message>
        <source>weekly sets and muscle growth</source>
        <translation>sæt om ugen og muskelvækst</translation>
    </message>
    <message>
        <source>rest between sets</source>
        <translation>pause mellem sæt</translation>
    </message>
    <message>
        <source>repetition ranges</source>
        <translation>gentagelsesintervaller</translation>
    </message>
    <message>
        <source>fractional sets</source>
        <translation>delvist tællende sæt</translation>
    </message>
    <message>
        <source>volume per session and per week</source>
        <translation>volumen pr. træning og pr. uge</translation>
    </message>
    <message>
        <source>reps in reserve</source>
        <translation>gentagelser i reserve</translation>
    </message>
    <message>
        <source>deload weeks</source>
        <translation>aflastningsuger</translation>
    </message>
    <message>
        <source>recovery</source>
        <translation>restitution</translation>
    </message>
    <message>
        <source>hip thrust and squat</source>
        <translation>hip thrust og squat</translation>
    </message>
    <message>
        <source>gluteus medius exercises</source>
        <translation>øvelser for gluteus medius</translation>
    </message>
    <message>
        <source>Plan, check and log glute training.</source>
        <translation>Planlæg, tjek og log din balletræning.</translation>
    </message>
    <message>
        <source>Licence: %1.</source>
        <translation>Licens: %1.</translation>
    </message>
    <message>
        <source>The rules, the exercises and the recovery model follow these sources:</source>
        <translation>Reglerne, øvelserne og restitutionsmodellen bygger på disse kilder:</translation>
    </message>
    <message>
        <source>Figures no study gives are marked as design choices in the rules.</source>
        <translation>Tal, som ingen undersøgelse giver, er markeret som designvalg i reglerne.</translation>
    </message>
    <message>
        <source>About glueplan</source>
        <translation>Om glueplan</translation>
    </message>
</context>
<context>
    <name>AnimatedFigure</name>
    <message>
        <source>Exercise illustration</source>
        <translation>Illustration af øvelsen</translation>
    </message>
    <message>
        <source>Pause: show the start and end side by side</source>
        <translation>Pause: vis start og slut side om side</translation>
    </message>
    <message>
        <source>Play the movement</source>
        <translation>Afspil bevægelsen</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Afspil</translation>
    </message>
</context>
<context>
    <name>ChartsPage</name>
    <message>
        <source>An exercise</source>
        <translation>En øvelse</translation>
    </message>
    <message>
        <source>A muscle</source>
        <translation>En muskel</translation>
    </message>
    <message>
        <source>Sessions per week</source>
        <translation>Træninger pr. uge</translation>
    </message>
    <message>
        <source>4 weeks</source>
        <translation>4 uger</translation>
    </message>
    <message>
        <source>3 months</source>
        <translation>3 måneder</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 år</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alt</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>Gem som PNG…</translation>
    </message>
    <message>
        <source>Save data as CSV…</source>
        <translation>Gem data som CSV…</translation>
    </message>
    <message>
        <source>Left and Right read the values date by date, Home and End the first and the last date.</source>
        <translation>Venstre og højre pil læser værdierne dato for dato, Home og End den første og den sidste dato.</translation>
    </message>
    <message>
        <source>Chart of %1</source>
        <translation>Graf over %1</translation>
    </message>
    <message>
        <source>Point at the chart, or press Left or Right on it, to read its values.</source>
        <translation>Peg på grafen, eller brug piletasterne venstre/højre, når den er valgt, for at se værdierne.</translation>
    </message>
    <message numerus="yes">
        <source>The plan&apos;s %n week(s) after this one show under All.</source>
        <translation>
            <numerusform>Planens næste uge vises under Alt.</numerusform>
            <numerusform>Planens %n uger efter denne vises under Alt.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has not logged this exercise yet: the exercises logged are first in the list.</source>
        <translation>%1 har ikke logget denne øvelse endnu: de loggede øvelser står først i listen.</translation>
    </message>
    <message>
        <source>No sets logged yet.</source>
        <translation>Ingen sæt logget endnu.</translation>
    </message>
    <message>
        <source>Nothing logged in this range: the last set was logged on %1.</source>
        <translation>Intet logget i denne periode: det seneste sæt blev logget den %1.</translation>
    </message>
    <message>
        <source>No hard sets for this muscle logged in this range yet.</source>
        <translation>Ingen hårde sæt for denne muskel logget i denne periode endnu.</translation>
    </message>
    <message>
        <source>Nothing logged in this range yet.</source>
        <translation>Intet logget i denne periode endnu.</translation>
    </message>
    <message>
        <source>only from sets of %1 reps or fewer</source>
        <translation>kun ud fra sæt på højst %1 gentagelser</translation>
    </message>
    <message>
        <source>Estimated 1RM (%1)</source>
        <translation>Estimeret 1RM (%1)</translation>
    </message>
    <message>
        <source>Top set (%1)</source>
        <translation>Tungeste sæt (%1)</translation>
    </message>
    <message>
        <source>Volume load (%1 × reps)</source>
        <translation>Volumen (%1 × gentagelser)</translation>
    </message>
    <message>
        <source>Most reps in a set</source>
        <translation>Flest gentagelser i ét sæt</translation>
    </message>
    <message>
        <source>Hard sets</source>
        <translation>Hårde sæt</translation>
    </message>
    <message>
        <source>Total reps (left + right)</source>
        <translation>Gentagelser i alt (venstre + højre)</translation>
    </message>
    <message>
        <source>Total reps</source>
        <translation>Gentagelser i alt</translation>
    </message>
    <message>
        <source>reps and hard sets</source>
        <translation>gentagelser og hårde sæt</translation>
    </message>
    <message>
        <source>reps</source>
        <translation>gentagelser</translation>
    </message>
    <message>
        <source>Hard sets logged</source>
        <translation>Loggede hårde sæt</translation>
    </message>
    <message>
        <source>Target, %1: %2–%3 hard sets a week</source>
        <translation>Målzone: %2–%3 hårde sæt om ugen (niveau: %1)</translation>
    </message>
    <message>
        <source>hard sets a week</source>
        <translation>hårde sæt om ugen</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <source>Sessions done</source>
        <translation>Gennemførte træninger</translation>
    </message>
    <message>
        <source>Sessions planned</source>
        <translation>Planlagte træninger</translation>
    </message>
    <message>
        <source>Partly done</source>
        <translation>Delvist gennemførte</translation>
    </message>
    <message>
        <source>Training days</source>
        <translation>Træningsdage</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>træninger</translation>
    </message>
    <message>
        <source>Chart of %1: %2</source>
        <translation>Graf over %1: %2</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Gem graf</translation>
    </message>
    <message>
        <source>Save data</source>
        <translation>Gem data</translation>
    </message>
</context>
<context>
    <name>CopyNotice</name>
    <message>
        <source>&amp;Start again</source>
        <translation>&amp;Start igen</translation>
    </message>
    <message>
        <source>glueplan is already open on this database (process %1 on %2). You can work in both, but an edit made here to a session or week the other copy has changed is refused, and the program reloads. Close one of them to be sure what you see is saved.</source>
        <translation>glueplan er allerede åben på denne database (proces %1 på %2). Du kan arbejde i begge, men en ændring her af en træning eller uge, som den anden kopi har ændret, bliver afvist, og programmet indlæses igen. Luk den ene for at være sikker på, at det, du ser, er gemt.</translation>
    </message>
    <message>
        <source>A backup was restored into this database in another window. What this window shows is the database as it was before, and no change made here can be saved. Start glueplan again to work on the restored database.</source>
        <translation>En sikkerhedskopi er blevet gendannet til denne database fra et andet vindue. Det, dette vindue viser, er databasen, som den var før, og ingen ændringer, der laves her, kan gemmes. Start glueplan igen for at arbejde med den gendannede database.</translation>
    </message>
</context>
<context>
    <name>CopyToTraineeDialog</name>
    <message>
        <source>Copy to trainee</source>
        <translation>Kopiér til udøver</translation>
    </message>
    <message>
        <source>Copy “%1” &amp;to:</source>
        <translation>Kopiér »%1« &amp;til:</translation>
    </message>
    <message>
        <source>&amp;Keep loads and notes</source>
        <translation>&amp;Behold belastninger og noter</translation>
    </message>
    <message>
        <source>Co&amp;py</source>
        <translation>K&amp;opiér</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuller</translation>
    </message>
    <message>
        <source>The copy gets every week, session and exercise with its sets, reps, RIR and rest, and the loads and notes set for %1.</source>
        <translation>Kopien får alle uger, træninger og øvelser med sæt, gentagelser, RIR og pauser og de belastninger og noter, der er sat for %1.</translation>
    </message>
    <message>
        <source>The copy gets every week, session and exercise with its sets, reps, RIR and rest, but not the loads and notes set for %1: they belong to one person.</source>
        <translation>Kopien får alle uger, træninger og øvelser med sæt, gentagelser, RIR og pauser, men ikke de belastninger og noter, der er sat for %1: de er personlige.</translation>
    </message>
</context>
<context>
    <name>DayHeader</name>
    <message>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
</context>
<context>
    <name>DayView</name>
    <message>
        <source>&amp;Edit sets, reps, load and note</source>
        <translation>&amp;Ret sæt, gentagelser, belastning og note</translation>
    </message>
    <message>
        <source>&amp;Remove exercise</source>
        <translation>F&amp;jern øvelse</translation>
    </message>
    <message>
        <source>&amp;Edit time and title</source>
        <translation>&amp;Ret tidspunkt og titel</translation>
    </message>
    <message>
        <source>&amp;Remove session</source>
        <translation>F&amp;jern træning</translation>
    </message>
    <message>
        <source>&amp;Move to</source>
        <translation>&amp;Flyt til</translation>
    </message>
    <message>
        <source>&amp;Copy to</source>
        <translation>&amp;Kopiér til</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Flyt &amp;op</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Flyt &amp;ned</translation>
    </message>
    <message>
        <source>&amp;New session</source>
        <translation>Ny &amp;træning</translation>
    </message>
</context>
<context>
    <name>ExerciseBlock</name>
    <message>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <source>Weight in %1</source>
        <translation>Vægt i %1</translation>
    </message>
    <message>
        <source>reps</source>
        <translation>gent.</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Side</translation>
    </message>
    <message>
        <source>Note on this set</source>
        <translation>Note til sættet</translation>
    </message>
    <message>
        <source>Log set</source>
        <translation>Log sæt</translation>
    </message>
    <message>
        <source>Target: %1 × %2 reps at %3, %4</source>
        <translation>Mål: %1 × %2 gentagelser med %3, %4</translation>
    </message>
    <message>
        <source>Target: %1 × %2 reps at %3 with %4, %5</source>
        <translation>Mål: %1 × %2 gentagelser med %4, %3, %5</translation>
    </message>
    <message>
        <source>Last session (%1): %2</source>
        <translation>Sidste træning (%1): %2</translation>
    </message>
    <message>
        <source>%1 %2 %</source>
        <translation>%1 %2 %</translation>
    </message>
    <message>
        <source>Not recovered yet from the last week&apos;s sets: %1 ready. Hard sets now slow its recovery; lighter work or another muscle may suit today better.</source>
        <translation>Ikke restitueret endnu efter sættene den seneste uge: %1 restitueret. Tager du hårde sæt nu, tager restitutionen længere tid; lettere arbejde eller en anden muskel passer måske bedre i dag.</translation>
    </message>
    <message>
        <source>Set %1: %2 × %3</source>
        <translation>Sæt %1: %2 × %3</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
</context>
<context>
    <name>ExerciseDetail</name>
    <message>
        <source>Pick an exercise to see how to do it, what it trains and how much of it.</source>
        <translation>Vælg en øvelse for at se, hvordan den udføres, hvad den træner, og hvor meget du skal lave af den.</translation>
    </message>
    <message>
        <source>or</source>
        <translation>eller</translation>
    </message>
    <message>
        <source>Default prescription</source>
        <translation>Standarddosering</translation>
    </message>
    <message>
        <source>Muscles</source>
        <translation>Muskler</translation>
    </message>
    <message>
        <source>the share of each set that counts for the muscle</source>
        <translation>den andel af hvert sæt, der tæller for musklen</translation>
    </message>
    <message>
        <source>How to do it</source>
        <translation>Sådan gør du</translation>
    </message>
    <message>
        <source>Common mistakes</source>
        <translation>Typiske fejl</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Kilde</translation>
    </message>
    <message>
        <source>Your own exercise</source>
        <translation>Din egen øvelse</translation>
    </message>
    <message>
        <source>None of the muscles glueplan plans for: its sets count for none until File &gt; Edit exercise… says which it trains.</source>
        <translation>Ingen af de muskler, glueplan planlægger efter: dens sæt tæller for ingen af dem, før Filer &gt; Rediger øvelse… angiver, hvilke den træner.</translation>
    </message>
</context>
<context>
    <name>ExerciseEditor</name>
    <message>
        <source>Edit your exercise</source>
        <translation>Rediger din øvelse</translation>
    </message>
    <message>
        <source>New exercise</source>
        <translation>Ny øvelse</translation>
    </message>
    <message>
        <source>No picture</source>
        <translation>Uden billede</translation>
    </message>
    <message>
        <source>Looks like</source>
        <translation>Ligner</translation>
    </message>
    <message>
        <source>not trained</source>
        <translation>trænes ikke</translation>
    </message>
    <message>
        <source>One cue per line</source>
        <translation>Ét teknikpunkt pr. linje</translation>
    </message>
    <message>
        <source>One mistake per line, with how to fix it</source>
        <translation>Én fejl pr. linje og hvordan den rettes</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Gem</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuller</translation>
    </message>
    <message>
        <source>Name in En&amp;glish</source>
        <translation>Navn på &amp;engelsk</translation>
    </message>
    <message>
        <source>Name in &amp;Danish</source>
        <translation>Navn på &amp;dansk</translation>
    </message>
    <message>
        <source>Name in &amp;Norwegian</source>
        <translation>Navn på &amp;norsk</translation>
    </message>
    <message>
        <source>C&amp;ategory</source>
        <translation>&amp;Kategori</translation>
    </message>
    <message>
        <source>S&amp;ides</source>
        <translation>&amp;Sider</translation>
    </message>
    <message>
        <source>&amp;Looks like</source>
        <translation>&amp;Ligner</translation>
    </message>
    <message>
        <source>E&amp;quipment</source>
        <translation>&amp;Udstyr</translation>
    </message>
    <message>
        <source>&amp;Muscles it trains</source>
        <translation>&amp;Muskler øvelsen træner</translation>
    </message>
    <message>
        <source>&amp;Reps</source>
        <translation>Gentagelse&amp;r</translation>
    </message>
    <message>
        <source>Se&amp;ts</source>
        <translation>Sæ&amp;t</translation>
    </message>
    <message>
        <source>Reps in reser&amp;ve (RIR)</source>
        <translation>Gentagelser i reser&amp;ve (RIR)</translation>
    </message>
    <message>
        <source>R&amp;est</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Technique c&amp;ues</source>
        <translation>Tekn&amp;ikpunkter</translation>
    </message>
    <message>
        <source>Common mista&amp;kes</source>
        <translation>Typiske &amp;fejl</translation>
    </message>
    <message>
        <source>Default prescription</source>
        <translation>Standarddosering</translation>
    </message>
    <message>
        <source>%1 (my version)</source>
        <translation>%1 (min version)</translation>
    </message>
    <message>
        <source>The lowest reps must not be above the highest.</source>
        <translation>Det laveste antal gentagelser må ikke være højere end det højeste.</translation>
    </message>
</context>
<context>
    <name>ExerciseListModel</name>
    <message>
        <source>Your own exercise</source>
        <translation>Din egen øvelse</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Training log for a spreadsheet (CSV)</source>
        <translation>Træningslog til regneark, med semikolon og decimalkomma (CSV)</translation>
    </message>
    <message>
        <source>Training log for glueplan and other programs (CSV)</source>
        <translation>Træningslog til glueplan og andre programmer, med komma og decimalpunktum (CSV)</translation>
    </message>
    <message>
        <source>Plans (CSV)</source>
        <translation>Planer (CSV)</translation>
    </message>
    <message>
        <source>Planned weeks for a calendar (iCalendar)</source>
        <translation>Planlagte uger til en kalender (iCalendar)</translation>
    </message>
    <message>
        <source>Full backup (JSON)</source>
        <translation>Fuld sikkerhedskopi (JSON)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksportér</translation>
    </message>
    <message>
        <source>glueplan backup %1</source>
        <translation>glueplan sikkerhedskopi %1</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Sikkerhedskopiér nu</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>Findings</source>
        <translation>Bemærkninger</translation>
    </message>
    <message>
        <source>Apply fix</source>
        <translation>Brug forslaget</translation>
    </message>
    <message>
        <source>No findings this week: the plan follows every rule.</source>
        <translation>Ingen bemærkninger denne uge: planen følger alle reglerne.</translation>
    </message>
    <message>
        <source>Behind you</source>
        <translation>Overstået</translation>
    </message>
    <message>
        <source>Findings about days gone or logged: a fix changes only what is still ahead.</source>
        <translation>Bemærkninger om dage, der er gået eller logget: et forslag ændrer kun det, der ligger forude.</translation>
    </message>
    <message>
        <source>Fix applied: %1 Edit &gt; Undo (%2) takes it back.</source>
        <translation>Forslaget er brugt: %1 Rediger &gt; Fortryd (%2) tager det tilbage.</translation>
    </message>
</context>
<context>
    <name>FloatingEditor</name>
    <message>
        <source>Changes week %1 only</source>
        <translation>Ændrer kun uge %1</translation>
    </message>
    <message>
        <source>Copy week forward carries this week on to the weeks after it.</source>
        <translation>Med Kopiér ugen fremad kommer ugens ændringer med i ugerne efter den.</translation>
    </message>
</context>
<context>
    <name>GettingStarted</name>
    <message>
        <source>Getting started</source>
        <translation>Kom godt i gang</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <source>1. Kilograms or pounds</source>
        <translation>1. Kilo eller pund</translation>
    </message>
    <message>
        <source>Every load is typed and shown in the units of your profile. Choose them before your first set (the welcome on the first start asks, and Edit &gt; Profile changes them): a set typed in the wrong units has to be corrected one by one. The profile also holds the name glueplan calls you by, your experience and the time you have, which the checks follow.</source>
        <translation>Alle vægte skrives og vises i enheden fra din profil. Vælg den før dit første sæt (velkomsten ved første start spørger, og Rediger &gt; Profil ændrer den): et sæt skrevet i den forkerte enhed skal rettes ét ad gangen. Profilen rummer også det navn, glueplan kalder dig, din erfaring og den tid, du har, og reglerne tager hensyn til dem.</translation>
    </message>
    <message>
        <source>2. Find exercises</source>
        <translation>2. Find øvelser</translation>
    </message>
    <message>
        <source>3. Start a program</source>
        <translation>3. Start et program</translation>
    </message>
    <message>
        <source>On the Programs tab, start a program from a template or an empty one, or let Programs &gt; Plan my week write one for the days you are free.</source>
        <translation>Start et program ud fra en skabelon eller et tomt program under fanen Programmer, eller lad Programmer &gt; Planlæg min uge lave et til de dage, du har fri.</translation>
    </message>
    <message>
        <source>4. Plan the week</source>
        <translation>4. Planlæg ugen</translation>
    </message>
    <message>
        <source>Drag exercises from the library onto a day, move them between days, and double-click one to change its sets, reps, RIR (%1) and rest. The findings below the week say what does not fit the rules; “Apply fix” repairs it. Ctrl+Z undoes every change. Without a mouse: Ctrl+Return puts the chosen exercise on a day, and the Menu key on a planned exercise or session offers Move to and Copy to.</source>
        <translation>Træk øvelser fra biblioteket over på en dag, flyt dem mellem dagene, og dobbeltklik på en for at ændre sæt, gentagelser, RIR (%1) og pause. Bemærkningerne under ugen fortæller, hvad der ikke passer med reglerne; »Brug forslaget« retter det. Ctrl+Z fortryder enhver ændring. Uden mus: Ctrl+Retur sætter den valgte øvelse på en dag, og menutasten på en planlagt øvelse eller træning tilbyder Flyt til og Kopiér til.</translation>
    </message>
    <message>
        <source>5. Log your training</source>
        <translation>5. Log din træning</translation>
    </message>
    <message>
        <source>6. Follow your progress</source>
        <translation>6. Følg dine fremskridt</translation>
    </message>
    <message>
        <source>7. Print and settings</source>
        <translation>7. Udskrift og indstillinger</translation>
    </message>
    <message>
        <source>File &gt; Print makes a sheet of the program to take to the gym. Edit &gt; Preferences sets the language, the theme, the text size, the rest timer and where the database is kept; the units are in Edit &gt; Profile.</source>
        <translation>Filer &gt; Udskriv laver et ark med programmet, som du kan tage med i træningscentret. Under Rediger &gt; Indstillinger vælger du sprog, tema, tekststørrelse, pausetæller og hvor databasen ligger; enhederne findes under Rediger &gt; Profil.</translation>
    </message>
    <message>
        <source>8. Coaching others</source>
        <translation>8. Når du træner andre</translation>
    </message>
    <message>
        <source>A coach or a physiotherapist adds each client with File &gt; New trainee, with their own profile, programs and log, and chooses whose are shown in the Trainee box above the tabs. Each client (of the %1 shown last) keeps their own undo history until glueplan is closed: switch to another client and back, and Ctrl+Z still undoes what you did for the first.</source>
        <translation>En træner eller fysioterapeut opretter hver klient med Filer &gt; Ny udøver, med egen profil, egne programmer og egen log, og vælger i feltet Udøver over fanerne, hvis data der vises. Hver klient (af de %1 senest viste) har sin egen fortrydelseshistorik, indtil glueplan lukkes: skift til en anden klient og tilbage, og Ctrl+Z fortryder stadig det, du gjorde for den første.</translation>
    </message>
    <message>
        <source>Search the library on the left by name in any of the three languages, or click a muscle on the map to list the exercises that train it (Ctrl-click adds another muscle). The panel on the right explains the chosen exercise and shows how it is done.</source>
        <translation>Søg i biblioteket til venstre efter navn på dansk, norsk eller engelsk, eller klik på en muskel på kortet for at se de øvelser, der træner den (Ctrl-klik tilføjer endnu en muskel). Panelet til højre forklarer den valgte øvelse og viser, hvordan den udføres.</translation>
    </message>
    <message>
        <source>The Log tab shows the day&apos;s planned exercises with the load to use. Enter weight, reps and RIR for each set and press Enter: it is saved at once and the rest timer starts.</source>
        <translation>Fanen Log viser dagens planlagte øvelser med den belastning, du skal bruge. Skriv vægt, gentagelser og RIR for hvert sæt, og tryk på Enter: sættet gemmes med det samme, og pausen tælles ned.</translation>
    </message>
    <message>
        <source>History lists every set and lets you correct one; Charts draws strength, volume and sessions over time.</source>
        <translation>Historik viser alle sæt og lader dig rette dem; Grafer viser styrke, volumen og træninger over tid.</translation>
    </message>
    <message>
        <source>Show me</source>
        <translation>Vis mig det</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Øvelse</translation>
    </message>
    <message>
        <source>Weight (%1)</source>
        <translation>Vægt (%1)</translation>
    </message>
    <message>
        <source>Reps</source>
        <translation>Gentagelser</translation>
    </message>
    <message>
        <source>Click to list the sets by this column; click again to reverse the order</source>
        <translation>Klik for at sortere sættene efter denne kolonne; klik igen for at vende rækkefølgen</translation>
    </message>
    <message>
        <source>Sets can be listed by date, weight or reps: click one of those headings</source>
        <translation>Sættene kan sorteres efter dato, vægt eller gentagelser: klik på en af disse overskrifter</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Reps</source>
        <comment>abbreviated: a narrow table&apos;s heading</comment>
        <translation>Gent.</translation>
    </message>
    <message>
        <source>Note on the day: %1</source>
        <translation>Note om dagen: %1</translation>
    </message>
    <message>
        <source>warm-up</source>
        <translation>opvarmning</translation>
    </message>
    <message>
        <source>Edit set</source>
        <translation>Ret sæt</translation>
    </message>
    <message>
        <source>Delete set</source>
        <translation>Slet sæt</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>All exercises</source>
        <translation>Alle øvelser</translation>
    </message>
    <message>
        <source>Reset filter</source>
        <translation>Nulstil filter</translation>
    </message>
    <message>
        <source>All exercises over the last year, as the tab shows at first</source>
        <translation>Alle øvelser det seneste år, som fanen viser fra start</translation>
    </message>
    <message>
        <source>Delete set</source>
        <translation>Slet sæt</translation>
    </message>
    <message>
        <source>Delete the chosen set (the Delete key does too); Edit &gt; Undo brings it back</source>
        <translation>Slet det valgte sæt (det gør Delete-tasten også); Rediger &gt; Fortryd henter det tilbage</translation>
    </message>
    <message>
        <source>Nothing logged in this period. Sets logged on the Log tab, or a history imported with File &gt; Import history…, are listed here.</source>
        <translation>Intet logget i denne periode. Sæt, du logger under fanen Log, eller en historik importeret med Filer &gt; Importér historik…, vises her.</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Øvelse</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>to</source>
        <translation>til</translation>
    </message>
    <message>
        <source>The set you were editing was deleted elsewhere.</source>
        <translation>Sættet, du rettede i, er slettet et andet sted.</translation>
    </message>
    <message>
        <source>Deleted %1 (%2). Edit &gt; Undo (%3) brings it back.</source>
        <translation>Slettet: %1 (%2). Rediger &gt; Fortryd (%3) henter sættet tilbage.</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <source>&amp;Copy set</source>
        <translation>&amp;Kopiér sæt</translation>
    </message>
    <message>
        <source>&amp;Delete set</source>
        <translation>&amp;Slet sæt</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import history</source>
        <translation>Importér historik</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Vælg…</translation>
    </message>
    <message>
        <source>Told from the file</source>
        <translation>Genkendt ud fra filen</translation>
    </message>
    <message>
        <source>glueplan backup</source>
        <translation>glueplan-sikkerhedskopi</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>I filen</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>Sæt</translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation>Bliver</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importér</translation>
    </message>
    <message>
        <source>&amp;Loads without a unit are in</source>
        <translation>Vægte &amp;uden enhed er i</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <source>&amp;Written by</source>
        <translation>&amp;Skrevet af</translation>
    </message>
    <message>
        <source>Cancel &amp;reading</source>
        <translation>Afbryd &amp;læsning</translation>
    </message>
    <message>
        <source>Cl&amp;ose</source>
        <translation>Lu&amp;k</translation>
    </message>
    <message>
        <source>Exports (*.csv *.json);;All files (*)</source>
        <translation>Eksporter (*.csv *.json);;Alle filer (*)</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file; nothing was read.</source>
        <translation>%1 er en mappe, ikke en fil; intet blev læst.</translation>
    </message>
    <message>
        <source>There is no file at %1; nothing was read.</source>
        <translation>Der er ingen fil på %1; intet blev læst.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Læser…</translation>
    </message>
    <message>
        <source>This file cannot be imported; nothing was written:</source>
        <translation>Denne fil kan ikke importeres; intet blev skrevet:</translation>
    </message>
    <message>
        <source>Reading cancelled; nothing was written.</source>
        <translation>Læsningen blev afbrudt; intet blev skrevet.</translation>
    </message>
    <message>
        <source>Looks like %1</source>
        <translation>Ligner %1</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Spring over</translation>
    </message>
    <message>
        <source>New own exercise</source>
        <translation>Ny egen øvelse</translation>
    </message>
    <message>
        <source>Nothing new to import.</source>
        <translation>Intet nyt at importere.</translation>
    </message>
    <message numerus="yes">
        <source>%n workouts</source>
        <translation>
            <numerusform>%n træningspas</numerusform>
            <numerusform>%n træningspas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Already in the log (left out): %n sets.</source>
        <translation>
            <numerusform>Allerede i loggen (udeladt): %n sæt.</numerusform>
            <numerusform>Allerede i loggen (udeladt): %n sæt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped names: %n sets.</source>
        <translation>
            <numerusform>Oversprungne navne: %n sæt.</numerusform>
            <numerusform>Oversprungne navne: %n sæt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sets</source>
        <translation>
            <numerusform>%n sæt</numerusform>
            <numerusform>%n sæt</numerusform>
        </translation>
    </message>
    <message>
        <source>A CSV export of Strong, Hevy, FitNotes or glueplan, or a glueplan backup</source>
        <translation>En CSV-eksport fra Strong, Hevy, FitNotes eller glueplan eller en glueplan-sikkerhedskopi</translation>
    </message>
    <message>
        <source>glueplan training log</source>
        <translation>glueplan-træningslog</translation>
    </message>
    <message>
        <source>&amp;Trainee in the file</source>
        <translation>U&amp;døver i filen</translation>
    </message>
    <message>
        <source>Heaviest</source>
        <translation>Tungeste</translation>
    </message>
    <message>
        <source>⚠ marks names to check: glueplan is not sure what they are. Skipped names are left out; a new own exercise starts with no muscles, both sides and no picture, so its sets count for no muscle until you say in the library which it trains (one from a glueplan backup: as the backup defines it). The heaviest set is as the loads are read: check the unit.</source>
        <translation>⚠ markerer navne, du bør kontrollere: glueplan er ikke sikker på, hvad de er. Oversprungne navne udelades; en ny egen øvelse starter uden muskler, på begge sider og uden billede, så dens sæt tæller for ingen muskel, før du i biblioteket angiver, hvilke den træner (en fra en glueplan-sikkerhedskopi: som sikkerhedskopien beskriver den). Det tungeste sæt vises, som vægtene bliver læst: kontrollér enheden.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The backup&apos;s “%1” has no sets; choose another of its trainees under Trainee in the file.</source>
        <translation>Sikkerhedskopiens »%1« har ingen sæt; vælg en anden af dens udøvere under Udøver i filen.</translation>
    </message>
    <message numerus="yes">
        <source>(%n of them warm-ups)</source>
        <translation>
            <numerusform>(heraf %n opvarmningssæt)</numerusform>
            <numerusform>(heraf %n opvarmningssæt)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2, %3 – %4.</source>
        <translation>%1, %2, %3 – %4.</translation>
    </message>
    <message>
        <source>Rows of timed or distance work left out: %1.</source>
        <translation>Rækker med tid eller distance udeladt: %1.</translation>
    </message>
    <message>
        <source>Units in the file: %1.</source>
        <translation>Enheder i filen: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Import %n sets</source>
        <translation>
            <numerusform>Importér %n sæt</numerusform>
            <numerusform>Importér %n sæt</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was refused; nothing was written:</source>
        <translation>Importen blev afvist; intet blev skrevet:</translation>
    </message>
</context>
<context>
    <name>InputDialog</name>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuller</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <source>Search: English, Danish or Norwegian names</source>
        <translation>Søg: engelske, danske eller norske navne</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Søg</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle kategorier</translation>
    </message>
    <message>
        <source>Any equipment</source>
        <translation>Alt udstyr</translation>
    </message>
    <message>
        <source>One side or both</source>
        <translation>Én side eller begge</translation>
    </message>
    <message>
        <source>Muscles</source>
        <translation>Muskler</translation>
    </message>
    <message>
        <source>Trains any picked</source>
        <translation>Træner en af de valgte</translation>
    </message>
    <message>
        <source>Trains all picked</source>
        <translation>Træner alle valgte</translation>
    </message>
    <message>
        <source>With several muscles picked: exercises that train any of them, or all</source>
        <translation>Med flere valgte muskler: øvelser, der træner en af dem, eller alle</translation>
    </message>
    <message>
        <source>Clear muscles</source>
        <translation>Ryd muskler</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Øvelser</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Ryd filtre</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Udstyr</translation>
    </message>
    <message>
        <source>Sides</source>
        <translation>Sider</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n exercises</source>
        <translation>
            <numerusform>%1 af %n øvelse</numerusform>
            <numerusform>%1 af %n øvelser</numerusform>
        </translation>
    </message>
    <message>
        <source>No exercise contains “%1”; showing close names.</source>
        <translation>Ingen øvelse indeholder »%1«; viser navne, der ligner.</translation>
    </message>
    <message>
        <source>The filters hide every exercise found for “%1”.</source>
        <translation>Filtrene skjuler alle øvelser, der passer til »%1«.</translation>
    </message>
    <message>
        <source>No exercise matches these filters.</source>
        <translation>Ingen øvelse passer til disse filtre.</translation>
    </message>
    <message>
        <source>No exercise is called “%1” or anything like it. Check the spelling, or add it with File &gt; New exercise…</source>
        <translation>Ingen øvelse hedder »%1« eller noget, der ligner. Tjek stavningen, eller tilføj den med Filer &gt; Ny øvelse…</translation>
    </message>
</context>
<context>
    <name>LogPage</name>
    <message>
        <source>Add exercise</source>
        <translation>Tilføj øvelse</translation>
    </message>
    <message>
        <source>Note on the day&apos;s training</source>
        <translation>Note om dagens træning</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>This day is in the future (%1): sets logged here are saved as done on it.</source>
        <translation>Dagen ligger i fremtiden (%1): sæt, der logges her, gemmes som udført den dag.</translation>
    </message>
    <message>
        <source>Nothing is planned for this day. Add an exercise to log it anyway.</source>
        <translation>Intet er planlagt denne dag. Tilføj en øvelse for at logge alligevel.</translation>
    </message>
    <message>
        <source>&amp;Log and close</source>
        <translation>&amp;Log og luk</translation>
    </message>
    <message>
        <source>&amp;Log and restore</source>
        <translation>&amp;Log og gendan</translation>
    </message>
    <message>
        <source>Close &amp;without logging</source>
        <translation>Luk &amp;uden at logge</translation>
    </message>
    <message>
        <source>Restore &amp;without logging</source>
        <translation>Gendan &amp;uden at logge</translation>
    </message>
    <message>
        <source>You have a set typed but not logged (%1).</source>
        <translation>Du har et sæt, der er skrevet ind, men ikke logget (%1).</translation>
    </message>
    <message>
        <source>%1 has a set typed but not logged (%2).</source>
        <translation>%1 har et sæt, der er skrevet ind, men ikke logget (%2).</translation>
    </message>
    <message>
        <source>It cannot be logged while %1 is archived, and it is lost when glueplan closes: Cancel, and restore %1 first (File &gt; Restore archived trainee) to log it.</source>
        <translation>Det kan ikke logges, mens %1 er arkiveret, og det går tabt, når glueplan lukker: Vælg Annuller, og gendan %1 først (Filer &gt; Gendan arkiveret udøver) for at logge det.</translation>
    </message>
    <message>
        <source>It cannot be logged while %1 is archived, and it is lost when the backup is restored: Cancel, and restore %1 first (File &gt; Restore archived trainee) to log it.</source>
        <translation>Det kan ikke logges, mens %1 er arkiveret, og det går tabt, når sikkerhedskopien gendannes: Vælg Annuller, og gendan %1 først (Filer &gt; Gendan arkiveret udøver) for at logge det.</translation>
    </message>
    <message>
        <source>Log it before closing?</source>
        <translation>Vil du logge det, før glueplan lukker?</translation>
    </message>
    <message>
        <source>Log it before restoring a backup?</source>
        <translation>Vil du logge det, før en sikkerhedskopi gendannes?</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (arkiveret)</translation>
    </message>
    <message>
        <source>The sets of an archived trainee cannot be logged, and are lost when glueplan closes: Cancel, and restore them first (File &gt; Restore archived trainee) to log them.</source>
        <translation>En arkiveret udøvers sæt kan ikke logges og går tabt, når glueplan lukker: Vælg Annuller, og gendan udøveren først (Filer &gt; Gendan arkiveret udøver) for at logge dem.</translation>
    </message>
    <message>
        <source>The sets of an archived trainee cannot be logged, and are lost when the backup is restored: Cancel, and restore them first (File &gt; Restore archived trainee) to log them.</source>
        <translation>En arkiveret udøvers sæt kan ikke logges og går tabt, når sikkerhedskopien gendannes: Vælg Annuller, og gendan udøveren først (Filer &gt; Gendan arkiveret udøver) for at logge dem.</translation>
    </message>
    <message>
        <source>Log the others before closing?</source>
        <translation>Vil du logge de andre, før glueplan lukker?</translation>
    </message>
    <message>
        <source>Log the others before restoring a backup?</source>
        <translation>Vil du logge de andre, før en sikkerhedskopi gendannes?</translation>
    </message>
    <message>
        <source>Log them before closing?</source>
        <translation>Vil du logge dem, før glueplan lukker?</translation>
    </message>
    <message>
        <source>Log them before restoring a backup?</source>
        <translation>Vil du logge dem, før en sikkerhedskopi gendannes?</translation>
    </message>
    <message>
        <source>Sets typed but not logged:</source>
        <translation>Sæt, der er skrevet ind, men ikke logget:</translation>
    </message>
    <message>
        <source>Note on the day</source>
        <translation>Note om dagen</translation>
    </message>
    <message>
        <source>Nothing is planned for this day; the next training is on %1. Add an exercise to log it anyway.</source>
        <translation>Intet er planlagt denne dag; næste træning er %1. Tilføj en øvelse for at logge alligevel.</translation>
    </message>
    <message>
        <source>Log set</source>
        <translation>Log sæt</translation>
    </message>
    <message>
        <source>Delete set</source>
        <translation>Slet sæt</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n exercises in the catalogue</source>
        <translation>
            <numerusform>%n øvelse i kataloget</numerusform>
            <numerusform>%n øvelser i kataloget</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <source>Muscle map</source>
        <translation>Muskelkort</translation>
    </message>
    <message>
        <source>Start a program on the Programs tab, and plan its weeks here.</source>
        <translation>Start et program under fanen Programmer, og planlæg dets uger her.</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Uge</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historik</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Grafer</translation>
    </message>
    <message>
        <source>Programs</source>
        <translation>Programmer</translation>
    </message>
    <message>
        <source>&amp;Undo (first on the Log or History tab)</source>
        <translation>&amp;Fortryd (først under Log eller Historik)</translation>
    </message>
    <message>
        <source>&amp;Undo (first on the Week or Programs tab)</source>
        <translation>&amp;Fortryd (først under Uge eller Programmer)</translation>
    </message>
    <message>
        <source>&amp;New exercise…</source>
        <translation>&amp;Ny øvelse…</translation>
    </message>
    <message>
        <source>&amp;Duplicate exercise…</source>
        <translation>&amp;Dupliker øvelse…</translation>
    </message>
    <message>
        <source>&amp;Edit exercise…</source>
        <translation>&amp;Rediger øvelse…</translation>
    </message>
    <message>
        <source>De&amp;lete exercise…</source>
        <translation>S&amp;let øvelse…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Ud&amp;skriv…</translation>
    </message>
    <message>
        <source>E&amp;xport PDF…</source>
        <translation>E&amp;ksportér PDF…</translation>
    </message>
    <message>
        <source>Back &amp;up now…</source>
        <translation>Sikkerhedsk&amp;opiér nu…</translation>
    </message>
    <message>
        <source>&amp;Import history…</source>
        <translation>&amp;Importér historik…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Fortryd</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Fortryd: %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gentag</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Gentag: %1</translation>
    </message>
    <message>
        <source>Undo &amp;history</source>
        <translation>Fortrydelses&amp;historik</translation>
    </message>
    <message>
        <source>&amp;Add exercise to a day…</source>
        <translation>&amp;Tilføj øvelse til en dag…</translation>
    </message>
    <message>
        <source>&amp;Profile…</source>
        <translation>&amp;Profil…</translation>
    </message>
    <message>
        <source>&amp;Find exercise</source>
        <translation>&amp;Søg efter øvelse</translation>
    </message>
    <message>
        <source>&amp;Clear muscles</source>
        <translation>&amp;Ryd muskler</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>&amp;Muscle map</source>
        <translation>&amp;Muskelkort</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Uge</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>&amp;Log</translation>
    </message>
    <message>
        <source>&amp;Programs</source>
        <translation>&amp;Programmer</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historik</translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation>&amp;Grafer</translation>
    </message>
    <message>
        <source>P&amp;rograms</source>
        <translation>Pro&amp;grammer</translation>
    </message>
    <message>
        <source>Plan my &amp;week…</source>
        <translation>Planlæg min &amp;uge…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <source>&amp;Getting started</source>
        <translation>&amp;Kom godt i gang</translation>
    </message>
    <message>
        <source>&amp;About glueplan</source>
        <translation>&amp;Om glueplan</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Udskriv</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Eksportér PDF</translation>
    </message>
    <message>
        <source>Backed up to “%1”.</source>
        <translation>Sikkerhedskopien er gemt som »%1«.</translation>
    </message>
    <message>
        <source>Delete exercise</source>
        <translation>Slet øvelse</translation>
    </message>
    <message>
        <source>Delete “%1”? Edit &gt; Undo brings it back.</source>
        <translation>Slet »%1«? Rediger &gt; Fortryd henter den tilbage.</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>Slet »%1«</translation>
    </message>
    <message>
        <source>Exercise not deleted</source>
        <translation>Øvelsen er ikke slettet</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>»%1« er slettet.</translation>
    </message>
    <message>
        <source>Save own exercise</source>
        <translation>Gem egen øvelse</translation>
    </message>
    <message>
        <source>%1 changed the program meanwhile: that change is kept, and yours was saved with it.</source>
        <translation>%1 har ændret programmet imens: den ændring er bevaret, og din er gemt sammen med den.</translation>
    </message>
    <message>
        <source>The program was changed elsewhere meanwhile: that change is kept, and yours was saved with it.</source>
        <translation>Programmet er ændret et andet sted imens: den ændring er bevaret, og din er gemt sammen med den.</translation>
    </message>
    <message>
        <source>Undone, except the days gone or logged since, which stay as they were: %1.</source>
        <translation>Fortrudt, undtagen de dage, der er gået eller logget siden – de forbliver, som de var: %1.</translation>
    </message>
    <message>
        <source>Redone, except the days gone or logged since, which stay as they were: %1.</source>
        <translation>Gentaget, undtagen de dage, der er gået eller logget siden – de forbliver, som de var: %1.</translation>
    </message>
    <message>
        <source>Nothing undone: every day the step changed is gone or logged since (%1), so it is taken off the undo history.</source>
        <translation>Intet er fortrudt: alle de dage, ændringen gjaldt, er gået eller logget siden (%1), så den er taget ud af fortrydelseshistorikken.</translation>
    </message>
    <message>
        <source>Nothing redone: every day the step changed is gone or logged since (%1), so it is taken off the undo history.</source>
        <translation>Intet er gentaget: alle de dage, ændringen gjaldt, er gået eller logget siden (%1), så den er taget ud af fortrydelseshistorikken.</translation>
    </message>
    <message>
        <source>“%1” was archived in another window, and this window shows “%2” now. Their programs and log are kept: File &gt; Restore archived trainee brings them back.</source>
        <translation>»%1« blev arkiveret i et andet vindue, og dette vindue viser nu »%2«. Programmer og log bevares: Filer &gt; Gendan arkiveret udøver henter udøveren tilbage.</translation>
    </message>
    <message>
        <source>The set typed for “%1” and not logged is kept, there again once they are restored; closing glueplan before that loses it.</source>
        <translation>Sættet, der er skrevet ind for »%1« og ikke logget, bevares og er der igen, når udøveren er gendannet; lukkes glueplan inden da, går det tabt.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Ikke gemt</translation>
    </message>
    <message>
        <source>Saved in the database, but the window could not show the result. It shows what the database holds as soon as it can read it again; the change cannot be undone with Undo. The error: %1</source>
        <translation>Gemt i databasen, men vinduet kunne ikke vise resultatet. Det viser, hvad der ligger i databasen, så snart det kan læse den igen; ændringen kan ikke fortrydes med Fortryd. Fejlen: %1</translation>
    </message>
    <message>
        <source>Undone in the database, but the window could not show the result. It shows what the database holds as soon as it can read it again; the step is taken off the undo history. The error: %1</source>
        <translation>Fortrudt i databasen, men vinduet kunne ikke vise resultatet. Det viser, hvad der ligger i databasen, så snart det kan læse den igen; ændringen er taget ud af fortrydelseshistorikken. Fejlen: %1</translation>
    </message>
    <message>
        <source>Redone in the database, but the window could not show the result. It shows what the database holds as soon as it can read it again; the step is taken off the undo history. The error: %1</source>
        <translation>Gentaget i databasen, men vinduet kunne ikke vise resultatet. Det viser, hvad der ligger i databasen, så snart det kan læse den igen; ændringen er taget ud af fortrydelseshistorikken. Fejlen: %1</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>»%1« er gemt.</translation>
    </message>
    <message>
        <source>Exp&amp;ort…</source>
        <translation>Eks&amp;portér…</translation>
    </message>
    <message>
        <source>Restore from &amp;backup…</source>
        <translation>&amp;Gendan fra sikkerhedskopi…</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>&amp;Indstillinger…</translation>
    </message>
    <message>
        <source>Another program was made active elsewhere, or the one open here was deleted: the edits made to it here can no longer be undone.</source>
        <translation>Et andet program er gjort aktivt et andet sted, eller det program, der var åbent her, er slettet: ændringerne, der blev lavet i det her, kan ikke længere fortrydes.</translation>
    </message>
    <message>
        <source>The program as opened</source>
        <translation>Programmet, som det blev åbnet</translation>
    </message>
    <message>
        <source>Before these changes</source>
        <translation>Før disse ændringer</translation>
    </message>
    <message>
        <source>Edit profile</source>
        <translation>Ret profil</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n sets.</source>
        <translation>
            <numerusform>%n sæt er importeret.</numerusform>
            <numerusform>%n sæt er importeret.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing imported: those sets were in the log already.</source>
        <translation>Intet importeret: de sæt var allerede i loggen.</translation>
    </message>
    <message>
        <source>Started “%1” from %2.</source>
        <translation>»%1« er startet og begynder %2.</translation>
    </message>
    <message>
        <source>Started “%1”.</source>
        <translation>»%1« er startet.</translation>
    </message>
</context>
<context>
    <name>MapHeat</name>
    <message>
        <source>Weekly hard sets</source>
        <translation>Hårde sæt om ugen</translation>
    </message>
    <message>
        <source>Readiness in the planned week</source>
        <translation>Restitution i den planlagte uge</translation>
    </message>
    <message>
        <source>Readiness now, from the log</source>
        <translation>Restitution nu, ud fra loggen</translation>
    </message>
    <message>
        <source>Below the weekly band</source>
        <translation>Under ugens mål</translation>
    </message>
    <message>
        <source>In the band, or under it as the deload plans</source>
        <translation>Inden for målet, eller under det som planlagt i aflastningsugen</translation>
    </message>
    <message>
        <source>In the band</source>
        <translation>Inden for målet</translation>
    </message>
    <message>
        <source>Above the band</source>
        <translation>Over målet</translation>
    </message>
    <message>
        <source>Trained (no band)</source>
        <translation>Trænet (intet mål)</translation>
    </message>
    <message>
        <source>Under %1 % ready</source>
        <translation>Under %1 % restitueret</translation>
    </message>
    <message>
        <source>%1–%2 % ready</source>
        <translation>%1–%2 % restitueret</translation>
    </message>
    <message>
        <source>%1 % ready or more</source>
        <translation>%1 % restitueret eller mere</translation>
    </message>
</context>
<context>
    <name>MuscleFacts</name>
    <message>
        <source>Origin: %1</source>
        <translation>Udspring: %1</translation>
    </message>
    <message>
        <source>Insertion: %1</source>
        <translation>Hæfte: %1</translation>
    </message>
    <message>
        <source>Function: %1</source>
        <translation>Funktion: %1</translation>
    </message>
    <message>
        <source>Trained most by: %1</source>
        <translation>Trænes mest af: %1</translation>
    </message>
</context>
<context>
    <name>MuscleMap</name>
    <message>
        <source>Front</source>
        <translation>Forfra</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Bagfra</translation>
    </message>
    <message>
        <source>Deep layer</source>
        <translation>Dybt lag</translation>
    </message>
    <message>
        <source>Muscle map</source>
        <translation>Muskelkort</translation>
    </message>
    <message>
        <source>Hip from the side</source>
        <translation>Hoften fra siden</translation>
    </message>
    <message>
        <source>L</source>
        <translation>V</translation>
    </message>
    <message>
        <source>R</source>
        <translation>H</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Primær</translation>
    </message>
    <message>
        <source>Secondary</source>
        <translation>Sekundær</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Mindre</translation>
    </message>
    <message>
        <source>Picked</source>
        <translation>Valgt</translation>
    </message>
</context>
<context>
    <name>OtherNames</name>
    <message>
        <source>English</source>
        <translation>Engelsk</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>Dansk</translation>
    </message>
    <message>
        <source>Norwegian</source>
        <translation>Norsk</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>Plan my week</source>
        <translation>Planlæg min uge</translation>
    </message>
    <message>
        <source>Free &amp;days and times</source>
        <translation>Frie &amp;dage og tidspunkter</translation>
    </message>
    <message>
        <source>&amp;Time per session</source>
        <translation>&amp;Tid pr. træning</translation>
    </message>
    <message>
        <source>&amp;Experience</source>
        <translation>&amp;Erfaring</translation>
    </message>
    <message>
        <source>E&amp;mphasis</source>
        <translation>F&amp;okus</translation>
    </message>
    <message>
        <source>&amp;Weeks</source>
        <translation>&amp;Uger</translation>
    </message>
    <message>
        <source>Equipment at &amp;hand (bodyweight always is)</source>
        <translation>Udstyr til &amp;rådighed (kropsvægt er der altid)</translation>
    </message>
    <message>
        <source>Suggest &amp;another</source>
        <translation>&amp;Foreslå en anden</translation>
    </message>
    <message>
        <source>&amp;Start this program</source>
        <translation>&amp;Start dette program</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuller</translation>
    </message>
    <message>
        <source>Tick at least one free day.</source>
        <translation>Sæt kryds ved mindst én fri dag.</translation>
    </message>
</context>
<context>
    <name>PlanPreview</name>
    <message>
        <source>Previous week</source>
        <translation>Forrige uge</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Næste uge</translation>
    </message>
    <message>
        <source>Week %1 of %2</source>
        <translation>Uge %1 af %2</translation>
    </message>
    <message>
        <source>deload</source>
        <translation>aflastning</translation>
    </message>
    <message>
        <source>Rules it had to break</source>
        <translation>Regler, den måtte bryde</translation>
    </message>
    <message>
        <source>What would fix it</source>
        <translation>Sådan kan det løses</translation>
    </message>
    <message>
        <source>Why this plan</source>
        <translation>Derfor denne plan</translation>
    </message>
</context>
<context>
    <name>PlannedEditor</name>
    <message>
        <source>sets</source>
        <translation>sæt</translation>
    </message>
    <message>
        <source>lowest reps</source>
        <translation>færrest gentagelser</translation>
    </message>
    <message>
        <source>highest reps</source>
        <translation>flest gentagelser</translation>
    </message>
    <message>
        <source>reps in reserve</source>
        <translation>gentagelser i reserve</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>load target in %1</source>
        <translation>målbelastning i %1</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>Sæt</translation>
    </message>
    <message>
        <source>Reps</source>
        <translation>Gentagelser</translation>
    </message>
    <message>
        <source>RIR</source>
        <translation>RIR</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Load target</source>
        <translation>Målbelastning</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>The lowest reps must not be above the highest.</source>
        <translation>Det laveste antal gentagelser må ikke være højere end det højeste.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Indstillinger</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Som systemet (%1)</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Som systemet</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Lyst</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Mørkt</translation>
    </message>
    <message>
        <source>Pro&amp;file…</source>
        <translation>Pro&amp;fil…</translation>
    </message>
    <message>
        <source>Planned exercises rest as their plan says.</source>
        <translation>Planlagte øvelser holder den pause, planen angiver.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Enheder</translation>
    </message>
    <message>
        <source>Rest timer</source>
        <translation>Pausetæller</translation>
    </message>
    <message>
        <source>&amp;Count down the rest after each logged set</source>
        <translation>Tæl pausen &amp;ned efter hvert logget sæt</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>%1 (as the desktop)</source>
        <translation>%1 (som skrivebordet)</translation>
    </message>
    <message>
        <source>The text in every window, its rows, the muscle map and the charts. The printed sheet keeps its own size.</source>
        <translation>Teksten i alle vinduer, deres rækker, muskelkortet og graferne. Det udskrevne ark beholder sin egen størrelse.</translation>
    </message>
    <message>
        <source>&amp;Play a sound when the rest is over</source>
        <translation>&amp;Afspil en lyd, når pausen er slut</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>S&amp;kift…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprog</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>Te&amp;xt size</source>
        <translation>Tekststø&amp;rrelse</translation>
    </message>
    <message>
        <source>Rest &amp;without a plan</source>
        <translation>Pause &amp;uden plan</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>&amp;Database</translation>
    </message>
    <message>
        <source>%1, set in the profile (Edit &gt; Profile)</source>
        <translation>%1, angivet i profilen (Rediger &gt; Profil)</translation>
    </message>
    <message>
        <source>Set in the profile (Edit &gt; Profile)</source>
        <translation>Angives i profilen (Rediger &gt; Profil)</translation>
    </message>
    <message>
        <source>glueplan was started with --lang %1: this window keeps that language until you choose one here.</source>
        <translation>glueplan blev startet med --lang %1: dette vindue beholder det sprog, til du vælger et her.</translation>
    </message>
    <message>
        <source>%1 is set: it names the database, whatever is chosen here.</source>
        <translation>%1 er sat og bestemmer databasen, uanset hvad der vælges her.</translation>
    </message>
    <message>
        <source>glueplan opens “%1” the next time it starts.</source>
        <translation>glueplan åbner »%1«, næste gang programmet starter.</translation>
    </message>
    <message>
        <source>A new database file takes effect when glueplan is started again.</source>
        <translation>En ny databasefil tages i brug, når glueplan startes igen.</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Databasefil</translation>
    </message>
    <message>
        <source>glueplan databases (*.sqlite);;All files (*)</source>
        <translation>glueplan-databaser (*.sqlite);;Alle filer (*)</translation>
    </message>
</context>
<context>
    <name>PrintOptionsDialog</name>
    <message>
        <source>Weeks</source>
        <translation>Uger</translation>
    </message>
    <message>
        <source>to</source>
        <translation>til</translation>
    </message>
    <message>
        <source>&amp;All weeks</source>
        <translation>&amp;Alle uger</translation>
    </message>
    <message>
        <source>&amp;Weeks</source>
        <translation>&amp;Uger</translation>
    </message>
    <message>
        <source>Exercise &amp;illustrations</source>
        <translation>&amp;Illustrationer af øvelserne</translation>
    </message>
    <message>
        <source>Blank &amp;log grids</source>
        <translation>Tomme &amp;logskemaer</translation>
    </message>
    <message>
        <source>&amp;Sheet language</source>
        <translation>Arkets &amp;sprog</translation>
    </message>
    <message>
        <source>&amp;Paper</source>
        <translation>&amp;Papir</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Eksportér PDF</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>ingen grænse</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>&amp;Gem</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuller</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Navn</translation>
    </message>
    <message>
        <source>&amp;Experience</source>
        <translation>&amp;Erfaring</translation>
    </message>
    <message>
        <source>&amp;Units</source>
        <translation>En&amp;heder</translation>
    </message>
    <message>
        <source>Time per &amp;session</source>
        <translation>Tid pr. &amp;træning</translation>
    </message>
    <message>
        <source>Time per &amp;week</source>
        <translation>Tid pr. &amp;uge</translation>
    </message>
</context>
<context>
    <name>ProgramsPage</name>
    <message>
        <source>Your programs</source>
        <translation>Dine programmer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Starter</translation>
    </message>
    <message>
        <source>Make active and plan it</source>
        <translation>Brug dette program</translation>
    </message>
    <message>
        <source>The Week and Log tabs show the active program; glueplan opens with it</source>
        <translation>Fanerne Uge og Log viser det aktive program; glueplan åbner med det</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliker</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Slet…</translation>
    </message>
    <message>
        <source>Copy to trainee…</source>
        <translation>Kopiér til udøver…</translation>
    </message>
    <message>
        <source>A copy of this program for another trainee</source>
        <translation>En kopi af dette program til en anden udøver</translation>
    </message>
    <message>
        <source>Save as template…</source>
        <translation>Gem som skabelon…</translation>
    </message>
    <message>
        <source>Offered below beside the built-in templates, for every trainee</source>
        <translation>Tilbydes nedenfor ved siden af de indbyggede skabeloner, til alle udøvere</translation>
    </message>
    <message>
        <source>Start an empty program</source>
        <translation>Start et tomt program</translation>
    </message>
    <message>
        <source>Start a program from a template</source>
        <translation>Start et program ud fra en skabelon</translation>
    </message>
    <message>
        <source>starts %1</source>
        <translation>starter %1</translation>
    </message>
    <message numerus="yes">
        <source>%n weeks</source>
        <translation>
            <numerusform>%n uge</numerusform>
            <numerusform>%n uger</numerusform>
        </translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktivt</translation>
    </message>
    <message>
        <source>Double-click to make it active and plan it on the Week tab</source>
        <translation>Dobbeltklik for at gøre det aktivt og planlægge det under fanen Uge</translation>
    </message>
    <message>
        <source>No program yet: start one from a template below.</source>
        <translation>Ingen programmer endnu. Start et ud fra en skabelon nedenfor.</translation>
    </message>
    <message>
        <source>Programs start on a Monday: moved from %1 to %2, the Monday of its week.</source>
        <translation>Programmer starter på en mandag: flyttet fra %1 til %2, mandagen i samme uge.</translation>
    </message>
    <message>
        <source>Rename “%1” to “%2”</source>
        <translation>Omdøb »%1« til »%2«</translation>
    </message>
    <message>
        <source>Move the start of “%1” to %2</source>
        <translation>Flyt starten af »%1« til %2</translation>
    </message>
    <message>
        <source>Rename “%1” to “%2” and move its start to %3</source>
        <translation>Omdøb »%1« til »%2« og flyt starten til %3</translation>
    </message>
    <message>
        <source>Make “%1” active</source>
        <translation>Gør »%1« aktivt</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (kopi)</translation>
    </message>
    <message>
        <source>Duplicate “%1”</source>
        <translation>Dupliker »%1«</translation>
    </message>
    <message>
        <source>There is no other trainee to copy it to: add one with File &gt; New trainee.</source>
        <translation>Der er ingen anden udøver at kopiere det til: tilføj en med Filer &gt; Ny udøver.</translation>
    </message>
    <message>
        <source>Copy “%1” to “%2”</source>
        <translation>Kopiér »%1« til »%2«</translation>
    </message>
    <message>
        <source>Copied “%1” to “%2”.</source>
        <translation>»%1« er kopieret til »%2«.</translation>
    </message>
    <message>
        <source>Template &amp;name:</source>
        <translation>Skabelonens &amp;navn:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Gem</translation>
    </message>
    <message>
        <source>Save as template</source>
        <translation>Gem som skabelon</translation>
    </message>
    <message>
        <source>Save “%1” as a template</source>
        <translation>Gem »%1« som skabelon</translation>
    </message>
    <message>
        <source>Delete template “%1”</source>
        <translation>Slet skabelonen »%1«</translation>
    </message>
    <message>
        <source>Delete program</source>
        <translation>Slet program</translation>
    </message>
    <message>
        <source>Delete “%1” with its weeks and sessions? The sets you logged stay in the log. Edit &gt; Undo brings the program back.</source>
        <translation>Slet »%1« med dets uger og træninger? De sæt, du har logget, bliver i loggen. Rediger &gt; Fortryd henter programmet tilbage.</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>Slet »%1«</translation>
    </message>
    <message>
        <source>Start “%1”</source>
        <translation>Start »%1«</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Mappe</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Drev</translation>
    </message>
</context>
<context>
    <name>QCupsJobWidget</name>
    <message>
        <source>Scheduled &amp;printing:</source>
        <translation>Planlagt &amp;udskrivning:</translation>
    </message>
    <message>
        <source>&amp;Billing information:</source>
        <translation>&amp;Faktureringsoplysninger:</translation>
    </message>
    <message>
        <source>Job &amp;priority:</source>
        <translation>Job&amp;prioritet:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <comment>Banner page at start</comment>
        <translation>&amp;Start:</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <comment>Banner page at end</comment>
        <translation>S&amp;lut:</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Kig i:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Filer af &amp;typen:</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gentag</translation>
    </message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message>
        <source>Portrait</source>
        <translation>Stående</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Liggende</translation>
    </message>
    <message>
        <source>Reverse landscape</source>
        <translation>Omvendt liggende</translation>
    </message>
    <message>
        <source>Reverse portrait</source>
        <translation>Omvendt stående</translation>
    </message>
    <message>
        <source>Page &amp;order:</source>
        <translation>Side&amp;rækkefølge:</translation>
    </message>
    <message>
        <source>Pages &amp;per sheet:</source>
        <translation>Sider &amp;pr. ark:</translation>
    </message>
    <message>
        <source>Inches (in)</source>
        <translation>Tommer (in)</translation>
    </message>
</context>
<context>
    <name>QPrintPreviewDialog</name>
    <message>
        <source>Portrait</source>
        <translation>Stående</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Liggende</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>Page &amp;Set:</source>
        <translation>Side&amp;sæt:</translation>
    </message>
    <message>
        <source>Double Sided Printing</source>
        <translation>Dobbeltsidet udskrivning</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>Long side binding</source>
        <translation>Indbinding langs den lange side</translation>
    </message>
    <message>
        <source>Short side binding</source>
        <translation>Indbinding langs den korte side</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gentag</translation>
    </message>
</context>
<context>
    <name>ReadOnlyNotice</name>
    <message>
        <source>This database is read-only (%1): you can look at everything, but no change can be saved. To edit it, copy the file to a folder you may write to, or ask for write permission.</source>
        <translation>Denne database er skrivebeskyttet (%1): du kan se alt, men ingen ændring kan gemmes. Kopiér filen til en mappe, du kan skrive i, eller bed om skriverettighed for at redigere den.</translation>
    </message>
</context>
<context>
    <name>RefusalTitle</name>
    <message>
        <source>Maybe saved, maybe not</source>
        <translation>Måske gemt, måske ikke</translation>
    </message>
</context>
<context>
    <name>RestField</name>
    <message>
        <source>rest in minutes and seconds</source>
        <translation>pause i minutter og sekunder</translation>
    </message>
    <message>
        <source>Minutes and seconds, or minutes in quarters: 2:30, 2.5 and 150 (seconds) are the same rest, 2.75 is 2:45; 3 is 3:00.</source>
        <translation>Minutter og sekunder, eller minutter med komma i kvarte minutter: 2:30, 2,5 og 150 (sekunder) er den samme pause, 2,75 er 2:45; 3 er 3:00.</translation>
    </message>
    <message>
        <source>“%1” is not in quarter minutes: minutes with a decimal are read in quarters (2.25, 2.5, 2.75). For minutes and seconds, type a colon: %2.</source>
        <translation>»%1« går ikke op i kvarte minutter: minutter med komma læses i kvarte minutter (2,25, 2,5, 2,75). Minutter og sekunder skrives med kolon: %2.</translation>
    </message>
    <message>
        <source>“%1”: after the colon come the seconds in two digits, 00 to 59 (%2).</source>
        <translation>»%1«: efter kolon kommer sekunderne med to cifre, 00 til 59 (%2).</translation>
    </message>
    <message>
        <source>“%1” is %2: a rest is at most %3.</source>
        <translation>»%1« er %2: en pause er højst %3.</translation>
    </message>
    <message>
        <source>“%1” is not a rest: type minutes and seconds (2:30), minutes (2.5) or seconds (150).</source>
        <translation>»%1« er ikke en pause: skriv minutter og sekunder (2:30), minutter (2,5) eller sekunder (150).</translation>
    </message>
</context>
<context>
    <name>RestTimer</name>
    <message>
        <source>Skip rest</source>
        <translation>Spring pausen over</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Pause</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Gendan fra sikkerhedskopi</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Oprettet</translation>
    </message>
    <message>
        <source>Programs</source>
        <translation>Programmer</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Logged sets</source>
        <translation>Loggede sæt</translation>
    </message>
    <message>
        <source>Newest set</source>
        <translation>Nyeste sæt</translation>
    </message>
    <message>
        <source>Backups of %1. The file as it is now is backed up before it is replaced.</source>
        <translation>Sikkerhedskopier af %1. Filen, som den er nu, sikkerhedskopieres, før den erstattes.</translation>
    </message>
    <message>
        <source>There are no backups of %1 yet.</source>
        <translation>Der er endnu ingen sikkerhedskopier af %1.</translation>
    </message>
    <message>
        <source>Choose a file… restores a backup kept elsewhere: a copy of glueplan&apos;s database, or a full backup (JSON) written by File &gt; Back up now or Export.</source>
        <translation>Vælg en fil… gendanner en sikkerhedskopi, der ligger et andet sted: en kopi af glueplans database eller en fuld sikkerhedskopi (JSON) skrevet med Filer &gt; Sikkerhedskopiér nu eller Eksportér.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Gendan</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuller</translation>
    </message>
    <message>
        <source>Choose a &amp;file…</source>
        <translation>Vælg en &amp;fil…</translation>
    </message>
    <message>
        <source>File %1</source>
        <translation>Filen %1</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Vælg en sikkerhedskopi</translation>
    </message>
    <message>
        <source>glueplan backups</source>
        <translation>glueplan-sikkerhedskopier</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Alle filer</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Læser %1…</translation>
    </message>
    <message>
        <source>Each backup lacks something the database has now: choose one to see what restoring it would lose.</source>
        <translation>Alle sikkerhedskopier mangler noget, som databasen har nu: vælg en for at se, hvad en gendannelse af den vil miste.</translation>
    </message>
    <message>
        <source>Comparing it with the database…</source>
        <translation>Sammenligner den med databasen…</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Daglig</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>Før en import</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Før en gendannelse</translation>
    </message>
    <message>
        <source>Before a database update</source>
        <translation>Før en opdatering af databasen</translation>
    </message>
    <message>
        <source>Replace the database with the backup of %1? The file as it is now is backed up first.</source>
        <translation>Erstat databasen med sikkerhedskopien fra %1? Filen, som den er nu, sikkerhedskopieres først.</translation>
    </message>
    <message>
        <source>Replace the database with what “%1” holds (%2, %3)? The file as it is now is backed up first.</source>
        <translation>Erstat databasen med indholdet af »%1« (%2, %3)? Filen, som den er nu, sikkerhedskopieres først.</translation>
    </message>
    <message numerus="yes">
        <source>glueplan is also open on this database in %n other windows. After the restore they can save nothing more, and have to be closed and started again.</source>
        <translation>
            <numerusform>glueplan er også åben på denne database i et andet vindue. Efter gendannelsen kan det ikke gemme mere, og det skal lukkes og startes igen.</numerusform>
            <numerusform>glueplan er også åben på denne database i %n andre vinduer. Efter gendannelsen kan de ikke gemme mere, og de skal lukkes og startes igen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n programs</source>
        <translation>
            <numerusform>%n program</numerusform>
            <numerusform>%n programmer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n logged sets</source>
        <translation>
            <numerusform>%n logget sæt</numerusform>
            <numerusform>%n loggede sæt</numerusform>
        </translation>
    </message>
    <message>
        <source>What this backup lacks cannot be told: an older glueplan wrote it.</source>
        <translation>Det kan ikke afgøres, hvad denne sikkerhedskopi mangler: en ældre glueplan har skrevet den.</translation>
    </message>
    <message>
        <source>This backup holds everything the database holds now.</source>
        <translation>Denne sikkerhedskopi indeholder alt, hvad databasen indeholder nu.</translation>
    </message>
    <message>
        <source>%1&apos;s program “%2”, made after this backup</source>
        <translation>programmet »%2« til %1, lavet efter denne sikkerhedskopi</translation>
    </message>
    <message>
        <source>the changes to %1&apos;s program “%2” since</source>
        <translation>ændringerne siden da i programmet »%2« til %1</translation>
    </message>
    <message numerus="yes">
        <source>%n more programs</source>
        <translation>
            <numerusform>%n program mere</numerusform>
            <numerusform>%n programmer mere</numerusform>
        </translation>
    </message>
    <message>
        <source>the changes to %1&apos;s profile since</source>
        <translation>ændringerne siden da i profilen for %1</translation>
    </message>
    <message numerus="yes">
        <source>the changes to %n trainees&apos; profiles since</source>
        <translation>
            <numerusform>ændringerne siden da i profilen for %n udøver</numerusform>
            <numerusform>ændringerne siden da i profilerne for %n udøvere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n trainees added since</source>
        <translation>
            <numerusform>%n udøver tilføjet siden</numerusform>
            <numerusform>%n udøvere tilføjet siden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sets logged since</source>
        <translation>
            <numerusform>%n sæt logget siden</numerusform>
            <numerusform>%n sæt logget siden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sets edited since</source>
        <translation>
            <numerusform>%n sæt rettet siden</numerusform>
            <numerusform>%n sæt rettet siden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day notes written, changed or cleared since</source>
        <translation>
            <numerusform>%n note om dagens træning skrevet, ændret eller slettet siden</numerusform>
            <numerusform>%n noter om dagens træning skrevet, ændret eller slettet siden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n own exercises made since</source>
        <translation>
            <numerusform>%n egen øvelse oprettet siden</numerusform>
            <numerusform>%n egne øvelser oprettet siden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n own exercises changed since</source>
        <translation>
            <numerusform>%n egen øvelse ændret siden</numerusform>
            <numerusform>%n egne øvelser ændret siden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n own templates made or changed since</source>
        <translation>
            <numerusform>%n egen skabelon oprettet eller ændret siden</numerusform>
            <numerusform>%n egne skabeloner oprettet eller ændret siden</numerusform>
        </translation>
    </message>
    <message>
        <source>Lost with this restore, as the backup does not hold it: %1.</source>
        <translation>Dette går tabt ved gendannelsen, da sikkerhedskopien ikke har det: %1.</translation>
    </message>
    <message>
        <source>Restore the newest good backup, taken %1 (%2, %3)? The damaged file is kept beside it under another name.</source>
        <translation>Gendan den nyeste gode sikkerhedskopi, taget %1 (%2, %3)? Den beskadigede fil gemmes ved siden af under et andet navn.</translation>
    </message>
    <message>
        <source>This database is on a server, so glueplan cannot put a backup in its place from here. To go back to a backup, restore the server&apos;s own (pg_dump) where the server is run, or put glueplan&apos;s backup (File &gt; Back up now…) into a new, empty database on the server and start glueplan on that one:

%1

File &gt; Import history… adds one trainee&apos;s logged sets from a glueplan backup to this database instead.</source>
        <translation>Denne database ligger på en server, så glueplan kan ikke lægge en sikkerhedskopi på dens plads herfra. Vil du tilbage til en sikkerhedskopi, så gendan serverens egen (pg_dump) dér, hvor serveren drives, eller læg glueplans sikkerhedskopi (Filer &gt; Sikkerhedskopiér nu…) i en ny, tom database på serveren, og start glueplan på den:

%1

Filer &gt; Importér historik… lægger i stedet én udøvers loggede sæt fra en glueplan-sikkerhedskopi ind i denne database.</translation>
    </message>
    <message>
        <source>glueplan opens the database again.</source>
        <translation>glueplan åbner databasen igen.</translation>
    </message>
    <message>
        <source>Restored the backup of %1.</source>
        <translation>Sikkerhedskopien fra %1 er gendannet.</translation>
    </message>
    <message>
        <source>Restored the backup “%1”.</source>
        <translation>Sikkerhedskopien »%1« er gendannet.</translation>
    </message>
    <message>
        <source>The database as it was is kept as the backup of %1 (File &gt; Restore from backup lists it):
%2</source>
        <translation>Databasen, som den var, er gemt som sikkerhedskopien fra %1 (Filer &gt; Gendan fra sikkerhedskopi viser den):
%2</translation>
    </message>
    <message>
        <source>The database as it was could not be read; it is kept as %1.</source>
        <translation>Databasen, som den var, kunne ikke læses; den er gemt som %1.</translation>
    </message>
</context>
<context>
    <name>SectionTyping</name>
    <message>
        <source>The day must be from 1 to 31.</source>
        <translation>Dagen skal være fra 1 til 31.</translation>
    </message>
    <message>
        <source>The month must be from 1 to 12.</source>
        <translation>Måneden skal være fra 1 til 12.</translation>
    </message>
    <message>
        <source>There is no %1 %2.</source>
        <translation>Der er ingen %1. %2.</translation>
    </message>
    <message>
        <source>There is no %1 %2 in %3.</source>
        <translation>Der er ingen %1. %2 i %3.</translation>
    </message>
</context>
<context>
    <name>SessionEditor</name>
    <message>
        <source>time</source>
        <translation>tidspunkt</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titel</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tidspunkt</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
</context>
<context>
    <name>Sides</name>
    <message>
        <source>left</source>
        <translation>venstre</translation>
    </message>
    <message>
        <source>right</source>
        <translation>højre</translation>
    </message>
    <message>
        <source>each side</source>
        <translation>hver side</translation>
    </message>
</context>
<context>
    <name>StartUp</name>
    <message>
        <source>Try again</source>
        <translation>Prøv igen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afslut</translation>
    </message>
</context>
<context>
    <name>TemplateCard</name>
    <message>
        <source>&amp;Weeks</source>
        <translation>&amp;Uger</translation>
    </message>
    <message>
        <source>Start this program</source>
        <translation>Start dette program</translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation>Slet skabelon</translation>
    </message>
    <message>
        <source>S&amp;tarts</source>
        <translation>S&amp;tarter</translation>
    </message>
    <message>
        <source>This week, from today, %1</source>
        <translation>Denne uge, fra i dag, %1</translation>
    </message>
    <message>
        <source>This week, from %1 (the days before today are past)</source>
        <translation>Denne uge, fra %1 (dagene før i dag er forbi)</translation>
    </message>
    <message>
        <source>Next week, from %1</source>
        <translation>Næste uge, fra %1</translation>
    </message>
</context>
<context>
    <name>TraineeBar</name>
    <message>
        <source>Trainee</source>
        <translation>Udøver</translation>
    </message>
    <message>
        <source>Trainee:</source>
        <translation>Udøver:</translation>
    </message>
    <message>
        <source>New &amp;trainee…</source>
        <translation>Ny &amp;udøver…</translation>
    </message>
    <message>
        <source>Edit t&amp;rainee…</source>
        <translation>R&amp;ediger udøver…</translation>
    </message>
    <message>
        <source>&amp;Archive trainee…</source>
        <translation>Arki&amp;vér udøver…</translation>
    </message>
    <message>
        <source>Re&amp;store archived trainee</source>
        <translation>Gendan arkivere&amp;t udøver</translation>
    </message>
    <message>
        <source>%1 – glueplan (read-only)</source>
        <translation>%1 – glueplan (skrivebeskyttet)</translation>
    </message>
    <message>
        <source>%1 – glueplan</source>
        <translation>%1 – glueplan</translation>
    </message>
    <message>
        <source>Archive “%1”? Their programs and log are kept; Edit &gt; Undo brings them back, and so does File &gt; Restore archived trainee.</source>
        <translation>Arkivér »%1«? Programmer og log bevares; Rediger &gt; Fortryd henter udøveren tilbage, og det gør Filer &gt; Gendan arkiveret udøver også.</translation>
    </message>
    <message>
        <source>Archived “%1”: Edit &gt; Undo brings them back, and so does File &gt; Restore archived trainee.</source>
        <translation>»%1« er arkiveret: Rediger &gt; Fortryd henter udøveren tilbage, og det gør Filer &gt; Gendan arkiveret udøver også.</translation>
    </message>
    <message>
        <source>New trainee</source>
        <translation>Ny udøver</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>T&amp;ilføj</translation>
    </message>
    <message>
        <source>Archive trainee</source>
        <translation>Arkivér udøver</translation>
    </message>
    <message>
        <source>%1 – %2 – glueplan (read-only)</source>
        <translation>%1 – %2 – glueplan (skrivebeskyttet)</translation>
    </message>
    <message>
        <source>%1 – %2 – glueplan</source>
        <translation>%1 – %2 – glueplan</translation>
    </message>
    <message>
        <source>Restore “%1”</source>
        <translation>Gendan »%1«</translation>
    </message>
    <message>
        <source>Archive “%1”</source>
        <translation>Arkivér »%1«</translation>
    </message>
</context>
<context>
    <name>UncaughtErrors</name>
    <message>
        <source>Something went wrong in glueplan: %1</source>
        <translation>Noget gik galt i glueplan: %1</translation>
    </message>
    <message>
        <source>What was saved is safe: glueplan saves each change as you make it, whole or not at all. The window may show something out of date: close glueplan and start it again to see what is saved.</source>
        <translation>Alt, der er gemt, er i sikkerhed: glueplan gemmer hver ændring med det samme, og altid hele ændringen eller intet af den. Vinduet viser måske ikke det nyeste: luk glueplan, og start det igen for at se, hvad der er gemt.</translation>
    </message>
    <message>
        <source>The details are written in %1. Please send that file to whoever helps you with glueplan.</source>
        <translation>Detaljerne står i %1. Send gerne filen til den, der hjælper dig med glueplan.</translation>
    </message>
    <message>
        <source>The details could not be written to a file (%1).</source>
        <translation>Detaljerne kunne ikke gemmes i en fil (%1).</translation>
    </message>
</context>
<context>
    <name>WeekCalendar</name>
    <message>
        <source>week %1</source>
        <translation>uge %1</translation>
    </message>
    <message numerus="yes">
        <source>%n errors</source>
        <translation>
            <numerusform>%n fejl</numerusform>
            <numerusform>%n fejl</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warnings</source>
        <translation>
            <numerusform>%n advarsel</numerusform>
            <numerusform>%n advarsler</numerusform>
        </translation>
    </message>
    <message>
        <source>Findings for this day: %1</source>
        <translation>Bemærkninger denne dag: %1</translation>
    </message>
    <message>
        <source>Fine: no new warning.</source>
        <translation>Fint: ingen nye advarsler.</translation>
    </message>
</context>
<context>
    <name>WeekModel</name>
    <message>
        <source>done</source>
        <translation>gennemført</translation>
    </message>
    <message>
        <source>Done: every planned set was logged that day.</source>
        <translation>Gennemført: alle planlagte sæt blev logget den dag.</translation>
    </message>
    <message>
        <source>partly done</source>
        <translation>delvist gennemført</translation>
    </message>
    <message>
        <source>Partly done: %1 of the %2 planned sets were logged that day.</source>
        <translation>Delvist gennemført: %1 af de %2 planlagte sæt blev logget den dag.</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>ikke gennemført</translation>
    </message>
    <message>
        <source>Missed: nothing of this session was logged on its day.</source>
        <translation>Ikke gennemført: intet fra denne træning blev logget på dagen.</translation>
    </message>
</context>
<context>
    <name>WeekPage</name>
    <message>
        <source>Hour of the week</source>
        <translation>Tidspunkt i ugen</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Forrige uge</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Næste uge</translation>
    </message>
    <message>
        <source>Copy week forward</source>
        <translation>Kopiér ugen fremad</translation>
    </message>
    <message>
        <source>To the next week</source>
        <translation>Til næste uge</translation>
    </message>
    <message>
        <source>To every week after it</source>
        <translation>Til alle ugerne efter den</translation>
    </message>
    <message>
        <source>Make deload week</source>
        <translation>Gør til aflastningsuge</translation>
    </message>
    <message>
        <source>Week %1 already has sessions. Replace them with a copy of week %2?</source>
        <translation>Uge %1 har allerede træninger. Skal de erstattes af en kopi af uge %2?</translation>
    </message>
    <message>
        <source>The weeks after week %1 are behind you: a copy changes no day gone or logged.</source>
        <translation>Ugerne efter uge %1 er overstået: en kopi ændrer ingen dag, der er gået eller logget.</translation>
    </message>
    <message>
        <source>The week after week %1 is behind you: a copy changes no day gone or logged.</source>
        <translation>Ugen efter uge %1 er overstået: en kopi ændrer ingen dag, der er gået eller logget.</translation>
    </message>
    <message>
        <source>Replace weeks %1–%2 with a copy of week %3?</source>
        <translation>Skal uge %1–%2 erstattes af en kopi af uge %3?</translation>
    </message>
    <message>
        <source>What is behind you, the days gone or with sets logged, stays as it was.</source>
        <translation>Det overståede – dage, der er gået, eller dage med loggede sæt – forbliver, som det var.</translation>
    </message>
    <message>
        <source>A deload week stays one: it is made again from the copy.</source>
        <translation>En aflastningsuge forbliver en aflastningsuge: den laves igen ud fra kopien.</translation>
    </message>
    <message>
        <source>Week %1 of %2</source>
        <translation>Uge %1 af %2</translation>
    </message>
    <message>
        <source>deload</source>
        <translation>aflastning</translation>
    </message>
    <message>
        <source>A deload week is not copied forward: the weeks after it would take its lighter doses, and a deload week among them would be made lighter again. Copy the training week before it; a deload week after it is made again from the copy.</source>
        <translation>En aflastningsuge kopieres ikke fremad: ugerne efter den ville få dens lettere doser, og en aflastningsuge blandt dem ville blive gjort endnu lettere. Kopiér i stedet træningsugen før den; en aflastningsuge efter den laves igen ud fra kopien.</translation>
    </message>
    <message>
        <source>A deload week is made from the week before it: the same exercises and days, fewer sets, more reps in reserve.</source>
        <translation>En aflastningsuge laves ud fra ugen før: samme øvelser og dage, færre sæt og flere gentagelser i reserve.</translation>
    </message>
    <message>
        <source>The first week has no week before it to make a deload from.</source>
        <translation>Den første uge har ingen uge før sig, som en aflastningsuge kan laves ud fra.</translation>
    </message>
    <message numerus="yes">
        <source>%n sessions</source>
        <translation>
            <numerusform>%n træning</numerusform>
            <numerusform>%n træninger</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sets</source>
        <translation>
            <numerusform>%n sæt</numerusform>
            <numerusform>%n sæt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 sets</source>
        <translation>%1 sæt</translation>
    </message>
    <message>
        <source>%1: %2, %3%4</source>
        <translation>%1: %2, %3%4</translation>
    </message>
    <message>
        <source>%1 min in all</source>
        <translation>%1 min. i alt</translation>
    </message>
    <message>
        <source>Activation work is not counted as hard sets: %1.</source>
        <translation>Aktiveringsøvelser tæller ikke som hårde sæt: %1.</translation>
    </message>
    <message>
        <source>now, %1</source>
        <translation>nu, %1</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>Welcome to glueplan</source>
        <translation>Velkommen til glueplan</translation>
    </message>
    <message>
        <source>&amp;Kilograms (kg)</source>
        <translation>&amp;Kilogram (kg)</translation>
    </message>
    <message>
        <source>P&amp;ounds (lb)</source>
        <translation>Pun&amp;d (lb)</translation>
    </message>
    <message>
        <source>Loads in</source>
        <translation>Vægt i</translation>
    </message>
    <message>
        <source>Optional: leave it empty if glueplan is just for you</source>
        <translation>Valgfrit: tomt, hvis glueplan kun er til dig</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>Dit &amp;navn</translation>
    </message>
    <message>
        <source>Choose a &amp;program</source>
        <translation>Vælg et &amp;program</translation>
    </message>
    <message>
        <source>&amp;Getting started</source>
        <translation>K&amp;om godt i gang</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Luk</translation>
    </message>
    <message>
        <source>The welcome does not come back; Help &gt; Getting started has the same steps.</source>
        <translation>Velkomsten kommer ikke igen; Hjælp &gt; Kom godt i gang har de samme trin.</translation>
    </message>
    <message>
        <source>Every load is typed and shown in these units. Choose them before your first set: a set typed in the wrong units has to be corrected one by one.</source>
        <translation>Alle vægte skrives og vises i denne enhed. Vælg den før dit første sæt: et sæt skrevet i den forkerte enhed skal rettes ét ad gangen.</translation>
    </message>
    <message>
        <source>Coaching others? Add each client with File &gt; New trainee. Edit &gt; Profile changes the units and the name later.</source>
        <translation>Træner du andre? Opret hver klient med Filer &gt; Ny udøver. Rediger &gt; Profil ændrer enhed og navn senere.</translation>
    </message>
    <message>
        <source>Next: start a program from a template, then plan and log its weeks.</source>
        <translation>Næste skridt: start et program ud fra en skabelon, og planlæg og log så dets uger.</translation>
    </message>
    <message>
        <source>Change units</source>
        <translation>Skift enheder</translation>
    </message>
    <message>
        <source>Change name</source>
        <translation>Skift navn</translation>
    </message>
</context>
</TS>
