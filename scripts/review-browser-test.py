#!/usr/bin/env python3
"""The review page in a real browser (issue 15), run by `make test` after `swift test`.

Headless Chromium from Debian's `chromium` package, driven by Playwright for Python (pinned in
requirements.txt) through the system browser's executable — no browser is downloaded. Ingests
seed-000.pdf and a text contract whose party is `<script>…` into a temporary store, starts
`contract-extract review` on a free port and checks, as a user sees it:

- the 甲方 name's box is visible and overlaps the name on the page image (where pdftotext
  -bbox, an independent reader, puts 塔城市公安局);
- clicking the entry highlights its box; clicking a box selects its entry;
- correcting two values → after a reload the corrections show with the extracted values beside
  them, and `export --reviewed` writes them;
- a value the extraction missed is typed and its box drawn by dragging over the page: the store
  keeps it as missing with that page and box, and `export --reviewed` writes it;
- the `<script>` document renders as text (no dialog, no script element);
- a POST without the session token is refused (403);
- SIGINT stops the server cleanly (exit 0).

Screenshots go to test-artifacts/review/ (gitignored). Usage:
  .venv/bin/python scripts/review-browser-test.py .build/debug/contract-extract
"""
import json
import os
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = os.environ.get("CE_CHROMIUM", "/usr/bin/chromium")
SEED = "bcf2dc6a80a895b1a4bace34cf458de01508d65c452380afafb032496a14d109"
HOSTILE = "服务合同\n甲方：<script>alert(1)</script>有限公司\n乙方：某某科技有限公司\n第一条 服务内容\n乙方提供服务。\n"

failures = []


def check(ok, what):
    print(("ok   " if ok else "FAIL ") + what, flush=True)
    if not ok:
        failures.append(what)


