{{%AUTOESCAPE context="HTML"}}
<h1>Log ind</h1>
{{#ERROR}}<p class="error-msg" role="alert">{{MESSAGE}}</p>{{/ERROR}}
<form method="post" action="/staff/login" class="form narrow">
<input type="hidden" name="csrf" value="{{CSRF}}">
<p><label for="username">Brugernavn</label>
<input id="username" name="username" value="{{USERNAME}}" autocomplete="username" required maxlength="64"></p>
<p><label for="password">Adgangskode</label>
<input id="password" name="password" type="password" autocomplete="current-password" required maxlength="256"></p>
<p><button type="submit">Log ind</button></p>
</form>
