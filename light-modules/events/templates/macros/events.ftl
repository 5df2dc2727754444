[#ftl output_format="HTML"]
[#-- Fragments shared by the event templates: one macro per repeated piece of markup --]

[#-- The date and location line: "5-6 October 2017 Hamamatsu, Japan" --]
[#macro whenWhere event block]
<p class="${block}__when-where">
  <time class="${block}__date" datetime="${event.startIso}">${event.dateLine}</time>
  [#if event.locationLine?has_content]<span class="${block}__location">${event.locationLine}</span>[/#if]
</p>
[/#macro]

[#-- The event's links: "Draft agenda >>" --]
[#macro links event block]
[#if event.links?has_content]
<ul class="${block}__links">
  [#list event.links as link]
  <li class="${block}__link-item"><a class="${block}__link" href="${link.href}">${link.label} &gt;&gt;</a></li>
  [/#list]
</ul>
[/#if]
[/#macro]

[#-- One event in a listing --]
[#macro teaser event]
<article class="events-teaser">
  <h3 class="events-teaser__title"><a class="events-teaser__title-link" href="${event.href}">${event.title}</a></h3>
  [#if event.subtitle?has_content]<p class="events-teaser__subtitle">${event.subtitle}</p>[/#if]
  [@whenWhere event=event block="events-teaser" /]
  [@links event=event block="events-teaser" /]
  [#if event.teaser?has_content]<p class="events-teaser__text">${event.teaser}</p>[/#if]
  <a class="events-teaser__more" href="${event.href}"
     aria-label="${i18n.get('events.read-more-about', event.title)}">${i18n['events.read-more']}</a>
</article>
[/#macro]

[#-- Previous / next links of a listing --]
[#macro pager listing]
[#if listing.pageCount > 1]
<nav class="events-pager" aria-label="${i18n['events.pager.label']}">
  [#if listing.previousHref?has_content]
  <a class="events-pager__link events-pager__link--previous" rel="prev" href="${listing.previousHref}">${i18n['events.pager.previous']}</a>
  [/#if]
  <span class="events-pager__status">${i18n.get('events.pager.status', listing.page, listing.pageCount)}</span>
  [#if listing.nextHref?has_content]
  <a class="events-pager__link events-pager__link--next" rel="next" href="${listing.nextHref}">${i18n['events.pager.next']}</a>
  [/#if]
</nav>
[/#if]
[/#macro]

[#-- The head of every events page: title, viewport, style sheet --]
[#macro head title]
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<link rel="stylesheet" href="${ctx.contextPath}/.resources/events/webresources/css/events.css">
[/#macro]
