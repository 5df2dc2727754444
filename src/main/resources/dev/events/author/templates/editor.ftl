[#import "layout.ftl" as layout]
[#include "fields.ftl"]
[#assign title = name?has_content?then((values["title"]!name), "New event")]
[@layout.page title=title user=user.name csrf=csrf current=name?has_content?then("", "new")]
<p class="author__crumbs"><a href="/author/events">Events</a></p>
<h1 class="author__title">${title}</h1>
[#if notice?has_content]<p class="author__notice" role="status">${notice}</p>[/#if]
[#if trashed]<p class="author__alert" role="status">This event is in the trash.</p>[/#if]
[#if errors?has_content]
<div class="author__alert" role="alert" id="error-summary" tabindex="-1">
  <h2 class="author__alert-title">[#if errors?size == 1]There is a problem[#else]There are ${errors?size} problems[/#if]</h2>
  <ul>
  [#list errors as input, message]
    <li>[#if input?has_content]<a href="#f-${input?replace(".", "-")?replace("-time", "")}">${labels[input]!input}</a>: [/#if]${message}</li>
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
[#if name?has_content]
<section class="author-history" aria-labelledby="history-title">
  <h2 id="history-title">History</h2>
  [#if versions?has_content]
  <table class="author-table">
    <thead><tr><th scope="col">Saved</th><th scope="col">By</th><th scope="col">Title</th><th scope="col"><span class="author__hidden">Action</span></th></tr></thead>
    <tbody>
    [#list versions as v]
      <tr class="author-history__version" data-version="${v.name}">
        <td><time datetime="${v.created?string}">${v.created?string?substring(0, 16)?replace("T", " ")} UTC</time></td>
        <td>${v.by}</td>
        <td>${v.title}</td>
        <td>[#if v?index > 0]
          <form method="post" action="/author/events/${name}/restore">
            <input type="hidden" name="_csrf" value="${csrf}">
            <input type="hidden" name="version" value="${v.name}">
            <button class="author__button author__button--quiet author__button--small" type="submit">Restore this version</button>
          </form>[#else]Current[/#if]</td>
      </tr>
    [/#list]
    </tbody>
  </table>
  [#else]<p>No versions yet.</p>[/#if]
  [#if !trashed]
  <form method="post" action="/author/events/${name}/delete" class="author-history__delete">
    <input type="hidden" name="_csrf" value="${csrf}">
    <button class="author__button author__button--danger" type="submit">Move to trash</button>
  </form>
  [/#if]
</section>
[/#if]
<script src="/author/static/tinymce/tinymce.min.js"></script>
<script src="/author/static/editor.js"></script>
[/@layout.page]
