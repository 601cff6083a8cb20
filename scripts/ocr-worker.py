#!/usr/bin/env python3
"""PP-OCRv4 recognition worker for contract-extract (protocol: docs/ocr-worker.md).

Started once per contract-extract process with the project's virtual environment's Python;
loads rapidocr_onnxruntime's bundled ONNX models (det, rec, cls) once, then answers page after
page over stdin/stdout until stdin closes or an empty request (width 0) arrives.

All integers are unsigned 32-bit little-endian.
  ready    (worker → client, once):  u32 length + UTF-8 JSON {"ready": true, "engine": ..., "version": ...}
  request  (client → worker):        u32 width, u32 height, u32 channels (1 gray, 3 RGB),
                                     then width*height*channels bytes, row by row
  answer   (worker → client):        u32 length + UTF-8 JSON {"lines": [...], "rotation": 0|90|180|270}
                                     or {"error": "..."}
Nothing is written to stdout but frames; diagnostics go to stderr.
"""
import json
import os
import struct
import sys

MAX_PIXELS = 200_000_000  # a request larger than this is a protocol error, never allocated


def frame(out, payload):
    data = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    out.write(struct.pack("<I", len(data)))
    out.write(data)
    out.flush()


def read_exact(inp, n):
    chunks = []
    while n > 0:
        chunk = inp.read(n)
        if not chunk:
            return None
        chunks.append(chunk)
        n -= len(chunk)
    return b"".join(chunks)


def quad(points):
    return [[round(float(x), 1), round(float(y), 1)] for x, y in points]


def slice_of(box, a, b):
    """The part of quadrilateral `box` (top-left, top-right, bottom-right, bottom-left) between
    the fractions a and b of its width, as a quadrilateral."""
    (x0, y0), (x1, y1), (x2, y2), (x3, y3) = box
    return quad([
        (x0 + (x1 - x0) * a, y0 + (y1 - y0) * a),
        (x0 + (x1 - x0) * b, y0 + (y1 - y0) * b),
        (x3 + (x2 - x3) * b, y3 + (y2 - y3) * b),
        (x3 + (x2 - x3) * a, y3 + (y2 - y3) * a),
    ])


def line_of(item):
    """One detected line: its quadrilateral, text, score and per-character boxes.

    rapidocr's word boxes (return_word_box) are one per CJK character and one per run of
    Latin letters/digits; a run's box is split evenly over its characters here so that every
    character has a box (documented in docs/ocr-worker.md)."""
    box, text, score = item[0], item[1], float(item[2])
    chars = []
    if len(item) >= 5 and item[3] and item[4] and len(item[3]) == len(item[4]):
        scores = item[5] if len(item) >= 6 and item[5] and len(item[5]) == len(item[4]) else [score] * len(item[4])
        for word_box, word, word_score in zip(item[3], item[4], scores):
            n = len(word)
            if n == 0:
                continue
            for k in range(n):
                chars.append({"text": word[k], "box": slice_of(word_box, k / n, (k + 1) / n),
                              "score": round(float(word_score), 4)})
    visible = text.replace(" ", "")
    if "".join(c["text"] for c in chars) != visible:
        # Word boxes missing or not matching the line text: boxes by equal shares of the line.
        chars = []
        n = len(visible)
        for k, ch in enumerate(visible):
            chars.append({"text": ch, "box": slice_of(box, k / n, (k + 1) / n), "score": round(score, 4)})
    # Spaces have no box: the character after one says so.
    k = 0
    for position, ch in enumerate(text):
        if ch == " ":
            continue
        if position > 0 and text[position - 1] == " ":
            chars[k]["space"] = True
        k += 1
    return {"box": quad(box), "text": text, "score": round(score, 4), "chars": chars}


def page_orientation(classify, state=None):
    """Wraps rapidocr's line classifier (0° or 180° per detected line) so that a page's lines
    turn together: all of them when most of the page reads upside down (by the classifier's
    confidence summed over the lines, each weighted by its length), none otherwise. The vote is
    left in state["vote"] (above 0: upside down) for `read_upright`.

    On its own the classifier turns single lines of an upright page: on the phone copy of
    seed-001 (make bench-scans) it turned `乙方：中国移动通信集团吉林有限公司吉林省分公司（简称“乙方”）`,
    which then read as nothing, and the party lost its name, representative and contacts."""
    def classify_page(img_list):
        originals = img_list if isinstance(img_list, list) else [img_list]
        turned, results, elapse = classify(originals)
        vote = 0.0
        for img, (label, score) in zip(originals, results):
            weight = img.shape[1] / max(1.0, float(img.shape[0]))
            vote += weight * float(score) * (1 if "180" in str(label) else -1)
        if state is not None:
            state["vote"] = vote
        if vote > 0:
            import cv2
            return [cv2.rotate(img, cv2.ROTATE_180) for img in originals], results, elapse
        return list(originals), results, elapse
    return classify_page


