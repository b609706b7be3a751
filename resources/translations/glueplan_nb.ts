<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb">
<context>
    <name>MainWindow</name>
    <message>
        <source>Your programs</source>
        <translation>Dine programmer</translation>
    </message>
    <message>
        <source>Start a program from a template</source>
        <translation>Start et program fra en mal</translation>
    </message>
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
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <source>&amp;About glueplan</source>
        <translation>&amp;Om glueplan</translation>
    </message>
    <message>
        <source>No program yet: start one from a template below.</source>
        <translation>Ingen program ennå: start et fra en mal nedenfor.</translation>
    </message>
    <message>
        <source>Started “%1”.</source>
        <translation>Startet «%1».</translation>
    </message>
    <message>
        <source>About glueplan</source>
        <translation>Om glueplan</translation>
    </message>
    <message>
        <source>glueplan %1: plan, check and log glute training.</source>
        <translation>glueplan %1: planlegg, sjekk og loggfør setetreningen din.</translation>
    </message>
</context>
<context>
    <name>TemplateCard</name>
    <message>
        <source>Start this program</source>
        <translation>Start dette programmet</translation>
    </message>
</context>
</TS>
