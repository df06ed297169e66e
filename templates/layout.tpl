{{%AUTOESCAPE context="HTML"}}
<!doctype html>
<html lang="da">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{TITLE}} · frist</title>
<link rel="stylesheet" href="/static/frist.css">
</head>
<body>
<a class="skip" href="#indhold">Gå til indhold</a>
<header class="top">
<nav aria-label="Hovedmenu">
<a class="brand" href="/">frist</a>
{{#NAV_PORTAL}}<a href="/grants/">Tilskudspuljer</a> <a href="/whistleblower/">Indberet bekymring</a>{{/NAV_PORTAL}}
{{#NAV_WHISTLE}}<a href="/whistleblower/">Indberet bekymring</a>{{/NAV_WHISTLE}}
{{#NAV_STAFF}}<a href="/staff/">Sagsbehandling</a> <a href="/staff/cases/">Sagskø</a> <a href="/staff/pools/">Puljer</a>{{/NAV_STAFF}}
{{#NAV_WB}}<a href="/staff/whistle/">Whistleblower</a>{{/NAV_WB}}
</nav>
{{#STAFF_USER}}
<form class="user" method="post" action="/staff/logout">
<span>{{USER_NAME}}</span>
<input type="hidden" name="csrf" value="{{LOGOUT_CSRF}}">
<button type="submit">Log ud</button>
</form>
{{/STAFF_USER}}
</header>
<main id="indhold">
{{>BODY}}
</main>
<footer class="bottom">
<p>frist · sagsbehandling for tilskud, whistleblowerordning og resultatmål</p>
</footer>
</body>
</html>
