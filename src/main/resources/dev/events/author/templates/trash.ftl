[#import "layout.ftl" as layout]
[@layout.page title="Trash" user=user.name csrf=csrf current="trash"]
<h1 class="author__title">Trash</h1>
[#if problem?has_content]<p class="author__alert" role="alert">${problem}</p>[/#if]
[#if events?has_content]
<table class="author-table">
  <thead><tr><th scope="col">Title</th><th scope="col">Deleted</th><th scope="col">By</th><th scope="col"><span class="author__hidden">Actions</span></th></tr></thead>
  <tbody>
  [#list events as e]
    <tr class="author-trash__row" data-name="${e.name}">
      <td>${e.title}</td>
      <td><time datetime="${e.deletedAt?string}">${e.deletedAt?string?substring(0, 16)?replace("T", " ")} UTC</time></td>
      <td>${e.deletedBy}</td>
      <td><div class="author-trash__actions">
        <form method="post" action="/author/trash/${e.name}/restore">
          <input type="hidden" name="_csrf" value="${csrf}">
          <button class="author__button author__button--quiet" type="submit">Restore</button>
        </form>
        <form method="post" action="/author/trash/${e.name}/purge">
          <input type="hidden" name="_csrf" value="${csrf}">
          <button class="author__button author__button--danger" type="submit">Delete for good</button>
        </form>
      </div></td>
    </tr>
  [/#list]
  </tbody>
</table>
[#else]
<p class="author__empty">The trash is empty.</p>
[/#if]
[/@layout.page]
