{{%AUTOESCAPE context="HTML"}}
Sendt retur til rettelse: sag {{CASE_NO}}, tilsagn {{GRANT_NO}}

Sag {{CASE_NO}} for tilsagn {{GRANT_NO}} er sendt retur til rettelse. Se, hvad der skal rettes, og send sagen igen, når du er logget ind:
{{BASE_URL}}/grants/my/cases/{{SUB_ID}}

Du får mailen, fordi adressen er tilsagnets kontaktadresse. Ret den her: {{BASE_URL}}/grants/my/contact

-- 
Denne mail er sendt automatisk. Du kan ikke svare på den.
