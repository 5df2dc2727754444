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
[#assign statusLabels = {"not-published": "Not published", "modified": "Modified since publication", "published": "Published"}]
[#if name?has_content && !trashed]
<section class="author-workflow" aria-labelledby="workflow-title">
  <h2 id="workflow-title">Approval</h2>
  <p class="author-workflow__state" id="workflow-state">
    <span class="author-status author-status--${publication}">${statusLabels[publication]!publication}</span>
    [#if workflow == "pending"]<span class="author-status author-status--pending">Pending approval</span>
    [#elseif workflow == "scheduled"]<span class="author-status author-status--scheduled">Scheduled</span>[/#if]
  </p>
  [#if workflow == "rejected"]<p class="author__alert" role="status" id="workflow-rejection">Publication rejected: ${workflowNote}</p>[/#if]
  [#if workflow != "pending"]
  <form class="author-workflow__form" method="post" action="/author/events/${name}/request-publication">
    <input type="hidden" name="_csrf" value="${csrf}">
    <label class="author__label" for="wf-comment">Comment for the publishers</label>
    <textarea class="author__input" id="wf-comment" name="comment" rows="2"></textarea>
    <label class="author__label" for="wf-publishAt">Publish at (optional, in the event's time zone)</label>
    <input class="author__input" type="datetime-local" id="wf-publishAt" name="publishAt">
    <label class="author__label" for="wf-unpublishAt">Unpublish at (optional, in the event's time zone)</label>
    <input class="author__input" type="datetime-local" id="wf-unpublishAt" name="unpublishAt">
    <button class="author__button" type="submit">Request publication</button>
  </form>
  [#if publication != "not-published"]
  <form class="author-workflow__form" method="post" action="/author/events/${name}/request-unpublication">
    <input type="hidden" name="_csrf" value="${csrf}">
    <label class="author__label" for="wf-un-comment">Why it should be unpublished</label>
    <textarea class="author__input" id="wf-un-comment" name="comment" rows="2"></textarea>
    <button class="author__button author__button--quiet" type="submit">Request unpublication</button>
  </form>
  [/#if]
  [/#if]
  [#if audit?has_content]
  <h3>Workflow history</h3>
  <table class="author-table author-workflow__audit">
    <thead><tr><th scope="col">When</th><th scope="col">Who</th><th scope="col">What</th><th scope="col">Comment</th></tr></thead>
    <tbody>
    [#list audit?reverse as entry]
      <tr class="author-workflow__entry"><td>${entry.at()?string?substring(0, 16)?replace("T", " ")} UTC</td><td>${entry.user()}</td><td>${entry.action()}</td><td>${entry.comment()}</td></tr>
    [/#list]
    </tbody>
  </table>
  [/#if]
</section>
[/#if]
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
