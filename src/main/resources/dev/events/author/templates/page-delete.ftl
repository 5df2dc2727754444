[#import "layout.ftl" as layout]
[@layout.page title="Delete " + title user=user.name csrf=csrf current="pages"]
<p class="author__crumbs"><a href="/author/pages">Pages</a></p>
<h1 class="author__title">Delete ${title}?</h1>
[#if live?has_content]
<p class="author__alert" role="alert" id="delete-refused">${live} is published. Request its unpublication in the
  <a href="/author/pages${live}">page editor</a>; once a publisher approves it, the page can be deleted.</p>
[#else]
<p>This deletes <strong>${path}</strong>[#if subpages?has_content] and its ${subpages?size} subpage[#if subpages?size > 1]s[/#if][/#if] with all their components. It cannot be undone.</p>
[#if subpages?has_content]<ul class="author-pages__doomed">[#list subpages as p]<li>${p}</li>[/#list]</ul>[/#if]
<form method="post" action="/author/pages${path}/delete">
  <input type="hidden" name="_csrf" value="${csrf}">
  <button class="author__button author__button--danger" type="submit">Delete for good</button>
  <a class="author__button author__button--quiet" href="/author/pages">Cancel</a>
</form>
[/#if]
[/@layout.page]
