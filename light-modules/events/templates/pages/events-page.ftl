[#ftl output_format="HTML"]
[#-- Events page: the page frame and its main area, which holds the event components --]
[#import "/events/templates/macros/events.ftl" as ev]
[#import "/events/templates/macros/components.ftl" as evc]
[#assign page = cmsfn.decode(content)]
<!DOCTYPE html>
<html lang="${cmsfn.language()}">
<head>
  [@ev.head title=page.title!i18n['events.pages.events-page.title'] /]
  [@evc.robots /]
  [@cms.page /]
</head>
<body class="events-page">
  <main class="events-page__main">
    <h1 class="events-page__title">${page.title!i18n['events.pages.events-page.title']}</h1>
    [@cms.area name="main" /]
  </main>
</body>
</html>
