// Light or dark pages. Loaded first in <head>, without defer, so the theme is set before the body is painted (no flash of
// the other theme). The member's stored choice comes from the server (<html data-theme-choice>); a visitor's choice is
// the community.theme cookie; with neither, the device's prefers-color-scheme decides and is followed as it changes.
"use strict";
(function theme() {
  const root = document.documentElement;
  const device = window.matchMedia("(prefers-color-scheme: dark)");
  const cookie = () => (document.cookie.match(/(?:^|;\s*)community\.theme=(light|dark)(?:;|$)/) || [])[1];
  const chosen = () => root.dataset.themeChoice || cookie();
  const current = () => chosen() || (device.matches ? "dark" : "light");

  function apply() {
    const theme = current();
    root.setAttribute("data-bs-theme", theme);
    document.querySelectorAll("[data-theme-toggle]").forEach((button) => button.setAttribute("aria-pressed", String(theme === "dark")));
  }

  apply();
  device.addEventListener("change", () => chosen() || apply());
  document.addEventListener("DOMContentLoaded", apply);

  // The header's toggle: switch at once, remember in this browser, and for a member on their account too.
  document.addEventListener("click", (event) => {
    const button = event.target.closest("[data-theme-toggle]");
    if (!button) return;
    const next = current() === "dark" ? "light" : "dark";
    const secure = location.protocol === "https:" ? "; Secure" : "";
    document.cookie = `community.theme=${next}; Path=/; Max-Age=31536000; SameSite=Lax${secure}`;
    root.dataset.themeChoice = next;
    apply();
    if (button.dataset.saveUrl) {
      const token = document.querySelector("input[name=__RequestVerificationToken]")?.value ?? "";
      const body = new URLSearchParams({ theme: next, __RequestVerificationToken: token });
      fetch(button.dataset.saveUrl, { method: "POST", body, headers: { "X-Requested-With": "fetch" }, credentials: "same-origin" })
        .then((response) => { if (response.ok) button.dataset.saved = next; });
    }
  });
})();
