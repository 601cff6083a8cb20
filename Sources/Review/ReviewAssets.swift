/// The review page's script and style sheet, served by the binary at `/static/review.js` and
/// `/static/review.css` (no CDN, no build step). The script reads only data attributes and
/// builds nothing from document text, so nothing of a document can become markup.
enum ReviewAssets {
    static let script = #"""
    "use strict";
    // Boxes: data-bbox is [x0, y0, x1, y1] in PDF points (top-left origin); the page's size in
    // points is on its .page, so a box is placed as a share of the page and scales with it.
    function place(box) {
      const page = box.closest(".page");
      const w = parseFloat(page.dataset.width), h = parseFloat(page.dataset.height);
      const b = box.dataset.bbox.split(",").map(parseFloat);
      box.style.left = (100 * b[0] / w) + "%";
      box.style.top = (100 * b[1] / h) + "%";
      box.style.width = (100 * (b[2] - b[0]) / w) + "%";
      box.style.height = (100 * (b[3] - b[1]) / h) + "%";
    }

    function marksOf(id) {
      return Array.from(document.querySelectorAll(".box[data-entry], mark[data-entries]"))
        .filter(m => (m.dataset.entry || "") === id || (m.dataset.entries || "").split(" ").includes(id));
    }

    function select(id, scrollPanel) {
      document.querySelectorAll(".selected").forEach(e => e.classList.remove("selected"));
      const entry = document.getElementById(id);
      if (!entry) return;
      entry.classList.add("selected");
      const marks = marksOf(id);
      marks.forEach(m => m.classList.add("selected"));
      if (marks.length > 0) {
        marks[0].scrollIntoView({ block: "center" });
      } else if (entry.dataset.page) {
        const page = document.getElementById("page-" + entry.dataset.page);
        if (page) page.scrollIntoView({ block: "start" });
      }
      if (scrollPanel) entry.scrollIntoView({ block: "nearest" });
      history.replaceState(null, "", "#" + id);
    }

    // Drawing a box for a value: drag on a page; the box (in points) goes into the form.
    let drawing = null;
    function startDrawing(form) {
      drawing = { form: form };
      document.body.classList.add("drawing");
    }
    function pointsOf(page, event) {
      const r = page.getBoundingClientRect();
      const w = parseFloat(page.dataset.width), h = parseFloat(page.dataset.height);
      return [(event.clientX - r.left) * w / r.width, (event.clientY - r.top) * h / r.height];
    }

