[#import "layout.ftl" as layout]
[#include "fields.ftl"]
[#assign heading = title!"Properties"]
[@layout.page title=heading user=user.name csrf=csrf current="pages"]
<p class="author__crumbs"><a href="/author/pages">Pages</a> › <a href="${back}">${back?remove_beginning("/author/pages")}</a></p>
<h1 class="author__title">${heading}</h1>
[#if notice?has_content]<p class="author__notice" role="status">${notice}</p>[/#if]
[#if errors?has_content]
<div class="author__alert" role="alert" id="error-summary" tabindex="-1">
  <h2 class="author__alert-title">[#if errors?size == 1]There is a problem[#else]There are ${errors?size} problems[/#if]</h2>
  <ul>
  [#list errors as input, message]
    <li><a href="#f-${input}">${labels[input]!input}</a>: ${message}</li>
  [/#list]
  </ul>
</div>
[/#if]
<form class="author-editor author-dialog" method="post" action="${action}" novalidate>
  <input type="hidden" name="_csrf" value="${csrf}">
  [#list tabs as tab]
  <fieldset class="author-editor__panel" id="tab-${tab.name}">
    <legend class="author-editor__legend">${tab.label}</legend>
    [#list tab.fields as f][@field f /][/#list]
  </fieldset>
  [#else]
  <p class="author__empty">This component has nothing to configure.</p>
  [/#list]
  <p class="author-editor__actions">
    <button class="author__button" type="submit">Save</button>
    <a class="author__button author__button--quiet" href="${back}">Cancel</a>
  </p>
</form>
[/@layout.page]
