[#ftl output_format="HTML"]
[#-- Event list: one page of events in the component's order (or ?sort=), narrowed by the page's filter
     parameters (category, place, month, day, q), with paging links --]
[#import "/events/templates/macros/events.ftl" as ev]
[#import "/events/templates/macros/components.ftl" as evc]
[#assign model = eventfn.listing(cmsfn.decode(content), ctx.parameters)]
<section class="events-list">
  [@evc.heading text=cmsfn.decode(content).title!"" block="events-list" /]
  [#if model.items?has_content]
  [@evc.cards events=model.items block="events-list" showImages=model.showImages /]
  [#elseif model.filtered]
  <p class="events-list__empty">${i18n['events.components.event-list.empty-filtered']}</p>
  [#else]
  <p class="events-list__empty">${i18n['events.components.event-list.empty']}</p>
  [/#if]
  [@ev.pager listing=model /]
  [#assign feeds = eventfn.eventsPageLink()]
  <nav class="events-list__feeds" aria-label="${i18n['events.feeds.label']}">
    <a class="events-list__feed-link" type="application/rss+xml" href="${feeds}.rss">${i18n['events.feeds.rss']}</a>
    <a class="events-list__feed-link" type="application/atom+xml" href="${feeds}.atom">${i18n['events.feeds.atom']}</a>
    <a class="events-list__feed-link" type="text/calendar" href="${feeds}.ics">${i18n['events.feeds.ics']}</a>
  </nav>
</section>
