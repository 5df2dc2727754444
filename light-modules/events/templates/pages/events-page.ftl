[#ftl output_format="HTML"]
[#-- Events page: the page frame and its main area, which holds event lists --]
[#import "/events/templates/macros/events.ftl" as ev]
[#assign page = cmsfn.decode(content)]
<!DOCTYPE html>
<html lang="${cmsfn.language()}">
<head>
  [@ev.head title=page.title!i18n['events.pages.events-page.title'] /]
  [#-- feed discovery: readers find the listing's RSS and Atom feeds (ListingFeed) from the page --]
  [#assign feedTitle = page.title!i18n['events.pages.events-page.title']]
  <link rel="alternate" type="application/rss+xml" href="${eventfn.eventsPageLink()}.rss"
        title="${i18n.get('events.feeds.rss.title', feedTitle)}">
  <link rel="alternate" type="application/atom+xml" href="${eventfn.eventsPageLink()}.atom"
        title="${i18n.get('events.feeds.atom.title', feedTitle)}">
  [@cms.page /]
</head>
<body class="events-page">
  <main class="events-page__main">
    <h1 class="events-page__title">${page.title!i18n['events.pages.events-page.title']}</h1>
    [@cms.area name="main" /]
  </main>
</body>
</html>
