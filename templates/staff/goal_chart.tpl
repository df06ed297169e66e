{{%AUTOESCAPE context="HTML"}}
<figure class="chart">
<svg role="img" aria-label="Andel inden for fristen pr. kvartal {{CHART_YEAR}}, mål {{CHART_TARGET}}" aria-describedby="{{CHART_ID}}-desc" viewBox="0 0 300 140" width="300" height="140" xmlns="http://www.w3.org/2000/svg">
<title>Andel inden for fristen pr. kvartal {{CHART_YEAR}}</title>
<desc id="{{CHART_ID}}-desc">{{CHART_DESC}}</desc>
<line x1="40" y1="110" x2="290" y2="110" stroke="#545454" stroke-width="1"/>
<line x1="40" y1="10" x2="40" y2="110" stroke="#545454" stroke-width="1"/>
<text x="34" y="14" font-size="10" text-anchor="end" fill="#1a1a1a">100 %</text>
<text x="34" y="64" font-size="10" text-anchor="end" fill="#1a1a1a">50 %</text>
<text x="34" y="113" font-size="10" text-anchor="end" fill="#1a1a1a">0 %</text>
{{#QUARTER}}{{#BAR}}<rect x="{{X}}" y="{{Y}}" width="40" height="{{H}}" fill="{{FILL}}"/>{{/BAR}}{{#NOBAR}}<text x="{{LX}}" y="104" font-size="10" text-anchor="middle" fill="#545454">ingen</text>{{/NOBAR}}
<text x="{{LX}}" y="126" font-size="11" text-anchor="middle" fill="#1a1a1a">K{{Q}}</text>
{{/QUARTER}}<line x1="40" y1="{{TARGET_Y}}" x2="290" y2="{{TARGET_Y}}" stroke="#003e7e" stroke-width="2" stroke-dasharray="6 3"/>
<text x="290" y="{{TARGET_Y}}" dy="-3" font-size="10" text-anchor="end" fill="#003e7e">Mål {{CHART_TARGET}}</text>
</svg>
<figcaption>Andel afgjort inden for fristen pr. kvartal {{CHART_YEAR}}. Grøn søjle: målet nået; rød: ikke nået; stiplet linje: målet.</figcaption>
</figure>
<div class="table-wrap" role="region" aria-label="Andel pr. kvartal {{CHART_YEAR}}" tabindex="0">
<table class="list"><caption>Samme tal som tabel</caption><thead><tr><th scope="col">Kvartal</th><th scope="col" class="num">Afgjort</th><th scope="col" class="num">Inden for fristen</th><th scope="col" class="num">Andel</th><th scope="col" class="num">Mål</th></tr></thead><tbody>
{{#QUARTER}}<tr><th scope="row">{{Q}}. kvartal {{CHART_YEAR}}</th><td class="num">{{COMPLETED}}</td><td class="num">{{WITHIN}}</td><td class="num">{{SHARE}}</td><td class="num">{{TARGET}}</td></tr>
{{/QUARTER}}</tbody></table>
</div>
