{{%AUTOESCAPE context="HTML"}}
<h1>Tak for din henvendelse</h1>
<p class="notice success" role="status">{{WB_AUTHORITY}} har modtaget din henvendelse.</p>
<h2>Din kvitteringskode</h2>
<p class="receipt"><strong class="code" id="receipt">{{CODE}}</strong></p>
<p><strong>Skriv koden ned nu, og gem den et sikkert sted.</strong> Vi kender ikke koden og kan ikke finde den frem igen, fordi vi kun gemmer en tilfældig værdi beregnet ud fra den. Koden gemmes ikke i browseren.</p>
{{#ANONYMOUS}}<p>Med koden kan du i <a href="/whistleblower/mailbox">din postkasse</a> se, hvad der sker med sagen, læse spørgsmål fra {{WB_AUTHORITY}} og svare &ndash; uden at vi får at vide, hvem du er.</p>{{/ANONYMOUS}}
{{#NAMED}}<p>Du har oplyst dit navn, så vi ved, hvem du er, og vi kan kontakte dig direkte. Vi fortæller kun tilbuddet eller andre det, du har givet samtykke til.</p>
<p>Med koden kan du også i <a href="/whistleblower/mailbox">din postkasse</a> se, hvad der sker med sagen, læse spørgsmål fra {{WB_AUTHORITY}} og svare.</p>{{/NAMED}}
<h2>Hvad sker der nu?</h2>
<p>Vi registrerer henvendelsen senest 1 arbejdsdag efter, at vi har modtaget den. Du får en kvittering i postkassen inden for 7 dage og en tilbagemelding om, hvad vi har gjort, inden for 3 måneder.</p>
<p>Er nogen i fare, så ring 112.</p>
