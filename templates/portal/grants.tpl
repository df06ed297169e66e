{{%AUTOESCAPE context="HTML"}}
<h1>Tilskudspuljer</h1>
{{#HAS_ERRORS}}<div class="error-summary" role="alert" tabindex="-1" autofocus><h2>Søgningen kan ikke udføres</h2><ul>{{#ERRORS}}<li><a href="#{{FIELD}}">{{MSG}}</a></li>{{/ERRORS}}</ul></div>{{/HAS_ERRORS}}
<form method="get" action="/grants/" class="form filter" role="search" aria-label="Søg i puljerne">
<p><label for="q">Søg</label>
<input id="q" name="q" type="search" value="{{Q}}" maxlength="100"{{#Q_ERR}} aria-invalid="true" aria-describedby="q-err"{{/Q_ERR}}></p>
{{#Q_ERR}}<p class="field-error" id="q-err">{{MSG}}</p>{{/Q_ERR}}
<p><label for="theme">Tema</label>
<select id="theme" name="theme"{{#THEME_ERR}} aria-invalid="true" aria-describedby="theme-err"{{/THEME_ERR}}><option value="">Alle temaer</option>
{{#THEME_OPT}}<option value="{{OPT}}"{{#SELECTED}} selected{{/SELECTED}}>{{OPT}}</option>
{{/THEME_OPT}}</select></p>
{{#THEME_ERR}}<p class="field-error" id="theme-err">{{MSG}}</p>{{/THEME_ERR}}
<p><label for="status">Status</label>
<select id="status" name="status"{{#STATUS_ERR}} aria-invalid="true" aria-describedby="status-err"{{/STATUS_ERR}}><option value="">Alle</option>
<option value="open"{{#STATUS_OPEN}} selected{{/STATUS_OPEN}}>Åben for ansøgninger</option>
<option value="upcoming"{{#STATUS_UPCOMING}} selected{{/STATUS_UPCOMING}}>Åbner snart</option>
<option value="closed"{{#STATUS_CLOSED}} selected{{/STATUS_CLOSED}}>Lukket</option>
<option value="disbursed"{{#STATUS_DISBURSED}} selected{{/STATUS_DISBURSED}}>Udmøntet</option>
</select></p>
{{#STATUS_ERR}}<p class="field-error" id="status-err">{{MSG}}</p>{{/STATUS_ERR}}
<p><button type="submit">Vis puljer</button></p>
</form>
<p role="status">{{COUNT}} af {{TOTAL}} offentliggjorte puljer vises.{{#FILTERED}} <a href="/grants/">Vis alle puljer</a>{{/FILTERED}}</p>
<p><a href="/grants/feed.atom">Nye puljer som Atom-feed</a></p>
{{#EMPTY}}<p class="empty">Ingen puljer passer til søgningen.</p>{{/EMPTY}}
{{#HAS_POOLS}}<ul class="pool-list">
{{#POOL}}<li class="pool"><h2><a href="/grants/pools/{{ID}}">{{NAME}}</a></h2><dl class="facts"><dt>Status</dt><dd><span class="tag tag-{{STATUS}}">{{STATUS_LABEL}}</span></dd><dt>Tema</dt><dd>{{THEME}}</dd><dt>Beløb</dt><dd>{{AMOUNT}} kr.</dd><dt>Ansøgningsfrist</dt><dd>{{CLOSES}}</dd></dl></li>
{{/POOL}}</ul>{{/HAS_POOLS}}
<p class="aside">Har du fået et tilsagn? <a href="/grants/login">Log ind som tilskudsmodtager</a>. Har du en gemt ansøgning? <a href="/grants/resume">Fortsæt en kladde</a>.</p>
