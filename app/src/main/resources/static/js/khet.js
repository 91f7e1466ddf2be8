// Sends the CSRF token with every htmx request; the token is in the page's meta tags.
document.addEventListener("htmx:configRequest", function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});
// Asks before a destructive form is sent.
document.addEventListener("submit", function (event) {
  var message = event.target.getAttribute("data-confirm");
  if (message && !window.confirm(message)) {
    event.preventDefault();
  }
});
// A filter form marked data-autosubmit sends itself when one of its choices changes.
document.addEventListener("change", function (event) {
  var form = event.target.form;
  if (form && form.hasAttribute("data-autosubmit")) {
    form.requestSubmit();
  }
});
// A button marked data-print prints the page (the first-sign-in slips).
document.addEventListener("click", function (event) {
  if (event.target.closest("[data-print]")) {
    window.print();
  }
});
// A search box marked data-filter="#list" hides the list's entries (data-filter-text) that do not contain what is typed.
document.addEventListener("input", function (event) {
  var target = event.target.getAttribute && event.target.getAttribute("data-filter");
  if (!target) {
    return;
  }
  var words = event.target.value.trim().toLowerCase();
  document.querySelectorAll(target + " [data-filter-text]").forEach(function (entry) {
    entry.hidden = words !== "" && entry.getAttribute("data-filter-text").toLowerCase().indexOf(words) < 0;
  });
});
// A person ticked among the search results of the letter form moves to the chosen ones, so a new search keeps them.
document.addEventListener("change", function (event) {
  if (event.target.matches && event.target.matches("[data-person-choice]") && event.target.checked) {
    var chosen = document.getElementById("people-chosen");
    if (chosen) {
      chosen.appendChild(event.target.closest(".form-check"));
    }
  }
});
// Enter in a search box marked data-no-submit searches; it does not send the form around it (a letter).
document.addEventListener("keydown", function (event) {
  if (event.key === "Enter" && event.target.hasAttribute && event.target.hasAttribute("data-no-submit")) {
    event.preventDefault();
  }
});
