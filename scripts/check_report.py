"""Loads a report page in headless Chromium over the DevTools protocol and checks it rendered.

Called by check-report.sh (see its header for the checks). Python 3 standard library only. The
browser is driven through --remote-debugging-pipe: commands are written to its file descriptor 3
and answers read from its descriptor 4, each message a JSON object followed by a NUL byte (the
transport Puppeteer's "pipe: true" uses), so no websocket client is needed.

Usage: check_report.py BROWSER USER_DATA_DIR REPORT.html SCREENSHOT.png
"""
import base64
import fcntl
import json
import os
import pathlib
import select
import struct
import subprocess
import sys
import time
import zlib

TIMEOUT_S = 60
SECTIONS = ["summary", "tradeoff", "roc", "results", "setup"]
# The flags the machine notes prescribe for a closed network and a root user (no sandbox possible).
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-extensions", "--disable-default-apps", "--hide-scrollbars", "--mute-audio",
         "--remote-debugging-pipe"]

PAGE_PROBE = """(() => {
  const imgs = [...document.images];
  const refs = [...document.querySelectorAll('[src],[href]')]
      .map(e => e.getAttribute('src') || e.getAttribute('href'));
  return {
    title: document.title,
    missingSections: %s.filter(id => !document.getElementById(id)),
    images: imgs.length,
    brokenImages: imgs.filter(i => !(i.complete && i.naturalWidth > 0)).map(i => i.alt),
    nonDataImages: imgs.filter(i => !i.src.startsWith('data:')).map(i => i.src.slice(0, 80)),
    externalRefs: refs.filter(u => !/^(data:|#)/.test(u)).map(u => u.slice(0, 80)),
    tableRows: document.querySelectorAll('#results-table tbody tr').length,
    alarmBox: !!document.getElementById('alarm'),
    height: document.documentElement.scrollHeight
  };
})()""" % json.dumps(SECTIONS)


class Browser:
    def __init__(self, binary, user_data):
        to_browser_r, self.to_browser = os.pipe()
        self.from_browser, from_browser_w = os.pipe()

        def child_fds():
            # Chromium reads commands from fd 3 and writes answers to fd 4. Move both ends above 9
            # first, so that dup2 onto 3 and 4 cannot clobber one another.
            a = fcntl.fcntl(to_browser_r, fcntl.F_DUPFD, 10)
            b = fcntl.fcntl(from_browser_w, fcntl.F_DUPFD, 10)
            os.dup2(a, 3)
            os.dup2(b, 4)

        self.log_path = os.path.join(user_data + "-stderr.log")
        with open(self.log_path, "wb") as log:
            self.proc = subprocess.Popen([binary, *FLAGS, "--user-data-dir=" + user_data, "about:blank"],
                                         stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=log,
                                         preexec_fn=child_fds, close_fds=True, pass_fds=(3, 4))
        os.close(to_browser_r)
        os.close(from_browser_w)
        self.buffer = b""
        self.next_id = 0
        self.events = []
        self.deadline = time.monotonic() + TIMEOUT_S

    def send(self, method, params=None, session=None):
        self.next_id += 1
        msg = {"id": self.next_id, "method": method, "params": params or {}}
        if session:
            msg["sessionId"] = session
        os.write(self.to_browser, json.dumps(msg).encode() + b"\0")
        while True:
            reply = self.read()
            if reply.get("id") == self.next_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply.get("result", {})

    def read(self):
        while b"\0" not in self.buffer:
            left = self.deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError(f"no answer from the browser within {TIMEOUT_S} s")
            ready, _, _ = select.select([self.from_browser], [], [], left)
            if ready:
                chunk = os.read(self.from_browser, 1 << 20)
                if not chunk:
                    raise RuntimeError("the browser closed its pipe (crashed?)")
                self.buffer += chunk
        raw, self.buffer = self.buffer.split(b"\0", 1)
        msg = json.loads(raw)
        if "method" in msg:
            self.events.append(msg)
        return msg

    def wait_event(self, method):
        while True:
            for e in self.events:
                if e["method"] == method:
                    return e
            self.read()

    def close(self):
        try:
            self.send("Browser.close")
        except Exception:  # noqa: BLE001 - closing is best effort, the process is killed below
            pass
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


def problems_in(events):
    found = []
    for e in events:
        m, p = e["method"], e.get("params", {})
        if m == "Runtime.consoleAPICalled" and p.get("type") in ("error", "assert"):
            text = " ".join(str(a.get("value", a.get("description", ""))) for a in p.get("args", []))
            found.append(f"console {p['type']}: {text}")
        elif m == "Runtime.exceptionThrown":
            found.append("uncaught exception: " + p.get("exceptionDetails", {}).get("text", "?"))
        elif m == "Log.entryAdded" and p.get("entry", {}).get("level") == "error":
            found.append("browser log error: " + p["entry"].get("text", "?"))
        elif m == "Network.requestWillBeSent":
            url = p.get("request", {}).get("url", "")
            if not url.startswith(("file:", "data:", "about:")):
                found.append("network request (page must be self-contained): " + url[:120])
        elif m == "Network.loadingFailed":
            found.append("failed to load: " + p.get("errorText", "?"))
    return found


