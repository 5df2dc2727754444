[#ftl output_format="HTML"]
[#-- Event detail: one event, whole --]
[#import "/events/templates/macros/events.ftl" as ev]
[#assign event = eventfn.event(content)]
<!DOCTYPE html>
<html lang="${cmsfn.language()}">
<head>
  [@ev.head title=event.title meta=pagefn.pageMeta() description=event.teaser image=event.image type="website" /]
  [@ev.structuredData event=event /]
  [@cms.page /]
</head>
<body class="events-page">
  <main class="events-page__main">
    <article class="events-detail">
      <h1 class="events-detail__title">${event.title}</h1>
      [#if event.subtitle?has_content]<p class="events-detail__subtitle">${event.subtitle}</p>[/#if]
      [@ev.statusBanner event=event /]
      [@ev.whenWhere event=event block="events-detail" /]
      [@ev.online event=event /]
      [#if event.image?has_content]<img class="events-detail__image" src="${event.image}" alt="">[/#if]
      [#if event.body?has_content]
      <div class="events-detail__body">${event.body?no_esc}</div>
      [#elseif event.teaser?has_content]
      <p class="events-detail__text">${event.teaser}</p>
      [/#if]
      [@ev.links event=event block="events-detail" /]
      [#if event.categories?has_content]
      <ul class="events-detail__categories" aria-label="${i18n['events.categories']}">
        [#list event.categories as category]<li class="events-detail__category">${category}</li>[/#list]
      </ul>
      [/#if]
      [@ev.calendarLinks event=event /]
      [@ev.shareLinks event=event /]
      <p class="events-detail__back"><a class="events-detail__back-link" href="${eventfn.eventsPageLink()}">${i18n['events.back']}</a></p>
    </article>
  </main>
</body>
</html>