def name_boxes(pdf, page, text):
    """Boxes (points, top-left origin) of the words on `page` that contain `text`, by pdftotext."""
    xml = subprocess.run(["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(pdf), "-"],
                         check=True, capture_output=True, text=True).stdout
    xml = re.sub(r"<!DOCTYPE[^>]*>", "", xml)
    tree = ET.fromstring(xml)
    boxes = []
    for word in tree.iter():
        if word.tag.endswith("word") and text in (word.text or ""):
            boxes.append(tuple(float(word.get(k)) for k in ("xMin", "yMin", "xMax", "yMax")))
    return boxes


def overlaps(a, b):
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def main():
    binary = Path(sys.argv[1] if len(sys.argv) > 1 else ROOT / ".build/debug/contract-extract").resolve()
    artifacts = ROOT / "test-artifacts" / "review"
    shutil.rmtree(artifacts, ignore_errors=True)
    artifacts.mkdir(parents=True)
    started = time.monotonic()
    work = Path(tempfile.mkdtemp(prefix="ce-review-browser-"))
    server = None
    try:
        files = work / "files"
        files.mkdir()
        shutil.copy(ROOT / "corpus/seed-000.pdf", files / "seed-000.pdf")
        (files / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
        db = work / "contracts.sqlite"
        subprocess.run([str(binary), "batch", str(files), "--out", str(work / "records"), "--db", str(db), "--quiet"],
                       check=True, stdout=subprocess.DEVNULL)
        server = subprocess.Popen([str(binary), "review", "--db", str(db), "--files", str(files), "--port", "0",
                                   "--cache", str(work / "cache"), "--reviewer", "测试员"],
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        url = server.stdout.readline().strip()
        check(re.fullmatch(r"http://127\.0\.0\.1:\d+/", url) is not None, f"review prints its URL on 127.0.0.1 ({url})")

        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=["--no-sandbox"])
            page = browser.new_page(viewport={"width": 1400, "height": 900})
            dialogs = []
            page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
            console_errors = []
            page.on("console", lambda m: console_errors.append(m.text) if m.type == "error" else None)

            page.goto(url)
            check(page.locator("table#documents tbody tr").count() == 2, "the list shows both documents")
            page.screenshot(path=str(artifacts / "list.png"), full_page=True)

            page.click(f"a[href='/doc/{SEED}#a1']")
            page.wait_for_selector("#page-1 img")
            image = page.locator("#page-1 img")
            image.evaluate("img => img.complete || new Promise(r => img.onload = r)")
            box = page.locator("#box-e1-parties_0__name")
            check(box.is_visible(), "the 甲方 name's box is visible")
            ib, bb = image.bounding_box(), box.bounding_box()
            width_pt = float(page.locator("#page-1").get_attribute("data-width"))
            scale = width_pt / ib["width"]
            drawn = ((bb["x"] - ib["x"]) * scale, (bb["y"] - ib["y"]) * scale,
                     (bb["x"] + bb["width"] - ib["x"]) * scale, (bb["y"] + bb["height"] - ib["y"]) * scale)
            words = name_boxes(files / "seed-000.pdf", 1, "塔城市公安局")
            check(any(overlaps(drawn, w) for w in words),
                  f"the box {tuple(round(v, 1) for v in drawn)} pt overlaps 塔城市公安局 on the page image {words}")
            natural = image.evaluate("img => img.naturalWidth")
            check(natural > 500, f"page 1 is an image rendered by the server ({natural} px wide)")

            page.click("#e1-parties_0__name .label")
            check("selected" in (box.get_attribute("class") or ""), "clicking the entry highlights its box")
            check("selected" in (page.locator("#e1-parties_0__name").get_attribute("class") or ""), "… and the entry")
            other = page.locator("#box-e1-parties_1__name")
            other.click()
            check("selected" in (page.locator("#e1-parties_1__name").get_attribute("class") or ""), "clicking a box selects its entry")
            page.screenshot(path=str(artifacts / "document-selected.png"))

            for entry, value in [("e1-parties_0__name", "塔城市审核局"), ("e1-dates_expires", "2025-08-31")]:
                page.click(f"#{entry} .label")
                form = page.locator(f"#{entry} form")
                form.locator("input[name=corrected]").fill(value)
                with page.expect_navigation():
                    form.locator("button[value=corrected]").click()
            page.reload()
            page.wait_for_selector("#e1-parties_0__name")
            name = page.locator("#e1-parties_0__name").inner_text()
            check("塔城市审核局" in name and "extracted: 塔城市公安局" in name, f"after a reload the correction shows beside the extracted value: {name!r}")
            expires = page.locator("#e1-dates_expires").inner_text()
            check("2025-08-31" in expires and "extracted: 2025-07-31" in expires, f"the second correction too: {expires!r}")
            page.click("#e1-parties_0__name .label")
            page.screenshot(path=str(artifacts / "document-corrected.png"))

            # A value the extraction missed: 甲方's fax (none read), typed and its box drawn by
            # dragging over page 1, from (100, 470) to (300, 490) in points.
            fax = page.locator("#e1-parties_0__fax")
            check("—" in fax.inner_text(), f"甲方's fax starts empty: {fax.inner_text()!r}")
            page.click("#e1-parties_0__fax .label")
            form = page.locator("#e1-parties_0__fax form")
            form.locator("input[name=corrected]").fill("0901-6221234")
            form.locator("button.draw").click()
            image = page.locator("#page-1")
            image.scroll_into_view_if_needed()
            frame = image.bounding_box()
            scale = frame["width"] / float(image.get_attribute("data-width"))
            page.mouse.move(frame["x"] + 100 * scale, frame["y"] + 470 * scale)
            page.mouse.down()
            page.mouse.move(frame["x"] + 200 * scale, frame["y"] + 480 * scale, steps=4)
            page.mouse.move(frame["x"] + 300 * scale, frame["y"] + 490 * scale, steps=4)
            page.mouse.up()
            drawn = [float(v) for v in form.locator("input[name=bbox]").input_value().split(",")]
            check(form.locator("input[name=page]").input_value() == "1"
                  and all(abs(a - b) < 2 for a, b in zip(drawn, [100, 470, 300, 490])),
                  f"dragging on page 1 fills the form with that box in points: {drawn}")
            with page.expect_navigation():
                form.locator("button[value=missing]").click()
            page.reload()
            page.wait_for_selector("#e1-parties_0__fax")
            check("0901-6221234" in page.locator("#e1-parties_0__fax").inner_text(),
                  f"the missing value shows after a reload: {page.locator('#e1-parties_0__fax').inner_text()!r}")
            row = sqlite3.connect(db).execute(
                "SELECT status, corrected, page, bbox FROM reviews WHERE path = 'parties[0].fax'").fetchall()
            stored = row[0][3] if row else None
            check(len(row) == 1 and row[0][:3] == ("missing", "0901-6221234", 1) and stored is not None
                  and all(abs(a - b) < 2 for a, b in zip(map(float, stored.split(",")), [100, 470, 300, 490])),
                  f"the store keeps it as missing, with page 1 and the drawn box: {row}")

            refused = page.request.post(f"{url}doc/{SEED}/review",
                                        form={"agreement": "1", "path": "title", "status": "confirmed"}, max_redirects=0)
            check(refused.status == 403, f"a POST without the session token is refused ({refused.status})")

            hostile_sha = subprocess.run(["sha256sum", str(files / "hostile.txt")], capture_output=True, text=True).stdout.split()[0]
            page.goto(f"{url}doc/{hostile_sha}")
            shown = page.locator("#e1-parties_0__name .value").inner_text()
            check(shown == "<script>alert(1)</script>有限公司", f"the <script> party shows as text: {shown!r}")
            check(page.locator("body script").count() == 0 and not dialogs, "… and nothing of it runs")
            check("<script>alert(1)</script>" in page.locator("#text").inner_text(), "the text view shows it as text")
            page.screenshot(path=str(artifacts / "hostile.png"))
            check(not [e for e in console_errors if "Content Security Policy" in e], f"no CSP violations: {console_errors}")
            browser.close()

        out = work / "reviewed"
        subprocess.run([str(binary), "export", "--reviewed", str(out), "--db", str(db)], check=True, stderr=subprocess.DEVNULL)
        record = json.loads((out / f"{SEED}.json").read_text(encoding="utf-8"))
        c = record["contracts"][0]
        check(c["parties"][0]["name"] == "塔城市审核局" and c["dates"]["expires"] == "2025-08-31"
              and c["parties"][0]["fax"] == "0901-6221234", "export --reviewed writes the corrected and the missing values")

        server.send_signal(signal.SIGINT)
        status = server.wait(timeout=15)
        stderr = server.stderr.read()
        check(status == 0 and "stopped" in stderr, f"SIGINT stops the server cleanly (exit {status})")
        server = None
    finally:
        if server is not None:
            server.kill()
            server.wait()
        shutil.rmtree(work, ignore_errors=True)
    print(f"review browser test: {time.monotonic() - started:.1f} s, screenshots in {artifacts.relative_to(ROOT)}")
    if failures:
        print(f"{len(failures)} failed", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
