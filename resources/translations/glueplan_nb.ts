<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb">
<context>
    <name>About</name>
    <message>
        <source>progression models</source>
        <translation>progresjonsmodeller</translation>
    </message>
    <message>
        <source>training frequency</source>
        <translation>treningsfrekvens</translation>
    </message>
    <message>
        <source>weekly sets and muscle growth</source>
        <translation>sett per uke og muskelvekst</translation>
    </message>
    <message>
        <source>rest between sets</source>
        <translation>pause mellom sett</translation>
    </message>
    <message>
        <source>repetition ranges</source>
        <translation>repetisjonsintervaller</translation>
    </message>
    <message>
        <source>fractional sets</source>
        <translation>delvis tellende sett</translation>
    </message>
    <message>
        <source>volume per session and per week</source>
        <translation>volum per økt og per uke</translation>
    </message>
    <message>
        <source>reps in reserve</source>
        <translation>repetisjoner i reserve</translation>
    </message>
    <message>
        <source>deload weeks</source>
        <translation>avlastningsuker</translation>
    </message>
    <message>
        <source>recovery</source>
        <translation>restitusjon</translation>
    </message>
    <message>
        <source>hip thrust and squat</source>
        <translation>hip thrust og knebøy</translation>
    </message>
    <message>
        <source>gluteus medius exercises</source>
        <translation>øvelser for gluteus medius</translation>
    </message>
    <message>
        <source>Plan, check and log glute training.</source>
        <translation>Planlegg, sjekk og loggfør setetreningen din.</translation>
    </message>
    <message>
        <source>Licence: %1.</source>
        <translation>Lisens: %1.</translation>
    </message>
    <message>
        <source>The rules, the exercises and the recovery model follow these sources:</source>
        <translation>Reglene, øvelsene og restitusjonsmodellen bygger på disse kildene:</translation>
    </message>
    <message>
        <source>Figures no study gives are marked as design choices in the rules.</source>
        <translation>Tall som ingen studie gir, er merket som designvalg i reglene.</translation>
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
        <translation>Illustrasjon av øvelsen</translation>
    </message>
    <message>
        <source>Pause: show the start and end side by side</source>
        <translation>Pause: vis start og slutt side om side</translation>
    </message>
    <message>
        <source>Play the movement</source>
        <translation>Spill av bevegelsen</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Spill av</translation>
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
        <translation>Økter per uke</translation>
    </message>
    <message>
        <source>4 weeks</source>
        <translation>4 uker</translation>
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
        <translation>Lagre som PNG…</translation>
    </message>
    <message>
        <source>Save data as CSV…</source>
        <translation>Lagre data som CSV…</translation>
    </message>
    <message>
        <source>Left and Right read the values date by date, Home and End the first and the last date.</source>
        <translation>Venstre og høyre pil leser verdiene dato for dato, Home og End den første og den siste datoen.</translation>
    </message>
    <message>
        <source>Chart of %1</source>
        <translation>Graf over %1</translation>
    </message>
    <message>
        <source>Point at the chart, or press Left or Right on it, to read its values.</source>
        <translation>Pek på grafen, eller bruk piltastene venstre/høyre når den er valgt, for å se verdiene.</translation>
    </message>
    <message numerus="yes">
        <source>The plan&apos;s %n week(s) after this one show under All.</source>
        <translation>
            <numerusform>Planens neste uke vises under Alt.</numerusform>
            <numerusform>Planens %n uker etter denne vises under Alt.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has not logged this exercise yet: the exercises logged are first in the list.</source>
        <translation>%1 har ikke loggført denne øvelsen ennå: de loggførte øvelsene står først i listen.</translation>
    </message>
    <message>
        <source>No sets logged yet.</source>
        <translation>Ingen sett loggført ennå.</translation>
    </message>
    <message>
        <source>Nothing logged in this range: the last set was logged on %1.</source>
        <translation>Ingenting loggført i denne perioden: siste sett ble loggført den %1.</translation>
    </message>
    <message>
        <source>No hard sets for this muscle logged in this range yet.</source>
        <translation>Ingen harde sett for denne muskelen loggført i denne perioden ennå.</translation>
    </message>
    <message>
        <source>Nothing logged in this range yet.</source>
        <translation>Ingenting loggført i denne perioden ennå.</translation>
    </message>
    <message>
        <source>only from sets of %1 reps or fewer</source>
        <translation>bare ut fra sett på høyst %1 repetisjoner</translation>
    </message>
    <message>
        <source>Estimated 1RM (%1)</source>
        <translation>Estimert 1RM (%1)</translation>
    </message>
    <message>
        <source>Top set (%1)</source>
        <translation>Tyngste sett (%1)</translation>
    </message>
    <message>
        <source>Volume load (%1 × reps)</source>
        <translation>Volum (%1 × repetisjoner)</translation>
    </message>
    <message>
        <source>Most reps in a set</source>
        <translation>Flest repetisjoner i ett sett</translation>
    </message>
    <message>
        <source>Hard sets</source>
        <translation>Harde sett</translation>
    </message>
    <message>
        <source>Total reps (left + right)</source>
        <translation>Repetisjoner totalt (venstre + høyre)</translation>
    </message>
    <message>
        <source>Total reps</source>
        <translation>Repetisjoner totalt</translation>
    </message>
    <message>
        <source>reps and hard sets</source>
        <translation>repetisjoner og harde sett</translation>
    </message>
    <message>
        <source>reps</source>
        <translation>repetisjoner</translation>
    </message>
    <message>
        <source>Hard sets logged</source>
        <translation>Loggførte harde sett</translation>
    </message>
    <message>
        <source>Target, %1: %2–%3 hard sets a week</source>
        <translation>Målsone: %2–%3 harde sett per uke (nivå: %1)</translation>
    </message>
    <message>
        <source>hard sets a week</source>
        <translation>harde sett per uke</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <source>Sessions done</source>
        <translation>Gjennomførte økter</translation>
    </message>
    <message>
        <source>Sessions planned</source>
        <translation>Planlagte økter</translation>
    </message>
    <message>
        <source>Partly done</source>
        <translation>Delvis gjennomførte</translation>
    </message>
    <message>
        <source>Training days</source>
        <translation>Treningsdager</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>økter</translation>
    </message>
    <message>
        <source>Chart of %1: %2</source>
        <translation>Graf over %1: %2</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Lagre graf</translation>
    </message>
    <message>
        <source>Save data</source>
        <translation>Lagre data</translation>
    </message>
</context>
<context>
    <name>CopyNotice</name>
    <message>
        <source>&amp;Start again</source>
        <translation>&amp;Start på nytt</translation>
    </message>
    <message>
        <source>glueplan is already open on this database (process %1 on %2). You can work in both, but an edit made here to a session or week the other copy has changed is refused, and the program reloads. Close one of them to be sure what you see is saved.</source>
        <translation>glueplan er allerede åpen på denne databasen (prosess %1 på %2). Du kan arbeide i begge, men en endring her i en økt eller uke som den andre kopien har endret, blir avvist, og programmet lastes inn på nytt. Lukk den ene for å være sikker på at det du ser, er lagret.</translation>
    </message>
    <message>
        <source>A backup was restored into this database in another window. What this window shows is the database as it was before, and no change made here can be saved. Start glueplan again to work on the restored database.</source>
        <translation>En sikkerhetskopi er blitt gjenopprettet til denne databasen fra et annet vindu. Det dette vinduet viser, er databasen slik den var før, og ingen endringer som gjøres her, kan lagres. Start glueplan på nytt for å arbeide med den gjenopprettede databasen.</translation>
    </message>
</context>
<context>
    <name>CopyToTraineeDialog</name>
    <message>
        <source>Copy to trainee</source>
        <translation>Kopier til utøver</translation>
    </message>
    <message>
        <source>Copy “%1” &amp;to:</source>
        <translation>Kopier «%1» &amp;til:</translation>
    </message>
    <message>
        <source>&amp;Keep loads and notes</source>
        <translation>&amp;Behold belastninger og notater</translation>
    </message>
    <message>
        <source>Co&amp;py</source>
        <translation>K&amp;opier</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Avbryt</translation>
    </message>
    <message>
        <source>The copy gets every week, session and exercise with its sets, reps, RIR and rest, and the loads and notes set for %1.</source>
        <translation>Kopien får alle uker, økter og øvelser med sett, repetisjoner, RIR og pauser, og belastningene og notatene som er satt for %1.</translation>
    </message>
    <message>
        <source>The copy gets every week, session and exercise with its sets, reps, RIR and rest, but not the loads and notes set for %1: they belong to one person.</source>
        <translation>Kopien får alle uker, økter og øvelser med sett, repetisjoner, RIR og pauser, men ikke belastningene og notatene som er satt for %1: de er personlige.</translation>
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
        <translation>&amp;Endre sett, repetisjoner, belastning og notat</translation>
    </message>
    <message>
        <source>&amp;Remove exercise</source>
        <translation>F&amp;jern øvelse</translation>
    </message>
    <message>
        <source>&amp;Edit time and title</source>
        <translation>&amp;Endre tidspunkt og tittel</translation>
    </message>
    <message>
        <source>&amp;Remove session</source>
        <translation>F&amp;jern økt</translation>
    </message>
    <message>
        <source>&amp;Move to</source>
        <translation>&amp;Flytt til</translation>
    </message>
    <message>
        <source>&amp;Copy to</source>
        <translation>&amp;Kopier til</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Flytt &amp;opp</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Flytt &amp;ned</translation>
    </message>
    <message>
        <source>&amp;New session</source>
        <translation>N&amp;y økt</translation>
    </message>
</context>
<context>
    <name>ExerciseBlock</name>
    <message>
        <source>Note: %1</source>
        <translation>Notat: %1</translation>
    </message>
    <message>
        <source>Weight in %1</source>
        <translation>Vekt i %1</translation>
    </message>
    <message>
        <source>reps</source>
        <translation>rep.</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Side</translation>
    </message>
    <message>
        <source>Note on this set</source>
        <translation>Notat til settet</translation>
    </message>
    <message>
        <source>Log set</source>
        <translation>Loggfør sett</translation>
    </message>
    <message>
        <source>Target: %1 × %2 reps at %3, %4</source>
        <translation>Mål: %1 × %2 repetisjoner med %3, %4</translation>
    </message>
    <message>
        <source>Target: %1 × %2 reps at %3 with %4, %5</source>
        <translation>Mål: %1 × %2 repetisjoner med %4, %3, %5</translation>
    </message>
    <message>
        <source>Last session (%1): %2</source>
        <translation>Forrige økt (%1): %2</translation>
    </message>
    <message>
        <source>%1 %2 %</source>
        <translation>%1 %2 %</translation>
    </message>
    <message>
        <source>Not recovered yet from the last week&apos;s sets: %1 ready. Hard sets now slow its recovery; lighter work or another muscle may suit today better.</source>
        <translation>Ikke restituert ennå etter settene den siste uken: %1 restituert. Tar du harde sett nå, tar restitusjonen lengre tid; lettere arbeid eller en annen muskel passer kanskje bedre i dag.</translation>
    </message>
    <message>
        <source>Set %1: %2 × %3</source>
        <translation>Sett %1: %2 × %3</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
