[#import "layout.ftl" as layout]
[#assign statusLabels = {"open": "Waiting for a publisher", "claimed": "Claimed", "scheduled": "Scheduled", "unpublish-scheduled": "Unpublication scheduled", "done": "Done", "rejected": "Rejected"}]
[#macro when instant][#if instant??]<time datetime="${instant?string}">${instant?string?substring(0, 16)?replace("T", " ")} UTC</time>[/#if][/#macro]
[@layout.page title="Tasks" user=user.name csrf=csrf current="tasks"]
<h1 class="author__title">Tasks</h1>
[#if problem?has_content]<p class="author__alert" role="alert" id="task-problem">${problem}</p>[/#if]
[#if tasks?has_content]
[#list tasks as view]
[#assign t = view.task()]
<article class="author-task author-task--${t.status().value()}" id="task-${t.id()}" data-task="${t.id()}" ${t.isPage()?then("data-page", "data-event")}="${t.itemName()}">
  <h2 class="author-task__title">[#if t.isPage()]Page [/#if]<a href="${view.link()}">${t.itemTitle()}</a>[#if t.isPage()] <span class="author-task__path">${t.itemName()}</span>[/#if]
    <span class="author-task__type">${(t.type().value() == "publish")?then("publication", "unpublication")}</span></h2>
  <p class="author-task__meta">Requested by <strong>${t.requestedBy()}</strong>, [@when t.requestedAt() /]
    [#if t.publishAt()??] · publish at [@when t.publishAt() /][/#if]
    [#if t.unpublishAt()??] · unpublish at [@when t.unpublishAt() /][/#if]
    · <span class="author-task__status">${statusLabels[t.status().value()]}[#if t.claimedBy()?has_content] by ${t.claimedBy()}[/#if]</span></p>
  [#if t.comment()?has_content]<blockquote class="author-task__comment">${t.comment()}</blockquote>[/#if]
  [#if t.type().value() == "publish" && t.isPage()]
  <p class="author-task__review">Publishes the page with its components, not its subpages. <a href="${view.link()}">Review the page</a> before deciding.</p>
  [#elseif t.type().value() == "publish"]
  [#if view.changes()?has_content]
  <table class="author-table author-task__diff">
    <caption>What publication changes on the public site</caption>
    <thead><tr><th scope="col">Field</th><th scope="col">Live</th><th scope="col">Requested</th></tr></thead>
    <tbody>
    [#list view.changes() as c]<tr data-field="${c.field()}"><th scope="row">${labels[c.field()]!c.field()}</th><td>${c.live()}</td><td>${c.requested()}</td></tr>[/#list]
    </tbody>
  </table>
  [#else]<p>No change from the live version.</p>[/#if]
  [/#if]
  [#if publisher && t.requestedBy() != user.name]
  <div class="author-task__actions">
    [#if t.status().value() == "open"]
    <form method="post" action="/author/tasks/${t.id()}/claim"><input type="hidden" name="_csrf" value="${csrf}">
      <button class="author__button" type="submit">Claim</button></form>
    [#elseif t.status().value() == "claimed" && t.claimedBy() == user.name]
    <form method="post" action="/author/tasks/${t.id()}/approve"><input type="hidden" name="_csrf" value="${csrf}">
      <button class="author__button" type="submit">Approve</button></form>
    <form method="post" action="/author/tasks/${t.id()}/reject" class="author-task__reject"><input type="hidden" name="_csrf" value="${csrf}">
      <label class="author__label" for="reject-${t.id()}">Why it is rejected (required)</label>
      <textarea class="author__input" id="reject-${t.id()}" name="comment" rows="2" required></textarea>
      <button class="author__button author__button--danger" type="submit">Reject</button></form>
    [/#if]
  </div>
  [/#if]
</article>
[/#list]
[#else]
<p class="author__empty">No task is waiting.</p>
[/#if]
[#if mine?has_content]
<h2>Your requests</h2>
<table class="author-table author-tasks__mine">
  <thead><tr><th scope="col">Item</th><th scope="col">Asked</th><th scope="col">Status</th><th scope="col">Publisher's comment</th></tr></thead>
  <tbody>
  [#list mine as t]
    <tr data-task="${t.id()}"><td><a href="${t.isPage()?then("/author/pages" + t.itemName(), "/author/events/" + t.itemName())}">${t.itemTitle()}</a> (${t.isPage()?then("page ", "")}${t.type().value()})</td><td>[@when t.requestedAt() /]</td>
      <td>${statusLabels[t.status().value()]}</td><td>${t.decision()}</td></tr>
  [/#list]
  </tbody>
</table>
[/#if]
[/@layout.page]
