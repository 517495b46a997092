// Member cards: pointing at or tabbing to a member's name (a[data-user-card]) shows who they are — level, reputation,
// where they help, badges — fetched once per member per page from /users/{id}/card. As WCAG 1.4.13 asks, the card stays
// while the pointer is on the name or on the card, Escape dismisses it, and it never takes focus.
(() => {
  const cards = new Map();
  let card = null, current = null, showTimer = 0, hideTimer = 0;

  const element = () => {
    if (card) return card;
    card = document.createElement("div");
    card.className = "user-card";
    card.id = "user-card";
    card.setAttribute("role", "tooltip");
    card.hidden = true;
    card.addEventListener("mouseenter", () => clearTimeout(hideTimer));
    card.addEventListener("mouseleave", hideSoon);
    document.body.appendChild(card);
    return card;
  };

  const fragment = (id) => {
    if (!cards.has(id)) cards.set(id, fetch(`/users/${encodeURIComponent(id)}/card`, { headers: { Accept: "text/html" } })
      .then((r) => (r.ok ? r.text() : "")).catch(() => ""));
    return cards.get(id);
  };

  async function show(link) {
    // A hide still pending from the pointer leaving would close the card the keyboard just opened.
    clearTimeout(hideTimer);
    current = link;
    const html = await fragment(link.dataset.userCard);
    if (current !== link || !html) return;
    const box = element();
    box.innerHTML = html; // our own page fragment, encoded by Razor
    box.hidden = false;
    link.setAttribute("aria-describedby", box.id);
    // Under the name, kept inside the window.
    const at = link.getBoundingClientRect();
    const width = box.offsetWidth;
    const left = Math.max(8, Math.min(at.left, document.documentElement.clientWidth - width - 8));
    box.style.left = `${left + window.scrollX}px`;
    box.style.top = `${at.bottom + window.scrollY + 6}px`;
  }

  function hide() {
    clearTimeout(showTimer);
    if (card) card.hidden = true;
    if (current) current.removeAttribute("aria-describedby");
    current = null;
  }

  function hideSoon() {
    clearTimeout(hideTimer);
    hideTimer = setTimeout(hide, 200);
  }

  const nameIn = (event) => event.target instanceof Element ? event.target.closest("a[data-user-card]") : null;

  document.addEventListener("mouseover", (event) => {
    const link = nameIn(event);
    if (!link) return;
    clearTimeout(hideTimer);
    clearTimeout(showTimer);
    showTimer = setTimeout(() => show(link), 300);
  });
  document.addEventListener("mouseout", (event) => {
    if (!nameIn(event)) return;
    clearTimeout(showTimer);
    hideSoon();
  });
  document.addEventListener("focusin", (event) => {
    const link = nameIn(event);
    if (link) show(link);
  });
  document.addEventListener("focusout", (event) => {
    if (nameIn(event)) hide();
  });
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && card && !card.hidden) hide();
  });
})();
