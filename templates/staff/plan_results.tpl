{{%AUTOESCAPE context="HTML"}}
<p><a href="{{BACK}}">&larr; Tilbage til planen</a></p>
<h1>{{TITLE}}</h1>
<p class="lead">{{GOAL_NAME}}{{#SUB}}: {{DESCR}}{{/SUB}}</p>
{{#SUB}}<p>{{KIND}}{{#DEADLINE}}, senest {{DAY}}{{/DEADLINE}}. Tomme felter betyder, at der ikke er et tal (endnu).</p>{{/SUB}}
{{#GOAL}}<p>Målet afgøres ved en samlet vurdering (fx en styregruppes). Vælg ingen vurdering for at fjerne den.</p>{{/GOAL}}
{{#HAS_ERRORS}}<div class="error-summary" role="alert" tabindex="-1" autofocus>
<h2>Resultatet er ikke gemt. Ret følgende:</h2>
<ul>{{#ERRORS}}<li><a href="#{{FIELD}}">{{MSG}}</a></li>{{/ERRORS}}</ul>
</div>{{/HAS_ERRORS}}
<form method="post" action="{{ACTION_URL}}" class="form">
<input type="hidden" name="csrf" value="{{CSRF}}">
<input type="hidden" name="once" value="{{ONCE}}">
<input type="hidden" name="year" value="{{YEAR}}">
{{#SUB}}<input type="hidden" name="sub" value="{{ID}}">{{/SUB}}
{{#GOAL}}<input type="hidden" name="goal" value="{{ID}}">{{/GOAL}}
{{#BUDGET_F}}<p><label for="unit">Enhed for grænse og afvigelse</label><select id="unit" name="unit"{{#UNIT_ERR}} aria-invalid="true" aria-describedby="unit-err"{{/UNIT_ERR}}><option value="pm"{{#UNIT_PM}} selected{{/UNIT_PM}}>procent</option><option value="ore"{{#UNIT_ORE}} selected{{/UNIT_ORE}}>mio. kr.</option></select>{{#UNIT_ERR}}<span class="field-error" id="unit-err">{{MSG}}</span>{{/UNIT_ERR}}</p>{{/BUDGET_F}}
{{#TARGET_F}}<p><label for="target">{{LABEL}} <span class="hint">{{HINT}}</span></label><input id="target" name="target" value="{{TARGET}}" maxlength="24" class="short" inputmode="decimal"{{#TARGET_ERR}} aria-invalid="true" aria-describedby="target-err"{{/TARGET_ERR}}>{{#TARGET_ERR}}<span class="field-error" id="target-err">{{MSG}}</span>{{/TARGET_ERR}}</p>{{/TARGET_F}}
{{#RESULT_F}}<p><label for="result">{{LABEL}} <span class="hint">{{HINT}}</span></label><input id="result" name="result" value="{{RESULT}}" maxlength="24" class="short" inputmode="decimal"{{#RESULT_ERR}} aria-invalid="true" aria-describedby="result-err"{{/RESULT_ERR}}>{{#RESULT_ERR}}<span class="field-error" id="result-err">{{MSG}}</span>{{/RESULT_ERR}}</p>{{/RESULT_F}}
{{#EXTRA_F}}<p><label for="extra">{{LABEL}} <span class="hint">{{HINT}}</span></label><input id="extra" name="extra" value="{{EXTRA}}" maxlength="24" class="short" inputmode="decimal"{{#EXTRA_ERR}} aria-invalid="true" aria-describedby="extra-err"{{/EXTRA_ERR}}>{{#EXTRA_ERR}}<span class="field-error" id="extra-err">{{MSG}}</span>{{/EXTRA_ERR}}</p>{{/EXTRA_F}}
{{#BUDGET_F}}<p><label for="budget">Budgetteret resultat i kr. <span class="hint">Valgfrit; med realiseret resultat beregnes afvigelsen af beløbene.</span></label><input id="budget" name="budget" value="{{BUDGET}}" maxlength="24" class="short"{{#BUDGET_ERR}} aria-invalid="true" aria-describedby="budget-err"{{/BUDGET_ERR}}>{{#BUDGET_ERR}}<span class="field-error" id="budget-err">{{MSG}}</span>{{/BUDGET_ERR}}</p>
<p><label for="actual">Realiseret resultat i kr.</label><input id="actual" name="actual" value="{{ACTUAL}}" maxlength="24" class="short"{{#ACTUAL_ERR}} aria-invalid="true" aria-describedby="actual-err"{{/ACTUAL_ERR}}>{{#ACTUAL_ERR}}<span class="field-error" id="actual-err">{{MSG}}</span>{{/ACTUAL_ERR}}</p>{{/BUDGET_F}}
{{#DONE_F}}<p><label for="done">Udført den (ÅÅÅÅ-MM-DD) <span class="hint">Tom, hvis milepælen ikke er nået.</span></label><input id="done" name="done" value="{{DONE}}" maxlength="10" class="short"{{#DONE_ERR}} aria-invalid="true" aria-describedby="done-err"{{/DONE_ERR}}>{{#DONE_ERR}}<span class="field-error" id="done-err">{{MSG}}</span>{{/DONE_ERR}}</p>{{/DONE_F}}
{{#VERDICT_F}}<p><label for="verdict">Vurdering</label><select id="verdict" name="verdict"{{#VERDICT_ERR}} aria-invalid="true" aria-describedby="verdict-err"{{/VERDICT_ERR}}><option value="">Ingen vurdering endnu</option><option value="met"{{#VERDICT_MET}} selected{{/VERDICT_MET}}>Opfyldt</option><option value="not_met"{{#VERDICT_NOT_MET}} selected{{/VERDICT_NOT_MET}}>Ikke opfyldt</option></select>{{#VERDICT_ERR}}<span class="field-error" id="verdict-err">{{MSG}}</span>{{/VERDICT_ERR}}</p>{{/VERDICT_F}}
<p class="check"><input type="checkbox" id="prelim" name="prelim" value="1"{{#PRELIM_ON}} checked{{/PRELIM_ON}}> <label for="prelim">Foreløbigt resultat</label></p>
<p class="check"><input type="checkbox" id="nocomp" name="nocomp" value="1"{{#NOCOMP_ON}} checked{{/NOCOMP_ON}}> <label for="nocomp">Ikke direkte sammenligneligt med tidligere år</label></p>
{{#SUB}}<p><label for="note">Bemærkning <span class="hint">Valgfri, højst 2000 tegn.</span></label><textarea id="note" name="note" rows="3"{{#NOTE_ERR}} aria-invalid="true" aria-describedby="note-err"{{/NOTE_ERR}}>{{NOTE:pre_escape}}</textarea>{{#NOTE_ERR}}<span class="field-error" id="note-err">{{MSG}}</span>{{/NOTE_ERR}}</p>{{/SUB}}
<p><button type="submit">Gem</button> <a class="button secondary" href="{{BACK}}">Fortryd</a></p>
</form>