</context>
<context>
    <name>ExerciseDetail</name>
    <message>
        <source>Pick an exercise to see how to do it, what it trains and how much of it.</source>
        <translation>Velg en øvelse for å se hvordan den utføres, hva den trener og hvor mye du bør gjøre av den.</translation>
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
        <translation>andelen av hvert sett som teller for muskelen</translation>
    </message>
    <message>
        <source>How to do it</source>
        <translation>Slik gjør du det</translation>
    </message>
    <message>
        <source>Common mistakes</source>
        <translation>Vanlige feil</translation>
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
        <translation>Ingen av musklene glueplan planlegger etter: settene teller for ingen av dem før Fil &gt; Rediger øvelse… angir hvilke den trener.</translation>
    </message>
</context>
<context>
    <name>ExerciseEditor</name>
    <message>
        <source>Edit your exercise</source>
        <translation>Rediger øvelsen din</translation>
    </message>
    <message>
        <source>New exercise</source>
        <translation>Ny øvelse</translation>
    </message>
    <message>
        <source>No picture</source>
        <translation>Uten bilde</translation>
    </message>
    <message>
        <source>Looks like</source>
        <translation>Ligner</translation>
    </message>
    <message>
        <source>not trained</source>
        <translation>trenes ikke</translation>
    </message>
    <message>
        <source>One cue per line</source>
        <translation>Ett teknikkpunkt per linje</translation>
    </message>
    <message>
        <source>One mistake per line, with how to fix it</source>
        <translation>Én feil per linje, og hvordan den rettes</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Avbryt</translation>
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
        <translation>Li&amp;gner</translation>
    </message>
    <message>
        <source>E&amp;quipment</source>
        <translation>&amp;Utstyr</translation>
    </message>
    <message>
        <source>&amp;Muscles it trains</source>
        <translation>&amp;Muskler øvelsen trener</translation>
    </message>
    <message>
        <source>&amp;Reps</source>
        <translation>&amp;Repetisjoner</translation>
    </message>
    <message>
        <source>Se&amp;ts</source>
        <translation>Set&amp;t</translation>
    </message>
    <message>
        <source>Reps in reser&amp;ve (RIR)</source>
        <translation>Repetisjoner i reser&amp;ve (RIR)</translation>
    </message>
    <message>
        <source>R&amp;est</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Technique c&amp;ues</source>
        <translation>Tekn&amp;ikkpunkter</translation>
    </message>
    <message>
        <source>Common mista&amp;kes</source>
        <translation>Vanlige &amp;feil</translation>
    </message>
    <message>
        <source>Default prescription</source>
        <translation>Standarddosering</translation>
    </message>
    <message>
        <source>%1 (my version)</source>
        <translation>%1 (min versjon)</translation>
    </message>
    <message>
        <source>The lowest reps must not be above the highest.</source>
        <translation>Laveste antall repetisjoner kan ikke være høyere enn det høyeste.</translation>
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
        <translation>Treningslogg for regneark, med semikolon og desimalkomma (CSV)</translation>
    </message>
    <message>
        <source>Training log for glueplan and other programs (CSV)</source>
        <translation>Treningslogg for glueplan og andre programmer, med komma og desimalpunktum (CSV)</translation>
    </message>
    <message>
        <source>Plans (CSV)</source>
        <translation>Planer (CSV)</translation>
    </message>
    <message>
        <source>Planned weeks for a calendar (iCalendar)</source>
        <translation>Planlagte uker til en kalender (iCalendar)</translation>
    </message>
    <message>
        <source>Full backup (JSON)</source>
        <translation>Full sikkerhetskopi (JSON)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksporter</translation>
    </message>
    <message>
        <source>glueplan backup %1</source>
        <translation>glueplan sikkerhetskopi %1</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Sikkerhetskopier nå</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>Findings</source>
        <translation>Merknader</translation>
    </message>
    <message>
        <source>Apply fix</source>
        <translation>Bruk forslaget</translation>
    </message>
    <message>
        <source>No findings this week: the plan follows every rule.</source>
        <translation>Ingen merknader denne uken: planen følger alle reglene.</translation>
    </message>
    <message>
        <source>Behind you</source>
        <translation>Tilbakelagt</translation>
    </message>
    <message>
        <source>Findings about days gone or logged: a fix changes only what is still ahead.</source>
        <translation>Merknader om dager som er passert eller loggført: et forslag endrer bare det som ligger foran.</translation>
    </message>
    <message>
        <source>Fix applied: %1 Edit &gt; Undo (%2) takes it back.</source>
        <translation>Forslaget er brukt: %1 Rediger &gt; Angre (%2) tar det tilbake.</translation>
    </message>
</context>
<context>
    <name>FloatingEditor</name>
    <message>
        <source>Changes week %1 only</source>
        <translation>Endrer bare uke %1</translation>
    </message>
    <message>
        <source>Copy week forward carries this week on to the weeks after it.</source>
        <translation>Med Kopier uken fremover blir ukens endringer med i ukene etter den.</translation>
    </message>
