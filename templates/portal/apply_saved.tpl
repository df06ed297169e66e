{{%AUTOESCAPE context="HTML"}}
<h1>[[G_SAVED_TITLE]]</h1>
<p class="notice success" role="status">[[G_SAVED_NOTICE]]</p>
<h2>[[G_SAVED_WRITE_H]]</h2>
<p>[[G_SAVED_WRITE]]</p>
<dl class="facts code">
<dt>[[G_SAVED_DRAFT_NO]]</dt><dd><strong>{{DRAFT_NO}}</strong></dd>
<dt>[[G_SAVED_CODE]]</dt><dd><strong class="code">{{CODE}}</strong></dd>
</dl>
<p><a href="/grants/application[[LQ]]">[[G_SAVED_GO]]</a></p>
