{{%AUTOESCAPE context="HTML"}}
<h1>[[G_RCPT_H1]]</h1>
{{#WAITING}}<p class="notice success" role="status">[[G_RCPT_THANKS]]</p>{{/WAITING}}
<dl class="facts">
<dt>[[G_RCPT_CASE_NO]]</dt><dd><strong>{{CASE_NO}}</strong></dd>
<dt>[[G_RCPT_RECEIVED]]</dt><dd>{{SUBMITTED}}</dd>
<dt>[[G_RCPT_POOL]]</dt><dd>{{POOL_NAME}}</dd>
<dt>[[G_RCPT_APPLICANT]]</dt><dd>{{ORG_NAME}}</dd>
<dt>[[G_RCPT_PROJECT]]</dt><dd>{{TITLE}}</dd>
<dt>[[G_RCPT_STATUS]]</dt><dd>{{STATUS}}</dd>
{{#DECIDED_ROW}}<dt>[[G_RCPT_DECIDED]]</dt><dd>{{DECIDED}}</dd>{{/DECIDED_ROW}}
</dl>
<h2>[[G_RCPT_NEXT_H]]</h2>
<ul>
<li>[[G_RCPT_NEXT_1]]</li>
{{#WAITING}}<li>[[G_RCPT_NEXT_2]]</li>{{/WAITING}}
<li>[[G_RCPT_NEXT_3]]</li>
</ul>
<p><a href="/grants/[[LQ]]">[[G_RCPT_BACK]]</a></p>
