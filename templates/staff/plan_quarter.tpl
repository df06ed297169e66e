{{%AUTOESCAPE context="HTML"}}
<p><a href="/staff/plans/{{YEAR}}">&larr; {{NAME}}</a></p>
<h1>Opfølgning {{LABEL}}</h1>
{{#SAVED}}<p class="notice success" role="status">Mål {{N}}: opfølgningen er gemt.</p>{{/SAVED}}
{{#AGAIN}}<p class="notice success" role="status">Mål {{N}}: opfølgningen var allerede gemt.</p>{{/AGAIN}}
<p class="lead">Afrapporteringen er senest {{DUE}}{{#LEFT_MANY}}, om {{N}} dage{{/LEFT_MANY}}{{#LEFT_ONE}}, i morgen{{/LEFT_ONE}}{{#LEFT_TODAY}}, i dag{{/LEFT_TODAY}}{{#OVERDUE}}; fristen er overskredet med {{N}} dage{{/OVERDUE}}.</p>
<p>Fristen er {{DAYS}} kalenderdage efter kvartalet{{#MERGED}}; 1. og 2. kvartal afrapporteres samlet{{/MERGED}}. Planen tager hensyn til ferier og helligdage, når det er muligt, så fristen er vejledende. Statusforslagene bygger på tallene pr. {{ASOF}}; målopfyldelsesgraden er {{SCORE}} %.</p>
<p><a href="/staff/plans/{{YEAR}}/q{{Q}}/report{{ASOF_Q}}">Afrapporteringen til udskrift</a> · <a href="/staff/plans/{{YEAR}}/q{{Q}}.xml{{ASOF_Q}}">Afrapporteringen som XML</a> (<a href="/static/schemas/plan-report.xsd">skema</a>)</p>
<div class="table-wrap" role="region" aria-label="Status pr. mål" tabindex="0">
<table class="list" id="followup">
<caption>Status pr. mål</caption>
<thead><tr><th scope="col">Mål</th><th scope="col">Vurdering</th><th scope="col">Forslag</th><th scope="col">Status</th><th scope="col">Årsag, konsekvens og handling</th></tr></thead>
<tbody>
{{#GOAL}}<tr id="goal-{{NUMBER}}" data-goal="{{NUMBER}}" data-suggested="{{SUGGESTED}}" data-ryg="{{RYG}}"><th scope="row">{{NUMBER}} {{NAME}}</th><td><span class="verdict verdict-{{STATE}}">{{STATE_TEXT}}</span></td><td><span class="tag tag-ryg-{{SUGGESTED}}">{{SUGGESTED_TEXT}}</span></td><td><span class="tag tag-ryg-{{RYG}}">{{RYG_TEXT}}</span>{{#FOLLOWUP}}{{#OVERRIDDEN}} <span class="hint">(valgt i stedet for forslaget)</span>{{/OVERRIDDEN}}{{#PRELIM}} <span class="hint">foreløbigt</span>{{/PRELIM}}{{/FOLLOWUP}}</td><td>{{#FOLLOWUP}}{{#CAUSE}}<p><strong>Årsag:</strong> {{TEXT}}</p>{{/CAUSE}}{{#CONSEQ}}<p><strong>Konsekvens:</strong> {{TEXT}}</p>{{/CONSEQ}}{{#ACTION}}<p><strong>Handling:</strong> {{TEXT}}</p>{{/ACTION}}<p class="hint">{{BY}}, {{AT}}</p>{{/FOLLOWUP}}{{#NO_FOLLOWUP}}Ikke fulgt op endnu.{{/NO_FOLLOWUP}}{{#OPEN_LINK}} <a href="{{URL}}">Følg op<span class="visually-hidden"> på mål {{NUMBER}}</span></a>{{/OPEN_LINK}}</td></tr>
{{/GOAL}}</tbody>
</table>
</div>
{{#FORM}}<section id="form-{{ID}}" class="plan-followup">
<h2>Opfølgning på mål {{NUMBER}} {{NAME}}</h2>
<p>Forslag ud fra tallene: <strong>{{SUGGESTED_TEXT}}</strong>. Vælg en anden status, hvis vurderingen er en anden. Er status gul eller rød, skal årsag, konsekvens og handling udfyldes.</p>
{{#HAS_ERRORS}}<div class="error-summary" role="alert" tabindex="-1" autofocus>
<h2>Opfølgningen er ikke gemt. Ret følgende:</h2>
<ul>{{#ERRORS}}<li><a href="#{{FIELD}}">{{MSG}}</a></li>{{/ERRORS}}</ul>
</div>{{/HAS_ERRORS}}
<form method="post" action="{{ACTION_URL}}" class="form">
<input type="hidden" name="csrf" value="{{CSRF}}">
<input type="hidden" name="once" value="{{ONCE}}">
<input type="hidden" name="goal" value="{{ID}}">
<p><label for="ryg">Status</label><select id="ryg" name="ryg"{{#RYG_ERR}} aria-invalid="true" aria-describedby="ryg-err"{{/RYG_ERR}}><option value="">Som foreslået ({{SUGGESTED_TEXT}})</option><option value="green"{{#RYG_GREEN}} selected{{/RYG_GREEN}}>Grøn</option><option value="yellow"{{#RYG_YELLOW}} selected{{/RYG_YELLOW}}>Gul</option><option value="red"{{#RYG_RED}} selected{{/RYG_RED}}>Rød</option></select>{{#RYG_ERR}}<span class="field-error" id="ryg-err">{{MSG}}</span>{{/RYG_ERR}}</p>
<p><label for="cause">Årsag <span class="hint">Hvis gul eller rød.</span></label><textarea id="cause" name="cause" rows="3" maxlength="4000"{{#CAUSE_ERR}} aria-invalid="true" aria-describedby="cause-err"{{/CAUSE_ERR}}>{{CAUSE:pre_escape}}</textarea>{{#CAUSE_ERR}}<span class="field-error" id="cause-err">{{MSG}}</span>{{/CAUSE_ERR}}</p>
<p><label for="consequence">Konsekvens <span class="hint">Hvis gul eller rød.</span></label><textarea id="consequence" name="consequence" rows="3" maxlength="4000"{{#CONSEQUENCE_ERR}} aria-invalid="true" aria-describedby="consequence-err"{{/CONSEQUENCE_ERR}}>{{CONSEQUENCE:pre_escape}}</textarea>{{#CONSEQUENCE_ERR}}<span class="field-error" id="consequence-err">{{MSG}}</span>{{/CONSEQUENCE_ERR}}</p>
<p><label for="action">Handling for at opnå målet <span class="hint">Hvis gul eller rød.</span></label><textarea id="action" name="action" rows="3" maxlength="4000"{{#ACTION_ERR}} aria-invalid="true" aria-describedby="action-err"{{/ACTION_ERR}}>{{ACTION:pre_escape}}</textarea>{{#ACTION_ERR}}<span class="field-error" id="action-err">{{MSG}}</span>{{/ACTION_ERR}}</p>
<p class="check"><input type="checkbox" id="prelim" name="prelim" value="1"{{#PRELIM_ON}} checked{{/PRELIM_ON}}> <label for="prelim">Resultatet er foreløbigt</label></p>
<p><button type="submit">Gem opfølgningen</button> <a class="button secondary" href="{{ACTION_URL}}">Fortryd</a></p>
</form>
</section>{{/FORM}}
