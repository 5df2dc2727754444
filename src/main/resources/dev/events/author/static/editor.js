// The event editor: TinyMCE on rich-text fields. The form works without it (plain textareas); the server
// sanitizes whatever arrives.
document.addEventListener('DOMContentLoaded', function () {
  if (window.tinymce) {
    window.tinymce.init({
      selector: 'textarea[data-richtext]',
      license_key: 'gpl',
      base_url: '/author/static/tinymce',
      suffix: '.min',
      promotion: false,
      branding: false,
      menubar: false,
      plugins: 'lists link autolink',
      toolbar: 'undo redo | blocks | bold italic | bullist numlist | link | removeformat',
      block_formats: 'Paragraph=p; Heading=h3; Subheading=h4',
      link_default_target: '',
      height: 280
    });
  }
  var summary = document.getElementById('error-summary');
  if (summary) {
    summary.focus();
  }
});

// Uploads with a progress bar: the form posts through XMLHttpRequest and the answer replaces the page.
document.addEventListener('submit', function (event) {
  var form = event.target;
  if (!form.hasAttribute('data-progress') || !window.XMLHttpRequest) {
    return;
  }
  event.preventDefault();
  var progress = form.querySelector('progress');
  var request = new XMLHttpRequest();
  request.open('POST', form.action);
  request.upload.addEventListener('progress', function (e) {
    if (progress && e.lengthComputable) {
      progress.hidden = false;
      progress.value = Math.round(100 * e.loaded / e.total);
    }
  });
  request.addEventListener('load', function () {
    document.open();
    document.write(request.responseText);
    document.close();
  });
  request.send(new FormData(form));
});
