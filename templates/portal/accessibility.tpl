{{%AUTOESCAPE context="HTML"}}
<h1>[[A11Y_TITLE]]</h1>
<p class="lead">[[A11Y_LEAD]]</p>
<h2>[[A11Y_STATUS_H]]</h2>
<p>[[A11Y_STATUS]]</p>
<h2>[[A11Y_HOW_H]]</h2>
<ul>
<li>[[A11Y_HOW_1]]</li>
<li>[[A11Y_HOW_2]]</li>
<li>[[A11Y_HOW_3]]</li>
<li>[[A11Y_HOW_4]]</li>
<li>[[A11Y_HOW_5]]</li>
</ul>
<h2>[[A11Y_GAPS_H]]</h2>
<ul>
<li>[[A11Y_GAP_1]]</li>
<li>[[A11Y_GAP_2]]</li>
</ul>
<h2>[[A11Y_PREP_H]]</h2>
<p>[[A11Y_PREP]]</p>
<h2>[[A11Y_FEEDBACK_H]]</h2>
<p>[[A11Y_FEEDBACK]]</p>
<h2>[[A11Y_COMPLAINT_H]]</h2>
<p>[[A11Y_COMPLAINT]]</p>
