{{%AUTOESCAPE context="HTML"}}
<form method="post" action="/grants/logout[[LQ]]" class="inline-right">
<input type="hidden" name="csrf" value="{{CSRF}}">[[LANG_FIELD]]<button type="submit" class="secondary">[[G_MY_LOGOUT]]</button></form>
<h1>[[G_MY_H1]]</h1>
{{#PAYMENT_STOP}}<div class="notice warning" id="payment-stop" role="alert">
<h2>[[G_MY_STOP_H]]</h2>
<p>[[G_MY_STOP_P]]</p>
<div class="text">{{REASON:pre_escape}}</div>
</div>{{/PAYMENT_STOP}}
{{#TO_CORRECT}}<div class="notice warning" id="to-correct">
<h2>[[G_MY_RET_H]]</h2>
<p>[[G_MY_RET_P]]</p>
<ul>
{{#CASE}}<li><p><span class="tag tag-returned">[[G_MY_TAG_RETURNED]]</span> {{KIND}} <a href="/grants/my/cases/{{SID}}[[LQ]]">{{CASE_NO}}</a></p>
<p>[[G_MY_FIX]]</p><div class="text">{{MESSAGE:pre_escape}}</div>
<p><a class="button" href="/grants/my/obligations/{{OID}}[[LQ]]">[[G_MY_RESEND]]</a></p></li>
{{/CASE}}</ul></div>{{/TO_CORRECT}}
<dl class="facts">
<dt>[[G_MY_RECIPIENT]]</dt><dd>{{ORG_NAME}}</dd>
<dt>[[G_MY_PROJECT]]</dt><dd>{{TITLE}}</dd>
<dt>[[G_MY_POOL]]</dt><dd>{{POOL_NAME}}</dd>
<dt>[[G_MY_AMOUNT]]</dt><dd>{{AMOUNT}} [[G_KR]]</dd>
<dt>[[G_MY_PERIOD]]</dt><dd>{{PERIOD_START}} &ndash; {{PERIOD_END}}</dd>
<dt>[[G_MY_CONDITIONS]]</dt><dd><div class="text">{{CONDITIONS:pre_escape}}</div></dd>
<dt>[[G_MY_CONTACT]]</dt><dd>{{#CONTACT}}{{EMAIL}}{{/CONTACT}}{{#NO_CONTACT}}[[G_MY_CONTACT_NONE]]{{/NO_CONTACT}} <a href="/grants/my/contact[[LQ]]">[[G_MY_CONTACT_EDIT]]</a></dd>
<dt>[[G_MY_ACCOUNTS]]</dt><dd>{{#ACCOUNTING}}[[G_MY_ACCOUNTING]]{{/ACCOUNTING}}{{#NO_ACCOUNTING}}[[G_MY_NO_ACCOUNTING]]{{/NO_ACCOUNTING}}</dd>
</dl>
<h2>[[G_MY_TODO]]</h2>
{{#NO_OBLIGATIONS}}<p class="empty">[[G_MY_NONE]]</p>{{/NO_OBLIGATIONS}}
{{#HAS_OBLIGATIONS}}<div class="table-wrap" role="region" aria-label="[[G_MY_TODO]]" tabindex="0">
<table class="list">
<thead><tr><th scope="col">[[G_MY_WHAT]]</th><th scope="col">[[G_MY_DUE]]</th><th scope="col">[[G_MY_STATUS]]</th></tr></thead>
<tbody>
{{#OBLIGATION}}<tr{{#SUBMITTED}}{{#RETURNED}} class="returned"{{/RETURNED}}{{/SUBMITTED}}><td>{{KIND}}</td><td>{{DUE}}</td><td>
{{#OPEN}}<a href="/grants/my/obligations/{{OID}}[[LQ]]">[[G_MY_SEND]]</a>{{/OPEN}}
{{#OVERDUE}}<span class="due-over">[[G_MY_OVERDUE]]</span> &ndash; <a href="/grants/my/obligations/{{OID}}[[LQ]]">[[G_MY_SEND]]</a>{{/OVERDUE}}
{{#SUBMITTED}}<span class="tag tag-{{STATUS_CODE}}">{{STATUS}}</span> <a href="/grants/my/cases/{{SID}}[[LQ]]">{{CASE_NO}}</a> [[G_MY_RECEIVED]]{{#RETURNED}} &ndash; <a href="/grants/my/obligations/{{OID}}[[LQ]]">[[G_MY_RESEND]]</a>{{/RETURNED}}{{/SUBMITTED}}
</td></tr>
{{/OBLIGATION}}
</tbody></table></div>{{/HAS_OBLIGATIONS}}