</context>
<context>
    <name>GettingStarted</name>
    <message>
        <source>Getting started</source>
        <translation>Kom i gang</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>1. Kilograms or pounds</source>
        <translation>1. Kilo eller pund</translation>
    </message>
    <message>
        <source>Every load is typed and shown in the units of your profile. Choose them before your first set (the welcome on the first start asks, and Edit &gt; Profile changes them): a set typed in the wrong units has to be corrected one by one. The profile also holds the name glueplan calls you by, your experience and the time you have, which the checks follow.</source>
        <translation>Alle vekter skrives og vises i enheten fra profilen din. Velg den før det første settet ditt (velkomsten ved første oppstart spør, og Rediger &gt; Profil endrer den): et sett skrevet i feil enhet må rettes ett for ett. Profilen har også navnet glueplan kaller deg, erfaringen din og tiden du har, og reglene tar hensyn til dem.</translation>
    </message>
    <message>
        <source>2. Find exercises</source>
        <translation>2. Finn øvelser</translation>
    </message>
    <message>
        <source>3. Start a program</source>
        <translation>3. Start et program</translation>
    </message>
    <message>
        <source>On the Programs tab, start a program from a template or an empty one, or let Programs &gt; Plan my week write one for the days you are free.</source>
        <translation>Start et program fra en mal eller et tomt program i fanen Programmer, eller la Programmer &gt; Planlegg uken mi lage et for dagene du har fri.</translation>
    </message>
    <message>
        <source>4. Plan the week</source>
        <translation>4. Planlegg uken</translation>
    </message>
    <message>
        <source>Drag exercises from the library onto a day, move them between days, and double-click one to change its sets, reps, RIR (%1) and rest. The findings below the week say what does not fit the rules; “Apply fix” repairs it. Ctrl+Z undoes every change. Without a mouse: Ctrl+Return puts the chosen exercise on a day, and the Menu key on a planned exercise or session offers Move to and Copy to.</source>
        <translation>Dra øvelser fra biblioteket til en dag, flytt dem mellom dagene, og dobbeltklikk på en for å endre sett, repetisjoner, RIR (%1) og pause. Merknadene under uken viser hva som ikke passer med reglene; «Bruk forslaget» retter det. Ctrl+Z angrer enhver endring. Uten mus: Ctrl+Return legger den valgte øvelsen på en dag, og menytasten på en planlagt øvelse eller økt åpner en meny med Flytt til og Kopier til.</translation>
    </message>
    <message>
        <source>5. Log your training</source>
        <translation>5. Loggfør treningen</translation>
    </message>
    <message>
        <source>6. Follow your progress</source>
        <translation>6. Følg framgangen</translation>
    </message>
    <message>
        <source>7. Print and settings</source>
        <translation>7. Utskrift og innstillinger</translation>
    </message>
    <message>
        <source>File &gt; Print makes a sheet of the program to take to the gym. Edit &gt; Preferences sets the language, the theme, the text size, the rest timer and where the database is kept; the units are in Edit &gt; Profile.</source>
        <translation>Fil &gt; Skriv ut lager et ark med programmet som du kan ta med på treningssenteret. Under Rediger &gt; Innstillinger velger du språk, tema, tekststørrelse, pausetidtaker og hvor databasen ligger; enhetene finner du under Rediger &gt; Profil.</translation>
    </message>
    <message>
        <source>8. Coaching others</source>
        <translation>8. Når du trener andre</translation>
    </message>
    <message>
        <source>A coach or a physiotherapist adds each client with File &gt; New trainee, with their own profile, programs and log, and chooses whose are shown in the Trainee box above the tabs. Each client (of the %1 shown last) keeps their own undo history until glueplan is closed: switch to another client and back, and Ctrl+Z still undoes what you did for the first.</source>
        <translation>En trener eller fysioterapeut legger til hver klient med Fil &gt; Ny utøver, med egen profil, egne programmer og egen logg, og velger i feltet Utøver over fanene hvem sine data som vises. Hver klient (av de %1 sist viste) har sin egen angrehistorikk til glueplan lukkes: bytt til en annen klient og tilbake, og Ctrl+Z angrer fortsatt det du gjorde for den første.</translation>
    </message>
    <message>
        <source>Search the library on the left by name in any of the three languages, or click a muscle on the map to list the exercises that train it (Ctrl-click adds another muscle). The panel on the right explains the chosen exercise and shows how it is done.</source>
        <translation>Søk i biblioteket til venstre etter navn på norsk, dansk eller engelsk, eller klikk på en muskel på kartet for å se øvelsene som trener den (Ctrl-klikk velger en muskel til). Panelet til høyre forklarer den valgte øvelsen og viser hvordan den utføres.</translation>
    </message>
    <message>
        <source>The Log tab shows the day&apos;s planned exercises with the load to use. Enter weight, reps and RIR for each set and press Enter: it is saved at once and the rest timer starts.</source>
        <translation>Fanen Logg viser dagens planlagte øvelser med belastningen du skal bruke. Skriv inn vekt, repetisjoner og RIR for hvert sett og trykk Enter: settet lagres med en gang, og pausen telles ned.</translation>
    </message>
    <message>
        <source>History lists every set and lets you correct one; Charts draws strength, volume and sessions over time.</source>
        <translation>Historikk viser alle sett og lar deg rette dem; Grafer viser styrke, volum og økter over tid.</translation>
    </message>
    <message>
        <source>Show me</source>
        <translation>Vis meg</translation>
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
        <translation>Vekt (%1)</translation>
    </message>
    <message>
        <source>Reps</source>
        <translation>Repetisjoner</translation>
    </message>
    <message>
        <source>Click to list the sets by this column; click again to reverse the order</source>
        <translation>Klikk for å sortere settene etter denne kolonnen; klikk igjen for å snu rekkefølgen</translation>
    </message>
    <message>
        <source>Sets can be listed by date, weight or reps: click one of those headings</source>
        <translation>Settene kan sorteres etter dato, vekt eller repetisjoner: klikk på en av disse overskriftene</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notat</translation>
    </message>
    <message>
        <source>Reps</source>
        <comment>abbreviated: a narrow table&apos;s heading</comment>
        <translation>Rep.</translation>
    </message>
    <message>
        <source>Note on the day: %1</source>
        <translation>Notat om dagen: %1</translation>
    </message>
    <message>
        <source>warm-up</source>
        <translation>oppvarming</translation>
    </message>
    <message>
        <source>Edit set</source>
        <translation>Endre sett</translation>
    </message>
    <message>
        <source>Delete set</source>
        <translation>Slett sett</translation>
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
        <translation>Tilbakestill filter</translation>
    </message>
    <message>
        <source>All exercises over the last year, as the tab shows at first</source>
        <translation>Alle øvelser det siste året, slik fanen viser fra start</translation>
    </message>
    <message>
        <source>Delete set</source>
        <translation>Slett sett</translation>
    </message>
    <message>
        <source>Delete the chosen set (the Delete key does too); Edit &gt; Undo brings it back</source>
        <translation>Slett det valgte settet (Delete-tasten gjør det også); Rediger &gt; Angre henter det tilbake</translation>
    </message>
    <message>
        <source>Nothing logged in this period. Sets logged on the Log tab, or a history imported with File &gt; Import history…, are listed here.</source>
        <translation>Ingenting loggført i denne perioden. Sett du loggfører i fanen Logg, og historikk importert med Fil &gt; Importer historikk…, vises her.</translation>
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
        <translation>Settet du redigerte, er slettet et annet sted.</translation>
    </message>
    <message>
        <source>Deleted %1 (%2). Edit &gt; Undo (%3) brings it back.</source>
        <translation>Slettet: %1 (%2). Rediger &gt; Angre (%3) henter settet tilbake.</translation>
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
        <translation>&amp;Kopier sett</translation>
    </message>
    <message>
        <source>&amp;Delete set</source>
        <translation>&amp;Slett sett</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import history</source>
        <translation>Importer historikk</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Velg…</translation>
    </message>
    <message>
        <source>Told from the file</source>
        <translation>Gjenkjent ut fra filen</translation>
    </message>
    <message>
        <source>glueplan backup</source>
        <translation>glueplan-sikkerhetskopi</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>I filen</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>Sett</translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation>Blir</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>&amp;Loads without a unit are in</source>
        <translation>Vekter &amp;uten enhet er i</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <source>&amp;Written by</source>
        <translation>&amp;Skrevet av</translation>
    </message>
    <message>
        <source>Cancel &amp;reading</source>
        <translation>Avbryt &amp;lesingen</translation>
    </message>
    <message>
        <source>Cl&amp;ose</source>
        <translation>Lu&amp;kk</translation>
    </message>
    <message>
        <source>Exports (*.csv *.json);;All files (*)</source>
        <translation>Eksporter (*.csv *.json);;Alle filer (*)</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file; nothing was read.</source>
        <translation>%1 er en mappe, ikke en fil; ingenting ble lest.</translation>
    </message>
    <message>
        <source>There is no file at %1; nothing was read.</source>
        <translation>Det finnes ingen fil på %1; ingenting ble lest.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Leser…</translation>
    </message>
    <message>
        <source>This file cannot be imported; nothing was written:</source>
        <translation>Denne filen kan ikke importeres; ingenting ble skrevet:</translation>
    </message>
    <message>
        <source>Reading cancelled; nothing was written.</source>
        <translation>Lesingen ble avbrutt; ingenting ble skrevet.</translation>
    </message>
    <message>
        <source>Looks like %1</source>
        <translation>Ligner %1</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Hopp over</translation>
    </message>
    <message>
        <source>New own exercise</source>
        <translation>Ny egen øvelse</translation>
    </message>
    <message>
        <source>Nothing new to import.</source>
        <translation>Ikke noe nytt å importere.</translation>
    </message>
    <message numerus="yes">
        <source>%n workouts</source>
        <translation>
            <numerusform>%n økt</numerusform>
            <numerusform>%n økter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Already in the log (left out): %n sets.</source>
        <translation>
            <numerusform>Allerede i loggen (utelatt): %n sett.</numerusform>
            <numerusform>Allerede i loggen (utelatt): %n sett.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped names: %n sets.</source>
        <translation>
            <numerusform>Navn som hoppes over: %n sett.</numerusform>
            <numerusform>Navn som hoppes over: %n sett.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sets</source>
        <translation>
            <numerusform>%n sett</numerusform>
            <numerusform>%n sett</numerusform>
        </translation>
    </message>
    <message>
        <source>A CSV export of Strong, Hevy, FitNotes or glueplan, or a glueplan backup</source>
        <translation>En CSV-eksport fra Strong, Hevy, FitNotes eller glueplan, eller en glueplan-sikkerhetskopi</translation>
    </message>
    <message>
        <source>glueplan training log</source>
        <translation>glueplan-treningslogg</translation>
    </message>
    <message>
        <source>&amp;Trainee in the file</source>
        <translation>U&amp;tøver i filen</translation>
    </message>
    <message>
        <source>Heaviest</source>
        <translation>Tyngste</translation>
    </message>
    <message>
        <source>⚠ marks names to check: glueplan is not sure what they are. Skipped names are left out; a new own exercise starts with no muscles, both sides and no picture, so its sets count for no muscle until you say in the library which it trains (one from a glueplan backup: as the backup defines it). The heaviest set is as the loads are read: check the unit.</source>
        <translation>⚠ markerer navn du bør kontrollere: glueplan er ikke sikker på hva de er. Navn som hoppes over, tas ikke med; en ny egen øvelse starter uten muskler, på begge sider og uten bilde, så settene teller for ingen muskel før du i biblioteket angir hvilke den trener (en fra en glueplan-sikkerhetskopi: slik sikkerhetskopien beskriver den). Det tyngste settet vises slik vektene blir lest: kontroller enheten.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The backup&apos;s “%1” has no sets; choose another of its trainees under Trainee in the file.</source>
        <translation>Sikkerhetskopiens «%1» har ingen sett; velg en annen av utøverne under Utøver i filen.</translation>
    </message>
    <message numerus="yes">
        <source>(%n of them warm-ups)</source>
        <translation>
            <numerusform>(%n av dem oppvarming)</numerusform>
            <numerusform>(%n av dem oppvarming)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2, %3 – %4.</source>
        <translation>%1, %2, %3 – %4.</translation>
    </message>
    <message>
        <source>Rows of timed or distance work left out: %1.</source>
        <translation>Rader med tid eller distanse utelatt: %1.</translation>
    </message>
    <message>
        <source>Units in the file: %1.</source>
        <translation>Enheter i filen: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Import %n sets</source>
        <translation>
            <numerusform>Importer %n sett</numerusform>
            <numerusform>Importer %n sett</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was refused; nothing was written:</source>
        <translation>Importen ble avvist; ingenting ble skrevet:</translation>
    </message>
</context>
<context>
    <name>InputDialog</name>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Avbryt</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <source>Search: English, Danish or Norwegian names</source>
        <translation>Søk: engelske, danske eller norske navn</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Søk</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle kategorier</translation>
    </message>
    <message>
        <source>Any equipment</source>
        <translation>Alt utstyr</translation>
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
        <translation>Trener en av de valgte</translation>
    </message>
    <message>
        <source>Trains all picked</source>
        <translation>Trener alle valgte</translation>
    </message>
    <message>
        <source>With several muscles picked: exercises that train any of them, or all</source>
        <translation>Med flere valgte muskler: øvelser som trener en av dem, eller alle</translation>
    </message>
    <message>
        <source>Clear muscles</source>
        <translation>Nullstill muskler</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Øvelser</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Nullstill filtre</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Utstyr</translation>
    </message>
    <message>
        <source>Sides</source>
        <translation>Sider</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n exercises</source>
        <translation>
            <numerusform>%1 av %n øvelse</numerusform>
            <numerusform>%1 av %n øvelser</numerusform>
        </translation>
    </message>
    <message>
        <source>No exercise contains “%1”; showing close names.</source>
        <translation>Ingen øvelse inneholder «%1»; viser navn som ligner.</translation>
    </message>
    <message>
        <source>The filters hide every exercise found for “%1”.</source>
        <translation>Filtrene skjuler alle øvelser som passer til «%1».</translation>
    </message>
    <message>
        <source>No exercise matches these filters.</source>
        <translation>Ingen øvelse passer til disse filtrene.</translation>
    </message>
    <message>
        <source>No exercise is called “%1” or anything like it. Check the spelling, or add it with File &gt; New exercise…</source>
        <translation>Ingen øvelse heter «%1» eller noe som ligner. Sjekk stavemåten, eller legg den til med Fil &gt; Ny øvelse…</translation>
    </message>
