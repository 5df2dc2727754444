[#import "layout.ftl" as layout]
[#include "fields.ftl"]
[#assign title = name?has_content?then((values["title"]!name), "New event")]
[@layout.page title=title user=user.name csrf=csrf]
<p class="author__crumbs"><a href="/author/events">Events</a></p>
<h1 class="author__title">${title}</h1>
[#if notice?has_content]<p class="author__notice" role="status">${notice}</p>[/#if]
[#if errors?has_content]
<div class="author__alert" role="alert" id="error-summary" tabindex="-1">
  <h2 class="author__alert-title">[#if errors?size == 1]There is a problem[#else]There are ${errors?size} problems[/#if]</h2>
  <ul>
  [#list errors as input, message]
    <li>[#if input?has_content]<a href="#f-${input?replace(".", "-")?replace("-time", "")}">${input}</a>: [/#if]${message}</li>
  [/#list]
  </ul>
</div>
[/#if]
<form class="author-editor" method="post" enctype="multipart/form-data" novalidate
      action="/author/events/${name?has_content?then(name, "new")}">
  <input type="hidden" name="_csrf" value="${csrf}">
  <input type="hidden" name="_modified" value="${stamp}">
  <nav class="author-editor__tabs" aria-label="Form sections">
    [#list tabs as tab]<a class="author-editor__tab" href="#tab-${tab.name}">${tab.label}</a>[/#list]
  </nav>
  [#list tabs as tab]
  <fieldset class="author-editor__panel" id="tab-${tab.name}">
    <legend class="author-editor__legend">${tab.label}</legend>
    [#list tab.fields as f][@field f /][/#list]
  </fieldset>
  [/#list]
  <p class="author-editor__actions">
    <button class="author__button" type="submit">Save</button>
    <a class="author__button author__button--quiet" href="/author/events">Cancel</a>
  </p>
</form>
<script src="/author/static/tinymce/tinymce.min.js"></script>
<script src="/author/static/editor.js"></script>
[/@layout.page]
