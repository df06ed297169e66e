{{%AUTOESCAPE context="HTML"}}
<p><a href="/staff/plans/">&larr; Resultatplaner</a></p>
<h1>Ny resultatplan</h1>
<p class="lead">Resultatplanen for et nyt år gentager som regel mange af sidste års mål og delmål. Vælg en plan at kopiere mål og delmål fra, eller begynd med en tom plan.</p>
<p>Målene og delmålene kopieres med numre, navne, regler og beskrivelser, og planen får samme frist for afrapportering. Resultater, vurderinger og kvartalsopfølgning kopieres ikke. En milepæls frist flyttes det samme antal hele år frem. Et delmål om udbetaling fra en bestemt pulje i et andet år følger i stedet alle det nye års puljer.</p>
{{#HAS_ERRORS}}<div class="error-summary" role="alert" tabindex="-1" autofocus>
<h2>Planen er ikke oprettet. Ret følgende:</h2>
<ul>{{#ERRORS}}<li><a href="#{{FIELD}}">{{MSG}}</a></li>{{/ERRORS}}</ul>
</div>{{/HAS_ERRORS}}
<form method="post" action="/staff/plans/new" class="form">
<input type="hidden" name="csrf" value="{{CSRF}}">
<input type="hidden" name="once" value="{{ONCE}}">
<p><label for="year">År <span class="hint">Et år uden en plan, 2000-2100.</span></label><input id="year" name="year" value="{{YEAR}}" maxlength="4" class="short" inputmode="numeric"{{#YEAR_ERR}} aria-invalid="true" aria-describedby="year-err"{{/YEAR_ERR}}>{{#YEAR_ERR}}<span class="field-error" id="year-err">{{MSG}}</span>{{/YEAR_ERR}}</p>
<p><label for="name">Navn <span class="hint">Fx »Resultatplan 2025 for Social- og Boligstyrelsen«; højst 300 tegn.</span></label><input id="name" name="name" value="{{NAME}}" maxlength="300"{{#NAME_ERR}} aria-invalid="true" aria-describedby="name-err"{{/NAME_ERR}}>{{#NAME_ERR}}<span class="field-error" id="name-err">{{MSG}}</span>{{/NAME_ERR}}</p>
<p><label for="source">Kopiér mål og delmål fra</label><select id="source" name="source"{{#SOURCE_ERR}} aria-invalid="true" aria-describedby="source-err"{{/SOURCE_ERR}}>{{#SOURCE}}<option value="{{YEAR}}"{{#SEL}} selected{{/SEL}}>{{YEAR}}: {{NAME}} ({{GOALS}} mål)</option>{{/SOURCE}}<option value="none"{{#NONE_SEL}} selected{{/NONE_SEL}}>ingen (en tom plan)</option></select>{{#SOURCE_ERR}}<span class="field-error" id="source-err">{{MSG}}</span>{{/SOURCE_ERR}}</p>
<p><button type="submit">Opret planen</button> <a class="button secondary" href="/staff/plans/">Fortryd</a></p>
</form>
