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
  [#if event.hasStatusNotice()]<p class="events-teaser__status events-teaser__status--${event.status}">${i18n['events.status.' + event.status]}</p>[/#if]
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

[#-- The status banner of a detail page: cancelled, postponed, rescheduled, moved online; nothing when scheduled --]
[#macro statusBanner event]
[#if event.hasStatusNotice()]
<div class="events-detail__status events-detail__status--${event.status}" role="status">
  <p class="events-detail__status-title">${i18n['events.status.' + event.status]}</p>
  <p class="events-detail__status-text">${i18n['events.status.' + event.status + '.notice']}</p>
  [#if event.previousDateLine?has_content]
  <p class="events-detail__status-previous">${i18n.get('events.status.previous-start', event.previousDateLine)}</p>
  [/#if]
  [#if event.status == "movedOnline" && event.onlineUrl?has_content]
  <p class="events-detail__status-action"><a class="events-detail__status-link" href="${event.onlineUrl}">${i18n['events.online.join']}</a></p>
  [/#if]
</div>
[/#if]
[/#macro]

[#-- The online address of an online or hybrid event that takes place (a moved-online event has it in its banner) --]
[#macro online event]
[#if event.hasOnlineAccess()]
<p class="events-detail__online">
  <span class="events-detail__online-label">${i18n['events.online.' + event.attendanceMode]}</span>
  <a class="events-detail__online-link" href="${event.onlineUrl}">${i18n['events.online.join']}</a>
</p>
[/#if]
[/#macro]

[#-- schema.org Event as JSON-LD; the text comes from Java with < escaped, so it cannot end the script element --]
[#macro structuredData event]
[#local jsonLd = pagefn.jsonLd(event)]
[#if jsonLd?has_content]<script type="application/ld+json">${jsonLd?no_esc}</script>[/#if]
[/#macro]

[#-- "Add to calendar": Google Calendar, Outlook.com and the event's .ics file; none for a cancelled event --]
[#macro calendarLinks event]
[#local calendar = pagefn.calendarLinks(event)!]
[#if calendar?has_content]
<section class="events-detail__actions events-detail__actions--calendar" aria-labelledby="events-calendar-title">
  <h2 class="events-detail__actions-title" id="events-calendar-title">${i18n['events.calendar.title']}</h2>
  <ul class="events-detail__action-list">
    <li class="events-detail__action"><a class="events-detail__action-link" href="${calendar.google}">${i18n['events.calendar.google']}</a></li>
    <li class="events-detail__action"><a class="events-detail__action-link" href="${calendar.outlook}">${i18n['events.calendar.outlook']}</a></li>
    <li class="events-detail__action"><a class="events-detail__action-link" href="${calendar.ics}" type="text/calendar">${i18n['events.calendar.ics']}</a></li>
  </ul>
</section>
[/#if]
[/#macro]

[#-- "Share": plain links to each network's share page, no third-party script --]
[#macro shareLinks event]
[#local share = pagefn.shareLinks(event)]
<section class="events-detail__actions events-detail__actions--share" aria-labelledby="events-share-title">
  <h2 class="events-detail__actions-title" id="events-share-title">${i18n['events.share.title']}</h2>
  <ul class="events-detail__action-list">
    <li class="events-detail__action"><a class="events-detail__action-link" href="${share.x}">${i18n['events.share.x']}</a></li>
    <li class="events-detail__action"><a class="events-detail__action-link" href="${share.facebook}">${i18n['events.share.facebook']}</a></li>
    <li class="events-detail__action"><a class="events-detail__action-link" href="${share.linkedin}">${i18n['events.share.linkedin']}</a></li>
    <li class="events-detail__action"><a class="events-detail__action-link" href="${share.email}">${i18n['events.share.email']}</a></li>
  </ul>
</section>
[/#macro]

[#-- The head of every events page: title, viewport, style sheet; with meta (pagefn.listingMeta() or
     pagefn.pageMeta()) the canonical and language links, Open Graph and Twitter card; without, noindex --]
[#macro head title meta="" description="" image="" type="website"]
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<link rel="stylesheet" href="${ctx.contextPath}/.resources/events/webresources/css/events.css">
[#if meta?has_content]
<link rel="canonical" href="${meta.canonical}">
[#list meta.alternates as alternate]
<link rel="alternate" hreflang="${alternate.hreflang}" href="${alternate.href}">
[/#list]
[#if description?has_content]<meta name="description" content="${description}">[/#if]
<meta property="og:type" content="${type}">
<meta property="og:title" content="${title}">
[#if description?has_content]<meta property="og:description" content="${description}">[/#if]
<meta property="og:url" content="${meta.canonical}">
[#if image?has_content]<meta property="og:image" content="${pagefn.absolute(image)}">[/#if]
<meta property="og:locale" content="${pagefn.ogLocale()}">
[#list pagefn.ogAlternateLocales() as locale]
<meta property="og:locale:alternate" content="${locale}">
[/#list]
<meta name="twitter:card" content="${image?has_content?then('summary_large_image', 'summary')}">
[#else]
<meta name="robots" content="noindex">
[/#if]
[/#macro]