def png_pixels(data):
    """Decodes an 8-bit, non-interlaced RGB/RGBA PNG (what Chromium writes) to (width, height, rows)."""
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG")
    pos, idat, header = 8, b"", None
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    width, height, depth, colour, _, _, interlace = header
    if depth != 8 or colour not in (2, 6) or interlace:
        raise ValueError(f"unsupported PNG: depth {depth}, colour type {colour}, interlace {interlace}")
    bpp = 3 if colour == 2 else 4
    raw = zlib.decompress(idat)
    stride = width * bpp
    rows, prev = [], bytearray(stride)
    for y in range(height):
        f = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):  # PNG specification, section 9.2: filter types 0-4
            a = line[i - bpp] if i >= bpp else 0
            b = prev[i]
            c = prev[i - bpp] if i >= bpp else 0
            if f == 1:
                line[i] = (line[i] + a) & 0xFF
            elif f == 2:
                line[i] = (line[i] + b) & 0xFF
            elif f == 3:
                line[i] = (line[i] + (a + b) // 2) & 0xFF
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 0xFF
        rows.append(bytes(line))
        prev = line
    return width, height, bpp, rows


def blank_reason(png):
    width, height, bpp, rows = png_pixels(png)
    counts = {}
    for row in rows:
        for x in range(0, width * bpp, bpp):
            px = row[x:x + 3]
            counts[px] = counts.get(px, 0) + 1
    total = sum(counts.values())
    dominant = max(counts.values())
    if len(counts) < 2:
        return f"screenshot is a single colour ({width}x{height})"
    if dominant / total > 0.995:
        return f"screenshot is {100 * dominant / total:.2f}% one colour ({width}x{height})"
    return None


def main(argv):
    binary, user_data, report, shot = argv[1:5]
    url = pathlib.Path(report).resolve().as_uri()
    browser = Browser(binary, user_data)
    failures = []
    try:
        target = browser.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = browser.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        for domain in ("Runtime", "Log", "Network", "Page"):
            browser.send(domain + ".enable", session=session)
        browser.send("Emulation.setDeviceMetricsOverride",
                     {"width": 1280, "height": 900, "deviceScaleFactor": 1, "mobile": False}, session)
        nav = browser.send("Page.navigate", {"url": url}, session)
        if nav.get("errorText"):
            failures.append("navigation failed: " + nav["errorText"])
        browser.wait_event("Page.loadEventFired")
        probe = browser.send("Runtime.evaluate", {"expression": PAGE_PROBE, "returnByValue": True},
                             session)["result"]["value"]
        size = browser.send("Page.getLayoutMetrics", session=session)["cssContentSize"]
        shot_b64 = browser.send("Page.captureScreenshot", {
            "format": "png", "captureBeyondViewport": True,
            "clip": {"x": 0, "y": 0, "width": size["width"], "height": size["height"], "scale": 1}},
            session)["data"]
        # The blank check decodes a 1/8-scale copy: decoding the full page in pure Python takes ~20 s.
        small_b64 = browser.send("Page.captureScreenshot", {
            "format": "png", "captureBeyondViewport": True,
            "clip": {"x": 0, "y": 0, "width": size["width"], "height": size["height"], "scale": 0.125}},
            session)["data"]
    finally:
        browser.close()
    png = base64.b64decode(shot_b64)
    pathlib.Path(shot).write_bytes(png)

    failures += problems_in(browser.events)
    if probe["missingSections"]:
        failures.append("missing sections: " + ", ".join(probe["missingSections"]))
    if probe["images"] == 0:
        failures.append("no images")
    if probe["brokenImages"]:
        failures.append("images that did not decode: " + ", ".join(probe["brokenImages"]))
    if probe["nonDataImages"]:
        failures.append("images not embedded as data: URIs: " + ", ".join(probe["nonDataImages"]))
    if probe["externalRefs"]:
        failures.append("external references: " + ", ".join(probe["externalRefs"]))
    if probe["tableRows"] == 0:
        failures.append("the results table has no rows")
    reason = blank_reason(base64.b64decode(small_b64))
    if reason:
        failures.append(reason)

    print(f"check-report: {report}: title {probe['title']!r}, {probe['images']} images, "
          f"{probe['tableRows']} table rows, alarm box {'shown' if probe['alarmBox'] else 'absent'}, "
          f"page {size['width']:.0f}x{size['height']:.0f} px, screenshot {shot}")
    for f in failures:
        print("check-report: FAIL: " + f, file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
