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
</section>
