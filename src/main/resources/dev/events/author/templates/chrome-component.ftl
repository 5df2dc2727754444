[#-- The page editor's toolbar of a component: edit (its dialog), move up and down, delete --]
[#assign base = "/author/pages" + page + "/areas/" + area + "/components/" + name]
<div class="page-editor-component" data-component="${area}/${name}">
<div class="page-editor-bar page-editor-bar--component">
  <span class="page-editor-bar__label">${title}</span>
  [#if editable]
  <a class="page-editor-bar__button" href="${base}">Edit<span class="page-editor__hidden"> ${title} ${name}</span></a>
  <form class="page-editor-bar__form" method="post" action="${base}/move">
    <input type="hidden" name="_csrf" value="${csrf}">
    [#if !first]<button class="page-editor-bar__button" type="submit" name="direction" value="up">Move up<span class="page-editor__hidden"> ${title} ${name}</span></button>[/#if]
    [#if !last]<button class="page-editor-bar__button" type="submit" name="direction" value="down">Move down<span class="page-editor__hidden"> ${title} ${name}</span></button>[/#if]
  </form>
  <form class="page-editor-bar__form" method="post" action="${base}/delete">
    <input type="hidden" name="_csrf" value="${csrf}">
    <button class="page-editor-bar__button page-editor-bar__button--danger" type="submit">Delete<span class="page-editor__hidden"> ${title} ${name}</span></button>
  </form>
  [/#if]
</div>
