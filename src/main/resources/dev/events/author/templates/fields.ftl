[#-- One macro per editor field type; inputs are named after the stored properties (title, title_fr, startDate) --]

[#macro field f]
[#local id = "f-" + f.name]
[#local textual = !["checkBoxField", "comboBoxField", "dateField", "jcrMultiValueField", "jcrMultiField", "damLinkField"]?seq_contains(f.type)]
<div class="author-field author-field--${f.type}[#if textual && f.i18n && f.type != "richTextField"] author-field--i18n[/#if][#if errors[f.name]??] author-field--invalid[/#if]">
  [#switch f.type]
    [#case "checkBoxField"][@checkbox f id /][#break]
    [#case "comboBoxField"][@select f id /][#break]
    [#case "dateField"][@date f id /][#break]
    [#case "jcrMultiValueField"][@multiValue f id /][#break]
    [#case "jcrMultiField"][@multiField f id /][#break]
    [#case "damLinkField"][@label f id /][@asset f.name id values[f.name]!"" /][#break]
    [#default][@text f id f.name "" /][#if f.i18n][@text f id + "_fr" f.name + "_fr" " (français)" /][/#if]
  [/#switch]
  [#if f.description?has_content]<p class="author-field__help" id="${id}-help">${f.description}</p>[/#if]
  [#if !textual][@error f.name id /][/#if]
</div>
[/#macro]

[#macro label f id suffix=""]
<label class="author__label" for="${id}">${f.label}${suffix}[#if f.required && !suffix?has_content] <span class="author-field__required" aria-hidden="true">*</span>[/#if]</label>
[/#macro]

[#macro error name id]
[#if errors[name]??]<p class="author-field__error" id="${id}-error">${errors[name]}</p>[/#if]
[/#macro]

[#macro described name id f][#if errors[name]??] aria-invalid="true" aria-describedby="${id}-error"[#elseif f.description?has_content] aria-describedby="${id}-help"[/#if][/#macro]

[#macro text f id name suffix]
<div class="author-field__lang">
[@label f id suffix /]
[#local value = values[name]!""]
[#if f.readOnly]
<p class="author-field__value" id="${id}">${value}</p>
[#elseif f.type == "richTextField"]
<textarea class="author__input author__input--rich" id="${id}" name="${name}" rows="10" data-richtext[#if suffix?has_content] lang="fr"[/#if][@described name id f /]>${value}</textarea>
[#elseif f.rows > 1]
<textarea class="author__input" id="${id}" name="${name}" rows="${f.rows}"[#if f.maxLength > 0] maxlength="${f.maxLength?c}"[/#if][#if suffix?has_content] lang="fr"[/#if][#if f.required && !suffix?has_content] required[/#if][@described name id f /]>${value}</textarea>
[#else]
<input class="author__input" id="${id}" name="${name}" value="${value}"[#if f.maxLength > 0] maxlength="${f.maxLength?c}"[/#if][#if suffix?has_content] lang="fr"[/#if][#if f.required && !suffix?has_content] required[/#if][@described name id f /]>
[/#if]
[@error name id /]
</div>
[/#macro]

[#macro checkbox f id]
<span class="author__label">${f.label}</span>
<label class="author-field__check"><input type="checkbox" id="${id}" name="${f.name}" value="true"[#if (values[f.name]!"") == "true"] checked[/#if][@described f.name id f /]> ${f.buttonLabel!f.label}</label>
[/#macro]

[#macro select f id]
[@label f id /]
[#local value = values[f.name]!""]
<select class="author__input" id="${id}" name="${f.name}"[#if f.required] required[/#if][@described f.name id f /]>
  <option value="">— choose —</option>
  [#list f.options as o]<option value="${o.value}"[#if o.value == value] selected[/#if]>${o.label}</option>[/#list]
</select>
[/#macro]

[#macro date f id]
[@label f id /]
[#local day = values[f.name]!""]
[#local time = values[f.name + ".time"]!""]
[#if f.readOnly]
<p class="author-field__value" id="${id}">[#if day?has_content]${day} ${time}[#else]Not yet[/#if]</p>
[#else]
<span class="author-field__date">
  <input class="author__input" type="date" id="${id}" name="${f.name}" value="${day}"[#if f.required] required[/#if][@described f.name id f /]>
  [#if f.time]
  <label class="author-field__time-label" for="${id}-time">Time</label>
  <input class="author__input author__input--time" type="time" id="${id}-time" name="${f.name}.time" value="${time}">
  [/#if]
</span>
[/#if]
[/#macro]

[#macro multiValue f id]
<fieldset class="author-field__group">
  <legend class="author__label">${f.label}</legend>
  [#local items = (values[f.name]![]) + ["", ""]]
  [#list items as item]
  <input class="author__input" id="${id}-${item?index}" name="${f.name}" value="${item}" aria-label="${f.label} ${item?index + 1}">
  [/#list]
</fieldset>
[/#macro]

[#macro multiField f id]
<fieldset class="author-field__group">
  <legend class="author__label">${f.label}</legend>
  [#local stored = values[f.name]![]]
  [#list 0..stored?size as row]
  [#local cells = stored[row]!{}]
  <fieldset class="author-field__row">
    <legend class="author-field__row-legend">${f.label} ${row + 1}[#if row == stored?size] <span class="author-field__row-hint">(new)</span>[/#if]</legend>
    [#list f.children as cell]
      [#local name = f.name + "." + row + "." + cell.name]
      [#local cellId = id + "-" + row + "-" + cell.name]
      <div class="author-field__cell author-field__cell--${cell.name}">
      [#if cell.type == "damLinkField"]
        <label class="author__label" for="${cellId}">${cell.label}</label>
        [@asset name cellId cells[cell.name]!"" /]
      [#else]
        <label class="author__label" for="${cellId}">${cell.label}</label>
        <input class="author__input" id="${cellId}" name="${name}" value="${cells[cell.name]!""}"[@described name cellId cell /]>
      [/#if]
      [@error name cellId /]
      </div>
      [#if cell.i18n && cell.type != "damLinkField"]
      <div class="author-field__cell author-field__cell--${cell.name}_fr">
        <label class="author__label" for="${cellId}_fr">${cell.label} (français)</label>
        <input class="author__input" id="${cellId}_fr" name="${name}_fr" value="${cells[cell.name + "_fr"]!""}" lang="fr"[@described name + "_fr" cellId + "_fr" cell /]>
        [@error name + "_fr" cellId + "_fr" /]
      </div>
      [/#if]
    [/#list]
  </fieldset>
  [/#list]
</fieldset>
[/#macro]

[#macro asset name id key]
<input type="hidden" name="${name}" value="${key}">
[#if key?has_content]<p class="author-field__asset"><a href="/author/dam/${key}" target="_blank" rel="noopener">Current file<span class="author__hidden"> (opens in a new tab)</span></a>
  <label class="author-field__check"><input type="checkbox" name="${name}.remove" value="true"> Remove</label></p>[/#if]
<input class="author__input" type="file" id="${id}" name="${name}.upload" accept="image/png,image/jpeg,image/gif,image/webp,application/pdf"[#if errors[name]??] aria-invalid="true" aria-describedby="${id}-error"[/#if]>
[/#macro]