</context>
<context>
    <name>LogPage</name>
    <message>
        <source>Add exercise</source>
        <translation>Legg til øvelse</translation>
    </message>
    <message>
        <source>Note on the day&apos;s training</source>
        <translation>Notat om dagens trening</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>This day is in the future (%1): sets logged here are saved as done on it.</source>
        <translation>Dagen er frem i tid (%1): sett som loggføres her, lagres som utført den dagen.</translation>
    </message>
    <message>
        <source>Nothing is planned for this day. Add an exercise to log it anyway.</source>
        <translation>Ingenting er planlagt denne dagen. Legg til en øvelse for å loggføre likevel.</translation>
    </message>
    <message>
        <source>&amp;Log and close</source>
        <translation>&amp;Loggfør og lukk</translation>
    </message>
    <message>
        <source>&amp;Log and restore</source>
        <translation>&amp;Loggfør og gjenopprett</translation>
    </message>
    <message>
        <source>Close &amp;without logging</source>
        <translation>Lukk &amp;uten å loggføre</translation>
    </message>
    <message>
        <source>Restore &amp;without logging</source>
        <translation>Gjenopprett &amp;uten å loggføre</translation>
    </message>
    <message>
        <source>You have a set typed but not logged (%1).</source>
        <translation>Du har et sett som er skrevet inn, men ikke loggført (%1).</translation>
    </message>
    <message>
        <source>%1 has a set typed but not logged (%2).</source>
        <translation>%1 har et sett som er skrevet inn, men ikke loggført (%2).</translation>
    </message>
    <message>
        <source>It cannot be logged while %1 is archived, and it is lost when glueplan closes: Cancel, and restore %1 first (File &gt; Restore archived trainee) to log it.</source>
        <translation>Det kan ikke loggføres mens %1 er arkivert, og det går tapt når glueplan lukkes: Velg Avbryt, og gjenopprett %1 først (Fil &gt; Gjenopprett arkivert utøver) for å loggføre det.</translation>
    </message>
    <message>
        <source>It cannot be logged while %1 is archived, and it is lost when the backup is restored: Cancel, and restore %1 first (File &gt; Restore archived trainee) to log it.</source>
        <translation>Det kan ikke loggføres mens %1 er arkivert, og det går tapt når sikkerhetskopien gjenopprettes: Velg Avbryt, og gjenopprett %1 først (Fil &gt; Gjenopprett arkivert utøver) for å loggføre det.</translation>
    </message>
    <message>
        <source>Log it before closing?</source>
        <translation>Vil du loggføre det før glueplan lukkes?</translation>
    </message>
    <message>
        <source>Log it before restoring a backup?</source>
        <translation>Vil du loggføre det før en sikkerhetskopi gjenopprettes?</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (arkivert)</translation>
    </message>
    <message>
        <source>The sets of an archived trainee cannot be logged, and are lost when glueplan closes: Cancel, and restore them first (File &gt; Restore archived trainee) to log them.</source>
        <translation>Settene til en arkivert utøver kan ikke loggføres og går tapt når glueplan lukkes: Velg Avbryt, og gjenopprett utøveren først (Fil &gt; Gjenopprett arkivert utøver) for å loggføre dem.</translation>
    </message>
    <message>
        <source>The sets of an archived trainee cannot be logged, and are lost when the backup is restored: Cancel, and restore them first (File &gt; Restore archived trainee) to log them.</source>
        <translation>Settene til en arkivert utøver kan ikke loggføres og går tapt når sikkerhetskopien gjenopprettes: Velg Avbryt, og gjenopprett utøveren først (Fil &gt; Gjenopprett arkivert utøver) for å loggføre dem.</translation>
    </message>
    <message>
        <source>Log the others before closing?</source>
        <translation>Vil du loggføre de andre før glueplan lukkes?</translation>
    </message>
    <message>
        <source>Log the others before restoring a backup?</source>
        <translation>Vil du loggføre de andre før en sikkerhetskopi gjenopprettes?</translation>
    </message>
    <message>
        <source>Log them before closing?</source>
        <translation>Vil du loggføre dem før glueplan lukkes?</translation>
    </message>
    <message>
        <source>Log them before restoring a backup?</source>
        <translation>Vil du loggføre dem før en sikkerhetskopi gjenopprettes?</translation>
    </message>
    <message>
        <source>Sets typed but not logged:</source>
        <translation>Sett som er skrevet inn, men ikke loggført:</translation>
    </message>
    <message>
        <source>Note on the day</source>
        <translation>Notat om dagen</translation>
    </message>
    <message>
        <source>Nothing is planned for this day; the next training is on %1. Add an exercise to log it anyway.</source>
        <translation>Ingenting er planlagt denne dagen; neste økt er %1. Legg til en øvelse for å loggføre likevel.</translation>
    </message>
    <message>
        <source>Log set</source>
        <translation>Loggfør sett</translation>
    </message>
    <message>
        <source>Delete set</source>
        <translation>Slett sett</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n exercises in the catalogue</source>
        <translation>
            <numerusform>%n øvelse i katalogen</numerusform>
            <numerusform>%n øvelser i katalogen</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <source>Muscle map</source>
        <translation>Muskelkart</translation>
    </message>
    <message>
        <source>Start a program on the Programs tab, and plan its weeks here.</source>
        <translation>Start et program i fanen Programmer, og planlegg ukene her.</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Uke</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Logg</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historikk</translation>
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
        <translation>&amp;Angre (først under Logg eller Historikk)</translation>
    </message>
    <message>
        <source>&amp;Undo (first on the Week or Programs tab)</source>
        <translation>&amp;Angre (først under Uke eller Programmer)</translation>
    </message>
    <message>
        <source>&amp;New exercise…</source>
        <translation>&amp;Ny øvelse…</translation>
    </message>
    <message>
        <source>&amp;Duplicate exercise…</source>
        <translation>&amp;Dupliser øvelse…</translation>
    </message>
    <message>
        <source>&amp;Edit exercise…</source>
        <translation>&amp;Rediger øvelse…</translation>
    </message>
    <message>
        <source>De&amp;lete exercise…</source>
        <translation>S&amp;lett øvelse…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Skriv ut…</translation>
    </message>
    <message>
        <source>E&amp;xport PDF…</source>
        <translation>E&amp;ksporter PDF…</translation>
    </message>
    <message>
        <source>Back &amp;up now…</source>
        <translation>Sikkerhetsk&amp;opier nå…</translation>
    </message>
    <message>
        <source>&amp;Import history…</source>
        <translation>&amp;Importer historikk…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Angre: %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gjør om</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Gjør om: %1</translation>
    </message>
    <message>
        <source>Undo &amp;history</source>
        <translation>Angre&amp;historikk</translation>
    </message>
    <message>
        <source>&amp;Add exercise to a day…</source>
        <translation>&amp;Legg til øvelse på en dag…</translation>
    </message>
    <message>
        <source>&amp;Profile…</source>
        <translation>&amp;Profil…</translation>
    </message>
    <message>
        <source>&amp;Find exercise</source>
        <translation>&amp;Søk etter øvelse</translation>
    </message>
    <message>
        <source>&amp;Clear muscles</source>
        <translation>&amp;Nullstill muskler</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>&amp;Muscle map</source>
        <translation>&amp;Muskelkart</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Uke</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>&amp;Logg</translation>
    </message>
    <message>
        <source>&amp;Programs</source>
        <translation>&amp;Programmer</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historikk</translation>
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
        <translation>Planlegg &amp;uken mi…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <source>&amp;Getting started</source>
        <translation>&amp;Kom i gang</translation>
    </message>
    <message>
        <source>&amp;About glueplan</source>
        <translation>&amp;Om glueplan</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Skriv ut</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Eksporter PDF</translation>
    </message>
    <message>
        <source>Backed up to “%1”.</source>
        <translation>Sikkerhetskopien er lagret som «%1».</translation>
    </message>
    <message>
        <source>Delete exercise</source>
        <translation>Slett øvelse</translation>
    </message>
    <message>
        <source>Delete “%1”? Edit &gt; Undo brings it back.</source>
        <translation>Slette «%1»? Rediger &gt; Angre henter den tilbake.</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>Slett «%1»</translation>
    </message>
    <message>
        <source>Exercise not deleted</source>
        <translation>Øvelsen er ikke slettet</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>«%1» er slettet.</translation>
    </message>
    <message>
        <source>Save own exercise</source>
        <translation>Lagre egen øvelse</translation>
    </message>
    <message>
        <source>%1 changed the program meanwhile: that change is kept, and yours was saved with it.</source>
        <translation>%1 har endret programmet i mellomtiden: den endringen er beholdt, og din er lagret sammen med den.</translation>
    </message>
    <message>
        <source>The program was changed elsewhere meanwhile: that change is kept, and yours was saved with it.</source>
        <translation>Programmet er endret et annet sted i mellomtiden: den endringen er beholdt, og din er lagret sammen med den.</translation>
    </message>
    <message>
        <source>Undone, except the days gone or logged since, which stay as they were: %1.</source>
        <translation>Angret, unntatt dagene som er gått eller loggført siden – de blir som de var: %1.</translation>
    </message>
    <message>
        <source>Redone, except the days gone or logged since, which stay as they were: %1.</source>
        <translation>Gjort om, unntatt dagene som er gått eller loggført siden – de blir som de var: %1.</translation>
    </message>
    <message>
        <source>Nothing undone: every day the step changed is gone or logged since (%1), so it is taken off the undo history.</source>
        <translation>Ingenting er angret: alle dagene endringen gjaldt, er gått eller loggført siden (%1), så den er tatt ut av angrehistorikken.</translation>
    </message>
    <message>
        <source>Nothing redone: every day the step changed is gone or logged since (%1), so it is taken off the undo history.</source>
        <translation>Ingenting er gjort om: alle dagene endringen gjaldt, er gått eller loggført siden (%1), så den er tatt ut av angrehistorikken.</translation>
    </message>
    <message>
        <source>“%1” was archived in another window, and this window shows “%2” now. Their programs and log are kept: File &gt; Restore archived trainee brings them back.</source>
        <translation>«%1» ble arkivert i et annet vindu, og dette vinduet viser nå «%2». Programmer og logg beholdes: Fil &gt; Gjenopprett arkivert utøver henter utøveren tilbake.</translation>
    </message>
    <message>
        <source>The set typed for “%1” and not logged is kept, there again once they are restored; closing glueplan before that loses it.</source>
        <translation>Settet som er skrevet inn for «%1» og ikke loggført, beholdes og er der igjen når utøveren er gjenopprettet; lukkes glueplan før det, går det tapt.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Ikke lagret</translation>
    </message>
    <message>
        <source>Saved in the database, but the window could not show the result. It shows what the database holds as soon as it can read it again; the change cannot be undone with Undo. The error: %1</source>
        <translation>Lagret i databasen, men vinduet kunne ikke vise resultatet. Det viser det som ligger i databasen, så snart det kan lese den igjen; endringen kan ikke angres med Angre. Feilen: %1</translation>
    </message>
    <message>
        <source>Undone in the database, but the window could not show the result. It shows what the database holds as soon as it can read it again; the step is taken off the undo history. The error: %1</source>
        <translation>Angret i databasen, men vinduet kunne ikke vise resultatet. Det viser det som ligger i databasen, så snart det kan lese den igjen; endringen er tatt ut av angrehistorikken. Feilen: %1</translation>
    </message>
    <message>
        <source>Redone in the database, but the window could not show the result. It shows what the database holds as soon as it can read it again; the step is taken off the undo history. The error: %1</source>
        <translation>Gjort om i databasen, men vinduet kunne ikke vise resultatet. Det viser det som ligger i databasen, så snart det kan lese den igjen; endringen er tatt ut av angrehistorikken. Feilen: %1</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>«%1» er lagret.</translation>
    </message>
    <message>
        <source>Exp&amp;ort…</source>
        <translation>Eks&amp;porter…</translation>
    </message>
    <message>
        <source>Restore from &amp;backup…</source>
        <translation>&amp;Gjenopprett fra sikkerhetskopi…</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>&amp;Innstillinger…</translation>
    </message>
    <message>
        <source>Another program was made active elsewhere, or the one open here was deleted: the edits made to it here can no longer be undone.</source>
        <translation>Et annet program er gjort aktivt et annet sted, eller programmet som var åpent her, er slettet: endringene som ble gjort i det her, kan ikke lenger angres.</translation>
    </message>
    <message>
        <source>The program as opened</source>
        <translation>Programmet slik det ble åpnet</translation>
    </message>
    <message>
        <source>Before these changes</source>
        <translation>Før disse endringene</translation>
    </message>
    <message>
        <source>Edit profile</source>
        <translation>Endre profil</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n sets.</source>
        <translation>
            <numerusform>%n sett er importert.</numerusform>
            <numerusform>%n sett er importert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing imported: those sets were in the log already.</source>
        <translation>Ingenting importert: de settene var allerede i loggen.</translation>
    </message>
    <message>
        <source>Started “%1” from %2.</source>
        <translation>«%1» er startet og begynner %2.</translation>
    </message>
    <message>
        <source>Started “%1”.</source>
        <translation>«%1» er startet.</translation>
    </message>
