[#-- The frame of every author page: header with the user and logout, main content --]
[#macro page title user="" csrf="" current=""]
<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="robots" content="noindex">
  <title>${title} · Events author</title>
  <link rel="stylesheet" href="/author/static/author.css">
</head>
<body class="author">
  <a class="author__skip" href="#main">Skip to content</a>
  <header class="author__header">
    <a class="author__brand" href="/author/events">Events author</a>
    [#if user?has_content]
    <nav class="author__nav" aria-label="Author sections">
      [#list [["events", "/author/events", "Events"], ["new", "/author/events/new", "New event"], ["pages", "/author/pages", "Pages"], ["tasks", "/author/tasks", "Tasks"], ["trash", "/author/trash", "Trash"], ["import", "/author/import", "Import"]] as link]
      <a class="author__nav-link" href="${link[1]}"[#if current == link[0]] aria-current="page"[/#if]>${link[2]}</a>
      [/#list]
    </nav>
    <form class="author__logout" method="post" action="/author/logout">
      <input type="hidden" name="_csrf" value="${csrf}">
      <span class="author__user">${user}</span>
      <button class="author__button author__button--quiet" type="submit">Log out</button>
    </form>
    [/#if]
  </header>
  <main class="author__main" id="main" tabindex="-1">
    [#nested]
  </main>
</body>
</html>
[/#macro]
