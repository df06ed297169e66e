{{%AUTOESCAPE context="HTML"}}
<!doctype html>
<html lang="[[LANG]]">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{TITLE}} · {{AUTHORITY}}</title>
<link rel="stylesheet" href="/static/frist.css">
</head>
<body class="{{PROGRAM}}">
<a class="skip" href="#indhold">[[SKIP_TO_CONTENT]]</a>
<header class="site">
<div class="site-top"><div class="wrap">
<a class="brand" href="/[[LQ]]"><span class="logo" aria-hidden="true">{{AUTHORITY_LOGO}}</span><span class="authority">{{AUTHORITY}}</span></a>
<div class="site-tools">
{{#LANG_SWITCH}}<a class="lang" href="{{LANG_URL}}" lang="[[OTHER_LANG]]" hreflang="[[OTHER_LANG]]">[[OTHER_LANG_NAME]]</a>{{/LANG_SWITCH}}
{{#STAFF_USER}}<form class="user" method="post" action="/staff/logout">
<a class="user-name" href="/staff/profile" title="Din profil: e-mail og daglig oversigt">{{USER_NAME}}</a>
<input type="hidden" name="csrf" value="{{LOGOUT_CSRF}}">
<button type="submit" class="secondary small">Log ud</button>
</form>{{/STAFF_USER}}
</div>
</div></div>
<nav class="site-nav" aria-label="[[NAV_LABEL]]"><div class="wrap">
{{#NAV_PORTAL}}<a href="/grants/[[LQ]]">[[NAV_GRANTS]]</a><a href="/grants/login[[LQ]]">[[NAV_RECIPIENTS]]</a><a href="/whistleblower/[[LQ]]">[[NAV_WHISTLE]]</a>{{/NAV_PORTAL}}
{{#NAV_WHISTLE}}<a href="/whistleblower/[[LQ]]">[[NAV_WHISTLE_FORM]]</a><a href="/whistleblower/mailbox[[LQ]]">[[NAV_MAILBOX]]</a>{{/NAV_WHISTLE}}
{{#NAV_STAFF}}<a href="/staff/">Forside</a><a href="/staff/cases/">Sagskø</a><a href="/staff/obligations/">Frister</a><a href="/staff/pools/">Puljer</a>{{/NAV_STAFF}}
{{#NAV_WB}}<a href="/staff/whistle/">Whistleblower</a>{{/NAV_WB}}
{{#NAV_GOALS}}<a href="/staff/goals/">Mål</a>{{/NAV_GOALS}}
{{#NAV_PLAN}}<a href="/staff/plans/">Resultatplan</a>{{/NAV_PLAN}}
{{#NAV_MAILS}}<a href="/staff/mails">Mails</a>{{/NAV_MAILS}}
</div></nav>
</header>
<main id="indhold" class="wrap" tabindex="-1">
{{>BODY}}
</main>
<footer class="site-foot"><div class="wrap">
<p><strong>{{AUTHORITY}}</strong></p>
<ul class="foot-links">
<li><a href="/accessibility[[LQ]]">[[FOOT_A11Y]]</a></li>
<li><a href="/whistleblower/[[LQ]]">[[NAV_WHISTLE]]</a></li>
<li><a href="/grants/[[LQ]]">[[NAV_GRANTS]]</a></li>
</ul>
<p class="foot-note">[[FOOT_NOTE]]</p>
</div></footer>
</body>
</html>
