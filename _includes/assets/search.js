// The search page's one script of our own: reads the list of shard bundles the build wrote
// (the page cannot name them: it renders before the index exists), starts Pagefind's UI over
// all of them in place of the no-JavaScript text, shows dates as the site does ("2 June 2031"),
// and runs a search given in the address (/search/?q=word), so that searches can be linked to.
(function () {
  "use strict";
  var root = document.getElementById("search");
  var listPath = root && root.getAttribute("data-bundles");
  if (!root || !listPath || typeof window.PagefindUI !== "function" || typeof window.fetch !== "function") return;
  var months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
  var baseUrl = root.getAttribute("data-base-url") || "/";
  var excerptLength = 30;
  // The index keeps the ISO date in the site's zone; its date part is the day readers see.
  function displayDate(iso) {
    var match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso || "");
    return match ? Number(match[3]) + " " + months[Number(match[2]) - 1] + " " + match[1] : iso;
  }
  function start(bundles) {
    root.textContent = "";
    var ui = new window.PagefindUI({
      element: "#search",
      baseUrl: baseUrl,
      bundlePath: bundles[0],
      // Each shard's results, scores and filter counts are merged with the first one's.
      mergeIndex: bundles.slice(1).map(function (bundle) {
        return { bundlePath: bundle, baseUrl: baseUrl, excerptLength: excerptLength };
      }),
      showImages: false,
      showSubResults: false,
      pageSize: 10,
      excerptLength: excerptLength,
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
  }
  var listUrl = new URL(listPath, window.location.href);
  // Revalidated each time: an incremental build may have added or dropped a shard since.
  window.fetch(listUrl.href, { cache: "no-cache" })
    .then(function (response) {
      if (!response.ok) throw new Error("search: " + listUrl.pathname + " answered " + response.status);
      return response.json();
    })
    .then(function (list) {
      var bundles = (list && Array.isArray(list.bundles) ? list.bundles : []).map(function (bundle) {
        return new URL(bundle, listUrl).pathname;
      });
      // No articles indexed: the text on how to browse stays, as without JavaScript.
      if (bundles.length) start(bundles);
    })
    .catch(function (error) {
      // The text on how to browse stays; the console says why, for whoever looks after the site.
      console.warn(error);
    });
})();
