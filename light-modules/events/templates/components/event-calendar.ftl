[#ftl output_format="HTML"]
[#-- Event calendar: a month grid (?month=2017-10, else this month), each event on each of its days, today
     marked, links to the neighbouring months; plain links, no script --]
[#import "/events/templates/macros/components.ftl" as evc]
[#assign model = eventfn.calendar(cmsfn.decode(content), ctx.getParameter("month")!"")]
<section class="events-calendar">
  [@evc.heading text=model.title block="events-calendar" /]
  <nav class="events-calendar__nav" aria-label="${i18n['events.components.event-calendar.nav']}">
    [@evc.monthLink link=model.previous! direction="previous" /]
    [@evc.monthLink link=model.next! direction="next" /]
  </nav>
  <div class="events-calendar__scroll" role="region" tabindex="0" aria-label="${model.caption}">
    <table class="events-calendar__grid">
      <caption class="events-calendar__caption">${model.caption}</caption>
      <thead>
        <tr>
          [#list model.weekdays as weekday]
          <th class="events-calendar__weekday" scope="col"><span aria-hidden="true">${weekday.abbreviation}</span><span class="events-visually-hidden">${weekday.name}</span></th>
          [/#list]
        </tr>
      </thead>
      <tbody>
        [#list model.weeks as week]
        <tr>[#list week as day][@evc.calendarDay day=day /][/#list]</tr>
        [/#list]
      </tbody>
    </table>
  </div>
</section>
