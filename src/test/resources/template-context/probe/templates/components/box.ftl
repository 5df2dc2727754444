<span class="box">${content.text}</span>
