{{%AUTOESCAPE context="HTML"}}
<h1>[[WB_TITLE_RECEIPT]]</h1>
<p class="notice success" role="status">[[WB_RECEIPT_OK]]</p>
<h2>[[WB_RECEIPT_CODE_H]]</h2>
<p class="receipt"><strong class="code" id="receipt">{{CODE}}</strong></p>
<p>[[WB_RECEIPT_KEEP]]</p>
{{#ANONYMOUS}}<p>[[WB_RECEIPT_ANON]]</p>{{/ANONYMOUS}}
{{#NAMED}}<p>[[WB_RECEIPT_NAMED]]</p>
<p>[[WB_RECEIPT_NAMED_MAILBOX]]</p>{{/NAMED}}
<h2>[[WB_NEXT_H]]</h2>
<p>[[WB_NEXT]]</p>
<p>[[WB_DANGER]]</p>
