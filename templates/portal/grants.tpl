{{%AUTOESCAPE context="HTML"}}
<h1>[[G_GR_TITLE]]</h1>
{{#HAS_ERRORS}}<div class="error-summary" role="alert" tabindex="-1" autofocus><h2>[[G_GR_ERRORS]]</h2><ul>{{#ERRORS}}<li><a href="#{{FIELD}}">{{MSG}}</a></li>{{/ERRORS}}</ul></div>{{/HAS_ERRORS}}
<form method="get" action="/grants/" class="form filter" role="search" aria-label="[[G_GR_SEARCH_LABEL]]">
[[LANG_FIELD]]
<p><label for="q">[[G_GR_Q]]</label>
<input id="q" name="q" type="search" value="{{Q}}" maxlength="100"{{#Q_ERR}} aria-invalid="true" aria-describedby="q-err"{{/Q_ERR}}></p>
{{#Q_ERR}}<p class="field-error" id="q-err">{{MSG}}</p>{{/Q_ERR}}
<p><label for="theme">[[G_GR_THEME]]</label>
<select id="theme" name="theme"{{#THEME_ERR}} aria-invalid="true" aria-describedby="theme-err"{{/THEME_ERR}}><option value="">[[G_GR_ALL_THEMES]]</option>
{{#THEME_OPT}}<option value="{{OPT}}"{{#SELECTED}} selected{{/SELECTED}}>{{OPT}}</option>
{{/THEME_OPT}}</select></p>
{{#THEME_ERR}}<p class="field-error" id="theme-err">{{MSG}}</p>{{/THEME_ERR}}
<p><label for="status">[[G_GR_STATUS]]</label>
<select id="status" name="status"{{#STATUS_ERR}} aria-invalid="true" aria-describedby="status-err"{{/STATUS_ERR}}><option value="">[[G_GR_ALL]]</option>
<option value="open"{{#STATUS_OPEN}} selected{{/STATUS_OPEN}}>[[G_POOL_STATUS_OPEN]]</option>
<option value="upcoming"{{#STATUS_UPCOMING}} selected{{/STATUS_UPCOMING}}>[[G_POOL_STATUS_UPCOMING]]</option>
<option value="closed"{{#STATUS_CLOSED}} selected{{/STATUS_CLOSED}}>[[G_POOL_STATUS_CLOSED]]</option>
<option value="disbursed"{{#STATUS_DISBURSED}} selected{{/STATUS_DISBURSED}}>[[G_POOL_STATUS_DISBURSED]]</option>
</select></p>
{{#STATUS_ERR}}<p class="field-error" id="status-err">{{MSG}}</p>{{/STATUS_ERR}}
<p><button type="submit">[[G_GR_SHOW]]</button></p>
</form>
<p role="status">[[G_GR_COUNT]]{{#FILTERED}} <a href="/grants/[[LQ]]">[[G_GR_SHOW_ALL]]</a>{{/FILTERED}}</p>
<p><a href="/grants/feed.atom[[LQ]]">[[G_GR_FEED]]</a></p>
{{#EMPTY}}<p class="empty">[[G_GR_EMPTY]]</p>{{/EMPTY}}
{{#HAS_POOLS}}<ul class="pool-list">
{{#POOL}}<li class="pool"><h2><a href="/grants/pools/{{ID}}[[LQ]]">{{NAME}}</a></h2><dl class="facts"><dt>[[G_GR_STATUS]]</dt><dd><span class="tag tag-{{STATUS}}">{{STATUS_LABEL}}</span></dd><dt>[[G_POOL_THEME]]</dt><dd>{{THEME}}</dd><dt>[[G_POOL_AMOUNT]]</dt><dd>{{AMOUNT}} [[G_KR]]</dd><dt>[[G_POOL_CLOSES]]</dt><dd>{{CLOSES}}</dd></dl></li>
{{/POOL}}</ul>{{/HAS_POOLS}}
<p class="aside">[[G_GR_ASIDE]]</p>
