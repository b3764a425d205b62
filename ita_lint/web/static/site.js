// The page works without this script (a plain form; the language link reloads the page). With it:
// the language switch keeps the results on screen, files can be dropped on the form, the chosen
// files are listed, and the print button prints.
"use strict";

function showLanguage(lang) {
  for (const view of document.querySelectorAll("[data-view]")) {
    view.hidden = view.dataset.view !== lang;
  }
  document.documentElement.lang = lang;
  history.replaceState(null, "", "?lang=" + lang);
  const shown = document.querySelector('[data-view="' + lang + '"]');
  (shown.querySelector(".results h2") || shown.querySelector("h1")).focus({ preventScroll: false });
}

function listChosen(form, input) {
  const list = form.querySelector(".chosen");
  list.replaceChildren(
    ...Array.from(input.files, (file) => {
      const item = document.createElement("li");
      item.textContent = file.name;
      return item;
    }),
  );
}

document.addEventListener("DOMContentLoaded", () => {
  // after a check, keyboard and screen-reader users start at the results
  const results = document.querySelector(".view:not([hidden]) .results h2");
  if (results) results.focus();
  for (const link of document.querySelectorAll("[data-switch]")) {
    link.addEventListener("click", (event) => {
      event.preventDefault();
      showLanguage(link.dataset.switch);
    });
  }
  for (const button of document.querySelectorAll("[data-print]")) {
    button.addEventListener("click", () => window.print());
  }
  for (const form of document.querySelectorAll("form.upload")) {
    const input = form.querySelector('input[type="file"]');
    input.addEventListener("change", () => listChosen(form, input));
    form.addEventListener("dragover", (event) => {
      event.preventDefault();
      form.classList.add("dragging");
    });
    form.addEventListener("dragleave", () => form.classList.remove("dragging"));
    form.addEventListener("drop", (event) => {
      event.preventDefault();
      form.classList.remove("dragging");
      input.files = event.dataTransfer.files;
      listChosen(form, input);
    });
  }
});
