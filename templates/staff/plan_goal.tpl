{{%AUTOESCAPE context="HTML"}}
<p><a href="{{BACK}}">&larr; Tilbage til planen</a></p>
<h1>Ret mål {{NUMBER}}</h1>
<p class="lead">{{PLAN}}</p>
{{#SAVED}}<p class="notice success" role="status">Målet er ændret.</p>{{/SAVED}}
{{#SAME}}<p class="notice success" role="status">Der var intet at ændre.</p>{{/SAME}}
{{#HAS_ERRORS}}<div class="error-summary" role="alert" tabindex="-1" autofocus>
<h2>Ændringen er ikke gemt. Ret følgende:</h2>
<ul>{{#ERRORS}}<li><a href="#{{FIELD}}">{{MSG}}</a></li>{{/ERRORS}}</ul>
</div>{{/HAS_ERRORS}}
<form method="post" action="{{ACTION_URL}}" class="form">
<input type="hidden" name="csrf" value="{{CSRF}}">
<p><label for="name">Navn <span class="hint">Højst 300 tegn.</span></label><input id="name" name="name" value="{{NAME}}" maxlength="300"{{#NAME_ERR}} aria-invalid="true" aria-describedby="name-err"{{/NAME_ERR}}>{{#NAME_ERR}}<span class="field-error" id="name-err">{{MSG}}</span>{{/NAME_ERR}}</p>
<p><label for="rule">Regel</label><select id="rule" name="rule"{{#RULE_ERR}} aria-invalid="true" aria-describedby="rule-err"{{/RULE_ERR}}><option value="all"{{#RULE_ALL}} selected{{/RULE_ALL}}>Opfyldt, når alle delmål er opfyldt</option><option value="groups"{{#RULE_GROUPS}} selected{{/RULE_GROUPS}}>Opfyldt, når mindst ét delmål i hver gruppe er opfyldt</option><option value="verdict"{{#RULE_VERDICT}} selected{{/RULE_VERDICT}}>Afgøres ved en samlet vurdering</option></select>{{#RULE_ERR}}<span class="field-error" id="rule-err">{{MSG}}</span>{{/RULE_ERR}}</p>
{{#SUB}}<fieldset><legend>Delmål {{LETTER}} ({{KIND}})</legend>
<p><label for="{{DNAME}}">Beskrivelse <span class="hint">Højst 2000 tegn.</span></label><textarea id="{{DNAME}}" name="{{DNAME}}" rows="3"{{#DESCR_ERR}} aria-invalid="true" aria-describedby="{{DNAME}}-err"{{/DESCR_ERR}}>{{DESCR:pre_escape}}</textarea>{{#DESCR_ERR}}<span class="field-error" id="{{DNAME}}-err">{{MSG}}</span>{{/DESCR_ERR}}</p>
<p><label for="{{GNAME}}">Gruppe <span class="hint">0-9; under reglen om grupper skal ét delmål i hver gruppe 1-9 være opfyldt, 0 står alene.</span></label><input id="{{GNAME}}" name="{{GNAME}}" value="{{GRP}}" maxlength="1" class="short" inputmode="numeric"{{#GRP_ERR}} aria-invalid="true" aria-describedby="{{GNAME}}-err"{{/GRP_ERR}}>{{#GRP_ERR}}<span class="field-error" id="{{GNAME}}-err">{{MSG}}</span>{{/GRP_ERR}}</p>
</fieldset>
{{/SUB}}<p><button type="submit">Gem</button> <a class="button secondary" href="{{BACK}}">Fortryd</a></p>
</form>