</context>
<context>
    <name>MapHeat</name>
    <message>
        <source>Weekly hard sets</source>
        <translation>Harde sett per uke</translation>
    </message>
    <message>
        <source>Readiness in the planned week</source>
        <translation>Restitusjon i den planlagte uken</translation>
    </message>
    <message>
        <source>Readiness now, from the log</source>
        <translation>Restitusjon nå, ut fra loggen</translation>
    </message>
    <message>
        <source>Below the weekly band</source>
        <translation>Under ukens mål</translation>
    </message>
    <message>
        <source>In the band, or under it as the deload plans</source>
        <translation>Innenfor målet, eller under det som planlagt i avlastningsuken</translation>
    </message>
    <message>
        <source>In the band</source>
        <translation>Innenfor målet</translation>
    </message>
    <message>
        <source>Above the band</source>
        <translation>Over målet</translation>
    </message>
    <message>
        <source>Trained (no band)</source>
        <translation>Trent (uten mål)</translation>
    </message>
    <message>
        <source>Under %1 % ready</source>
        <translation>Under %1 % restituert</translation>
    </message>
    <message>
        <source>%1–%2 % ready</source>
        <translation>%1–%2 % restituert</translation>
    </message>
    <message>
        <source>%1 % ready or more</source>
        <translation>%1 % restituert eller mer</translation>
    </message>
</context>
<context>
    <name>MuscleFacts</name>
    <message>
        <source>Origin: %1</source>
        <translation>Utspring: %1</translation>
    </message>
    <message>
        <source>Insertion: %1</source>
        <translation>Feste: %1</translation>
    </message>
    <message>
        <source>Function: %1</source>
        <translation>Funksjon: %1</translation>
    </message>
    <message>
        <source>Trained most by: %1</source>
        <translation>Trenes mest av: %1</translation>
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
        <translation>Bakfra</translation>
    </message>
    <message>
        <source>Deep layer</source>
        <translation>Dypt lag</translation>
    </message>
    <message>
        <source>Muscle map</source>
        <translation>Muskelkart</translation>
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
        <translation>Planlegg uken mi</translation>
    </message>
    <message>
        <source>Free &amp;days and times</source>
        <translation>Ledige &amp;dager og tidspunkter</translation>
    </message>
    <message>
        <source>&amp;Time per session</source>
        <translation>&amp;Tid per økt</translation>
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
        <translation>&amp;Uker</translation>
    </message>
    <message>
        <source>Equipment at &amp;hand (bodyweight always is)</source>
        <translation>Tilgjen&amp;gelig utstyr (kroppsvekt er alltid med)</translation>
    </message>
    <message>
        <source>Suggest &amp;another</source>
        <translation>&amp;Foreslå en annen</translation>
    </message>
    <message>
        <source>&amp;Start this program</source>
        <translation>&amp;Start dette programmet</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Avbryt</translation>
    </message>
    <message>
        <source>Tick at least one free day.</source>
        <translation>Kryss av for minst én ledig dag.</translation>
    </message>
</context>
<context>
    <name>PlanPreview</name>
    <message>
        <source>Previous week</source>
        <translation>Forrige uke</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Neste uke</translation>
    </message>
    <message>
        <source>Week %1 of %2</source>
        <translation>Uke %1 av %2</translation>
    </message>
    <message>
        <source>deload</source>
        <translation>avlastning</translation>
    </message>
    <message>
        <source>Rules it had to break</source>
        <translation>Regler den måtte bryte</translation>
    </message>
    <message>
        <source>What would fix it</source>
        <translation>Slik kan det løses</translation>
    </message>
    <message>
        <source>Why this plan</source>
        <translation>Derfor denne planen</translation>
    </message>
</context>
<context>
    <name>PlannedEditor</name>
    <message>
        <source>sets</source>
        <translation>sett</translation>
    </message>
    <message>
        <source>lowest reps</source>
        <translation>færrest repetisjoner</translation>
    </message>
    <message>
        <source>highest reps</source>
        <translation>flest repetisjoner</translation>
    </message>
    <message>
        <source>reps in reserve</source>
        <translation>repetisjoner i reserve</translation>
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
        <translation>notat</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>Sett</translation>
    </message>
    <message>
        <source>Reps</source>
        <translation>Repetisjoner</translation>
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
        <translation>Notat</translation>
    </message>
    <message>
        <source>The lowest reps must not be above the highest.</source>
        <translation>Laveste antall repetisjoner kan ikke være høyere enn det høyeste.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Innstillinger</translation>
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
        <translation>Planlagte øvelser har pausen planen oppgir.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Enheter</translation>
    </message>
    <message>
        <source>Rest timer</source>
        <translation>Pausetidtaker</translation>
    </message>
    <message>
        <source>&amp;Count down the rest after each logged set</source>
        <translation>Tell ned &amp;pausen etter hvert loggførte sett</translation>
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
        <translation>Teksten i alle vinduer, radene deres, muskelkartet og grafene. Det utskrevne arket beholder sin egen størrelse.</translation>
    </message>
    <message>
        <source>&amp;Play a sound when the rest is over</source>
        <translation>Spill av en &amp;lyd når pausen er over</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>&amp;Bytt…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>Te&amp;xt size</source>
        <translation>Te&amp;kststørrelse</translation>
    </message>
    <message>
        <source>Rest &amp;without a plan</source>
        <translation>Pause &amp;uten plan</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>&amp;Database</translation>
    </message>
    <message>
        <source>%1, set in the profile (Edit &gt; Profile)</source>
        <translation>%1, angitt i profilen (Rediger &gt; Profil)</translation>
    </message>
    <message>
        <source>Set in the profile (Edit &gt; Profile)</source>
        <translation>Angis i profilen (Rediger &gt; Profil)</translation>
    </message>
    <message>
        <source>glueplan was started with --lang %1: this window keeps that language until you choose one here.</source>
        <translation>glueplan ble startet med --lang %1: dette vinduet beholder det språket til du velger et her.</translation>
    </message>
    <message>
        <source>%1 is set: it names the database, whatever is chosen here.</source>
        <translation>%1 er satt og bestemmer databasen uansett hva som velges her.</translation>
    </message>
    <message>
        <source>glueplan opens “%1” the next time it starts.</source>
        <translation>glueplan åpner «%1» neste gang programmet starter.</translation>
    </message>
    <message>
        <source>A new database file takes effect when glueplan is started again.</source>
        <translation>En ny databasefil tas i bruk når glueplan startes på nytt.</translation>
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
        <translation>Uker</translation>
    </message>
    <message>
        <source>to</source>
        <translation>til</translation>
    </message>
    <message>
        <source>&amp;All weeks</source>
        <translation>&amp;Alle uker</translation>
    </message>
    <message>
        <source>&amp;Weeks</source>
        <translation>&amp;Uker</translation>
    </message>
    <message>
        <source>Exercise &amp;illustrations</source>
        <translation>&amp;Illustrasjoner av øvelsene</translation>
    </message>
    <message>
        <source>Blank &amp;log grids</source>
        <translation>Tomme &amp;loggskjemaer</translation>
    </message>
    <message>
        <source>&amp;Sheet language</source>
        <translation>Arkets &amp;språk</translation>
    </message>
    <message>
        <source>&amp;Paper</source>
        <translation>&amp;Papir</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Eksporter PDF</translation>
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
        <translation>ingen grense</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Avbryt</translation>
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
        <translation>En&amp;heter</translation>
    </message>
    <message>
        <source>Time per &amp;session</source>
        <translation>Tid per &amp;økt</translation>
    </message>
    <message>
        <source>Time per &amp;week</source>
        <translation>Tid per &amp;uke</translation>
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
        <translation>Bruk dette programmet</translation>
    </message>
    <message>
        <source>The Week and Log tabs show the active program; glueplan opens with it</source>
        <translation>Fanene Uke og Logg viser det aktive programmet; glueplan åpner med det</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliser</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Slett…</translation>
    </message>
    <message>
        <source>Copy to trainee…</source>
        <translation>Kopier til utøver…</translation>
    </message>
    <message>
        <source>A copy of this program for another trainee</source>
        <translation>En kopi av dette programmet til en annen utøver</translation>
    </message>
    <message>
        <source>Save as template…</source>
        <translation>Lagre som mal…</translation>
    </message>
    <message>
        <source>Offered below beside the built-in templates, for every trainee</source>
        <translation>Tilbys nedenfor ved siden av de innebygde malene, for alle utøvere</translation>
    </message>
    <message>
        <source>Start an empty program</source>
        <translation>Start et tomt program</translation>
    </message>
    <message>
        <source>Start a program from a template</source>
        <translation>Start et program fra en mal</translation>
    </message>
    <message>
        <source>starts %1</source>
        <translation>starter %1</translation>
    </message>
    <message numerus="yes">
        <source>%n weeks</source>
        <translation>
            <numerusform>%n uke</numerusform>
            <numerusform>%n uker</numerusform>
        </translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktivt</translation>
    </message>
    <message>
        <source>Double-click to make it active and plan it on the Week tab</source>
        <translation>Dobbeltklikk for å gjøre det aktivt og planlegge det i fanen Uke</translation>
    </message>
    <message>
        <source>No program yet: start one from a template below.</source>
        <translation>Ingen programmer ennå. Start et fra en mal nedenfor.</translation>
    </message>
    <message>
        <source>Programs start on a Monday: moved from %1 to %2, the Monday of its week.</source>
        <translation>Programmer starter på en mandag: flyttet fra %1 til %2, mandagen i samme uke.</translation>
    </message>
    <message>
        <source>Rename “%1” to “%2”</source>
        <translation>Endre navnet på «%1» til «%2»</translation>
    </message>
    <message>
        <source>Move the start of “%1” to %2</source>
        <translation>Flytt starten på «%1» til %2</translation>
    </message>
    <message>
        <source>Rename “%1” to “%2” and move its start to %3</source>
        <translation>Endre navnet på «%1» til «%2» og flytt starten til %3</translation>
    </message>
    <message>
        <source>Make “%1” active</source>
        <translation>Gjør «%1» aktivt</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (kopi)</translation>
    </message>
    <message>
        <source>Duplicate “%1”</source>
        <translation>Dupliser «%1»</translation>
    </message>
    <message>
        <source>There is no other trainee to copy it to: add one with File &gt; New trainee.</source>
        <translation>Det finnes ingen annen utøver å kopiere det til: legg til en med Fil &gt; Ny utøver.</translation>
    </message>
    <message>
        <source>Copy “%1” to “%2”</source>
        <translation>Kopier «%1» til «%2»</translation>
    </message>
    <message>
        <source>Copied “%1” to “%2”.</source>
        <translation>«%1» er kopiert til «%2».</translation>
    </message>
    <message>
        <source>Template &amp;name:</source>
        <translation>Malens &amp;navn:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <source>Save as template</source>
        <translation>Lagre som mal</translation>
    </message>
    <message>
        <source>Save “%1” as a template</source>
        <translation>Lagre «%1» som mal</translation>
    </message>
    <message>
        <source>Delete template “%1”</source>
        <translation>Slett malen «%1»</translation>
    </message>
    <message>
        <source>Delete program</source>
        <translation>Slett program</translation>
    </message>
    <message>
        <source>Delete “%1” with its weeks and sessions? The sets you logged stay in the log. Edit &gt; Undo brings the program back.</source>
        <translation>Slette «%1» med ukene og øktene? Settene du har loggført, blir liggende i loggen. Rediger &gt; Angre henter programmet tilbake.</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>Slett «%1»</translation>
    </message>
    <message>
        <source>Start “%1”</source>
        <translation>Start «%1»</translation>
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
        <translation>Stasjon</translation>
    </message>
