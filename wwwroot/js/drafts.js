// Nothing a member typed is lost: every form with a text area keeps a draft in this browser (localStorage) as it
// is typed, restores it into an empty field after a refusal, a 429, a crash or a closed tab, and forgets it once
// the form was accepted. The server marks refusals (data-keep-drafts on the body: invalid input or a 4xx status).
"use strict";

(function drafts() {
  const prefix = "community.draft:";
  const pendingKey = "community.draft-pending";
  const body = document.body;
  const storage = (() => {
    try {
      return window.localStorage;
    } catch {
      return null;
    }
  })();
  if (!storage) return;

  // The action and the form's own hidden ids, so the comment forms under different answers keep separate drafts.
  const formKey = (form) => {
    const action = new URL(form.action, location.href);
    const ids = [...form.querySelectorAll("input[type=hidden][name]")]
      .filter((input) => !/RequestVerificationToken|SubmissionId|returnUrl/i.test(input.name))
      .map((input) => `${input.name}=${input.value}`);
    return prefix + action.pathname + action.search + "|" + ids.join("&");
  };
  const fieldsOf = (form) =>
    [...form.querySelectorAll("textarea[name], input[type=text][name]")].filter((field) => !field.readOnly && !field.disabled);
  const read = (key) => {
    try {
      return JSON.parse(storage.getItem(key) ?? "null");
    } catch {
      return null;
    }
  };

  const forms = [...document.querySelectorAll("form[method=post]")].filter((form) => form.querySelector("textarea[name]"));

  // Settle the last submission: this page answers it; unless it is a refusal, the draft was accepted.
  const pending = read(pendingKey);
  if (pending && body.dataset.keepDrafts !== "true") storage.removeItem(pending);
  storage.removeItem(pendingKey);

  for (const form of forms) {
    const key = formKey(form);
    const saved = read(key) ?? {};
    let restored = false;
    for (const field of fieldsOf(form)) {
      if (saved[field.name] && !field.value.trim()) {
        field.value = saved[field.name];
        restored = true;
      }
    }
    if (restored && body.dataset.draftRestored) {
      const note = document.createElement("div");
      note.className = "form-text draft-note";
      note.setAttribute("role", "status");
      note.textContent = body.dataset.draftRestored + " ";
      const discard = document.createElement("button");
      discard.type = "button";
      discard.className = "btn btn-link btn-sm p-0 align-baseline";
      discard.textContent = body.dataset.draftDiscard;
      discard.addEventListener("click", () => {
        storage.removeItem(key);
        fieldsOf(form).forEach((field) => {
          if (saved[field.name] === field.value) field.value = "";
        });
        note.remove();
      });
      note.append(discard);
      form.prepend(note);
    }
    let timer = 0;
    form.addEventListener("input", () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        const values = Object.fromEntries(fieldsOf(form).filter((f) => f.value.trim()).map((f) => [f.name, f.value]));
        if (Object.keys(values).length) storage.setItem(key, JSON.stringify(values));
        else storage.removeItem(key);
      }, 300);
    });
    form.addEventListener("submit", () => {
      const values = Object.fromEntries(fieldsOf(form).filter((f) => f.value.trim()).map((f) => [f.name, f.value]));
      if (Object.keys(values).length) storage.setItem(key, JSON.stringify(values));
      storage.setItem(pendingKey, JSON.stringify(key));
    });
  }
})();
