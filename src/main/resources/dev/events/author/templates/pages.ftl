[#import "layout.ftl" as layout]
[#assign statusLabels = {"not-published": "Not published", "modified": "Modified since publication", "published": "Published"}]
[#assign fieldLabels = {"parent": "Parent page", "name": "Name", "title": "Title", "template": "Template", "direction": "Direction"}]
[#-- the id of an input of a row's form: rename_conferences_2017 --]
[#function inputId action path][#return action + path?replace("/", "_")][/#function]
[#macro rowError field path]
[#if target == path && errors[field]??]<p class="author-field__error" id="${inputId(field, path)}-error">${errors[field]}</p>[/#if]
[/#macro]
[#macro invalid field path][#if target == path && errors[field]??] aria-invalid="true" aria-describedby="${inputId(field, path)}-error"[/#if][/#macro]
[#macro tree rows]
<ul class="author-pages__list">
  [#list rows as row]
  <li class="author-pages__item" data-page="${row.path()}">
    <div class="author-pages__row">
      <p class="author-pages__page">
        <a class="author-pages__title" href="/author/pages${row.path()}">${row.title()}</a>
        <span class="author-pages__path">${row.path()}</span>
        <span class="author-pages__template">${row.template()}</span>
        <span class="author-status author-status--${row.publication()}">${statusLabels[row.publication()]!row.publication()}</span>
        [#if row.workflow() == "pending"]<span class="author-status author-status--pending">Pending approval</span>[#elseif row.workflow() == "scheduled"]<span class="author-status author-status--scheduled">Scheduled</span>[/#if]
      </p>
      [#if editor]
      <div class="author-pages__actions">
        <form class="author-pages__form" method="post" action="/author/pages${row.path()}/order">
          <input type="hidden" name="_csrf" value="${csrf}">
          [#if !row.first()]<button class="author__button author__button--small author__button--quiet" type="submit" name="direction" value="up">Up<span class="author__hidden"> ${row.title()}</span></button>[/#if]
          [#if !row.last()]<button class="author__button author__button--small author__button--quiet" type="submit" name="direction" value="down">Down<span class="author__hidden"> ${row.title()}</span></button>[/#if]
        </form>
        <form class="author-pages__form" method="post" action="/author/pages${row.path()}/rename">
          <input type="hidden" name="_csrf" value="${csrf}">
          <label class="author__hidden" for="${inputId("name", row.path())}">New name of ${row.title()}</label>
          <input class="author__input author__input--small" id="${inputId("name", row.path())}" name="name" value="${(target == row.path())?then(values["name"]!row.name(), row.name())}" required pattern="[a-z0-9]+(-[a-z0-9]+)*"[@invalid "name" row.path() /]>
          <button class="author__button author__button--small author__button--quiet" type="submit">Rename</button>
          [@rowError "name" row.path() /]
        </form>
        <form class="author-pages__form" method="post" action="/author/pages${row.path()}/move">
          <input type="hidden" name="_csrf" value="${csrf}">
          <label class="author__hidden" for="${inputId("parent", row.path())}">New parent of ${row.title()}</label>
          <select class="author__input author__input--small" id="${inputId("parent", row.path())}" name="parent"[@invalid "parent" row.path() /]>
            <option value="/">(top)</option>
            [#list parents as p][#if p.path() != row.path() && !p.path()?starts_with(row.path() + "/")]<option value="${p.path()}">${p.path()}</option>[/#if][/#list]
          </select>
          <button class="author__button author__button--small author__button--quiet" type="submit">Move</button>
          [@rowError "parent" row.path() /]
        </form>
        <a class="author__button author__button--small author__button--danger" href="/author/pages${row.path()}/delete">Delete<span class="author__hidden"> ${row.title()}</span></a>
      </div>
      [/#if]
    </div>
    [#if row.children()?has_content][@tree row.children() /][/#if]
  </li>
  [/#list]
</ul>
[/#macro]
[@layout.page title="Pages" user=user.name csrf=csrf current="pages"]
<h1 class="author__title">Pages</h1>
[#if notice?has_content]<p class="author__notice" role="status">${notice}</p>[/#if]
[#if errors?has_content]
<div class="author__alert" role="alert" id="error-summary" tabindex="-1">
  <h2 class="author__alert-title">[#if errors?size == 1]There is a problem[#else]There are ${errors?size} problems[/#if][#if target?has_content && target != "new"] with ${target}[/#if]</h2>
  <ul>
  [#list errors as input, message]
    <li><a href="#${(target == "new")?then("add-" + input, inputId(input, target))}">${fieldLabels[input]!input}</a>: ${message}</li>
  [/#list]
  </ul>
</div>
[/#if]
<section class="author-pages" aria-labelledby="pages-tree">
  <h2 id="pages-tree">Site tree</h2>
  [#if rows?has_content][@tree rows /][#else]<p class="author__empty">There are no pages yet.</p>[/#if]
</section>
[#if editor]
[#macro addError field][#if target == "new" && errors[field]??]<p class="author-field__error" id="add-${field}-error">${errors[field]}</p>[/#if][/#macro]
[#macro addInvalid field][#if target == "new" && errors[field]??] aria-invalid="true" aria-describedby="add-${field}-error"[/#if][/#macro]
[#assign added = (target == "new")?then(values, {})]
<section class="author-pages__add" aria-labelledby="add-title">
  <h2 id="add-title">Add a page</h2>
  <form class="author-pages__add-form" method="post" action="/author/pages/new" novalidate>
    <input type="hidden" name="_csrf" value="${csrf}">
    <div class="author-field"><label class="author__label" for="add-parent">Parent page</label>
      <select class="author__input" id="add-parent" name="parent"[@addInvalid "parent" /]>
        <option value="/">(top)</option>
        [#list parents as p]<option value="${p.path()}"[#if (added["parent"]!"") == p.path()] selected[/#if]>${p.path()}</option>[/#list]
      </select>[@addError "parent" /]</div>
    <div class="author-field"><label class="author__label" for="add-name">Name (in the address)</label>
      <input class="author__input" id="add-name" name="name" value="${added["name"]!""}" required aria-describedby="add-name-help"[@addInvalid "name" /]>
      <p class="author-field__help" id="add-name-help">Lower-case letters, digits and hyphens, such as <code>conferences</code>.</p>[@addError "name" /]</div>
    <div class="author-field"><label class="author__label" for="add-title-input">Title</label>
      <input class="author__input" id="add-title-input" name="title" value="${added["title"]!""}" required[@addInvalid "title" /]>[@addError "title" /]</div>
    <div class="author-field"><label class="author__label" for="add-template">Template</label>
      <select class="author__input" id="add-template" name="template"[@addInvalid "template" /]>
        [#list templates as t]<option value="${t.id()}"[#if (added["template"]!"") == t.id()] selected[/#if]>${t.title()}</option>[/#list]
      </select>[@addError "template" /]</div>
    <p><button class="author__button" type="submit">Add page</button></p>
  </form>
</section>
[#else]
<p class="author__empty">Only editors add and change pages.</p>
[/#if]
[/@layout.page]
