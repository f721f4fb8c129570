// The search page's one script of our own: reads the list of shard bundles the build wrote
// (the page cannot name them: it renders before the index exists), starts Pagefind's UI over
// all of them in place of the no-JavaScript text, shows dates as the site does ("2 June 2031"),
// runs a search given in the address (/search/?q=word), so that searches can be linked to,
// and keeps the filters short: collapsed, most frequent first (then by name, as a reader sorts,
// not by code point), the top 10 shown with a button for the rest.
(function () {
  "use strict";
  var root = document.getElementById("search");
  var listPath = root && root.getAttribute("data-bundles");
  if (!root || !listPath || typeof window.PagefindUI !== "function" || typeof window.fetch !== "function") return;
  var months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
  var baseUrl = root.getAttribute("data-base-url") || "/";
  var excerptLength = 30;
  var shownFilterValues = 10;
  var collator = new Intl.Collator(document.documentElement.lang || undefined, { sensitivity: "base", numeric: true });
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
      // Collapsed: a site names hundreds of people, who would push the results down.
      openFilters: [],
      translations: { placeholder: "Search the news", search_label: "Search the news" },
      processResult: function (result) {
        if (result.meta && result.meta.date) result.meta.date = displayDate(result.meta.date);
        return result;
      }
    });
    var query = new URLSearchParams(window.location.search).get("q");
    if (query) ui.triggerSearch(query);
    recountOnceFiltersLoad(ui, bundles[0]);
    // Pagefind's UI lists filter values in index order and redraws them on every search: each
    // redraw is sorted again. Rows are ordered with CSS `order` rather than moved, since the
    // UI updates them in place.
    var pending = false;
    function schedule() {
      if (pending) return;
      pending = true;
      window.requestAnimationFrame(function () {
        pending = false;
        tidyFilters();
      });
    }
    new MutationObserver(schedule).observe(root, { childList: true, subtree: true, characterData: true });
    root.addEventListener("change", schedule);
  }

  // A search counts filter values only from the filter lists Pagefind has loaded by then, and
  // the UI loads them beside the first search, not before it: on a slow line the first results
  // came with no counts (the UI then showed the whole index's) or with some shards' only, until
  // the reader searched again. Once the UI has drawn anything (so its Pagefind holds every
  // shard), this waits for all the lists, through the same module instance, and runs the
  // current search again, which now counts them all.
  function recountOnceFiltersLoad(ui, primaryBundle) {
    var moduleUrl = new URL(primaryBundle + "pagefind.js", window.location.href).href;
    var watcher = new MutationObserver(function () {
      if (!root.querySelector(".pagefind-ui__filter-panel, .pagefind-ui__result")) return;
      watcher.disconnect();
      import(moduleUrl)
        .then(function (pagefind) { return pagefind.filters(); })
        .then(function () {
          var input = root.querySelector(".pagefind-ui__search-input");
          if (input && input.value.trim()) ui.triggerFilters(selectedFilters());
        })
        .catch(function (error) { console.warn(error); });
    });
    watcher.observe(root, { childList: true, subtree: true });
  }

  // The ticked values, as triggerFilters takes them: { person: ["A", "B"] }.
  function selectedFilters() {
    var selected = {};
    Array.prototype.forEach.call(root.querySelectorAll(".pagefind-ui__filter-checkbox:checked"), function (box) {
      (selected[box.name] = selected[box.name] || []).push(box.value);
    });
    return selected;
  }

  function filterEntry(row) {
    var input = row.querySelector("input");
    var label = row.querySelector("label");
    var count = /\((\d+)\)\s*$/.exec(label ? label.textContent : "");
    return { row: row, name: input ? input.value : "", count: count ? Number(count[1]) : 0, checked: Boolean(input && input.checked) };
  }

  function tidyFilters() {
    Array.prototype.forEach.call(root.querySelectorAll(".pagefind-ui__filter-block"), function (block) {
      var group = block.querySelector(".pagefind-ui__filter-group");
      if (!group) return;
      var entries = Array.prototype.map.call(group.querySelectorAll(".pagefind-ui__filter-value"), filterEntry);
      entries.sort(function (a, b) {
        return b.count - a.count || collator.compare(a.name, b.name);
      });
      var expanded = block.getAttribute("data-expanded") === "true";
      entries.forEach(function (entry, i) {
        var order = String(i);
        if (entry.row.style.order !== order) entry.row.style.order = order;
        // A checked value stays in sight, wherever it ranks.
        var hide = !expanded && i >= shownFilterValues && !entry.checked;
        if (entry.row.hidden !== hide) entry.row.hidden = hide;
      });
      var button = block.querySelector(".filter-more");
      if (entries.length <= shownFilterValues) {
        if (button) button.remove();
        return;
      }
      if (!button) {
        button = document.createElement("button");
        button.type = "button";
        button.className = "filter-more";
        button.addEventListener("click", function () {
          block.setAttribute("data-expanded", block.getAttribute("data-expanded") === "true" ? "false" : "true");
          tidyFilters();
        });
        group.insertAdjacentElement("afterend", button);
      }
      var text = expanded ? "Show the top " + shownFilterValues : "Show all " + entries.length;
      if (button.textContent !== text) button.textContent = text;
      button.setAttribute("aria-expanded", String(expanded));
    });
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
