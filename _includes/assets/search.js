// The search page's one script of our own: starts Pagefind's UI in place of the no-JavaScript
// text, and runs a search given in the address (/search/?q=word), so that searches can be linked.
(function () {
  "use strict";
  var root = document.getElementById("search");
  if (!root || typeof window.PagefindUI !== "function") return;
  root.textContent = "";
  var ui = new window.PagefindUI({
    element: "#search",
    baseUrl: root.getAttribute("data-base-url") || "/",
    showImages: false,
    showSubResults: false,
    pageSize: 10,
    excerptLength: 30,
    openFilters: ["person", "organisation"],
    translations: { placeholder: "Search the news", search_label: "Search the news" }
  });
  var query = new URLSearchParams(window.location.search).get("q");
  if (query) ui.triggerSearch(query);
})();
