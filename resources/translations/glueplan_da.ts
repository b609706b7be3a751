<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da">
<context>
    <name>MainWindow</name>
    <message>
        <source>Your programs</source>
        <translation>Dine programmer</translation>
    </message>
    <message>
        <source>Start a program from a template</source>
        <translation>Start et program ud fra en skabelon</translation>
    </message>
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
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <source>&amp;About glueplan</source>
        <translation>&amp;Om glueplan</translation>
    </message>
    <message>
        <source>No program yet: start one from a template below.</source>
        <translation>Intet program endnu: start et ud fra en skabelon nedenfor.</translation>
    </message>
    <message>
        <source>Started “%1”.</source>
        <translation>Startede »%1«.</translation>
    </message>
    <message>
        <source>About glueplan</source>
        <translation>Om glueplan</translation>
    </message>
    <message>
        <source>glueplan %1: plan, check and log glute training.</source>
        <translation>glueplan %1: planlæg, tjek og log din balletræning.</translation>
    </message>
</context>
<context>
    <name>TemplateCard</name>
    <message>
        <source>Start this program</source>
        <translation>Start dette program</translation>
    </message>
</context>
</TS>
