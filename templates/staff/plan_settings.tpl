{{%AUTOESCAPE context="HTML"}}
<p><a href="/staff/plans/{{YEAR}}">&larr; {{NAME}}</a></p>
<h1>Afrapportering</h1>
<p class="lead">{{NAME}}</p>
{{#SAVED}}<p class="notice success" role="status">Afrapporteringen er ændret.</p>{{/SAVED}}
{{#SAME}}<p class="notice success" role="status">Der var intet at ændre.</p>{{/SAME}}
{{#HAS_ERRORS}}<div class="error-summary" role="alert" tabindex="-1" autofocus>
<h2>Ændringen er ikke gemt. Ret følgende:</h2>
<ul>{{#ERRORS}}<li><a href="#{{FIELD}}">{{MSG}}</a></li>{{/ERRORS}}</ul>
</div>{{/HAS_ERRORS}}
<form method="post" action="{{ACTION_URL}}" class="form">
<input type="hidden" name="csrf" value="{{CSRF}}">
<p><label for="deadline_days">Frist for afrapportering</label><select id="deadline_days" name="deadline_days"{{#DEADLINE_DAYS_ERR}} aria-invalid="true" aria-describedby="deadline_days-err"{{/DEADLINE_DAYS_ERR}}><option value="14"{{#DEADLINE_DAYS_14}} selected{{/DEADLINE_DAYS_14}}>14 kalenderdage efter kvartalet</option><option value="21"{{#DEADLINE_DAYS_21}} selected{{/DEADLINE_DAYS_21}}>21 kalenderdage efter kvartalet</option></select>{{#DEADLINE_DAYS_ERR}}<span class="field-error" id="deadline_days-err">{{MSG}}</span>{{/DEADLINE_DAYS_ERR}}</p>
<p class="check"><input type="checkbox" id="merge_q1" name="merge_q1" value="1"{{#MERGE_Q1_ON}} checked{{/MERGE_Q1_ON}}> <label for="merge_q1">1. og 2. kvartal afrapporteres samlet, med fristen for 2. kvartal</label></p>
<p><button type="submit">Gem</button> <a class="button secondary" href="/staff/plans/{{YEAR}}">Fortryd</a></p>
</form>
