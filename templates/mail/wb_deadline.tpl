{{%AUTOESCAPE context="HTML"}}
Frist i whistleblowerordningen

En indberetning i whistleblowerordningen har en frist, der er overskredet eller nærmer sig:

{{STEP}}.

Log ind og se indberetningen her: {{BASE_URL}}/staff/whistle/{{REPORT_ID}}

Mailen siger med vilje ikke mere, af hensyn til indberetteren.

-- 
Denne mail er sendt automatisk. Du kan ikke svare på den.
