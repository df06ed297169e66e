{{%AUTOESCAPE context="HTML"}}
Nyt svar i whistleblowerordningen

Der er kommet et nyt svar fra en indberetter i whistleblowerordningen.

Log ind og se det her: {{BASE_URL}}/staff/whistle/

Mailen siger med vilje ikke mere, af hensyn til indberetteren.

-- 
Denne mail er sendt automatisk. Du kan ikke svare på den.
