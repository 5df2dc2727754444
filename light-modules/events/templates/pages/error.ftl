[#ftl output_format="HTML"]
[#-- Error page: what a visitor sees for an unknown event or page (404) or a bad address (400) --]
[#import "/events/templates/macros/events.ftl" as ev]
[#assign title = i18n["events.pages.error." + error.kind + ".title"]]
<!DOCTYPE html>
<html lang="${cmsfn.language()}">
<head>
  [@ev.head title=title /]
</head>
<body class="events-page">
  <main class="events-page__main">
    <h1 class="events-page__title">${title}</h1>
    <p class="events-page__message">${i18n["events.pages.error." + error.kind + ".text"]}</p>
    [#if error.detail?has_content]<p class="events-page__detail">${error.detail}</p>[/#if]
    <p><a class="events-page__link" href="${eventfn.eventsPageLink()}">${i18n['events.back']}</a></p>
  </main>
</body>
</html>
