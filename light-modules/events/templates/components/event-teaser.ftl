[#ftl output_format="HTML"]
[#-- Event teaser: the chosen event, or the next events of a category; nothing (or the configured text) when
     none is published --]
[#import "/events/templates/macros/components.ftl" as evc]
[#assign model = eventfn.teaser(cmsfn.decode(content))]
[#if model.shown]
<section class="events-featured">
  [@evc.heading text=model.title block="events-featured" /]
  [#if model.items?has_content]
  [@evc.cards events=model.items block="events-featured" /]
  [#else]
  <p class="events-featured__empty">${model.emptyText}</p>
  [/#if]
</section>
[#elseif cmsfn.isEditMode()]
<p class="events-featured__placeholder">${i18n['events.components.event-teaser.hidden']}</p>
[/#if]