</context>
<context>
    <name>QCupsJobWidget</name>
    <message>
        <source>Scheduled &amp;printing:</source>
        <translation>Planlagt &amp;utskrift:</translation>
    </message>
    <message>
        <source>&amp;Billing information:</source>
        <translation>&amp;Faktureringsinformasjon:</translation>
    </message>
    <message>
        <source>Job &amp;priority:</source>
        <translation>Jobb&amp;prioritet:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <comment>Banner page at start</comment>
        <translation>&amp;Start:</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <comment>Banner page at end</comment>
        <translation>S&amp;lutt:</translation>
    </message>
    <message>
        <source>Print Immediately</source>
        <translation>Skriv ut med en gang</translation>
    </message>
    <message>
        <source>Hold Indefinitely</source>
        <translation>Hold tilbake på ubestemt tid</translation>
    </message>
    <message>
        <source>Weekend (Saturday to Sunday)</source>
        <translation>Helg (lørdag og søndag)</translation>
    </message>
    <message>
        <source>Specific Time</source>
        <translation>Bestemt tidspunkt</translation>
    </message>
    <message>
        <source>Secret</source>
        <comment>CUPS Banner page</comment>
        <translation>Hemmelig</translation>
    </message>
    <message>
        <source>Top Secret</source>
        <comment>CUPS Banner page</comment>
        <translation>Strengt hemmelig</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Forward</source>
        <translation>Fremover</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Overordnet mappe</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Opprett ny mappe</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Listevisning</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Detaljvisning</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Sidepanel</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>Fil&amp;navn:</translation>
    </message>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Se i:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Filer av &amp;typen:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Åpne</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Velg</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Lagre som</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åpne</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Gi nytt navn</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Vis &amp;skjulte filer</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Nylig brukte steder</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Gå fremover</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Gå til overordnet mappe</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Opprett en ny mappe</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Bytt til listevisning</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Bytt til detaljvisning</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Liste over steder og bokmerker</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 finnes fra før.
Vil du erstatte den?</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Er du sikker på at du vil slette «%1»?</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>«%1» er skrivebeskyttet.
Vil du slette den likevel?</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>Kunne ikke slette mappen.</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Fant ikke mappen.
Kontroller at mappenavnet er riktig.</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Fant ikke filen.
Kontroller at filnavnet er riktig.</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Ukjent</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Snarvei</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Størrelse</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Sist endret</translation>
    </message>
</context>
<context>
    <name>QInputDialog</name>
    <message>
        <source>Enter a value:</source>
        <translation>Skriv inn en verdi:</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gjør om</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Vis detaljer …</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Skjul detaljer …</translation>
    </message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message>
        <source>Page size:</source>
        <translation>Sidestørrelse:</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>Bredde:</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>Høyde:</translation>
    </message>
    <message>
        <source>Paper source:</source>
        <translation>Papirkilde:</translation>
    </message>
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
        <translation>Side&amp;rekkefølge:</translation>
    </message>
    <message>
        <source>Pages &amp;per sheet:</source>
        <translation>Sider &amp;per ark:</translation>
    </message>
    <message>
        <source>Margins</source>
        <translation>Marger</translation>
    </message>
    <message>
        <source>right margin</source>
        <translation>høyremarg</translation>
    </message>
    <message>
        <source>bottom margin</source>
        <translation>bunnmarg</translation>
    </message>
    <message>
        <source>Page Layout</source>
        <translation>Sideoppsett</translation>
    </message>
    <message>
        <source>Points (pt)</source>
        <translation>Punkter (pt)</translation>
    </message>
    <message>
        <source>Inches (in)</source>
        <translation>Tommer (in)</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Egendefinert</translation>
    </message>
</context>
<context>
    <name>QPageSize</name>
    <message>
        <source>%1 x %2 in</source>
        <translation>%1 × %2 tommer</translation>
    </message>
    <message>
        <source>Executive (7.5 x 10 in)</source>
        <translation>Executive (7,5 × 10 tommer)</translation>
    </message>
    <message>
        <source>Executive (7.25 x 10.5 in)</source>
        <translation>Executive (7,25 × 10,5 tommer)</translation>
    </message>
    <message>
        <source>Fan-fold US (14.875 x 11 in)</source>
        <translation>Listepapir (USA) (14,875 × 11 tommer)</translation>
    </message>
    <message>
        <source>Fan-fold German (8.5 x 12 in)</source>
        <translation>Listepapir (Tyskland) (8,5 × 12 tommer)</translation>
    </message>
    <message>
        <source>Fan-fold German Legal (8.5 x 13 in)</source>
        <translation>Listepapir (Tyskland, Legal) (8,5 × 13 tommer)</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Lagre alle</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åpne</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ja til &amp;alle</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;ei til alle</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Prøv igjen</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Tilbakestill</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Gjenopprett standardverdier</translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <source>&amp;Options &gt;&gt;</source>
        <translation>&amp;Alternativer &gt;&gt;</translation>
    </message>
    <message>
        <source>&amp;Options &lt;&lt;</source>
        <translation>&amp;Alternativer &lt;&lt;</translation>
    </message>
    <message>
        <source>Print To File ...</source>
        <translation>Skriv ut til fil …</translation>
    </message>
    <message>
        <source>Left to Right, Bottom to Top</source>
        <translation>Venstre til høyre, bunn til topp</translation>
    </message>
    <message>
        <source>Right to Left, Bottom to Top</source>
        <translation>Høyre til venstre, bunn til topp</translation>
    </message>
    <message>
        <source>Right to Left, Top to Bottom</source>
        <translation>Høyre til venstre, topp til bunn</translation>
    </message>
    <message>
        <source>Bottom to Top, Left to Right</source>
        <translation>Bunn til topp, venstre til høyre</translation>
    </message>
    <message>
        <source>Bottom to Top, Right to Left</source>
        <translation>Bunn til topp, høyre til venstre</translation>
    </message>
    <message>
        <source>Top to Bottom, Left to Right</source>
        <translation>Topp til bunn, venstre til høyre</translation>
    </message>
    <message>
        <source>Top to Bottom, Right to Left</source>
        <translation>Topp til bunn, høyre til venstre</translation>
    </message>
    <message>
        <source>Odd Pages</source>
        <translation>Oddetallssider</translation>
    </message>
    <message>
        <source>Even Pages</source>
        <translation>Partallssider</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to overwrite it?</source>
        <translation>%1 finnes fra før.
Vil du skrive over den?</translation>
    </message>
    <message>
        <source>File %1 is not writable.
Please choose a different file name.</source>
        <translation>Du kan ikke skrive til filen %1.
Velg et annet filnavn.</translation>
    </message>
    <message>
        <source>%1 is a directory.
Please choose a different file name.</source>
        <translation>%1 er en mappe.
Velg et annet filnavn.</translation>
    </message>
    <message>
        <source>%1 does not follow the correct syntax. Please use &apos;,&apos; to separate ranges and pages, &apos;-&apos; to define ranges and make sure ranges do not intersect with each other.</source>
        <translation>%1 er ikke skrevet riktig. Skill sider og sideområder med «,», skriv et sideområde med «-» mellom første og siste side, og la ikke sideområdene overlappe hverandre.</translation>
    </message>
    <message>
        <source>Duplex Settings Conflicts</source>
        <translation>Konflikter ved tosidig utskrift</translation>
    </message>
    <message>
        <source>There are conflicts in duplex settings. Do you want to fix them?</source>
        <translation>Det er konflikter i innstillingene for tosidig utskrift. Vil du rette dem?</translation>
    </message>
    <message>
        <source>Options &apos;Pages Per Sheet&apos; and &apos;Page Set&apos; cannot be used together.
Please turn one of those options off.</source>
        <translation>Alternativene «Sider per ark» og «Sideutvalg» kan ikke brukes samtidig.
Slå av ett av dem.</translation>
    </message>
    <message>
        <source>Write PDF file</source>
        <translation>Skriv PDF-fil</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisk</translation>
    </message>
    <message>
        <source>Left to Right, Top to Bottom</source>
        <translation>Venstre til høyre, topp til bunn</translation>
    </message>
</context>
<context>
    <name>QPrintPreviewDialog</name>
    <message>
        <source>Print Preview</source>
        <translation>Forhåndsvisning</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Forrige side</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Tilpass til bredden</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>Tilpass til siden</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Stående</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Liggende</translation>
    </message>
    <message>
        <source>Show single page</source>
        <translation>Vis én side</translation>
    </message>
    <message>
        <source>Show facing pages</source>
        <translation>Vis oppslag</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesDialog</name>
    <message>
        <source>Printer Properties</source>
        <translation>Skriveregenskaper</translation>
    </message>
    <message>
        <source>Job Options</source>
        <translation>Jobbalternativer</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesWidget</name>
    <message>
        <source>There are conflicts in some options. Please fix them.</source>
        <translation>Noen av alternativene er i konflikt med hverandre. Rett dem.</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>Copies</source>
        <translation>Eksemplarer</translation>
    </message>
    <message>
        <source>Print all</source>
        <translation>Skriv ut alt</translation>
    </message>
    <message>
        <source>Pages from</source>
        <translation>Sider fra</translation>
    </message>
    <message>
        <source>Current Page</source>
        <translation>Gjeldende side</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Utvalg</translation>
    </message>
    <message>
        <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
        <translation>Angi sider eller sideområder, skilt med komma. Et sideområde er to sidetall med bindestrek mellom. For eksempel skriver «3,5-7,9» ut side 3, 5, 6, 7 og 9.</translation>
    </message>
    <message>
        <source>Output Settings</source>
        <translation>Utskriftsvalg</translation>
    </message>
    <message>
        <source>Copies:</source>
        <translation>Eksemplarer:</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Alternativer</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>Farge</translation>
    </message>
    <message>
        <source>Grayscale</source>
        <translation>Gråtoner</translation>
    </message>
    <message>
        <source>Page &amp;Set:</source>
        <translation>Side&amp;utvalg:</translation>
    </message>
    <message>
        <source>Double Sided Printing</source>
        <translation>Tosidig utskrift</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Av</translation>
    </message>
    <message>
        <source>Long side binding</source>
        <translation>Innbinding langs langsiden</translation>
    </message>
    <message>
        <source>Short side binding</source>
        <translation>Innbinding langs kortsiden</translation>
    </message>
