{{%AUTOESCAPE context="HTML"}}
<h1>Fortsæt en kladde</h1>
<p>Brug kladdenummeret og fortsættelseskoden, du fik, da du gemte ansøgningen første gang.</p>
{{#HAS_ERRORS}}<div class="error-summary" role="alert" tabindex="-1" autofocus><h2>Kladden blev ikke åbnet</h2><ul>{{#ERRORS}}<li><a href="#{{FIELD}}">{{MSG}}</a></li>{{/ERRORS}}</ul></div>{{/HAS_ERRORS}}
<form method="post" action="/grants/resume" class="form narrow">
<input type="hidden" name="csrf" value="{{CSRF}}">
<p><label for="draft_no">Kladdenummer (8 cifre)</label><input id="draft_no" name="draft_no" value="{{DRAFT_NO}}" maxlength="12" inputmode="numeric" autocomplete="off"{{#DRAFT_NO_ERR}} aria-invalid="true" aria-describedby="draft_no-err"{{/DRAFT_NO_ERR}}></p>
{{#DRAFT_NO_ERR}}<p class="field-error" id="draft_no-err">{{MSG}}</p>{{/DRAFT_NO_ERR}}
<p><label for="code">Fortsættelseskode (16 cifre)</label><input id="code" name="code" maxlength="24" inputmode="numeric" autocomplete="off"{{#CODE_ERR}} aria-invalid="true" aria-describedby="code-err"{{/CODE_ERR}}></p>
{{#CODE_ERR}}<p class="field-error" id="code-err">{{MSG}}</p>{{/CODE_ERR}}
<p><button type="submit">Fortsæt</button></p>
</form>
