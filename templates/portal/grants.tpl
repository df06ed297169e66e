{{%AUTOESCAPE context="HTML"}}
<h1>Tilskudspuljer</h1>
<form method="get" action="/grants/" class="form filter" role="search">
<p><label for="q">Søg</label>
<input id="q" name="q" value="{{Q}}" maxlength="100">{{#Q_ERR}}<span class="field-error">{{MSG}}</span>{{/Q_ERR}}</p>
<p><label for="theme">Tema</label>
<select id="theme" name="theme"><option value="">Alle temaer</option>
{{#THEME_OPT}}<option value="{{OPT}}"{{#SELECTED}} selected{{/SELECTED}}>{{OPT}}</option>
{{/THEME_OPT}}</select></p>
<p><label for="status">Status</label>
<select id="status" name="status"><option value="">Alle</option>
<option value="open"{{#STATUS_OPEN}} selected{{/STATUS_OPEN}}>Åben for ansøgninger</option>
<option value="upcoming"{{#STATUS_UPCOMING}} selected{{/STATUS_UPCOMING}}>Åbner snart</option>
<option value="closed"{{#STATUS_CLOSED}} selected{{/STATUS_CLOSED}}>Lukket</option>
<option value="disbursed"{{#STATUS_DISBURSED}} selected{{/STATUS_DISBURSED}}>Udmøntet</option>
</select>{{#STATUS_ERR}}<span class="field-error">{{MSG}}</span>{{/STATUS_ERR}}</p>
<p><button type="submit">Vis puljer</button></p>
</form>
<p>{{COUNT}} af {{TOTAL}} offentliggjorte puljer vises.{{#FILTERED}} <a href="/grants/">Vis alle</a>{{/FILTERED}} <a href="/grants/feed.atom">Nye puljer som Atom-feed</a></p>
{{#EMPTY}}<p>Ingen puljer passer til søgningen.</p>{{/EMPTY}}
<table class="list">
<thead><tr><th scope="col">Pulje</th><th scope="col">Tema</th><th scope="col" class="num">Beløb (kr.)</th><th scope="col">Ansøgningsfrist</th><th scope="col">Status</th></tr></thead>
<tbody>
{{#POOL}}<tr><td><a href="/grants/pools/{{ID}}">{{NAME}}</a></td><td>{{THEME}}</td><td class="num">{{AMOUNT}}</td><td>{{CLOSES}}</td><td class="status-{{STATUS}}">{{STATUS_LABEL}}</td></tr>
{{/POOL}}
</tbody>
</table>
<p class="aside">Har du fået et tilsagn? <a href="/grants/login">Log ind som tilskudsmodtager</a>. Har du en gemt ansøgning? <a href="/grants/resume">Fortsæt en kladde</a>.</p>
