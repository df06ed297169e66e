{{%AUTOESCAPE context="HTML"}}
<nav class="pager" aria-label="Sider">{{#FIRST}}<a href="{{URL}}">Første side</a>{{/FIRST}} {{#PREV}}<a href="{{URL}}" rel="prev">&larr; Forrige side</a>{{/PREV}} <span>Side {{PAGE}} af {{PAGES}}</span> {{#NEXT}}<a href="{{URL}}" rel="next">Næste side &rarr;</a>{{/NEXT}} {{#LAST}}<a href="{{URL}}">Sidste side</a>{{/LAST}}</nav>
