// The search page's one script of our own: starts Pagefind's UI in place of the no-JavaScript
// text, shows dates as the site does ("2 June 2031"), and runs a search given in the address
// (/search/?q=word), so that searches can be linked to.
(function () {
  "use strict";
  var root = document.getElementById("search");
  if (!root || typeof window.PagefindUI !== "function") return;
  var months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
  // The index keeps the ISO date in the site's zone; its date part is the day readers see.
  function displayDate(iso) {
    var match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso || "");
    return match ? Number(match[3]) + " " + months[Number(match[2]) - 1] + " " + match[1] : iso;
  }
  root.textContent = "";
  var ui = new window.PagefindUI({
    element: "#search",
    baseUrl: root.getAttribute("data-base-url") || "/",
    showImages: false,
    showSubResults: false,
    pageSize: 10,
    excerptLength: 30,
    // Open beside the results on a wide screen; on a phone they would push the results down.
    openFilters: window.matchMedia("(min-width: 40rem)").matches ? ["person", "organisation"] : [],
    translations: { placeholder: "Search the news", search_label: "Search the news" },
    processResult: function (result) {
      if (result.meta && result.meta.date) result.meta.date = displayDate(result.meta.date);
      return result;
    }
  });
  var query = new URLSearchParams(window.location.search).get("q");
  if (query) ui.triggerSearch(query);
})();
