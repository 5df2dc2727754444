[#ftl output_format="HTML"]
[#-- Event filter: facets (category, month archive, place) and a full-text search whose state lives in the URL
     (category, month, place, q); the event-list of the page reads the same parameters --]
[#import "/events/templates/macros/components.ftl" as evc]
[#assign model = eventfn.filter(cmsfn.decode(content), ctx.parameters)]
[#assign field = "events-filter-q-" + content['@name']]
<section class="events-filter">
  [@evc.heading text=model.title block="events-filter" /]
  <form class="events-filter__search" method="get" role="search">
    <label class="events-filter__label" for="${field}">${i18n['events.components.event-filter.q.label']}</label>
    <input class="events-filter__input" id="${field}" type="search" name="q" value="${model.text}" maxlength="200">
    [#list model.hidden as hidden]<input type="hidden" name="${hidden.name}" value="${hidden.value}">[/#list]
    <button class="events-filter__button" type="submit">${i18n['events.components.event-filter.q.submit']}</button>
  </form>
  <p class="events-filter__status">
    [#if model.total > 0]${i18n.get('events.components.event-filter.total', model.total)}[#else]${i18n['events.components.event-filter.none']}[/#if]
    [#if model.filtered]<a class="events-filter__clear" href="${model.clearHref}">${i18n['events.components.event-filter.clear']}</a>[/#if]
  </p>
  <nav class="events-filter__facets" aria-label="${i18n['events.components.event-filter.facets']}">
    [@evc.facet heading=i18n['events.components.event-filter.category'] values=model.categories /]
    [@evc.facet heading=i18n['events.components.event-filter.month'] values=model.months /]
    [@evc.facet heading=i18n['events.components.event-filter.place'] values=model.places /]
  </nav>
</section>
