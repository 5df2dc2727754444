[#import "layout.ftl" as layout]
[@layout.page title="Error " + status user=user csrf=csrf]
<h1 class="author__title">Error ${status}</h1>
<p class="author__alert" role="alert">${message}</p>
<p><a href="/author/events">Back to the events</a></p>
[/@layout.page]
