[#ftl output_format="HTML"]
[#-- Events page: the page frame and its main area, which holds event lists --]
[#import "/events/templates/macros/events.ftl" as ev]
[#assign page = cmsfn.decode(content)]
[#assign title = page.title!i18n['events.pages.events-page.title']]
<!DOCTYPE html>
<html lang="${cmsfn.language()}">
<head>
  [@ev.head title=title meta=pagefn.listingMeta() /]
  [#-- feed discovery: readers find the listing's RSS and Atom feeds (ListingFeed) from the page --]
  <link rel="alternate" type="application/rss+xml" href="${eventfn.eventsPageLink()}.rss"
        title="${i18n.get('events.feeds.rss.title', title)}">
  <link rel="alternate" type="application/atom+xml" href="${eventfn.eventsPageLink()}.atom"
        title="${i18n.get('events.feeds.atom.title', title)}">
  [@cms.page /]
</head>
<body class="events-page">
  <main class="events-page__main">
    <h1 class="events-page__title">${title}</h1>
    [@cms.area name="main" /]
  </main>
</body>
</html>
