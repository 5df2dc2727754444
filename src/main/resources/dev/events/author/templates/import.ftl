[#import "layout.ftl" as layout]
[@layout.page title="Import events" user=user.name csrf=csrf]
<h1 class="author__title">Import events</h1>
<p>Upload a JSON file in the import format: <code>{"events": [{"name": …, "title": …, "startDate": …, "timeZone": …}]}</code>.
Imported events are saved on the author instance; they reach the public site once published.</p>
[#if problem?has_content]<p class="author__alert" role="alert">${problem}</p>[/#if]
<form class="author-import" method="post" action="/author/import" enctype="multipart/form-data" data-progress>
  <input type="hidden" name="_csrf" value="${csrf}">
  <label class="author__label" for="file">Events file (JSON)</label>
  <input class="author__input" type="file" id="file" name="file" accept="application/json,.json" required>
  <label class="author-field__check"><input type="checkbox" name="skipRefused" value="true"> Import the valid events even if some are refused</label>
  <progress class="author-import__progress" max="100" value="0" hidden></progress>
  <button class="author__button" type="submit">Import</button>
</form>
[#if done]
<section class="author-import__report" aria-labelledby="report-title">
  <h2 id="report-title">[#if written]${imported} event[#if imported != 1]s[/#if] imported[#else]Nothing imported[/#if][#if refused > 0], ${refused} refused[/#if]</h2>
  [#if !written && refused > 0]<p class="author__alert" role="alert">Some events were refused, so nothing was imported. Fix them, or tick “Import the valid events”.</p>[/#if]
  <table class="author-table">
    <thead><tr><th scope="col">#</th><th scope="col">Event</th><th scope="col">Result</th></tr></thead>
    <tbody>
    [#list items as item]
      <tr class="author-import__item author-import__item--${item.valid()?then("valid", "refused")}" data-name="${item.name}">
        <td>${item.position}</td>
        <td>[#if item.title?has_content]${item.title}[#else]${item.name}[/#if]</td>
        <td>[#if item.valid()]${written?then("Imported", "Valid, not imported")}[#else]Refused:
          <ul>[#list item.problems as p]<li>[#if p.field()?has_content]${p.field()}: [/#if]${p.message()}</li>[/#list]</ul>[/#if]</td>
      </tr>
    [/#list]
    </tbody>
  </table>
</section>
[/#if]
<script src="/author/static/editor.js"></script>
[/@layout.page]
