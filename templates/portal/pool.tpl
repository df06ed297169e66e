{{%AUTOESCAPE context="HTML"}}
<p><a href="/grants/[[LQ]]">&larr; [[G_POOL_BACK]]</a></p>
<h1>{{NAME}}</h1>
<p><span class="tag tag-{{STATUS}}">{{STATUS_LABEL}}</span></p>
{{#CAN_APPLY}}<p><a class="button" href="/grants/pools/{{ID}}/apply[[LQ]]">[[G_POOL_APPLY]]</a></p>{{/CAN_APPLY}}
<dl class="facts">
<dt>[[G_POOL_THEME]]</dt><dd>{{THEME}}</dd>
<dt>[[G_POOL_AMOUNT]]</dt><dd>{{AMOUNT}} [[G_KR]]</dd>
<dt>[[G_POOL_YEAR]]</dt><dd>{{YEAR}}</dd>
<dt>[[G_POOL_PERIOD]]</dt><dd>{{OPENS}} &ndash; {{CLOSES}}</dd>
<dt>[[G_POOL_DEADLINE]]</dt><dd>{{DEADLINE}}</dd>
<dt>[[G_POOL_APPBASED]]</dt><dd>{{APPLICATION}}</dd>
<dt>[[G_POOL_LEGAL]]</dt><dd>{{LEGAL}}</dd>
</dl>
<div class="purpose"><p>{{PURPOSE}}</p></div>
