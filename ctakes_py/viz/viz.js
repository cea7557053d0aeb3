/* ctakes-py visualizer: relation arcs and coreference chain highlighting.
   The page is complete without this script; it only adds the interactive parts. */
function ctakesViz(root) {
  "use strict";
  var SVG = "http://www.w3.org/2000/svg";
  var doc = root.querySelector(".ctv-doc");
  var svg = root.querySelector(".ctv-arcs");
  var data = JSON.parse(root.querySelector("script.ctv-data").textContent);

  function first(id) { return doc.querySelector('[data-id="' + id + '"]'); }
  function all(id) { return doc.querySelectorAll('[data-id="' + id + '"]'); }

  function drawArcs() {
    while (svg.firstChild) { svg.removeChild(svg.firstChild); }
    var box = doc.getBoundingClientRect();
    svg.setAttribute("width", box.width);
    svg.setAttribute("height", box.height);
    var defs = document.createElementNS(SVG, "defs");
    var marker = document.createElementNS(SVG, "marker");
    marker.setAttribute("id", root.id + "-arrow");
    marker.setAttribute("viewBox", "0 0 6 6");
    marker.setAttribute("refX", "5"); marker.setAttribute("refY", "3");
    marker.setAttribute("markerWidth", "6"); marker.setAttribute("markerHeight", "6");
    marker.setAttribute("orient", "auto");
    var tip = document.createElementNS(SVG, "path");
    tip.setAttribute("d", "M0,0 L6,3 L0,6 z");
    tip.setAttribute("style", "fill:#555;stroke:none");
    marker.appendChild(tip); defs.appendChild(marker); svg.appendChild(defs);
    var drawn = 0;
    data.arcs.forEach(function (arc) {
      var a = first(arc.source), b = first(arc.target);
      if (!a || !b) { return; }
      var ra = a.getBoundingClientRect(), rb = b.getBoundingClientRect();
      var x1 = ra.left + ra.width / 2 - box.left, y1 = ra.top - box.top;
      var x2 = rb.left + rb.width / 2 - box.left, y2 = rb.top - box.top;
      var lift = Math.min(26, 10 + Math.abs(x2 - x1) / 12);
      var top = Math.min(y1, y2) - lift;
      var path = document.createElementNS(SVG, "path");
      path.setAttribute("class", "arc");
      path.setAttribute("d", "M" + x1 + "," + y1 + " C" + x1 + "," + top + " " + x2 + "," + top + " " + x2 + "," + y2);
      path.setAttribute("marker-end", "url(#" + root.id + "-arrow)");
      svg.appendChild(path);
      var label = document.createElementNS(SVG, "text");
      label.setAttribute("x", (x1 + x2) / 2);
      label.setAttribute("y", top + 6);
      label.setAttribute("text-anchor", "middle");
      label.textContent = arc.label;
      svg.appendChild(label);
      drawn += 1;
    });
    root.setAttribute("data-arcs", String(drawn));
  }

  function toggleChain(chain) {
    var on = !root.querySelector('.chain-on[data-chain-of="' + chain + '"]');
    root.querySelectorAll(".chain-on").forEach(function (el) {
      el.classList.remove("chain-on"); el.removeAttribute("data-chain-of");
    });
    if (!on) { root.removeAttribute("data-active-chain"); return; }
    data.chains.forEach(function (c) {
      if (String(c.id) !== String(chain)) { return; }
      c.members.forEach(function (id) {
        all(id).forEach(function (el) { el.classList.add("chain-on"); el.setAttribute("data-chain-of", chain); });
      });
    });
    var item = root.querySelector('.chain-list li[data-chain="' + chain + '"]');
    if (item) { item.classList.add("chain-on"); item.setAttribute("data-chain-of", chain); }
    root.setAttribute("data-active-chain", String(chain));
  }

  root.addEventListener("click", function (event) {
    var el = event.target.closest("[data-chains], .chain-list li[data-chain]");
    if (!el || !root.contains(el)) { return; }
    var chain = el.getAttribute("data-chain") || el.getAttribute("data-chains").split(" ")[0];
    toggleChain(chain);
  });
  root.querySelectorAll("tr[data-source]").forEach(function (row) {
    row.addEventListener("mouseenter", function () {
      [row.getAttribute("data-source"), row.getAttribute("data-target")].forEach(function (id) {
        all(id).forEach(function (el) { el.classList.add("arc-on"); });
      });
    });
    row.addEventListener("mouseleave", function () {
      root.querySelectorAll(".arc-on").forEach(function (el) { el.classList.remove("arc-on"); });
    });
  });
  drawArcs();
  window.addEventListener("resize", drawArcs);
  root.setAttribute("data-ready", "1");
}
