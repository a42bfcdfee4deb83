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
