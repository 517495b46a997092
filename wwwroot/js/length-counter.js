// Long text fields (a post's body) show how much room is left. The browser stops a field at its maxlength without a
// word, so a long paste used to lose its end silently; now the limit is in view, and reaching it is said out loud.
(function lengthCounters() {
  const template = document.body.dataset.characterCount;
  const reachedText = document.body.dataset.characterLimit;
  if (!template) return;
  const format = new Intl.NumberFormat(document.documentElement.lang || undefined);

  document.querySelectorAll("textarea[maxlength]").forEach((field) => {
    const max = Number(field.getAttribute("maxlength"));
    if (!(max >= 1000)) return;
    const counter = document.createElement("div");
    counter.className = "form-text text-end length-counter";
    counter.id = `${field.id || field.name}-length`;
    const reached = document.createElement("div");
    reached.className = "form-text text-danger";
    reached.setAttribute("role", "alert");
    field.after(counter, reached);
    field.setAttribute("aria-describedby", `${field.getAttribute("aria-describedby") || ""} ${counter.id}`.trim());

    function update() {
      const length = field.value.length;
      counter.textContent = template.replace("{0}", format.format(length)).replace("{1}", format.format(max));
      counter.classList.toggle("text-danger", length >= max);
      reached.textContent = length >= max ? reachedText : "";
    }
    field.addEventListener("input", update);
    update();
  });
})();
