[#ftl output_format="HTML"]
[#-- A page of the page editor's tests: two areas, one of them taking a single component --]
[#assign page = cmsfn.decode(content)]
<!DOCTYPE html>
<html lang="${cmsfn.language()}">
<head>
  <meta charset="utf-8">
  <title>${page.title!"Board"}</title>
  [@cms.page /]
</head>
<body class="board">
  <h1 class="board__title">${page.title!"Board"}</h1>
  <main class="board__main">[@cms.area name="main" /]</main>
  <aside class="board__aside">[@cms.area name="aside" /]</aside>
  [#if cmsfn.isEditMode()]<p class="board__mode">edit mode</p>[/#if]
</body>
</html>
