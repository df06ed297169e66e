{{%AUTOESCAPE context="HTML"}}
<h1>Log ind</h1>
{{#LOGGED_OUT}}<p class="notice success" role="status">Du er logget ud.</p>{{/LOGGED_OUT}}
{{#EXPIRED}}<p class="notice warning" role="status">Din session er udløbet, fordi du ikke har brugt systemet i 30 minutter (eller har været logget ind i 10 timer). Log ind igen for at fortsætte{{#NEXT_SET}} – bagefter kommer du tilbage til den side, du var på{{/NEXT_SET}}.{{#LOST}} <strong>Det, du lige sendte, er ikke gemt.</strong> Skriv det igen, når du er logget ind; har du skrevet en længere tekst, kan du stadig finde den ved at gå én side tilbage i browseren.{{/LOST}}</p>{{/EXPIRED}}
{{#HAS_ERRORS}}<div class="error-summary" role="alert" tabindex="-1" autofocus>
<h2>Du blev ikke logget ind</h2>
<ul>{{#ERRORS}}<li><a href="#{{FIELD}}">{{MSG}}</a></li>{{/ERRORS}}</ul>
</div>{{/HAS_ERRORS}}
<form method="post" action="/staff/login" class="form narrow">
<input type="hidden" name="csrf" value="{{CSRF}}">
{{#NEXT_SET}}<input type="hidden" name="next" value="{{NEXT}}">{{/NEXT_SET}}
<p><label for="username">Brugernavn</label>
<input id="username" name="username" value="{{USERNAME}}" autocomplete="username" required maxlength="64"{{#USERNAME_ERR}} aria-invalid="true" aria-describedby="username-err"{{/USERNAME_ERR}}>
{{#USERNAME_ERR}}<span class="field-error" id="username-err">{{MSG}}</span>{{/USERNAME_ERR}}</p>
<p><label for="password">Adgangskode</label>
<input id="password" name="password" type="password" autocomplete="current-password" required maxlength="256"{{#PASSWORD_ERR}} aria-invalid="true" aria-describedby="password-err"{{/PASSWORD_ERR}}>
{{#PASSWORD_ERR}}<span class="field-error" id="password-err">{{MSG}}</span>{{/PASSWORD_ERR}}</p>
<p><button type="submit">Log ind</button></p>
</form>
