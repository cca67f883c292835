# SPDX-License-Identifier: BSD-3-Clause
"""A self-contained interactive SVG flame graph from folded stacks, for
support/lantern-prof (Python standard library only).

One rectangle per frame of the merged call tree, the root ("all") at the
bottom, each as wide as its share of the samples. The script inside the
file (no external files, no network) zooms on a click (the frame fills
the width, its ancestors stay, the rest is hidden; "Reset zoom" or a
click on "all" undoes it), highlights the frames whose name matches a
search (a regular expression; "Search" asks for it) and shows what the
pointer is over: name, samples and percentage, also as the frame's
tooltip (<title>).
"""
from xml.sax.saxutils import escape

WIDTH = 1200
FRAME_H = 17
PAD_TOP = 48
PAD_BOTTOM = 32
SIDE = 10
FONT = 12
CHAR_W = 7.0  # about the width of a character of FONT px Verdana


class Node:
    def __init__(self, name):
        self.name, self.count, self.children = name, 0, {}


def tree(stacks):
    root = Node("all")
    for key, n in stacks.items():
        root.count += n
        node = root
        for f in key:
            node = node.children.setdefault(f, Node(f))
            node.count += n
    return root


def color(name):
    """Warm colours, stable per name (FlameGraph's palette idea)."""
    h = 0
    for c in name.encode():
        h = (h * 31 + c) & 0xffffffff
    return f"rgb({205 + h % 50},{(h >> 8) % 180 + 40},{(h >> 16) % 55})"


def label(name, width):
    fit = int((width - 6) / CHAR_W)
    if fit < 3:
        return ""
    return name if len(name) <= fit else name[:fit - 2] + ".."


SCRIPT = r"""
var W = %(width)d, SIDE = %(side)d, CHAR_W = %(char_w)s, TOTAL = %(total)d;
var frames = document.getElementsByClassName("f");
var details = document.getElementById("details");
var matched = document.getElementById("matched");
function attr(e, n) { return parseFloat(e.getAttribute(n)); }
function fit(g, w) {
  var t = g.getElementsByTagName("text")[0], name = g.getAttribute("data-name");
  var n = Math.floor((w - 6) / CHAR_W);
  t.textContent = n < 3 ? "" : (name.length <= n ? name : name.substring(0, n - 2) + "..");
}
function place(g, x, w) {
  var r = g.getElementsByTagName("rect")[0], t = g.getElementsByTagName("text")[0];
  r.setAttribute("x", x); r.setAttribute("width", Math.max(w, 0));
  t.setAttribute("x", x + 3); fit(g, w);
}
function zoom(target) {
  var x0 = attr(target, "data-x"), n0 = attr(target, "data-n"), d0 = attr(target, "data-d");
  var scale = (W - 2 * SIDE) / n0;
  for (var i = 0; i < frames.length; i++) {
    var g = frames[i], x = attr(g, "data-x"), n = attr(g, "data-n"), d = attr(g, "data-d");
    if (d < d0 && x <= x0 && x + n >= x0 + n0) {
      g.style.display = ""; g.style.opacity = "0.6"; place(g, SIDE, W - 2 * SIDE);
    } else if (d >= d0 && x >= x0 && x + n <= x0 + n0) {
      g.style.display = ""; g.style.opacity = ""; place(g, SIDE + (x - x0) * scale, n * scale);
    } else {
      g.style.display = "none";
    }
  }
  document.getElementById("unzoom").style.opacity = d0 > 0 ? "1" : "0.3";
}
function show(g) {
  var n = attr(g, "data-n");
  details.textContent = g.getAttribute("data-name") + " (" + n + " samples, " +
    (100 * n / TOTAL).toFixed(2) + "%%)";
}
function search() {
  var re = prompt("Search for (regular expression):", "");
  if (re === null) return;
  var rx, total = 0, covered = [];
  try { rx = new RegExp(re); } catch (e) { matched.textContent = "bad expression"; return; }
  for (var i = 0; i < frames.length; i++) {
    var g = frames[i], r = g.getElementsByTagName("rect")[0];
    var hit = re !== "" && rx.test(g.getAttribute("data-name"));
    r.setAttribute("fill", hit ? "rgb(230,0,230)" : r.getAttribute("data-fill"));
    if (hit) {
      var x = attr(g, "data-x"), n = attr(g, "data-n"), inside = false;
      for (var j = 0; j < covered.length; j++)
        if (x >= covered[j][0] && x + n <= covered[j][1]) inside = true;
      if (!inside) { covered.push([x, x + n]); total += n; }
    }
  }
  matched.textContent = re === "" ? "" : "Matched: " + (100 * total / TOTAL).toFixed(2) + "%%";
}
for (var i = 0; i < frames.length; i++) {
  frames[i].addEventListener("click", function (e) { zoom(this); });
  frames[i].addEventListener("mouseover", function (e) { show(this); });
  frames[i].addEventListener("mouseout", function (e) { details.textContent = " "; });
}
document.getElementById("unzoom").addEventListener("click", function () { zoom(frames[0]); });
document.getElementById("search").addEventListener("click", search);
"""


