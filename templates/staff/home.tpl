{{%AUTOESCAPE context="HTML"}}
<h1>Velkommen, {{NAME}}</h1>
<dl class="facts">
<dt>Tilskudspuljer</dt><dd>{{POOLS}} i alt, heraf {{POOLS_OPEN}} åbne</dd>
<dt>Samlet puljebeløb</dt><dd>{{POOLS_AMOUNT}} kr.</dd>
</dl>
