{{%AUTOESCAPE context="HTML"}}
<section class="error">
<h1>{{HEADING}}</h1>
<p class="message">{{MESSAGE}}</p>
<p class="code">[[ERR_CODE]] {{STATUS}} · [[ERR_REF]] {{REQUEST_ID}}</p>
<p><a href="/[[LQ]]">[[ERR_HOME]]</a></p>
</section>