def render(stacks, title):
    """The SVG document (a string) for @stacks ({tuple of frames: count})."""
    root = tree(stacks)
    total = root.count

    def depth(node):
        return 1 + max((depth(c) for c in node.children.values()), default=0)

    levels = depth(root)
    height = PAD_TOP + levels * FRAME_H + PAD_BOTTOM
    scale = (WIDTH - 2 * SIDE) / total
    out = []

    def emit(node, x, d):
        y = height - PAD_BOTTOM - (d + 1) * FRAME_H
        w = node.count * scale
        fill = color(node.name) if d else "rgb(200,200,200)"
        pct = 100.0 * node.count / total
        name = escape(node.name, {'"': "&quot;"})
        out.append(
            f'<g class="f" data-name="{name}" data-x="{x}" data-n="{node.count}" data-d="{d}">'
            f"<title>{escape(node.name)} ({node.count} samples, {pct:.2f}%)</title>"
            f'<rect x="{SIDE + x * scale:.2f}" y="{y}" width="{w:.2f}" height="{FRAME_H - 1}" '
            f'fill="{fill}" data-fill="{fill}" rx="2" ry="2"/>'
            f'<text x="{SIDE + x * scale + 3:.2f}" y="{y + FRAME_H - 5}">'
            f"{escape(label(node.name, w))}</text></g>")
        for child in sorted(node.children.values(), key=lambda c: c.name):
            emit(child, x, d + 1)
            x += child.count

    emit(root, 0, 0)
    script = SCRIPT % {"width": WIDTH, "side": SIDE, "char_w": CHAR_W, "total": total}
    return "\n".join([
        '<?xml version="1.0" standalone="no"?>',
        f'<svg version="1.1" width="{WIDTH}" height="{height}" viewBox="0 0 {WIDTH} {height}" '
        'xmlns="http://www.w3.org/2000/svg">',
        "<style>text { font-family: Verdana, sans-serif; font-size: %dpx; fill: #000; } "
        ".f { cursor: pointer; } .f:hover rect { stroke: #000; stroke-width: 0.5; } "
        "#title { font-size: 16px; } .button { cursor: pointer; fill: #06c; }</style>" % FONT,
        f'<rect x="0" y="0" width="{WIDTH}" height="{height}" fill="rgb(248,248,240)"/>',
        f'<text id="title" x="{WIDTH / 2}" y="24" text-anchor="middle">{escape(title)}</text>',
        f'<text id="unzoom" class="button" x="{SIDE}" y="24" style="opacity:0.3">Reset zoom</text>',
        f'<text id="search" class="button" x="{WIDTH - SIDE}" y="24" text-anchor="end">Search</text>',
        f'<text id="matched" x="{WIDTH - SIDE}" y="{height - 10}" text-anchor="end"> </text>',
        f'<text id="details" x="{SIDE}" y="{height - 10}"> </text>',
        *out,
        f"<script><![CDATA[{script}]]></script>",
        "</svg>",
        "",
    ])