</context>
<context>
    <name>QPrintWidget</name>
    <message>
        <source>Printer</source>
        <translation>Skriver</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>P&amp;roperties</source>
        <translation>&amp;Egenskaper</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Plassering:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Forhåndsvis</translation>
    </message>
    <message>
        <source>Output &amp;file:</source>
        <translation>Utdata&amp;fil:</translation>
    </message>
</context>
<context>
    <name>QTabBar</name>
    <message>
        <source>Scroll Right</source>
        <translation>Rull til høyre</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gjør om</translation>
    </message>
</context>
<context>
    <name>ReadOnlyNotice</name>
    <message>
        <source>This database is read-only (%1): you can look at everything, but no change can be saved. To edit it, copy the file to a folder you may write to, or ask for write permission.</source>
        <translation>Denne databasen er skrivebeskyttet (%1): du kan se alt, men ingen endring kan lagres. Kopier filen til en mappe du kan skrive i, eller be om skrivetilgang for å redigere den.</translation>
    </message>
</context>
<context>
    <name>RefusalTitle</name>
    <message>
        <source>Maybe saved, maybe not</source>
        <translation>Kanskje lagret, kanskje ikke</translation>
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
        <translation>Minutter og sekunder, eller minutter med komma i kvarte minutter: 2:30, 2,5 og 150 (sekunder) er samme pause, 2,75 er 2:45; 3 er 3:00.</translation>
    </message>
    <message>
        <source>“%1” is not in quarter minutes: minutes with a decimal are read in quarters (2.25, 2.5, 2.75). For minutes and seconds, type a colon: %2.</source>
        <translation>«%1» går ikke opp i kvarte minutter: minutter med komma leses som kvarte minutter (2,25, 2,5, 2,75). Minutter og sekunder skrives med kolon: %2.</translation>
    </message>
    <message>
        <source>“%1”: after the colon come the seconds in two digits, 00 to 59 (%2).</source>
        <translation>«%1»: etter kolon kommer sekundene med to sifre, 00 til 59 (%2).</translation>
    </message>
    <message>
        <source>“%1” is %2: a rest is at most %3.</source>
        <translation>«%1» er %2: en pause er høyst %3.</translation>
    </message>
    <message>
        <source>“%1” is not a rest: type minutes and seconds (2:30), minutes (2.5) or seconds (150).</source>
        <translation>«%1» er ikke en pause: skriv minutter og sekunder (2:30), minutter (2,5) eller sekunder (150).</translation>
    </message>
</context>
<context>
    <name>RestTimer</name>
    <message>
        <source>Skip rest</source>
        <translation>Hopp over pausen</translation>
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
        <translation>Gjenopprett fra sikkerhetskopi</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Laget</translation>
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
        <translation>Loggførte sett</translation>
    </message>
    <message>
        <source>Newest set</source>
        <translation>Nyeste sett</translation>
    </message>
    <message>
        <source>Backups of %1. The file as it is now is backed up before it is replaced.</source>
        <translation>Sikkerhetskopier av %1. Filen slik den er nå, sikkerhetskopieres før den erstattes.</translation>
    </message>
    <message>
        <source>There are no backups of %1 yet.</source>
        <translation>Det finnes ingen sikkerhetskopier av %1 ennå.</translation>
    </message>
    <message>
        <source>Choose a file… restores a backup kept elsewhere: a copy of glueplan&apos;s database, or a full backup (JSON) written by File &gt; Back up now or Export.</source>
        <translation>Velg en fil… gjenoppretter en sikkerhetskopi som ligger et annet sted: en kopi av glueplans database eller en fullstendig sikkerhetskopi (JSON) skrevet med Fil &gt; Sikkerhetskopier nå eller Eksporter.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Gjenopprett</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Avbryt</translation>
    </message>
    <message>
        <source>Choose a &amp;file…</source>
        <translation>Velg en &amp;fil…</translation>
    </message>
    <message>
        <source>File %1</source>
        <translation>Filen %1</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Velg en sikkerhetskopi</translation>
    </message>
    <message>
        <source>glueplan backups</source>
        <translation>glueplan-sikkerhetskopier</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Alle filer</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Leser %1…</translation>
    </message>
    <message>
        <source>Each backup lacks something the database has now: choose one to see what restoring it would lose.</source>
        <translation>Alle sikkerhetskopiene mangler noe som databasen har nå: velg én for å se hva en gjenoppretting av den vil miste.</translation>
    </message>
    <message>
        <source>Comparing it with the database…</source>
        <translation>Sammenligner den med databasen …</translation>
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
        <translation>Før en gjenoppretting</translation>
    </message>
    <message>
        <source>Before a database update</source>
        <translation>Før en oppdatering av databasen</translation>
    </message>
    <message>
        <source>Replace the database with the backup of %1? The file as it is now is backed up first.</source>
        <translation>Erstatte databasen med sikkerhetskopien fra %1? Filen slik den er nå, sikkerhetskopieres først.</translation>
    </message>
    <message>
        <source>Replace the database with what “%1” holds (%2, %3)? The file as it is now is backed up first.</source>
        <translation>Erstatte databasen med innholdet i «%1» (%2, %3)? Filen slik den er nå, sikkerhetskopieres først.</translation>
    </message>
    <message numerus="yes">
        <source>glueplan is also open on this database in %n other windows. After the restore they can save nothing more, and have to be closed and started again.</source>
        <translation>
            <numerusform>glueplan er også åpen på denne databasen i et annet vindu. Etter gjenopprettingen kan det ikke lagre noe mer, og det må lukkes og startes på nytt.</numerusform>
            <numerusform>glueplan er også åpen på denne databasen i %n andre vinduer. Etter gjenopprettingen kan de ikke lagre noe mer, og de må lukkes og startes på nytt.</numerusform>
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
            <numerusform>%n loggført sett</numerusform>
            <numerusform>%n loggførte sett</numerusform>
        </translation>
    </message>
    <message>
        <source>What this backup lacks cannot be told: an older glueplan wrote it.</source>
        <translation>Det kan ikke avgjøres hva denne sikkerhetskopien mangler: en eldre glueplan skrev den.</translation>
    </message>
    <message>
        <source>This backup holds everything the database holds now.</source>
        <translation>Denne sikkerhetskopien inneholder alt som databasen inneholder nå.</translation>
    </message>
    <message>
        <source>%1&apos;s program “%2”, made after this backup</source>
        <translation>programmet «%2» til %1, laget etter denne sikkerhetskopien</translation>
    </message>
    <message>
        <source>the changes to %1&apos;s program “%2” since</source>
        <translation>endringene siden da i programmet «%2» til %1</translation>
    </message>
    <message numerus="yes">
        <source>%n more programs</source>
        <translation>
            <numerusform>%n program til</numerusform>
            <numerusform>%n programmer til</numerusform>
        </translation>
    </message>
    <message>
        <source>the changes to %1&apos;s profile since</source>
        <translation>endringene siden da i profilen til %1</translation>
    </message>
    <message numerus="yes">
        <source>the changes to %n trainees&apos; profiles since</source>
        <translation>
            <numerusform>endringene siden da i profilen til %n utøver</numerusform>
            <numerusform>endringene siden da i profilene til %n utøvere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n trainees added since</source>
        <translation>
            <numerusform>%n utøver lagt til siden</numerusform>
            <numerusform>%n utøvere lagt til siden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sets logged since</source>
        <translation>
            <numerusform>%n sett loggført siden</numerusform>
            <numerusform>%n sett loggført siden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sets edited since</source>
        <translation>
            <numerusform>%n sett endret siden</numerusform>
            <numerusform>%n sett endret siden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day notes written, changed or cleared since</source>
        <translation>
            <numerusform>%n notat om dagens trening skrevet, endret eller slettet siden</numerusform>
            <numerusform>%n notater om dagens trening skrevet, endret eller slettet siden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n own exercises made since</source>
        <translation>
            <numerusform>%n egen øvelse laget siden</numerusform>
            <numerusform>%n egne øvelser laget siden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n own exercises changed since</source>
        <translation>
            <numerusform>%n egen øvelse endret siden</numerusform>
            <numerusform>%n egne øvelser endret siden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n own templates made or changed since</source>
        <translation>
            <numerusform>%n egen mal laget eller endret siden</numerusform>
            <numerusform>%n egne maler laget eller endret siden</numerusform>
        </translation>
    </message>
    <message>
        <source>Lost with this restore, as the backup does not hold it: %1.</source>
        <translation>Dette går tapt ved gjenopprettingen, fordi sikkerhetskopien ikke har det: %1.</translation>
    </message>
    <message>
        <source>Restore the newest good backup, taken %1 (%2, %3)? The damaged file is kept beside it under another name.</source>
        <translation>Gjenopprette den nyeste gode sikkerhetskopien, tatt %1 (%2, %3)? Den skadde filen beholdes ved siden av under et annet navn.</translation>
    </message>
    <message>
        <source>This database is on a server, so glueplan cannot put a backup in its place from here. To go back to a backup, restore the server&apos;s own (pg_dump) where the server is run, or put glueplan&apos;s backup (File &gt; Back up now…) into a new, empty database on the server and start glueplan on that one:

%1

File &gt; Import history… adds one trainee&apos;s logged sets from a glueplan backup to this database instead.</source>
        <translation>Denne databasen ligger på en server, så glueplan kan ikke legge en sikkerhetskopi på plassen dens herfra. For å gå tilbake til en sikkerhetskopi: gjenopprett serverens egen (pg_dump) der serveren driftes, eller legg glueplans sikkerhetskopi (Fil &gt; Sikkerhetskopier nå…) inn i en ny, tom database på serveren, og start glueplan på den:

%1

Fil &gt; Importer historikk… legger i stedet inn én utøvers loggførte sett fra en glueplan-sikkerhetskopi i denne databasen.</translation>
    </message>
    <message>
        <source>glueplan opens the database again.</source>
        <translation>glueplan åpner databasen igjen.</translation>
    </message>
    <message>
        <source>Restored the backup of %1.</source>
        <translation>Sikkerhetskopien fra %1 er gjenopprettet.</translation>
    </message>
    <message>
        <source>Restored the backup “%1”.</source>
        <translation>Sikkerhetskopien «%1» er gjenopprettet.</translation>
    </message>
    <message>
        <source>The database as it was is kept as the backup of %1 (File &gt; Restore from backup lists it):
%2</source>
        <translation>Databasen slik den var, er tatt vare på som sikkerhetskopien fra %1 (Fil &gt; Gjenopprett fra sikkerhetskopi viser den):
%2</translation>
    </message>
    <message>
        <source>The database as it was could not be read; it is kept as %1.</source>
        <translation>Databasen slik den var, kunne ikke leses; den er tatt vare på som %1.</translation>
    </message>
