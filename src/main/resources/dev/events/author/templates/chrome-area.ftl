[#-- The page editor's bar of an area: its name and the form adding one of its available components --]
<section class="page-editor-area" data-area="${area}" aria-label="Area ${area}">
<div class="page-editor-bar page-editor-bar--area">
  <span class="page-editor-bar__label">Area <strong>${area}</strong></span>
  [#if editable && !full && choices?has_content]
  <form class="page-editor-bar__form" method="post" action="/author/pages${page}/areas/${area}/add">
    <input type="hidden" name="_csrf" value="${csrf}">
    <label class="page-editor-bar__field-label" for="add-${area}">Add component</label>
    <select class="page-editor-bar__input" id="add-${area}" name="template"[#if problem?has_content] aria-invalid="true" aria-describedby="add-${area}-error"[/#if]>
      [#list choices as c]<option value="${c[0]}">${c[1]}</option>[/#list]
    </select>
    <button class="page-editor-bar__button" type="submit">Add</button>
  </form>
  [#elseif editable && full]
  <span class="page-editor-bar__note">This area is full.</span>
  [/#if]
  [#if problem?has_content]<p class="page-editor-bar__error" id="add-${area}-error" role="alert">Template: ${problem}</p>[/#if]
</div>
