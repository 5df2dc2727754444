[#ftl output_format="HTML"]
[#-- Event list: one page of events in the component's order (or ?sort=), with paging links --]
[#import "/events/templates/macros/events.ftl" as ev]
[#assign model = eventfn.listing(content, ctx.getParameter("sort")!"", ctx.getParameter("page")!"")]
[#assign heading = cmsfn.decode(content).title!""]
<section class="events-list">
  [#if heading?has_content]<h2 class="events-list__title">${heading}</h2>[/#if]
  [#if model.items?has_content]
  <ol class="events-list__items">
    [#list model.items as event]
    <li class="events-list__item">[@ev.teaser event=event /]</li>
    [/#list]
  </ol>
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
