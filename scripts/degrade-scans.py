#!/usr/bin/env python3
"""Degraded scans of text-layer corpus PDFs, for the scan benchmark (scripts/bench-scans.py).

Each document is rendered with pdftoppm and degraded three ways, deterministically (the random
generator is seeded from the document's name and the variant, so the same input gives the same
bytes):

  office  200 dpi colour JPEG (q75): ±1.5° skew, a red seal over each 甲方/乙方 line (found with
          `pdftotext -bbox`), yellowish paper tint, a shadow along the binding edge
  fax     150 dpi, 1-bit: ±1° skew, threshold, speckle (salt and pepper)
  phone   200 dpi colour JPEG q45: ±3° skew and a perspective warp, uneven light, blur

Each variant is written as an image-only PDF (Pillow's PDF writer, fixed dates) and its first
page also as a picture: OUT/<doc>-<variant>.pdf and OUT/<doc>-<variant>-p1.jpg (.png for fax).
The page pictures are kept in OUT/<doc>-<variant>/page-NN.(jpg|png) for the engine-alone runs.

Usage: .venv/bin/python scripts/degrade-scans.py [--out DIR] [DOC.pdf ...]
       (default documents: corpus/seed-000.pdf corpus/seed-001.pdf corpus/fadada-lease-sample.pdf)
Needs numpy and Pillow (requirements.txt) and poppler-utils (pdftoppm, pdftotext).
"""
import argparse
import time
import io
import math
import os
import re
import subprocess
import sys
import tempfile
import zlib

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

DEFAULT_DOCS = ["corpus/seed-000.pdf", "corpus/seed-001.pdf", "corpus/fadada-lease-sample.pdf"]
VARIANTS = {"office": 200, "fax": 150, "phone": 200}
FIXED_DATE = time.gmtime(1767225600)  # 2026-01-01, so the PDF bytes do not depend on the clock


def rng_for(doc, variant, page):
    return np.random.default_rng(zlib.crc32(f"{os.path.basename(doc)}|{variant}|{page}".encode()))


def render(pdf, dpi, gray, tmp):
    prefix = os.path.join(tmp, f"r{dpi}{'g' if gray else 'c'}")
    args = ["pdftoppm", "-r", str(dpi), "-png"] + (["-gray"] if gray else []) + [pdf, prefix]
    subprocess.run(args, check=True)
    files = sorted((f for f in os.listdir(tmp) if f.startswith(os.path.basename(prefix) + "-")),
                   key=lambda f: int(re.search(r"-(\d+)\.png$", f).group(1)))
    return [Image.open(os.path.join(tmp, f)).convert("L" if gray else "RGB") for f in files]


