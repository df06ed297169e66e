{{%AUTOESCAPE context="HTML"}}
<p><a href="/grants/">&larr; Alle puljer</a></p>
<h1>{{NAME}}</h1>
<p><span class="tag tag-{{STATUS}}">{{STATUS_LABEL}}</span></p>
{{#CAN_APPLY}}<p><a class="button" href="/grants/pools/{{ID}}/apply">Ansøg om tilskud</a></p>{{/CAN_APPLY}}
<dl class="facts">
<dt>Tema</dt><dd>{{THEME}}</dd>
<dt>Beløb</dt><dd>{{AMOUNT}} kr.</dd>
<dt>Finansår</dt><dd>{{YEAR}}</dd>
<dt>Ansøgningsperiode</dt><dd>{{OPENS}} &ndash; {{CLOSES}}</dd>
<dt>Udmøntningsfrist</dt><dd>{{DEADLINE}}</dd>
<dt>Ansøgningsbaseret</dt><dd>{{APPLICATION}}</dd>
<dt>Hjemmel</dt><dd>{{LEGAL}}</dd>
</dl>
<div class="purpose"><p>{{PURPOSE}}</p></div>
