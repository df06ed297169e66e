{{%AUTOESCAPE context="HTML"}}
Ny indberetning i whistleblowerordningen

Der er kommet en ny indberetning i whistleblowerordningen.

Log ind og se den her: {{BASE_URL}}/staff/whistle/

Mailen siger med vilje ikke mere, af hensyn til indberetteren.

-- 
Denne mail er sendt automatisk. Du kan ikke svare på den.
