{{%AUTOESCAPE context="HTML"}}
Frist i dag: {{#STATUS}}statusrapport {{SEQ}}{{/STATUS}}{{#ACCOUNTS}}regnskabet{{/ACCOUNTS}} for tilsagn {{GRANT_NO}}

{{#STATUS}}Statusrapport {{SEQ}}{{/STATUS}}{{#ACCOUNTS}}Regnskabet{{/ACCOUNTS}} for tilsagn {{GRANT_NO}} skal indsendes i dag, {{DUE}}.

Indsend {{#STATUS}}den{{/STATUS}}{{#ACCOUNTS}}det{{/ACCOUNTS}} her, når du er logget ind: {{BASE_URL}}/grants/my/obligations/{{OID}}

Har du allerede indsendt {{#STATUS}}den{{/STATUS}}{{#ACCOUNTS}}det{{/ACCOUNTS}}, kan du se bort fra denne mail.

Du får mailen, fordi adressen er tilsagnets kontaktadresse. Ret den her: {{BASE_URL}}/grants/my/contact

-- 
Denne mail er sendt automatisk. Du kan ikke svare på den.
