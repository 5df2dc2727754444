[#ftl output_format="HTML"]
[#-- Fragments of the event components (list, teaser, calendar, filter): one macro per repeated piece of markup.
     Models compute everything; these macros only lay it out. --]
[#import "/events/templates/macros/events.ftl" as ev]

[#-- In a page's head: filtered listings ask search engines not to index them (see eventfn.isFiltered) --]
[#macro robots]
[#if eventfn.isFiltered(ctx.parameters)]<meta name="robots" content="noindex,follow">[/#if]
[/#macro]

[#-- A component's own heading, when its dialog gave one --]
[#macro heading text block]
[#if text?has_content]<h2 class="${block}__title">${text}</h2>[/#if]
[/#macro]

[#-- An event's image in a listing: decorative, as the title beside it says what it shows --]
[#macro image event block]
[#if event.image?has_content]<img class="${block}__image" src="${event.image}" alt="" loading="lazy">[/#if]
[/#macro]

[#-- Events in a list of cards, each as the shared teaser, optionally with its image --]
[#macro cards events block showImages=false]
<ol class="${block}__items">
  [#list events as event]
  <li class="${block}__item">[#if showImages][@image event=event block=block /][/#if][@ev.teaser event=event /]</li>
  [/#list]
</ol>
[/#macro]

[#-- A link to the previous or next month of a calendar --]
[#macro monthLink direction link=""]
[#if link?has_content]
<a class="events-calendar__month-link events-calendar__month-link--${direction}" href="${link.href}"><span class="events-visually-hidden">${i18n['events.components.event-calendar.' + direction]} </span>${link.label}</a>
[/#if]
[/#macro]

[#-- One day of a calendar month: its number, its events, a link to the rest; blank for other months --]
[#macro calendarDay day]
[#if day.inMonth]
<td class="events-calendar__day[#if day.today] events-calendar__day--today[/#if][#if day.events?has_content] events-calendar__day--busy[/#if]"[#if day.today] aria-current="date"[/#if]>
  <time class="events-calendar__date" datetime="${day.date}">${day.number}</time>[#if day.today]<span class="events-visually-hidden"> ${i18n['events.components.event-calendar.today']}</span>[/#if]
  [#if day.events?has_content]
  <ul class="events-calendar__events">
    [#list day.events as event]
    <li class="events-calendar__event"><a class="events-calendar__event-link" href="${event.href}">${event.title}</a></li>
    [/#list]
  </ul>
  [/#if]
  [#if day.moreHref?has_content]
  <a class="events-calendar__more" href="${day.moreHref}" aria-label="${i18n.get('events.components.event-calendar.more.label', day.more, day.label)}">${i18n.get('events.components.event-calendar.more', day.more)}</a>
  [/#if]
</td>
[#else]
<td class="events-calendar__day events-calendar__day--blank"></td>
[/#if]
[/#macro]

[#-- One facet of the event filter: its heading and values --]
[#macro facet heading values]
[#if values?has_content]
<div class="events-filter__facet">
  <h3 class="events-filter__facet-title">${heading}</h3>
  [@facetValues values=values /]
</div>
[/#if]
[/#macro]

[#-- The values of a facet, each a link that sets it (or removes it when chosen), narrower values nested --]
[#macro facetValues values]
<ul class="events-filter__values">
  [#list values as value]
  <li class="events-filter__value">
    <a class="events-filter__value-link[#if value.selected] events-filter__value-link--selected[/#if]" href="${value.href}"[#if value.selected] aria-current="true"[/#if]>${value.label} <span class="events-filter__count">(${value.count})</span>[#if value.selected]<span class="events-visually-hidden">${i18n['events.components.event-filter.remove']}</span>[/#if]</a>
    [#if value.children?has_content][@facetValues values=value.children /][/#if]
  </li>
  [/#list]
</ul>
[/#macro]
