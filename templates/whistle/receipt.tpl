{{%AUTOESCAPE context="HTML"}}
<h1>Tak for din henvendelse</h1>
<p class="notice" role="status">Socialtilsynet har modtaget din henvendelse.</p>
<h2>Din kvitteringskode</h2>
<p class="receipt"><strong class="code" id="receipt">{{CODE}}</strong></p>
<p><strong>Skriv koden ned nu, og gem den et sikkert sted.</strong> Koden vises kun denne ene gang. Vi kender den ikke og kan ikke finde den frem igen, fordi vi kun gemmer en tilfældig værdi beregnet ud fra den.</p>
<p>Med koden kan du i <a href="/whistleblower/mailbox">din postkasse</a> se, hvad der sker med sagen, læse socialtilsynets spørgsmål og svare &ndash; uden at vi får at vide, hvem du er.</p>
<p>Vi registrerer alle henvendelser hver hverdag. Du får en kvittering i postkassen inden for 7 dage og en tilbagemelding om, hvad vi har gjort, inden for 3 måneder.</p>