</context>
<context>
    <name>SectionTyping</name>
    <message>
        <source>The day must be from 1 to 31.</source>
        <translation>Dagen må være fra 1 til 31.</translation>
    </message>
    <message>
        <source>The month must be from 1 to 12.</source>
        <translation>Måneden må være fra 1 til 12.</translation>
    </message>
    <message>
        <source>There is no %1 %2.</source>
        <translation>Det finnes ingen %1. %2.</translation>
    </message>
    <message>
        <source>There is no %1 %2 in %3.</source>
        <translation>Det finnes ingen %1. %2 i %3.</translation>
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
        <translation>tittel</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tidspunkt</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tittel</translation>
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
        <translation>høyre</translation>
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
        <translation>Prøv igjen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Avslutt</translation>
    </message>
</context>
<context>
    <name>TemplateCard</name>
    <message>
        <source>&amp;Weeks</source>
        <translation>&amp;Uker</translation>
    </message>
    <message>
        <source>Start this program</source>
        <translation>Start dette programmet</translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation>Slett mal</translation>
    </message>
    <message>
        <source>S&amp;tarts</source>
        <translation>S&amp;tarter</translation>
    </message>
    <message>
        <source>This week, from today, %1</source>
        <translation>Denne uken, fra i dag, %1</translation>
    </message>
    <message>
        <source>This week, from %1 (the days before today are past)</source>
        <translation>Denne uken, fra %1 (dagene før i dag er forbi)</translation>
    </message>
    <message>
        <source>Next week, from %1</source>
        <translation>Neste uke, fra %1</translation>
    </message>
</context>
<context>
    <name>TraineeBar</name>
    <message>
        <source>Trainee</source>
        <translation>Utøver</translation>
    </message>
    <message>
        <source>Trainee:</source>
        <translation>Utøver:</translation>
    </message>
    <message>
        <source>New &amp;trainee…</source>
        <translation>Ny &amp;utøver…</translation>
    </message>
    <message>
        <source>Edit t&amp;rainee…</source>
        <translation>R&amp;ediger utøver…</translation>
    </message>
    <message>
        <source>&amp;Archive trainee…</source>
        <translation>Arki&amp;ver utøver…</translation>
    </message>
    <message>
        <source>Re&amp;store archived trainee</source>
        <translation>Gjenopprett arkiver&amp;t utøver</translation>
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
        <translation>Arkivere «%1»? Programmer og logg beholdes; Rediger &gt; Angre henter utøveren tilbake, og det gjør også Fil &gt; Gjenopprett arkivert utøver.</translation>
    </message>
    <message>
        <source>Archived “%1”: Edit &gt; Undo brings them back, and so does File &gt; Restore archived trainee.</source>
        <translation>«%1» er arkivert: Rediger &gt; Angre henter utøveren tilbake, og det gjør også Fil &gt; Gjenopprett arkivert utøver.</translation>
    </message>
    <message>
        <source>New trainee</source>
        <translation>Ny utøver</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Legg til</translation>
    </message>
    <message>
        <source>Archive trainee</source>
        <translation>Arkiver utøver</translation>
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
        <translation>Gjenopprett «%1»</translation>
    </message>
    <message>
        <source>Archive “%1”</source>
        <translation>Arkiver «%1»</translation>
    </message>
</context>
<context>
    <name>UncaughtErrors</name>
    <message>
        <source>Something went wrong in glueplan: %1</source>
        <translation>Noe gikk galt i glueplan: %1</translation>
    </message>
    <message>
        <source>What was saved is safe: glueplan saves each change as you make it, whole or not at all. The window may show something out of date: close glueplan and start it again to see what is saved.</source>
        <translation>Alt som er lagret, er trygt: glueplan lagrer hver endring med en gang, og alltid hele endringen eller ingenting av den. Vinduet viser kanskje ikke det nyeste: lukk glueplan og start det på nytt for å se hva som er lagret.</translation>
    </message>
    <message>
        <source>The details are written in %1. Please send that file to whoever helps you with glueplan.</source>
        <translation>Detaljene står i %1. Send gjerne filen til den som hjelper deg med glueplan.</translation>
    </message>
    <message>
        <source>The details could not be written to a file (%1).</source>
        <translation>Detaljene kunne ikke lagres i en fil (%1).</translation>
    </message>
</context>
<context>
    <name>WeekCalendar</name>
    <message>
        <source>week %1</source>
        <translation>uke %1</translation>
    </message>
    <message numerus="yes">
        <source>%n errors</source>
        <translation>
            <numerusform>%n feil</numerusform>
            <numerusform>%n feil</numerusform>
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
        <translation>Merknader denne dagen: %1</translation>
    </message>
    <message>
        <source>Fine: no new warning.</source>
        <translation>OK – ingen nye advarsler.</translation>
    </message>
</context>
<context>
    <name>WeekModel</name>
    <message>
        <source>done</source>
        <translation>gjennomført</translation>
    </message>
    <message>
        <source>Done: every planned set was logged that day.</source>
        <translation>Gjennomført: alle planlagte sett ble loggført den dagen.</translation>
    </message>
    <message>
        <source>partly done</source>
        <translation>delvis gjennomført</translation>
    </message>
    <message>
        <source>Partly done: %1 of the %2 planned sets were logged that day.</source>
        <translation>Delvis gjennomført: %1 av de %2 planlagte settene ble loggført den dagen.</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>ikke gjennomført</translation>
    </message>
    <message>
        <source>Missed: nothing of this session was logged on its day.</source>
        <translation>Ikke gjennomført: ingenting fra denne økten ble loggført på dagen.</translation>
    </message>
</context>
<context>
    <name>WeekPage</name>
    <message>
        <source>Hour of the week</source>
        <translation>Tidspunkt i uken</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Forrige uke</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Neste uke</translation>
    </message>
    <message>
        <source>Copy week forward</source>
        <translation>Kopier uken fremover</translation>
    </message>
    <message>
        <source>To the next week</source>
        <translation>Til neste uke</translation>
    </message>
    <message>
        <source>To every week after it</source>
        <translation>Til alle ukene etter den</translation>
    </message>
    <message>
        <source>Make deload week</source>
        <translation>Gjør til avlastningsuke</translation>
    </message>
    <message>
        <source>Week %1 already has sessions. Replace them with a copy of week %2?</source>
        <translation>Uke %1 har allerede økter. Skal de erstattes av en kopi av uke %2?</translation>
    </message>
    <message>
        <source>The weeks after week %1 are behind you: a copy changes no day gone or logged.</source>
        <translation>Ukene etter uke %1 er tilbakelagt: en kopi endrer ingen dag som er passert eller loggført.</translation>
    </message>
    <message>
        <source>The week after week %1 is behind you: a copy changes no day gone or logged.</source>
        <translation>Uken etter uke %1 er tilbakelagt: en kopi endrer ingen dag som er passert eller loggført.</translation>
    </message>
    <message>
        <source>Replace weeks %1–%2 with a copy of week %3?</source>
        <translation>Skal uke %1–%2 erstattes av en kopi av uke %3?</translation>
    </message>
    <message>
        <source>What is behind you, the days gone or with sets logged, stays as it was.</source>
        <translation>Det som er tilbakelagt – dager som er passert, eller dager med loggførte sett – forblir som det var.</translation>
    </message>
    <message>
        <source>A deload week stays one: it is made again from the copy.</source>
        <translation>En avlastningsuke forblir en avlastningsuke: den lages på nytt ut fra kopien.</translation>
    </message>
    <message>
        <source>Week %1 of %2</source>
        <translation>Uke %1 av %2</translation>
    </message>
    <message>
        <source>deload</source>
        <translation>avlastning</translation>
    </message>
    <message>
        <source>A deload week is not copied forward: the weeks after it would take its lighter doses, and a deload week among them would be made lighter again. Copy the training week before it; a deload week after it is made again from the copy.</source>
        <translation>En avlastningsuke kopieres ikke fremover: ukene etter den ville fått de lettere dosene, og en avlastningsuke blant dem ville blitt gjort enda lettere. Kopier heller treningsuken før den; en avlastningsuke etter den lages på nytt ut fra kopien.</translation>
    </message>
    <message>
        <source>A deload week is made from the week before it: the same exercises and days, fewer sets, more reps in reserve.</source>
        <translation>En avlastningsuke lages ut fra uken før: samme øvelser og dager, færre sett og flere repetisjoner i reserve.</translation>
    </message>
    <message>
        <source>The first week has no week before it to make a deload from.</source>
        <translation>Den første uken har ingen uke før seg som en avlastningsuke kan lages ut fra.</translation>
    </message>
    <message numerus="yes">
        <source>%n sessions</source>
        <translation>
            <numerusform>%n økt</numerusform>
            <numerusform>%n økter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sets</source>
        <translation>
            <numerusform>%n sett</numerusform>
            <numerusform>%n sett</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 sets</source>
        <translation>%1 sett</translation>
    </message>
    <message>
        <source>%1: %2, %3%4</source>
        <translation>%1: %2, %3%4</translation>
    </message>
    <message>
        <source>%1 min in all</source>
        <translation>%1 min. totalt</translation>
    </message>
    <message>
        <source>Activation work is not counted as hard sets: %1.</source>
        <translation>Aktiveringsøvelser teller ikke som harde sett: %1.</translation>
    </message>
    <message>
        <source>now, %1</source>
        <translation>nå, %1</translation>
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
        <translation>Vekt i</translation>
    </message>
    <message>
        <source>Optional: leave it empty if glueplan is just for you</source>
        <translation>Valgfritt: tomt hvis glueplan bare er for deg</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>&amp;Navnet ditt</translation>
    </message>
    <message>
        <source>Choose a &amp;program</source>
        <translation>Velg et &amp;program</translation>
    </message>
    <message>
        <source>&amp;Getting started</source>
        <translation>K&amp;om i gang</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Lukk</translation>
    </message>
    <message>
        <source>The welcome does not come back; Help &gt; Getting started has the same steps.</source>
        <translation>Velkomsten kommer ikke tilbake; Hjelp &gt; Kom i gang har de samme stegene.</translation>
    </message>
    <message>
        <source>Every load is typed and shown in these units. Choose them before your first set: a set typed in the wrong units has to be corrected one by one.</source>
        <translation>Alle vekter skrives og vises i denne enheten. Velg den før det første settet: et sett skrevet i feil enhet må rettes ett for ett.</translation>
    </message>
    <message>
        <source>Coaching others? Add each client with File &gt; New trainee. Edit &gt; Profile changes the units and the name later.</source>
        <translation>Trener du andre? Legg til hver klient med Fil &gt; Ny utøver. Rediger &gt; Profil endrer enhet og navn senere.</translation>
    </message>
    <message>
        <source>Next: start a program from a template, then plan and log its weeks.</source>
        <translation>Neste steg: start et program fra en mal, og planlegg og loggfør så ukene i det.</translation>
    </message>
    <message>
        <source>Change units</source>
        <translation>Bytt enheter</translation>
    </message>
    <message>
        <source>Change name</source>
        <translation>Bytt navn</translation>
    </message>
</context>
</TS>
