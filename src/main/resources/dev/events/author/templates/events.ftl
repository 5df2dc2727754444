[#import "layout.ftl" as layout]
[#assign statusLabels = {"not-published": "Not published", "modified": "Modified since publication", "published": "Published"}]
[@layout.page title="Events" user=user.name csrf=csrf current="events"]
<div class="author__heading">
  <h1 class="author__title">Events</h1>
  <a class="author__button" href="/author/events/new">New event</a>
</div>
<form class="author-filter" method="get" action="/author/events" role="search">
  <div class="author-filter__item author-filter__item--wide">
  <label class="author__label" for="q">Search</label>
  <input class="author__input" id="q" name="q" type="search" value="${query.text}">
  </div>
  <div class="author-filter__item">
  <label class="author__label" for="folder">Folder</label>
  <select class="author__input" id="folder" name="folder">
    <option value="">All folders</option>
    [#list result.folders as folder]<option value="${folder}"[#if folder == query.folder] selected[/#if]>${folder}</option>[/#list]
  </select>
  </div>
  <div class="author-filter__item">
  <label class="author__label" for="category">Category</label>
  <select class="author__input" id="category" name="category">
    <option value="">All categories</option>
    [#list result.categories as category]<option value="${category}"[#if category == query.category] selected[/#if]>${category}</option>[/#list]
  </select>
  </div>
  <div class="author-filter__item">
  <label class="author__label" for="status">Status</label>
  <select class="author__input" id="status" name="status">
    <option value="">Any status</option>
    [#list statuses as s]<option value="${s.value()}"[#if query.status?? && query.status == s] selected[/#if]>${statusLabels[s.value()]}</option>[/#list]
  </select>
  </div>
  <div class="author-filter__item">
  <label class="author__label" for="sort">Order</label>
  <select class="author__input" id="sort" name="sort">
    <option value="date">By date, newest first</option>
    <option value="title"[#if query.byTitle] selected[/#if]>By title</option>
  </select>
  </div>
  <button class="author__button" type="submit">Show</button>
</form>
<p class="author__count" id="count">${result.total} event[#if result.total != 1]s[/#if]</p>
[#if result.rows?has_content]
<table class="author-table">
  <thead>
    <tr><th scope="col">Title</th><th scope="col">Date</th><th scope="col">Location</th><th scope="col">Folder</th>
      <th scope="col">Status</th><th scope="col">Last modified</th></tr>
  </thead>
  <tbody>
  [#list result.rows as row]
    <tr class="author-table__row" data-name="${row.name}">
      <td><a href="/author/events/${row.name}">${row.title}</a></td>
      <td>${row.dateLine}</td>
      <td>${row.location}</td>
      <td>${row.folder}</td>
      <td><span class="author-status author-status--${row.status.value()}">${statusLabels[row.status.value()]}</span>
        [#if row.workflow == "pending"] <span class="author-status author-status--pending">Pending approval</span>
        [#elseif row.workflow == "scheduled"] <span class="author-status author-status--scheduled">Scheduled</span>
        [#elseif row.workflow == "rejected"] <span class="author-status author-status--rejected">Rejected</span>[/#if]</td>
      <td>[#if row.lastModified??]${row.lastModifiedBy}, <time datetime="${row.lastModified?string}">${row.lastModified?string?substring(0, 16)?replace("T", " ")}</time>[/#if]</td>
    </tr>
  [/#list]
  </tbody>
</table>
[#else]
<p class="author__empty">No events match.</p>
[/#if]
[#if result.pageCount > 1]
<nav class="author-pager" aria-label="Pages">
  [#if result.page > 1]<a class="author-pager__link" rel="prev" href="?q=${query.text?url}&amp;folder=${query.folder?url}&amp;category=${query.category?url}&amp;status=${(query.status.value())!""}&amp;sort=${query.byTitle?then("title", "date")}&amp;page=${result.page - 1}">Previous</a>[/#if]
  <span>Page ${result.page} of ${result.pageCount}</span>
  [#if result.page < result.pageCount]<a class="author-pager__link" rel="next" href="?q=${query.text?url}&amp;folder=${query.folder?url}&amp;category=${query.category?url}&amp;status=${(query.status.value())!""}&amp;sort=${query.byTitle?then("title", "date")}&amp;page=${result.page + 1}">Next</a>[/#if]
</nav>
[/#if]
[/@layout.page]
