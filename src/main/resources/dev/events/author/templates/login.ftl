[#import "layout.ftl" as layout]
[@layout.page title="Log in"]
<section class="author-login">
  <h1 class="author-login__title">Log in</h1>
  [#if error?has_content]<p class="author__alert" role="alert" id="login-error">${error}</p>[/#if]
  <form class="author-login__form" method="post" action="/author/login">
    <input type="hidden" name="_csrf" value="${csrf}">
    <input type="hidden" name="next" value="${next}">
    <label class="author__label" for="username">User name</label>
    <input class="author__input" id="username" name="username" value="${username}" autocomplete="username"
           required autofocus[#if error?has_content] aria-describedby="login-error"[/#if]>
    <label class="author__label" for="password">Password</label>
    <input class="author__input" id="password" name="password" type="password" autocomplete="current-password" required>
    <button class="author__button" type="submit">Log in</button>
  </form>
</section>
[/@layout.page]
