{{%AUTOESCAPE context="HTML"}}
Frist overskredet: {{#STATUS}}statusrapport {{SEQ}}{{/STATUS}}{{#ACCOUNTS}}regnskabet{{/ACCOUNTS}} for tilsagn {{GRANT_NO}}

{{#STATUS}}Statusrapport {{SEQ}}{{/STATUS}}{{#ACCOUNTS}}Regnskabet{{/ACCOUNTS}} for tilsagn {{GRANT_NO}} skulle have været indsendt senest {{DUE}} og er nu {{DAYS}} {{#DAY_ONE}}dag{{/DAY_ONE}}{{#DAY_MANY}}dage{{/DAY_MANY}} forsinket.{{#ACCOUNTS}} Et forsinket regnskab kan føre til, at udbetalingerne af tilskuddet bliver stoppet.{{/ACCOUNTS}}

Indsend {{#STATUS}}den{{/STATUS}}{{#ACCOUNTS}}det{{/ACCOUNTS}} hurtigst muligt her, når du er logget ind: {{BASE_URL}}/grants/my/obligations/{{OID}}

Har du allerede indsendt {{#STATUS}}den{{/STATUS}}{{#ACCOUNTS}}det{{/ACCOUNTS}}, kan du se bort fra denne mail.

Du får mailen, fordi adressen er tilsagnets kontaktadresse. Ret den her: {{BASE_URL}}/grants/my/contact

-- 
Denne mail er sendt automatisk. Du kan ikke svare på den.
