{{%AUTOESCAPE context="HTML"}}
Kvittering: {{#STATUS}}statusrapport{{/STATUS}}{{#ACCOUNTS}}regnskab{{/ACCOUNTS}} modtaget for tilsagn {{GRANT_NO}}

Vi har modtaget {{#STATUS}}statusrapporten{{/STATUS}}{{#ACCOUNTS}}regnskabet{{/ACCOUNTS}} for tilsagn {{GRANT_NO}}{{#AGAIN}} i en rettet udgave (version {{VERSION}}){{/AGAIN}}. Sagen har nummer {{CASE_NO}}.

Se sagen her, når du er logget ind: {{BASE_URL}}/grants/my/cases/{{SUB_ID}}

Du får mailen, fordi adressen er tilsagnets kontaktadresse. Ret den her: {{BASE_URL}}/grants/my/contact

-- 
Denne mail er sendt automatisk. Du kan ikke svare på den.
