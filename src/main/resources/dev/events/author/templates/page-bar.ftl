[#-- The page editor's bar, first in the page's body: the page, its state, its properties and its publication --]
[#assign statusLabels = {"not-published": "Not published", "modified": "Modified since publication", "published": "Published"}]
<div class="page-editor" id="page-editor" role="region" aria-label="Page editor">
  <p class="page-editor__crumbs"><a href="/author/pages">Pages</a> · <span class="page-editor__user">${user}</span></p>
  <p class="page-editor__page"><strong class="page-editor__title">${title}</strong> <span class="page-editor__path">${path}</span>
    <span class="page-editor__template">${template}</span>
    <span class="page-editor__status page-editor__status--${publication}" id="page-publication">${statusLabels[publication]!publication}</span>
    [#if workflow == "pending"]<span class="page-editor__status page-editor__status--pending" id="page-workflow">Pending approval</span>
    [#elseif workflow == "scheduled"]<span class="page-editor__status page-editor__status--scheduled" id="page-workflow">Scheduled</span>[/#if]
  </p>
  [#if notice?has_content]<p class="page-editor__notice" role="status">${notice}</p>[/#if]
  [#if workflow == "rejected"]<p class="page-editor__alert" role="status" id="workflow-rejection">Publication rejected: ${workflowNote}</p>[/#if]
  [#if editable]
  <div class="page-editor__actions">
    <a class="page-editor-bar__button" href="/author/pages${path}/properties">Page properties</a>
    [#if publication != "not-published"]<a class="page-editor-bar__button" href="${path}">Public page</a>[/#if]
    [#if workflow != "pending"]
    <form class="page-editor__form" method="post" action="/author/pages${path}/request-publication">
      <input type="hidden" name="_csrf" value="${csrf}">
      <label class="page-editor-bar__field-label" for="wf-comment">Comment for the publishers</label>
      <input class="page-editor-bar__input" id="wf-comment" name="comment">
      <label class="page-editor-bar__field-label" for="wf-publishAt">Publish at (UTC, optional)</label>
      <input class="page-editor-bar__input" type="datetime-local" id="wf-publishAt" name="publishAt">
      <button class="page-editor-bar__button" type="submit">Request publication</button>
    </form>
    [#if publication != "not-published"]
    <form class="page-editor__form" method="post" action="/author/pages${path}/request-unpublication">
      <input type="hidden" name="_csrf" value="${csrf}">
      <label class="page-editor-bar__field-label" for="wf-un-comment">Why it should be unpublished</label>
      <input class="page-editor-bar__input" id="wf-un-comment" name="comment">
      <button class="page-editor-bar__button" type="submit">Request unpublication</button>
    </form>
    [/#if]
    [/#if]
  </div>
  [#else]
  <p class="page-editor__note">Preview: only editors change pages.</p>
  [/#if]
  [#if audit?has_content]
  <details class="page-editor__history"><summary>Workflow history</summary>
    <ul>[#list audit?reverse as entry]<li>${entry.at()?string?substring(0, 16)?replace("T", " ")} UTC · ${entry.user()} · ${entry.action()}[#if entry.comment()?has_content] · ${entry.comment()}[/#if]</li>[/#list]</ul>
  </details>
  [/#if]
</div>
