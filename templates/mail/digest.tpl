{{%AUTOESCAPE context="HTML"}}
Daglig oversigt: {{N}} {{#ONE}}sag{{/ONE}}{{#MANY}}sager{{/MANY}} tæt på fristen på {{LIMIT}} dage

Kære {{NAME}}

{{#ONE}}Denne sag{{/ONE}}{{#MANY}}Disse sager{{/MANY}}, som du behandler, har {{NEAR}} dage eller mindre tilbage af fristen på {{LIMIT}} dage, eller har overskredet den. Den med færrest dage tilbage står først.
{{#CASE}}
Sag {{CASE_NO}}, tilsagn {{GRANT_NO}}: {{#LEFT}}{{DAYS}} {{#DAY_ONE}}dag{{/DAY_ONE}}{{#DAY_MANY}}dage{{/DAY_MANY}} tilbage{{/LEFT}}{{#OVER}}{{DAYS}} {{#DAY_ONE}}dag{{/DAY_ONE}}{{#DAY_MANY}}dage{{/DAY_MANY}} over fristen{{/OVER}}{{#TODAY}}fristen er i dag{{/TODAY}}
{{BASE_URL}}/staff/cases/{{ID}}
{{/CASE}}
Hele sagskøen: {{BASE_URL}}/staff/cases/

Du får oversigten, fordi den er slået til i din profil. Slå den fra her: {{BASE_URL}}/staff/profile

-- 
Denne mail er sendt automatisk. Du kan ikke svare på den.
