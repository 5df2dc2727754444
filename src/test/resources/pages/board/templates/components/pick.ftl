[#ftl output_format="HTML"]
[#assign pick = cmsfn.decode(content)]
<p class="pick" data-event="${pick.event!""}" data-count="${(pick.count!0)?c}" data-mode="${pick.mode!""}">${pick.label!"Pick"}</p>
