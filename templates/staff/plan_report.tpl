{{%AUTOESCAPE context="HTML"}}
<div class="plan-report">
<p class="no-print"><a href="/staff/plans/{{YEAR}}/q{{Q}}{{ASOF_Q}}">&larr; Opfølgningen</a> · Udskriv siden med browserens udskriftsfunktion.</p>
<h1>{{NAME}}: afrapportering {{LABEL}}</h1>
<p>Frist for afrapporteringen: {{DUE}}. Tallene er opgjort pr. {{ASOF}}. Målopfyldelsesgrad: {{SCORE}} %.</p>
{{#GOAL}}<section class="plan-report-goal" id="goal-{{NUMBER}}" data-goal="{{NUMBER}}" data-ryg="{{RYG}}">
<h2>Mål {{NUMBER}} {{NAME}}</h2>
<div class="table-wrap" role="region" aria-label="Mål {{NUMBER}}: delmål i {{YEAR}}" tabindex="0">
<table class="list report-subs">
<caption>Delmål i {{YEAR}}</caption>
<thead><tr><th scope="col">Delmål</th><th scope="col">Mål</th><th scope="col">Resultat</th><th scope="col">Vurdering</th></tr></thead>
<tbody>
{{#SUB}}<tr><th scope="row">{{LETTER}}) {{DESCR}}</th><td>{{TARGET}}</td><td>{{RESULT}}</td><td>{{STATE_TEXT}}</td></tr>
{{/SUB}}</tbody>
</table>
</div>
<dl>
<dt>Vurdering</dt><dd>{{STATE_TEXT}}</dd>
<dt>Status</dt><dd><span class="tag tag-ryg-{{RYG}}">{{RYG_TEXT}}</span> (forslag: {{SUGGESTED_TEXT}}){{#FOLLOWUP}}{{#PRELIM}}, foreløbigt{{/PRELIM}}{{/FOLLOWUP}}</dd>
{{#FOLLOWUP}}{{#CAUSE}}<dt>Årsag</dt><dd>{{TEXT}}</dd>{{/CAUSE}}{{#CONSEQ}}<dt>Konsekvens</dt><dd>{{TEXT}}</dd>{{/CONSEQ}}{{#ACTION}}<dt>Handling for at opnå målet</dt><dd>{{TEXT}}</dd>{{/ACTION}}<dt>Fulgt op af</dt><dd>{{BY}}, {{AT}}</dd>{{/FOLLOWUP}}
{{#NO_FOLLOWUP}}<dt>Opfølgning</dt><dd>Ikke fulgt op endnu.</dd>{{/NO_FOLLOWUP}}
</dl>
</section>
{{/GOAL}}
</div>