    document.addEventListener("DOMContentLoaded", () => {
      document.querySelectorAll(".page .box").forEach(place);
      document.querySelectorAll("li.entry").forEach(entry => {
        entry.addEventListener("click", event => {
          if (event.target.closest("form")) return;
          select(entry.id, false);
        });
      });
      document.querySelectorAll(".box[data-entry], mark[data-entries]").forEach(mark => {
        mark.addEventListener("click", event => {
          event.preventDefault();
          if (drawing) return;
          const id = mark.dataset.entry || mark.dataset.entries.split(" ")[0];
          select(id, true);
        });
      });
      document.querySelectorAll("button.draw").forEach(button => {
        button.addEventListener("click", () => startDrawing(button.closest("form")));
      });
      document.querySelectorAll(".page").forEach(page => {
        page.addEventListener("mousedown", event => {
          if (!drawing) return;
          event.preventDefault();
          drawing.page = page;
          drawing.start = pointsOf(page, event);
          const box = document.createElement("div");
          box.className = "box drawn";
          box.dataset.bbox = drawing.start.concat(drawing.start).join(",");
          page.appendChild(box);
          drawing.box = box;
        });
        page.addEventListener("mousemove", event => {
          if (!drawing || !drawing.box || drawing.page !== page) return;
          const p = pointsOf(page, event), s = drawing.start;
          drawing.bbox = [Math.min(s[0], p[0]), Math.min(s[1], p[1]), Math.max(s[0], p[0]), Math.max(s[1], p[1])];
          drawing.box.dataset.bbox = drawing.bbox.join(",");
          place(drawing.box);
        });
        page.addEventListener("mouseup", () => {
          if (!drawing || !drawing.box) return;
          const form = drawing.form;
          form.elements["page"].value = page.dataset.page;
          form.elements["bbox"].value = (drawing.bbox || []).map(v => v.toFixed(2)).join(",");
          form.classList.add("has-box");
          drawing = null;
          document.body.classList.remove("drawing");
        });
      });
      if (location.hash.length > 1) select(decodeURIComponent(location.hash.slice(1)), true);
    });
    """#

    static let style = #"""
    body { margin: 0; font: 14px/1.45 system-ui, "Noto Sans CJK SC", sans-serif; color: #222; }
    header { padding: 8px 16px; background: #f4f4f4; border-bottom: 1px solid #ddd; }
    header h1 { display: inline; font-size: 18px; margin: 0 12px; }
    .meta { color: #666; }
    body.list table { border-collapse: collapse; margin: 16px; }
    body.list th, body.list td { border-bottom: 1px solid #e4e4e4; padding: 4px 10px; text-align: left; vertical-align: top; }
    body.list td.num { text-align: right; font-variant-numeric: tabular-nums; }
    a.sorted { font-weight: bold; }
    .filters { margin: 12px 16px; display: flex; gap: 12px; flex-wrap: wrap; align-items: end; }
    .count { margin: 0 16px; color: #666; }
    tr.status-attention td.status { color: #b45000; font-weight: bold; }
    tr.status-reviewed td.status { color: #217a2b; }
    body.doc main { display: flex; height: calc(100vh - 42px); }
    #document { flex: 1; overflow: auto; background: #888; padding: 12px; }
    #panel { width: 440px; overflow: auto; padding: 8px 12px; border-left: 1px solid #ccc; }
    .page { position: relative; margin: 0 auto 12px; max-width: 900px; background: #fff; box-shadow: 0 1px 4px #0006; }
    .page img { display: block; width: 100%; height: auto; user-select: none; -webkit-user-drag: none; }
    .box { position: absolute; border: 2px solid rgba(30, 100, 230, 0.75); background: rgba(30, 100, 230, 0.08); box-sizing: border-box; }
    .box.reviewed-confirmed { border-color: rgba(30, 150, 60, 0.85); }
    .box.reviewed-corrected, .box.reviewed-missing { border-color: rgba(160, 60, 200, 0.85); }
    .box.drawn { border-style: dashed; border-color: rgba(160, 60, 200, 0.9); }
    .box.selected { border: 3px solid #f06000; background: rgba(255, 140, 0, 0.28); z-index: 2; }
    body.drawing .page { cursor: crosshair; }
    #text { white-space: pre-wrap; background: #fff; padding: 16px; max-width: 900px; margin: 0 auto; font: 15px/1.6 "Noto Sans CJK SC", sans-serif; }
    mark.span { background: rgba(30, 100, 230, 0.15); border-bottom: 2px solid rgba(30, 100, 230, 0.6); color: inherit; cursor: pointer; }
    mark.span.selected { background: rgba(255, 140, 0, 0.45); border-bottom-color: #f06000; }
    #panel h2 { font-size: 16px; margin: 14px 0 4px; }
    #panel h3 { font-size: 13px; margin: 10px 0 2px; color: #555; }
    ul.entries, ul.diagnostics { list-style: none; margin: 0; padding: 0; }
    li.entry { padding: 4px 6px; border-radius: 4px; cursor: pointer; border-left: 3px solid transparent; }
    li.entry.empty .value { color: #999; }
    li.entry.attention { border-left-color: #e08000; }
    li.entry.selected { background: #fff0d8; outline: 2px solid #f06000; }
    li.entry .label { color: #555; }
    li.entry .value { font-weight: 600; word-break: break-all; }
    .extracted { color: #8a2be2; text-decoration: line-through; }
    .review { color: #217a2b; font-size: 12px; }
    .ocr { font-size: 12px; color: #666; }
    .ocr.low { color: #c00; font-weight: bold; }
    .diagnostic { font-size: 12px; color: #a04000; }
    .review-form { display: none; margin-top: 4px; gap: 4px; flex-wrap: wrap; }
    li.entry.selected .review-form { display: flex; }
    .review-form input[name=corrected] { flex: 1 1 100%; }
    .review-form.has-box button.draw { background: #e6d4f5; }
    ul.diagnostics li { font-size: 12px; margin: 3px 0; }
    ul.diagnostics li.error { color: #c00; }
    """#
}
