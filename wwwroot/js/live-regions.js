// Live regions: a page that declares data-live-group joins that hub group; whenever the server says
// the group changed, the page fetches itself again and swaps every [data-live-region] (by id) for the
// fresh copy — markup rendered, authorised and localised by the server for this reader.
"use strict";

(function liveRegions() {
  const marker = document.querySelector("[data-live-group]");
  if (!marker) return;
  const group = marker.dataset.liveGroup;
  let refreshing = null;
  let again = false;

  async function refresh() {
    const fresh = await window.community.freshPage();
    if (!fresh) return;
    document.querySelectorAll("[data-live-region]").forEach((region) => {
      const replacement = region.id && fresh.getElementById(region.id);
      if (replacement && !window.community.isBusy(region)) region.replaceWith(document.importNode(replacement, true));
    });
    document.body.dataset.liveVersion = String(Number(document.body.dataset.liveVersion || 0) + 1);
  }

  // Changes arriving while a refresh runs are folded into one more refresh.
  function schedule() {
    if (refreshing) {
      again = true;
      return;
    }
    refreshing = refresh().finally(() => {
      refreshing = null;
      if (again) {
        again = false;
        schedule();
      }
    });
  }

  window.community.connect().then(async (connection) => {
    connection.on("Changed", (changed) => changed === group && schedule());
    const join = () => connection.invoke(marker.dataset.liveJoin, Number(marker.dataset.liveId));
    await join();
    // Back after a lost connection: whatever changed meanwhile was not announced to this page.
    window.community.onRestored(() => join().then(schedule));
    document.body.dataset.liveReady = "true";
  });
})();
