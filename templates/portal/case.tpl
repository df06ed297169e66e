{{%AUTOESCAPE context="HTML"}}
<p><a href="/grants/my/[[LQ]]">&larr; [[G_BACK_MY]]</a></p>
{{#RECEIPT}}<p class="notice success" role="status">[[G_CASE_RECEIPT]]</p>{{/RECEIPT}}
<h1>{{KIND}} {{CASE_NO}}</h1>
<dl class="facts">
<dt>[[G_CASE_STATUS]]</dt><dd><span class="tag tag-{{STATUS_CODE}}">{{STATUS}}</span></dd>
<dt>[[G_CASE_RECEIVED]]</dt><dd>{{RECEIVED}}</dd>
<dt>[[G_CASE_DECIDED]]</dt><dd>{{DECIDED}}</dd>
</dl>
{{#REPAYMENT}}<p class="notice warning">[[G_CASE_REPAY]]</p>{{/REPAYMENT}}
{{#CORRECT}}<p class="notice warning">[[G_CASE_CORRECT]]</p>
<p><a class="button" href="/grants/my/obligations/{{OID}}[[LQ]]">[[G_MY_RESEND]]</a></p>{{/CORRECT}}
<h2>[[G_CASE_EVENTS]]</h2>
<ul class="events">
{{#EVENT}}<li><span class="when">{{AT}}</span> {{WHAT}}{{#AMOUNT}}: {{SUM}} [[G_KR]]{{/AMOUNT}}<div class="text">{{MESSAGE:pre_escape}}</div></li>
{{/EVENT}}
</ul>
{{#STATUS_REPORT}}<h2>[[G_CASE_REPORT]]</h2>
<h3>[[G_CASE_PROGRESS]]</h3><div class="text">{{PROGRESS:pre_escape}}</div>
<h3>[[G_CASE_MILESTONES]]</h3><div class="text">{{MILESTONES:pre_escape}}</div>
<h3>[[G_CASE_DEVIATIONS]]</h3><div class="text">{{DEVIATIONS:pre_escape}}</div>{{/STATUS_REPORT}}
{{#ACCOUNTS}}<h2>[[G_CASE_ACCOUNTS]]</h2>
<div class="table-wrap" role="region" aria-label="[[G_CASE_ACCOUNTS]]" tabindex="0">
<table class="list accounts"><thead><tr><th scope="col">[[G_CASE_POST]]</th><th scope="col" class="num">[[G_CASE_BUDGET]]</th><th scope="col" class="num">[[G_CASE_ACTUAL]]</th><th scope="col">[[G_CASE_DIFF]]</th><th scope="col">[[G_CASE_EXPLANATION]]</th></tr></thead><tbody>
{{#LINE}}<tr><td>{{TEXT}}</td><td class="num">{{BUDGET}}</td><td class="num">{{ACTUAL}}</td><td>{{#DEVIATION}}<strong class="deviation">{{#OVER}}[[G_DEV_OVER]]{{/OVER}}{{#UNDER}}[[G_DEV_UNDER]]{{/UNDER}}{{#NO_BUDGET}}[[G_DEV_NONE]]{{/NO_BUDGET}}</strong>{{/DEVIATION}}</td><td class="text">{{EXPLANATION:pre_escape}}</td></tr>
{{/LINE}}</tbody></table></div>{{/ACCOUNTS}}
<h2>[[G_CASE_FILES]]</h2>
{{#HAS_FILES}}<ul class="files">{{#FILE}}<li><a href="/grants/my/files/{{FILE_ID}}">{{FILE_NAME}}</a> ({{FILE_KB}} kB){{#FILE_AUDITOR}} &ndash; [[G_AUDITOR_LC]]{{/FILE_AUDITOR}}</li>{{/FILE}}</ul>{{/HAS_FILES}}
{{#NO_FILES}}<p class="empty">[[G_CASE_NO_FILES]]</p>{{/NO_FILES}}
{{#VERSIONS}}<h2>[[G_VER_H]]</h2>
<p>[[G_VER_INTRO]]</p>
{{#VERSION}}<details class="version"><summary>[[G_VER_SUMMARY]]</summary>
{{#TEXTS}}<h3>[[G_CASE_PROGRESS]]</h3><div class="text">{{PROGRESS:pre_escape}}</div>
<h3>[[G_CASE_MILESTONES]]</h3><div class="text">{{MILESTONES:pre_escape}}</div>
<h3>[[G_CASE_DEVIATIONS]]</h3><div class="text">{{DEVIATIONS:pre_escape}}</div>{{/TEXTS}}
{{#LINES}}<div class="table-wrap" role="region" aria-label="[[G_VER_TABLE]]" tabindex="0">
<table class="list accounts"><thead><tr><th scope="col">[[G_CASE_POST]]</th><th scope="col" class="num">[[G_CASE_BUDGET]]</th><th scope="col" class="num">[[G_CASE_ACTUAL]]</th><th scope="col">[[G_CASE_DIFF]]</th><th scope="col">[[G_CASE_EXPLANATION]]</th></tr></thead><tbody>
{{#LINE}}<tr><td>{{TEXT}}</td><td class="num">{{BUDGET}}</td><td class="num">{{ACTUAL}}</td><td>{{#DEVIATION}}<strong class="deviation">{{#OVER}}[[G_DEV_OVER]]{{/OVER}}{{#UNDER}}[[G_DEV_UNDER]]{{/UNDER}}{{#NO_BUDGET}}[[G_DEV_NONE]]{{/NO_BUDGET}}</strong>{{/DEVIATION}}</td><td class="text">{{EXPLANATION:pre_escape}}</td></tr>
{{/LINE}}</tbody></table></div>{{/LINES}}
<h3>[[G_VER_FILES]]</h3>
{{#VFILES}}<ul class="files">{{#VFILE}}<li><a href="/grants/my/files/{{ID}}">{{NAME}}</a> ({{KB}} kB){{#IS_AUDITOR}} &ndash; [[G_AUDITOR_LC]]{{/IS_AUDITOR}}</li>{{/VFILE}}</ul>{{/VFILES}}
{{#NO_VFILES}}<p class="empty">[[G_VER_NO_FILES]]</p>{{/NO_VFILES}}
</details>
{{/VERSION}}{{/VERSIONS}}