def sideways(result):
    """Whether most of a page's text runs up or down: of the detected boxes at least twice as long
    as they are wide, those standing upright outweigh those lying flat (each by its length) more
    than twice over. A margin note or a vertical stamp on a page of text does not."""
    tall = flat = 0.0
    for item in result or []:
        (x0, y0), (x1, y1), _, (x3, y3) = item[0]
        across = ((x1 - x0) ** 2 + (y1 - y0) ** 2) ** 0.5
        down = ((x3 - x0) ** 2 + (y3 - y0) ** 2) ** 0.5
        if down >= 2 * across:
            tall += down
        elif across >= 2 * down:
            flat += across
    return tall > 2 * flat


def amount_read(result):
    """How much a reading holds: its characters, each line's counted at its score."""
    return sum(len(item[1]) * float(item[2]) for item in (result or []))


def unturn(points, rotation, width, height):
    """Points read on the image turned clockwise by `rotation` degrees, back on the image as it
    came (`width` × `height`)."""
    if rotation == 90:
        return [[round(v, 1), round(height - u, 1)] for u, v in points]
    if rotation == 180:
        return [[round(width - u, 1), round(height - v, 1)] for u, v in points]
    if rotation == 270:
        return [[round(width - v, 1), round(u, 1)] for u, v in points]
    return points


TURNS = {90: "ROTATE_90_CLOCKWISE", 180: "ROTATE_180", 270: "ROTATE_90_COUNTERCLOCKWISE"}


def read_upright(engine, image, state):
    """The page's lines read the right way up, with the turn (0, 90, 180 or 270 degrees clockwise)
    that made it so; boxes are on the image as it came. An upright page is read once. A page
    upside down (the classifier's page vote) is read again turned by 180°; a sideways page (its
    lines stand upright: `sideways`) turned by 90° or 270°, as the first reading's vote says
    (rapidocr turns a tall line a quarter anticlockwise before classifying it, so a vote for
    180° means the page needs 90°), and the other way when that reads upside down. A turned
    reading is kept only when it is not sideways itself and holds nearly as much text as the
    first (`amount_read`, 90%: the first already reads most lines, each crop turned on its own):
    a few sideways lines on a page of text never cost the page its text."""
    import cv2
    height, width = image.shape[:2]

    def attempt(rotation):
        turned = image if rotation == 0 else cv2.rotate(image, getattr(cv2, TURNS[rotation]))
        state["vote"] = 0.0
        result, _ = engine(turned, return_word_box=True)
        return result, state["vote"]

    first, vote = attempt(0)
    rotation, result = 0, first
    candidates = []
    if sideways(first):
        candidates = [90, 270] if vote > 0 else [270, 90]
    elif vote > 0:
        candidates = [180]
    for turn in candidates:
        turned, turned_vote = attempt(turn)
        if turned_vote > 0 or sideways(turned):
            continue  # still not upright: the other way, if any
        if amount_read(turned) >= 0.9 * amount_read(first):
            rotation, result = turn, turned
        break
    lines = [line_of(item) for item in (result or [])]
    if rotation:
        for line in lines:
            line["box"] = unturn(line["box"], rotation, width, height)
            for char in line["chars"]:
                char["box"] = unturn(char["box"], rotation, width, height)
    return lines, rotation


def main():
    threads = int(os.environ.get("CONTRACT_EXTRACT_OCR_THREADS", "0") or "0")
    inp, out = sys.stdin.buffer, sys.stdout.buffer
    # Anything a library prints must not corrupt the frames.
    sys.stdout = sys.stderr
    try:
        import numpy as np
        from rapidocr_onnxruntime import RapidOCR
        from importlib.metadata import version

        kwargs = {}
        if threads > 0:
            kwargs = {"det_intra_op_num_threads": threads, "cls_intra_op_num_threads": threads,
                      "rec_intra_op_num_threads": threads}
        engine = RapidOCR(**kwargs)
        state = {"vote": 0.0}
        engine.text_cls = page_orientation(engine.text_cls, state)
        engine_version = version("rapidocr_onnxruntime")
    except Exception as error:  # noqa: BLE001 — reported to the client, which falls back
        frame(out, {"ready": False, "error": f"{type(error).__name__}: {error}"})
        return 3
    frame(out, {"ready": True, "engine": "PP-OCRv4", "version": engine_version})

    while True:
        header = read_exact(inp, 12)
        if header is None:
            return 0
        width, height, channels = struct.unpack("<III", header)
        if width == 0:
            return 0
        if channels not in (1, 3) or height == 0 or width * height > MAX_PIXELS:
            frame(out, {"error": f"bad request: {width}x{height}x{channels}"})
            return 2
        data = read_exact(inp, width * height * channels)
        if data is None:
            return 2
        try:
            image = np.frombuffer(data, dtype=np.uint8).reshape(
                (height, width) if channels == 1 else (height, width, 3))
            if channels == 3:
                image = image[:, :, ::-1].copy()  # RGB in, BGR for OpenCV
            lines, rotation = read_upright(engine, image, state)
            frame(out, {"lines": lines, "rotation": rotation})
        except Exception as error:  # noqa: BLE001 — one bad page is reported, the worker lives on
            frame(out, {"error": f"{type(error).__name__}: {error}"})


if __name__ == "__main__":
    sys.exit(main())
