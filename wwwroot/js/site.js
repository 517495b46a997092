// Site-wide behaviour. No inline scripts anywhere: the CSP allows only files from this origin.
"use strict";

// A double-click posts once: the first submit disables the form's buttons (the server also
// de-duplicates by the form's SubmissionId).
document.addEventListener("submit", (event) => {
  const form = event.target;
  if (form.matches(".confirm-form") && !window.confirm(form.dataset.confirm)) {
    event.preventDefault();
    return;
  }
  if (form.matches(".guarded-form")) {
    if (form.dataset.submitted === "true") {
      event.preventDefault();
      return;
    }
    form.dataset.submitted = "true";
    // Disable after the submitter's value is captured for this submission.
    setTimeout(() => form.querySelectorAll("button[type=submit]").forEach((b) => (b.disabled = true)), 0);
  }
});

window.community = window.community || {};

// A count learnt live, worded like the server words it: data-template-one for exactly one ("1 answer").
window.community.countText = (element, count) =>
  (count === 1 && element.dataset.templateOne ? element.dataset.templateOne : element.dataset.template).replace("{0}", count);

// Says something to screen readers without moving focus (the polite live region in the layout). Emptied first, so the
// same words said twice are read twice.
window.community.announce = (text) => {
  const region = document.getElementById("live-announcer");
  if (!region || !text) return;
  region.textContent = "";
  window.requestAnimationFrame(() => (region.textContent = text));
};

// The shared live connection (window.community.connect, onRestored) is live-connection.js.

// A region the reader is typing in is left alone by live refreshes (and refreshed with the next change).
window.community.isBusy = (region) => {
  if (region.contains(document.activeElement) && document.activeElement.matches("input, textarea, select")) return true;
  return [...region.querySelectorAll("textarea, input[type=text], input[type=url], input[type=number]")].some((field) => field.value !== field.defaultValue);
};

// This page as the server renders it for this reader now (for live refreshes), or null.
window.community.freshPage = async () => {
  const response = await fetch(location.href, { headers: { Accept: "text/html" }, credentials: "same-origin" });
  return response.ok ? new DOMParser().parseFromString(await response.text(), "text/html") : null;
};

// Similar questions while the title is typed (self-service before asking).
(function similarQuestions() {
  const input = document.querySelector("[data-similar-url]");
  if (!input) return;
  const target = document.querySelector(input.dataset.similarTarget);
  let timer = 0;
  let lastTitle = "";
  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(async () => {
      const title = input.value.trim();
      if (title === lastTitle) return;
      lastTitle = title;
      if (title.length < 3) {
        target.replaceChildren();
        return;
      }
      const response = await fetch(input.dataset.similarUrl + encodeURIComponent(title), { headers: { Accept: "text/html" } });
      if (response.ok && title === lastTitle) target.innerHTML = await response.text();
    }, 250);
  });
})();

