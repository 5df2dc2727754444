[#ftl output_format="HTML"]
[#-- Content page: an integrator's page, its title and its main area of event components --]
[#import "/events/templates/macros/events.ftl" as ev]
[#import "/events/templates/macros/components.ftl" as evc]
[#assign page = cmsfn.decode(content)]
[#assign title = page.title!i18n['events.pages.content-page.title']]
<!DOCTYPE html>
<html lang="${cmsfn.language()}">
<head>
  [@ev.head title=title meta=pagefn.listingMeta() /]
  [@evc.robots /]
  [@cms.page /]
</head>
<body class="events-page">
  <main class="events-page__main">
    <h1 class="events-page__title">${title}</h1>
    [@cms.area name="main" /]
  </main>
</body>
</html>
