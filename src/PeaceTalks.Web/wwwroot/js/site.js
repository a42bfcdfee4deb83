// Keyboard reading of the timeline: j and k move to the next and previous event, as in mail readers.
// The page works without this script; it only adds the keys.
document.addEventListener("keydown", (event) => {
  if (event.ctrlKey || event.metaKey || event.altKey || /^(INPUT|TEXTAREA|SELECT)$/.test(document.activeElement?.tagName ?? "")) {
    return;
  }
  if (event.key !== "j" && event.key !== "k") {
    return;
  }
  const links = [...document.querySelectorAll("li.event h4 a")];
  if (links.length === 0) {
    return;
  }
  const current = links.indexOf(document.activeElement);
  const next = event.key === "j" ? Math.min(current + 1, links.length - 1) : Math.max(current - 1, 0);
  links[current < 0 ? 0 : next].focus();
  links[current < 0 ? 0 : next].closest("li.event").scrollIntoView({ block: "center" });
  event.preventDefault();
});

// The month index sticks to the top of the window and wraps onto more lines as the window narrows: the stylesheet
// keeps a heading the index jumps to below it by this height (scroll-margin-top in site.css).
const monthIndex = document.querySelector(".month-index");
if (monthIndex) {
  new ResizeObserver(() => {
    document.documentElement.style.setProperty("--month-index-height", `${monthIndex.offsetHeight}px`);
  }).observe(monthIndex);
}
