/*
 * The side menu on a phone: folded behind the header's menu button, which opens and closes it and
 * says so to assistive technology (aria-expanded). Wider screens show the menu and hide the button.
 */
document.addEventListener('DOMContentLoaded', function () {
  var button = document.getElementById('menu-toggle');
  if (!button) {
    return;
  }
  button.addEventListener('click', function () {
    var open = button.getAttribute('aria-expanded') !== 'true';
    button.setAttribute('aria-expanded', String(open));
    document.body.classList.toggle('irt-menu-open', open);
  });
});