// "N new questions — show" on the question list.
(function newQuestionsBar() {
  const bar = document.querySelector("[data-live-list]");
  if (!bar) return;
  const link = bar.querySelector("a");
  const announced = new Set();
  const questionIds = (root) =>
    [...root.querySelectorAll(".question-list a[href^='/questions/']")].map((a) => Number(/^\/questions\/(\d+)\//.exec(a.getAttribute("href"))?.[1] ?? 0));
  const listed = new Set(questionIds(document));
  function announce(id) {
    if (listed.has(id) || announced.has(id)) return;
    announced.add(id);
    link.textContent = window.community.countText(link, announced.size);
    bar.hidden = false;
  }
  // After a lost connection: questions asked meanwhile are the newest ones, newer than any this page lists.
  async function catchUp() {
    const response = await fetch("/questions?sort=newest", { headers: { Accept: "text/html" } });
    if (!response.ok) return;
    const newestListed = Math.max(0, ...listed);
    questionIds(new DOMParser().parseFromString(await response.text(), "text/html")).filter((id) => id > newestListed).forEach(announce);
  }
  window.community.connect().then(async (connection) => {
    connection.on("QuestionAsked", announce);
    await connection.invoke("JoinQuestionList");
    window.community.onRestored(() => connection.invoke("JoinQuestionList").then(catchUp));
    document.body.dataset.liveReady = "true";
  });
})();

// Markdown preview: the server renders and sanitises exactly as it will when the post is saved.
(function markdownPreview() {
  document.querySelectorAll("textarea[data-preview]").forEach((textarea) => {
    const form = textarea.closest("form");
    const button = document.createElement("button");
    button.type = "button";
    button.className = "btn btn-sm btn-outline-secondary mt-1";
    button.textContent = textarea.dataset.preview;
    const output = document.createElement("div");
    output.className = "post-body preview border rounded p-2 mt-2";
    output.hidden = true;
    output.setAttribute("aria-live", "polite");
    textarea.after(button, output);
    button.addEventListener("click", async () => {
      const body = new FormData();
      body.append("markdown", textarea.value);
      const token = form.querySelector("input[name=__RequestVerificationToken]")?.value ?? "";
      const response = await fetch("/markdown/preview", { method: "POST", body, headers: { "X-CSRF-TOKEN": token } });
      const html = await response.text();
      if (response.ok && html) output.innerHTML = html; // sanitised by the server, as stored posts are
      else output.textContent = response.ok ? textarea.dataset.previewEmpty : html;
      output.hidden = false;
    });
  });
})();

// Reputation and level-ups arrive live: names everywhere show the new reputation, and the member
// whose reputation moved gets a toast.
(function reputationLive() {
  const me = document.body.dataset.memberId;
  const hasReputationOnPage = document.querySelector("[data-rep-for]");
  if (!me && !hasReputationOnPage) return;
  const toasts = document.getElementById("toasts");

  // The bell's description for screen readers ("3 unread"), empty when nothing is unread.
  function describeUnread(unread) {
    const description = document.getElementById("inbox-unread");
    if (description) description.textContent = unread > 0 ? window.community.countText(description, unread) : "";
  }

  function toast(text) {
    const item = document.createElement("div");
    item.className = "toast show align-items-center text-bg-dark border-0 mb-2";
    item.setAttribute("role", "status");
    const body = document.createElement("div");
    body.className = "toast-body";
    body.textContent = text;
    item.append(body);
    toasts.append(item);
    setTimeout(() => item.remove(), 6000);
  }

  window.community.connect().then((connection) => {
    connection.on("ReputationChanged", (memberId, reputation, delta) => {
      document.querySelectorAll(`[data-rep-for="${memberId}"]`).forEach((el) => (el.textContent = reputation));
      if (String(memberId) === me && delta !== 0) {
        toast(toasts.dataset.repTemplate.replace("{0}", (delta > 0 ? "+" : "") + delta));
      }
    });
    connection.on("LevelReached", (level, name, koreanName) => {
      const localName = document.documentElement.lang === "ko" && koreanName ? koreanName : name;
      toast(toasts.dataset.levelTemplate.replace("{0}", level).replace("{1}", localName));
    });
    connection.on("BadgeAwarded", (badgeKey) => {
      const names = JSON.parse(toasts.dataset.badgeNames || "{}");
      toast(toasts.dataset.badgeTemplate.replace("{0}", names[badgeKey] || badgeKey));
    });
    connection.on("InboxChanged", (unread) => {
      const count = document.querySelector("[data-inbox-count]");
      if (!count) return;
      count.textContent = unread;
      count.hidden = unread === 0;
      describeUnread(unread);
    });
    document.body.dataset.reputationLive = "true";
    // Changes made while the connection was down never arrive as events: read the numbers afresh from this page.
    window.community.onRestored(async () => {
      const response = await fetch(location.href, { credentials: "same-origin" });
      if (!response.ok) return;
      const fresh = new DOMParser().parseFromString(await response.text(), "text/html");
      document.querySelectorAll("[data-rep-for]").forEach((el) => {
        const now = fresh.querySelector(`[data-rep-for="${CSS.escape(el.dataset.repFor)}"]`);
        if (now) el.textContent = now.textContent;
      });
      const count = document.querySelector("[data-inbox-count]");
      const freshCount = fresh.querySelector("[data-inbox-count]");
      if (count && freshCount) {
        count.textContent = freshCount.textContent;
        count.hidden = freshCount.hidden;
        describeUnread(freshCount.hidden ? 0 : Number(freshCount.textContent));
      }
    });
  });
})();

// Moderators: queue counts in the navigation, refreshed live whenever a flag or a waiting post changes.
(function moderatorQueues() {
  if (!document.querySelector("[data-moderator-queues]")) return;
  async function refresh() {
    const response = await fetch("/moderation/counts", { headers: { Accept: "application/json" } });
    if (!response.ok) return;
    const counts = await response.json();
    document.querySelectorAll("[data-queue-count]").forEach((badge) => {
      const count = counts[badge.dataset.queueCount] ?? 0;
      badge.textContent = count;
      badge.hidden = count === 0;
    });
    document.body.dataset.queueVersion = String(Number(document.body.dataset.queueVersion || 0) + 1);
  }
  refresh();
  window.community.connect().then(async (connection) => {
    connection.on("Changed", (group) => group === "moderators" && refresh());
    await connection.invoke("JoinModerators");
    window.community.onRestored(() => connection.invoke("JoinModerators").then(refresh));
    document.body.dataset.queuesLive = "true";
  });
})();

// Images pasted or dropped into a Markdown editor are uploaded (the server re-encodes them) and inserted
// as Markdown image links at the cursor.
(function imageUploads() {
  document.querySelectorAll("textarea[data-upload-url]").forEach((textarea) => {
    const form = textarea.closest("form");
    const status = document.createElement("div");
    status.className = "form-text upload-status";
    status.setAttribute("aria-live", "polite");
    textarea.after(status);

    async function upload(file) {
      if (!file || !file.type.startsWith("image/")) return;
      const body = new FormData();
      body.append("image", file);
      const token = form?.querySelector("input[name=__RequestVerificationToken]")?.value ?? "";
      status.textContent = textarea.dataset.uploading;
      const response = await fetch(textarea.dataset.uploadUrl, { method: "POST", body, headers: { "X-CSRF-TOKEN": token } });
      const result = await response.json().catch(() => ({}));
      if (!response.ok) {
        status.textContent = result.error || textarea.dataset.uploadFailed;
        return;
      }
      const markdown = `![${textarea.dataset.imageAlt}](${result.url})`;
      const at = textarea.selectionStart ?? textarea.value.length;
      textarea.value = textarea.value.slice(0, at) + markdown + textarea.value.slice(at);
      textarea.dispatchEvent(new Event("input", { bubbles: true }));
      status.textContent = "";
    }

    textarea.addEventListener("paste", (event) => {
      const file = [...(event.clipboardData?.files ?? [])].find((f) => f.type.startsWith("image/"));
      if (file) {
        event.preventDefault();
        upload(file);
      }
    });
    textarea.addEventListener("dragover", (event) => event.preventDefault());
    textarea.addEventListener("drop", (event) => {
      const file = [...(event.dataTransfer?.files ?? [])].find((f) => f.type.startsWith("image/"));
      if (file) {
        event.preventDefault();
        upload(file);
      }
    });
  });
})();

// Question pickers (merge, duplicate of): titles matching what is typed fill the field's list; the server reads the "(#id)".
(function questionPickers() {
  for (const input of document.querySelectorAll("[data-question-picker]")) {
    const list = document.getElementById(input.getAttribute("list"));
    let timer = 0;
    input.addEventListener("input", () => {
      clearTimeout(timer);
      const query = input.value.trim();
      if (query.length < 2 || /\(#\d+\)$/.test(query)) return;
      timer = setTimeout(async () => {
        const response = await fetch(input.dataset.questionPicker + encodeURIComponent(query), { headers: { Accept: "application/json" } });
        if (!response.ok || input.value.trim() !== query) return;
        list.replaceChildren(...(await response.json()).map((pick) => Object.assign(document.createElement("option"), { value: pick.value })));
      }, 200);
    });
  }
})();

// After a refused submit the server puts an error summary above the form (ErrorSummaryTagHelper): focus goes there, so
// a screen reader reads what went wrong at once and a keyboard user starts from it. Its links put focus in their field
// (a fragment link alone only scrolls), and a field described by a message that is not on the page loses that reference.
(function errorSummary() {
  const summary = document.querySelector("[data-error-summary]");
  if (!summary) return;
  summary.querySelectorAll("a[data-error-field]").forEach((link) => {
    const field = document.getElementById(link.hash.slice(1)) || document.getElementsByName(link.dataset.errorField)[0];
    if (!field) {
      link.replaceWith(...link.childNodes);
      return;
    }
    link.addEventListener("click", (event) => {
      event.preventDefault();
      field.focus();
    });
  });
  document.querySelectorAll("[aria-invalid=true][aria-describedby]").forEach((field) => {
    const ids = field.getAttribute("aria-describedby").split(/\s+/).filter((id) => document.getElementById(id));
    if (ids.length) field.setAttribute("aria-describedby", ids.join(" "));
    else field.removeAttribute("aria-describedby");
  });
  summary.focus();
})();
