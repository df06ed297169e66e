{{%AUTOESCAPE context="HTML"}}
<h1>{{AUTHORITY}}</h1>
<p class="lead">[[INDEX_LEAD]]</p>
<ul class="cards">
<li><a href="/grants/[[LQ]]"><strong>[[NAV_GRANTS]]</strong></a>
<p>[[INDEX_GRANTS]]</p></li>
<li><a href="/whistleblower/[[LQ]]"><strong>[[INDEX_WHISTLE_TITLE]]</strong></a>
<p>[[INDEX_WHISTLE]]</p></li>
<li><a href="/staff/"><strong>[[INDEX_STAFF_TITLE]]</strong></a>
<p>[[INDEX_STAFF]]</p></li>
</ul>
