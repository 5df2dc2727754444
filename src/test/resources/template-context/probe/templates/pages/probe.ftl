[#-- A page that prints what Magnolia's template context offers, one value a line --]
<!DOCTYPE html>
<html><head><title>probe</title>[@cms.page /]</head>
<body>
<p id="name">${content['@name']}</p>
<p id="path">${content['@path']}</p>
<p id="id">${content['@id']}</p>
<p id="node-type">${content['@nodeType']}</p>
<p id="depth">${content['@depth']}</p>
<p id="title">${content.title}</p>
<p id="hide">${content.hideInNav?c}</p>
<p id="tags">${content.tags?join("+")}</p>
<p id="def-id">${def.id}</p>
<p id="param">${def.parameters.flavour}</p>
<p id="query">${ctx.getParameter('q')!"none"}</p>
<p id="context-path">[${ctx.contextPath}]</p>
<p id="main">${state.mainContentNode.title}</p>
<p id="areas">[#list cmsfn.children(content, "mgnl:area") as area]${area['@name']}[/#list]</p>
<p id="status">${cmsfn.metaData(content, "mgnl:activationStatus")}</p>
<p id="abbreviated">${cmsfn.abbreviateString("one two three four five", 12)}</p>
<p id="link">${cmsfn.link(content)}</p>
<p id="language">${cmsfn.language()}</p>
<p id="edit">${cmsfn.isEditMode()?c}</p>
<p id="greeting">${i18n['probe.greeting']}</p>
<p id="hello">${i18n.get('probe.hello', 'Ada')}</p>
<div id="area">[@cms.area name="main" /]</div>
<div id="direct">[#list cmsfn.children(content.main, "mgnl:component") as box][@cms.component content=box /][/#list]</div>
</body></html>
