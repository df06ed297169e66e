{{%AUTOESCAPE context="HTML"}}
<h1>Resultatplaner</h1>
<p class="lead">Styrelsens resultatplaner år for år: målene, delmålene, resultaterne og målopfyldelsesgraden, og den kvartalsvise opfølgning.</p>
{{#ADMIN}}<p><a class="button" href="/staff/plans/new">Ny resultatplan</a></p>{{/ADMIN}}
{{#NONE}}<p>Der er ingen resultatplaner endnu.</p>{{/NONE}}
<div class="table-wrap" role="region" aria-label="Resultatplaner, nyeste først" tabindex="0">
<table class="list" id="plans">
<caption>Resultatplaner, nyeste først</caption>
<thead><tr><th scope="col">År</th><th scope="col">Plan</th><th scope="col">Mål</th><th scope="col">Afrapportering</th></tr></thead>
<tbody>
{{#PLAN}}<tr><td><a href="/staff/plans/{{YEAR}}">{{YEAR}}</a></td><td>{{NAME}}</td><td class="num">{{GOALS}}</td><td>{{DAYS}} dage efter kvartalet{{#MERGE}}; 1. og 2. kvartal samlet{{/MERGE}}</td></tr>
{{/PLAN}}</tbody>
</table>
</div>
