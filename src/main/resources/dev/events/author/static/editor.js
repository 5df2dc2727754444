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
