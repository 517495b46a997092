// Live question page: new answers and comments appear, scores and the accepted mark change,
// and "N people viewing" updates — for every open browser, without reload.
"use strict";

(function questionLive() {
  const page = document.querySelector("[data-live-question]");
  if (!page) return;
  const questionId = Number(page.dataset.liveQuestion);
  const base = `/questions/${questionId}`;

  async function fragment(handler, query) {
    const response = await fetch(`${base}?handler=${handler}&${query}`, { headers: { Accept: "text/html" } });
    if (!response.ok) return null;
    const template = document.createElement("template");
    template.innerHTML = (await response.text()).trim();
    return template.content.firstElementChild;
  }

  function setScore(kind, postId, score) {
    document.querySelectorAll(`[data-score-for="${kind}-${postId}"]`).forEach((el) => (el.textContent = score));
  }

  function setMyVote(kind, postId, myVote) {
    const box = document.querySelector(`[data-vote-box="${kind}-${postId}"]`);
    if (!box) return;
    box.querySelectorAll("button[data-direction]").forEach((button) => {
      const pressed = (button.dataset.direction === "up" && myVote > 0) || (button.dataset.direction === "down" && myVote < 0);
      button.setAttribute("aria-pressed", pressed ? "true" : "false");
    });
  }

  function setAccepted(answerId) {
    document.querySelectorAll("article.answer").forEach((article) => {
      const accepted = Number(article.dataset.answerId) === answerId;
      article.classList.toggle("accepted", accepted);
      article.querySelector(".accepted-label").hidden = !accepted;
      const button = article.querySelector(".btn-accept");
      if (button) {
        button.classList.toggle("is-accepted", accepted);
        button.setAttribute("aria-pressed", accepted ? "true" : "false");
        button.setAttribute("aria-label", accepted ? button.dataset.unacceptLabel : button.dataset.acceptLabel);
      } else {
        article.querySelector(".accepted-mark").hidden = !accepted;
      }
    });
  }

  function updateAnswerCount() {
    const heading = document.querySelector("[data-answer-count]");
    const count = document.querySelectorAll("#answers > article.answer").length;
    heading.dataset.answerCount = count;
    heading.textContent = window.community.countText(heading, count);
  }

  // Back after a lost connection: what was announced meanwhile never arrived, so one fresh copy of the page brings
  // new answers and comments in and changed answers and scores up to date. An answer the reader is writing a comment
  // under is left as it is; answers deleted meanwhile stay until the next change or reload (removing by absence
  // could drop one that arrived live while the copy was on its way).
  async function catchUp() {
    const fresh = await window.community.freshPage();
    const freshAnswers = fresh?.getElementById("answers");
    if (!freshAnswers) return;
    const answers = document.getElementById("answers");
    freshAnswers.querySelectorAll(":scope > article.answer").forEach((card) => {
      const shown = document.getElementById(card.id);
      if (!shown) answers.append(document.importNode(card, true));
      else if (!window.community.isBusy(shown)) shown.replaceWith(document.importNode(card, true));
    });
    fresh.querySelectorAll("[data-comments-for] > li.comment[id]").forEach((item) => {
      if (document.getElementById(item.id)) return;
      document.querySelector(`[data-comments-for="${item.parentElement.dataset.commentsFor}"]`)?.append(document.importNode(item, true));
    });
    fresh.querySelectorAll("[data-score-for]").forEach((score) => {
      const [kind, postId] = score.dataset.scoreFor.split("-");
      setScore(kind, postId, score.textContent.trim());
    });
    updateAnswerCount();
  }

  window.community.connect().then(async (connection) => {
    connection.on("ViewerCountChanged", (id, count) => {
      if (id !== questionId) return;
      const viewers = document.querySelector("[data-viewers]");
      viewers.textContent = window.community.countText(viewers, count);
      viewers.hidden = false;
    });
    connection.on("ScoreChanged", (id, kind, postId, score) => id === questionId && setScore(kind, postId, score));
    connection.on("AnswerAccepted", (id, answerId) => id === questionId && setAccepted(answerId));
    connection.on("AnswerPosted", async (id, answerId) => {
      if (id !== questionId || document.getElementById(`answer-${answerId}`)) return;
      const card = await fragment("Answer", `answerId=${answerId}`);
      if (card && !document.getElementById(`answer-${answerId}`)) {
        document.getElementById("answers").append(card);
        updateAnswerCount();
        window.community.announce(page.dataset.answerArrived);
      }
    });
    connection.on("CommentPosted", async (id, commentId) => {
      if (id !== questionId || document.getElementById(`comment-${commentId}`)) return;
      const item = await fragment("Comment", `commentId=${commentId}`);
      if (!item || document.getElementById(`comment-${commentId}`)) return;
      const key = item.dataset.thread;
      const thread = document.querySelector(`[data-comments-for="${key}"]`);
      if (!thread) return;
      thread.append(item);
      window.community.announce(page.dataset.commentArrived);
    });
    connection.on("PostChanged", async (id, kind, postId) => {
      if (id !== questionId) return;
      if (kind === "question") {
        // A held or hidden question changes status: show the new status at once (the waiting notice clears on approval).
        const region = document.querySelector("[data-status-region]");
        if (region?.children.length) {
          const response = await fetch(location.href, { headers: { Accept: "text/html" } });
          const fresh = response.ok && new DOMParser().parseFromString(await response.text(), "text/html").querySelector("[data-status-region]");
          if (fresh) region.replaceWith(fresh);
          return;
        }
        document.querySelector("[data-edited-notice]").hidden = false;
        return;
      }
      const existing = document.getElementById(`answer-${postId}`);
      const card = await fragment("Answer", `answerId=${postId}`);
      if (existing && card) existing.replaceWith(card);
      else if (existing && !card) existing.remove();
      updateAnswerCount();
    });

    // Votes go through the hub: the same Core rule as the form post, without a reload.
    document.addEventListener("click", async (event) => {
      const button = event.target.closest(".vote-form button[data-direction]");
      if (!button) return;
      event.preventDefault();
      const form = button.closest("form");
      try {
        // The request names the vote wanted afterwards, so a repeated click can never count twice.
        const desired = button.getAttribute("aria-pressed") === "true" ? "none" : button.dataset.direction;
        const result = await connection.invoke("Vote", form.dataset.kind, Number(form.dataset.postId), desired);
        setScore(form.dataset.kind, form.dataset.postId, result.score);
        setMyVote(form.dataset.kind, form.dataset.postId, result.myVote);
      } catch (error) {
        // The refusal is shown next to the vote that was clicked, not in a blocking alert.
        const message = String(error.message || error).replace(/^.*HubException: /, "");
        const box = form.closest("[data-vote-box]");
        let note = box.querySelector(".vote-refusal");
        if (!note) {
          note = Object.assign(document.createElement("div"), { className: "vote-refusal small text-danger mt-1" });
          note.setAttribute("role", "alert");
          box.append(note);
        }
        note.textContent = message;
      }
    });

    const join = () => connection.invoke("JoinQuestion", questionId);
    await join();
    window.community.onRestored(() => join().then(catchUp));
    page.dataset.liveReady = "true";
  });
})();
