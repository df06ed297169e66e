{{%AUTOESCAPE context="HTML"}}
<p><a href="/staff/whistle/">&larr; Whistleblowerhenvendelser</a></p>
<h1>Årsager</h1>
<p>Listen er de valgmuligheder, som anmeldere og sagsbehandlere vælger årsag fra. En årsag slettes aldrig; gør den inaktiv, så beholder tidligere henvendelser deres årsag.</p>
<div class="error-summary" role="alert">{{#ERRORS}}<p><a href="#{{FIELD}}">{{MSG}}</a></p>{{/ERRORS}}</div>
<table class="list"><thead><tr><th scope="col">Betegnelse</th><th scope="col">Rækkefølge</th><th scope="col">Aktiv</th><th scope="col" class="num">Brugt</th><th scope="col"></th></tr></thead><tbody>
{{#CAUSE}}<tr><td colspan="5">
<form method="post" action="/staff/whistle/causes" class="row">
<input type="hidden" name="csrf" value="{{CSRF}}"><input type="hidden" name="action" value="save"><input type="hidden" name="id" value="{{CID}}">
<input name="label" value="{{CLABEL}}" maxlength="100" aria-label="Betegnelse">
<input name="sort" value="{{CSORT}}" maxlength="4" aria-label="Rækkefølge">
<label><input type="checkbox" name="active" value="1"{{#CACTIVE}} checked{{/CACTIVE}}> aktiv</label>
<span class="num">{{CUSED}} henvendelser</span>
<button type="submit">Gem</button>
</form></td></tr>
{{/CAUSE}}</tbody></table>
<h2>Ny årsag</h2>
<form method="post" action="/staff/whistle/causes" class="form narrow">
<input type="hidden" name="csrf" value="{{CSRF}}"><input type="hidden" name="action" value="add">
<p><label for="label">Betegnelse</label><input id="label" name="label" value="{{LABEL}}" maxlength="100">{{#LABEL_ERR}}<span class="field-error">{{MSG}}</span>{{/LABEL_ERR}}</p>
<p><label for="sort">Rækkefølge</label><input id="sort" name="sort" value="{{SORT}}" maxlength="4">{{#SORT_ERR}}<span class="field-error">{{MSG}}</span>{{/SORT_ERR}}</p>
<p><button type="submit">Tilføj</button></p>
</form>
