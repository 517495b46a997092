// The page's one live connection to the hub, kept for as long as the page is open. SignalR's own reconnect gives up
// after ~42 s and then the page goes stale without a word, so this retries forever instead: exponential backoff with
// jitter (so a restarted server is not hit by every open page at once), at most 30 s apart, and at once when the
// browser comes back online or the tab is shown again. While the connection is gone the reader is told in #live-status
// (a polite live region; its words come from the server in the reader's language), and once it is back every page
// that asked (window.community.onRestored) re-joins its groups and fetches what it missed.
"use strict";

(function liveConnection() {
  const community = (window.community = window.community || {});
  const notice = document.getElementById("live-status");
  const longestWait = 30000;
  // Past this, "reconnecting" becomes "offline" with a reload button (retries go on underneath).
  const offlineAfter = 30000;
  const whenRestored = [];
  let connection = null;
  let state = "connecting"; // "connected" | "reconnecting" | "offline"
  let failures = 0;
  let retryTimer = 0;
  let offlineTimer = 0;
  let leaving = false;
  let firstStart = null;

  function show(next) {
    state = next;
    if (!notice) return;
    if (next === "reconnecting") {
      notice.replaceChildren(notice.dataset.reconnecting);
    } else if (next === "offline") {
      const reload = Object.assign(document.createElement("button"), {
        type: "button",
        className: "btn btn-sm btn-light ms-2",
        textContent: notice.dataset.reload,
      });
      reload.addEventListener("click", () => location.reload());
      notice.replaceChildren(notice.dataset.offline, reload);
    } else {
      notice.replaceChildren();
    }
  }

  function lost() {
    if (leaving || state === "reconnecting" || state === "offline") return;
    show(navigator.onLine === false ? "offline" : "reconnecting");
    clearTimeout(offlineTimer);
    offlineTimer = setTimeout(() => state === "reconnecting" && show("offline"), offlineAfter);
  }

  // Full jitter over the upper half: 0.5–1 s, 1–2 s, 2–4 s … then 15–30 s for as long as it takes.
  function retryLater() {
    clearTimeout(retryTimer);
    const ceiling = Math.min(longestWait, 1000 * 2 ** failures);
    failures += 1;
    retryTimer = setTimeout(attempt, ceiling / 2 + (Math.random() * ceiling) / 2);
  }

  async function attempt() {
    retryTimer = 0;
    if (leaving || connection.state !== signalR.HubConnectionState.Disconnected) return;
    try {
      await connection.start();
    } catch {
      lost();
      if (!leaving) retryLater();
      return;
    }
    const wasLost = state === "reconnecting" || state === "offline";
    failures = 0;
    clearTimeout(offlineTimer);
    show("connected");
    if (firstStart) {
      // The pages waiting on connect() set themselves up now; there is nothing to catch up on yet.
      firstStart(connection);
      firstStart = null;
    } else if (wasLost) {
      whenRestored.forEach((restore) => Promise.resolve().then(restore).catch(() => {}));
    }
  }

  function retryNow() {
    if (connection && state !== "connected" && state !== "connecting") {
      clearTimeout(retryTimer);
      attempt();
    }
  }

  function build() {
    // Hub writes (votes) need the page's antiforgery token, as forms do; a WebSocket cannot carry a header, so it
    // travels in the query ("csrf", Realtime/HubAntiforgery.TokenQuery). Any form's token will do: a page has one.
    const token = document.querySelector("input[name=__RequestVerificationToken]")?.value;
    const hub = document.body.dataset.hub;
    const built = new signalR.HubConnectionBuilder().withUrl(token ? `${hub}?csrf=${encodeURIComponent(token)}` : hub).build();
    built.onclose(() => {
      if (leaving) return;
      lost();
      retryLater();
    });
    return built;
  }

  // One promise for every caller, resolved once the connection first starts (however many tries that takes).
  community.connect = function connect() {
    community.ready ??= new Promise((resolve) => {
      firstStart = resolve;
      connection = build();
      attempt();
    });
    return community.ready;
  };

  // Called after every return of a lost connection (not after the first start): re-join groups, refetch regions.
  community.onRestored = (restore) => whenRestored.push(restore);

  window.addEventListener("online", retryNow);
  window.addEventListener("offline", () => state === "reconnecting" && show("offline"));
  document.addEventListener("visibilitychange", () => document.visibilityState === "visible" && retryNow());
  // Leaving the page closes the connection on purpose: no notice, no retry. Back from the back-forward cache, go on.
  window.addEventListener("pagehide", () => (leaving = true));
  window.addEventListener("pageshow", (event) => {
    if (!event.persisted) return;
    leaving = false;
    if (connection?.state === signalR.HubConnectionState.Disconnected) {
      lost();
      retryNow();
    }
  });
})();