def party_lines(pdf):
    """Per page (1-based), boxes in points of words that start a party line (甲方：…, 乙方签字：)."""
    html = subprocess.run(["pdftotext", "-bbox", pdf, "-"], check=True, capture_output=True, text=True).stdout
    out, page = {}, 0
    for line in html.splitlines():
        if "<page " in line:
            page += 1
        m = re.search(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>', line)
        if m and re.match(r"(甲方|乙方)[^，。,；;]{0,8}[：:]", m.group(5)):  # 甲方：… / 乙方（盖章）：…
            out.setdefault(page, []).append(tuple(float(m.group(i)) for i in range(1, 5)))
    return out


def seal(size, rng):
    """A red round company seal (ring, star, arc of marks), RGBA, partly transparent."""
    s = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(s)
    red = (220, 30, 40, 150)
    w = max(3, size // 30)
    d.ellipse([w, w, size - w, size - w], outline=red, width=w)
    c, r = size / 2, size * 0.16
    star = [(c + (r if k % 2 == 0 else r * 0.4) * math.sin(math.pi * k / 5),
             c - (r if k % 2 == 0 else r * 0.4) * math.cos(math.pi * k / 5)) for k in range(10)]
    d.polygon(star, fill=red)
    for k in range(14):  # the company name around the rim, as blocks the size of characters
        a = math.pi * (0.8 + 1.4 * k / 13)
        x, y = c + size * 0.34 * math.cos(a), c + size * 0.34 * math.sin(a)
        h = size * 0.05
        d.rectangle([x - h, y - h, x + h, y + h], fill=(220, 30, 40, int(90 + 60 * rng.random())))
    return s


def rotate(im, degrees, fill):
    return im.rotate(degrees, resample=Image.BICUBIC, expand=False, fillcolor=fill)


def office(im, dpi, boxes, rng):
    im = im.copy()
    for (x0, y0, x1, y1) in boxes:
        size = int(dpi * 1.6)  # a 4 cm seal
        cx = int((x0 + 60 + rng.uniform(0, 80)) * dpi / 72)
        cy = int((y0 + y1) / 2 * dpi / 72 + rng.uniform(-20, 20))
        s = seal(size, rng)
        im.paste(s, (cx - size // 2, cy - size // 2), s)
    a = np.asarray(im).astype(np.float32)
    a *= np.array([0.99, 0.96, 0.88], dtype=np.float32)  # paper tint
    width = a.shape[1]
    shade = np.ones(width, dtype=np.float32)
    band = max(1, width // 14)
    shade[:band] = 0.55 + 0.45 * (np.arange(band) / band) ** 0.7  # binding-edge shadow
    a *= shade[None, :, None]
    a += rng.normal(0, 3, a.shape).astype(np.float32)
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "RGB")
    return rotate(im, rng.uniform(-1.5, 1.5), (226, 218, 196))


def fax(im, rng):
    im = rotate(im, rng.uniform(-1.0, 1.0), 255)
    a = np.asarray(im).astype(np.float32) + rng.normal(0, 18, (im.height, im.width))
    bw = a > 150
    speck = rng.random(bw.shape)
    bw[speck < 0.0015] = False  # black specks
    bw[speck > 0.9985] = True   # dropouts in the strokes
    return Image.fromarray((bw * 255).astype(np.uint8), "L").convert("1", dither=Image.NONE)


def phone(im, rng):
    im = rotate(im, rng.uniform(-3.0, 3.0), (200, 200, 195))
    w, h = im.size
    j = lambda: rng.uniform(-0.03, 0.03)
    quad = [(w * j(), h * j()), (w * j(), h * (1 + j())), (w * (1 + j()), h * (1 + j())), (w * (1 + j()), h * j())]
    im = im.transform((w, h), Image.QUAD, [c for p in quad for c in p], resample=Image.BICUBIC, fillcolor=(90, 85, 80))
    a = np.asarray(im).astype(np.float32)
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    lx, ly = rng.uniform(0.2, 0.8) * w, rng.uniform(0.1, 0.5) * h
    dist = np.sqrt((xx - lx) ** 2 + (yy - ly) ** 2) / math.hypot(w, h)
    light = 1.08 - 0.65 * dist  # a lamp to one side: bright there, dim in the far corner
    a *= light[:, :, None]
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "RGB").filter(ImageFilter.GaussianBlur(1.3))
    return im


def jpeg(im, quality):
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=quality, optimize=False)
    return Image.open(io.BytesIO(buf.getvalue())), buf.getvalue()


def make(doc, out):
    name = os.path.splitext(os.path.basename(doc))[0]
    lines = party_lines(doc)
    made = []
    with tempfile.TemporaryDirectory() as tmp:
        for variant, dpi in VARIANTS.items():
            pages = render(doc, dpi, variant == "fax", tmp)
            pics, ext = [], "png" if variant == "fax" else "jpg"
            folder = os.path.join(out, f"{name}-{variant}")
            os.makedirs(folder, exist_ok=True)
            for i, page in enumerate(pages, 1):
                rng = rng_for(doc, variant, i)
                if variant == "office":
                    pic, data = jpeg(office(page, dpi, lines.get(i, []), rng), 75)
                elif variant == "phone":
                    pic, data = jpeg(phone(page, rng), 45)
                else:
                    pic = fax(page, rng)
                    buf = io.BytesIO()
                    pic.save(buf, "PNG", optimize=False)
                    data = buf.getvalue()
                with open(os.path.join(folder, f"page-{i:02d}.{ext}"), "wb") as f:
                    f.write(data)
                if i == 1:
                    with open(os.path.join(out, f"{name}-{variant}-p1.{ext}"), "wb") as f:
                        f.write(data)
                pics.append(pic.convert("RGB") if variant != "fax" else pic)
            pdf = os.path.join(out, f"{name}-{variant}.pdf")
            pics[0].save(pdf, "PDF", save_all=True, append_images=pics[1:], resolution=float(dpi),
                         creationDate=FIXED_DATE, modDate=FIXED_DATE, producer="degrade-scans.py")
            made.append((name, variant, pdf, folder, len(pics)))
            print(f"{pdf}: {len(pics)} page{'s' if len(pics) != 1 else ''}, {dpi} dpi", file=sys.stderr)
    return made


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", default="bench-out/scans")
    ap.add_argument("docs", nargs="*", default=DEFAULT_DOCS)
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    for doc in args.docs:
        make(doc, args.out)


if __name__ == "__main__":
    main()
