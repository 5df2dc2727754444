[#ftl output_format="HTML"]
[#-- Events page: the page frame and its main area, which holds event lists --]
[#import "/events/templates/macros/events.ftl" as ev]
[#assign page = cmsfn.decode(content)]
[#assign title = page.title!i18n['events.pages.events-page.title']]
<!DOCTYPE html>
<html lang="${cmsfn.language()}">
<head>
  [@ev.head title=title meta=pagefn.listingMeta() /]
  [@cms.page /]
</head>
<body class="events-page">
  <main class="events-page__main">
    <h1 class="events-page__title">${title}</h1>
    [@cms.area name="main" /]
  </main>
</body>
</html>
