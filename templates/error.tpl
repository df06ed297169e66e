{{%AUTOESCAPE context="HTML"}}
<section class="error">
<h1>{{HEADING}}</h1>
<p class="message">{{MESSAGE}}</p>
<p class="code">Fejlkode {{STATUS}} · henvisning {{REQUEST_ID}}</p>
<p><a href="/">Til forsiden</a></p>
</section>
