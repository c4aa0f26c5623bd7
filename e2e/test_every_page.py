"""Every page a person can reach, as each demo account and as a visitor, at desktop and phone width.

For each account the browser signs in through the real form, then follows the site's own links breadth-first
(GET only: forms are never submitted; sign-out and downloads are not followed). Every page is saved as a
full-page PNG at 1366 px and 390 px, for a person to look at, and checked:
- its HTTP status is neither 404 nor 5xx;
- at 390 px it does not scroll sideways;
- no checkbox or radio button is stretched: at most 40 px wide, not wider than its label's line, and on the
  same line as its label's text ("a check fails if a checkbox is wider than its label's line").
All problems of a crawl are reported together, at the end.

The screenshots go to a pytest temporary folder (pytest keeps the last three runs); its path is printed at the
end of the run.
"""

import hashlib
import re
import time
from collections import Counter
from urllib.parse import parse_qsl, urlsplit

import pytest
import requests
from selenium.common.exceptions import WebDriverException

from conftest import PHONE_HEIGHT, PHONE_WIDTH
from test_browser import fill_sign_in, open_page, path_of

DESKTOP_WIDTH = 1366
WIDTHS = (DESKTOP_WIDTH, PHONE_WIDTH)

# Enough to reach every kind of page of every role, few enough that all six crawls take a few minutes.
MAX_PAGES = 80
# Pages that differ only by ids or query values share a layout: a few samples of each are enough.
SAMPLES_PER_PATTERN = 3
# Longer pages are cut here: taller screenshots are slow to take and hard to look at.
MAX_SHOT_HEIGHT = 12000
HTTP_TIMEOUT_S = 30

# (account or None for a visitor, where the crawl starts)
ROLES = [
    ("admin", ["/"]),
    ("thuky", ["/"]),
    ("canbo01", ["/"]),
    ("lanhdao", ["/"]),
    ("hoidong", ["/"]),
    (None, ["/ban-tin", "/dang-nhap"]),
]
PASSWORD = "demo"

# Links not followed: signing out would end the crawl; downloads and the API are not pages.
NOT_FOLLOWED = re.compile(
    r"/dang-xuat(?:[/?]|$)"
    r"|\.(?:docx|xlsx|csv|ics|atom|xml)(?:\?|$)"
    r"|/api/|/xuat|/tep-mau/|mau-nhap|dinh-dang=",
    re.IGNORECASE,
)
UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", re.IGNORECASE)

# For every rendered checkbox and radio button: the problems of its size and place against its label.
# The label is the one around it or the one naming its id; its "line" is the first line of the label's own
# text (a Range over its text nodes), so a box stretched to the width of the form, with its text pushed to
# the next line, is both wider than that line and not on it.
CHECKBOX_PROBLEMS_JS = r"""
const MAX_WIDTH = 40;
const round = x => Math.round(x);
const found = [];
for (const box of document.querySelectorAll('input[type=checkbox], input[type=radio]')) {
  const b = box.getBoundingClientRect();
  if (b.width === 0 && b.height === 0) continue;  // not rendered (display: none, closed <details>)
  const problems = [];
  if (b.width > MAX_WIDTH) problems.push(`${round(b.width)} px wide (> ${MAX_WIDTH} px)`);
  const label = box.closest('label')
    || (box.id ? document.querySelector(`label[for="${CSS.escape(box.id)}"]`) : null);
  let text = '';
  if (label) {
    text = label.textContent.replace(/\s+/g, ' ').trim();
    const walker = document.createTreeWalker(label, NodeFilter.SHOW_TEXT, {
      acceptNode: n => n.data.trim() && !n.parentElement.closest('select, textarea, button')
        ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_REJECT,
    });
    const rects = [];
    const range = document.createRange();
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      range.selectNodeContents(n);
      // Visually hidden text (1 px clipped spans) is no part of the line a person sees.
      for (const r of range.getClientRects()) if (r.width > 1 && r.height > 1) rects.push(r);
    }
    if (rects.length) {
      const first = rects[0];
      const line = rects.filter(r => r.top < first.bottom - 1 && r.bottom > first.top + 1);
      const left = Math.min(...line.map(r => r.left)), right = Math.max(...line.map(r => r.right));
      const top = Math.min(...line.map(r => r.top)), bottom = Math.max(...line.map(r => r.bottom));
      if (b.width > right - left + 0.5) {
        problems.push(`wider than its label's line (${round(b.width)} px > ${round(right - left)} px)`);
      }
      const centre = b.top + b.height / 2;
      if (centre < top - 1 || centre > bottom + 1) {
        problems.push(`not on its label's line (centre y=${round(centre)}, line ${round(top)}-${round(bottom)})`);
      }
    }
  }
  if (problems.length) {
    const name = box.id ? `#${box.id}` : `${box.type}[name=${box.name}]`;
    found.push(`${name} (${JSON.stringify(text.slice(0, 40))}): ${problems.join(', ')}`);
  }
}
return found;
"""

# Same-origin links of the page, as absolute URLs without their #fragment.
LINKS_JS = """
return [...document.querySelectorAll('a[href]')]
  .map(a => new URL(a.getAttribute('href'), document.baseURI))
  .filter(u => u.origin === location.origin && (u.protocol === 'http:' || u.protocol === 'https:'))
  .map(u => u.pathname + u.search);
"""


def pattern_of(target):
    """`/phong-trao/<uuid>/dang-ky?nam=2025` -> `/phong-trao/{id}/dang-ky?nam=*`: one layout, many pages."""
    parts = urlsplit(target)
    segments = ["{id}" if UUID.fullmatch(s) or s.isdigit() else s for s in parts.path.split("/")]
    keys = sorted({k for k, _ in parse_qsl(parts.query, keep_blank_values=True)})
    return "/".join(segments) + ("?" + "&".join(f"{k}=*" for k in keys) if keys else "")


def slug(target):
    """A file-name-safe, still readable name for a path and query (ids shortened to 8 characters)."""
    short = UUID.sub(lambda m: m.group(0)[:8], target)
    text = re.sub(r"[^A-Za-z0-9]+", "_", short).strip("_") or "home"
    if len(text) > 100:
        text = text[:90] + "_" + hashlib.sha1(target.encode()).hexdigest()[:8]
    return text


def set_viewport(driver, width, height):
    # As in conftest: mobile=False keeps the layout viewport at exactly `width`, so overflow shows.
    driver.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride",
        {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False},
    )


def save_full_page(driver, png_path, width):
    """Make the viewport as tall as the page so that one screenshot holds all of it."""
    height = driver.execute_script("return document.documentElement.scrollHeight")
    set_viewport(driver, width, max(PHONE_HEIGHT, min(height, MAX_SHOT_HEIGHT)))
    try:
        assert driver.save_screenshot(str(png_path)), f"could not save {png_path}"
    finally:
        set_viewport(driver, width, PHONE_HEIGHT)


def layout_problems(driver, width):
    """What is wrong with the current page's layout at `width` (viewport already set)."""
    problems = []
    if width <= PHONE_WIDTH:
        inner, scroll = driver.execute_script(
            "return [window.innerWidth, document.documentElement.scrollWidth]"
        )
        if scroll - inner > 1:
            problems.append(f"scrolls sideways: scrollWidth {scroll} px > innerWidth {inner} px")
    boxes = driver.execute_script(CHECKBOX_PROBLEMS_JS)
    if boxes:
        problems.append(f"{len(boxes)} stretched checkbox(es)/radio(s): " + "; ".join(boxes[:3])
                        + (f"; and {len(boxes) - 3} more" if len(boxes) > 3 else ""))
    return problems


def http_session_of(driver, server, account):
    """A requests session with the browser's cookies (the same signed-in session), to read status codes."""
    session = requests.Session()
    session.trust_env = False  # loopback only, never through a proxy the environment may name
    for cookie in driver.get_cookies():
        session.cookies.set(cookie["name"], cookie["value"])
    if account:
        # Otherwise every page would be read as the sign-in page, and every status would look fine.
        home = session.get(server + "/", timeout=HTTP_TIMEOUT_S)
        assert urlsplit(home.url).path != "/dang-nhap", f"the browser's cookies do not sign {account} in"
    return session


def http_check(session, url):
    """For GET `url`, redirects followed: (the 404 or 5xx met on the way, or None; is it an HTML page)."""
    try:
        resp = session.get(url, timeout=HTTP_TIMEOUT_S)
    except requests.RequestException as e:
        return f"request failed: {e}", False
    bad = next((r for r in [*resp.history, resp] if r.status_code == 404 or r.status_code >= 500), None)
    problem = f"HTTP {bad.status_code} for GET {urlsplit(bad.url).path}" if bad else None
    return problem, resp.headers.get("Content-Type", "").startswith("text/html")


def sign_in(driver, server, account):
    fill_sign_in(driver, server, account, PASSWORD)
    assert path_of(driver) != "/dang-nhap", f"sign-in as {account} failed: still at {driver.current_url}"


@pytest.fixture(scope="session")
def every_page_dir(tmp_path_factory, request):
    folder = tmp_path_factory.mktemp("every-page")
    yield folder
    reporter = request.config.pluginmanager.get_plugin("terminalreporter")
    if reporter is not None:
        reporter.write_line(f"\nscreenshots of every page: {folder}")


def crawl(driver, start, visit):
    """Breadth-first over the site's own links from `start`. `visit(target)` checks one page and says whether
    the browser has it open, so that its links can be followed. Returns the number of pages visited."""
    queue, queued, samples = [], set(), Counter()

    def enqueue(link):
        pattern = pattern_of(link)
        if link in queued or NOT_FOLLOWED.search(link) or samples[pattern] >= SAMPLES_PER_PATTERN:
            return
        queued.add(link)
        samples[pattern] += 1
        queue.append(link)

    for target in start:
        enqueue(target)
    visited = 0
    while queue and visited < MAX_PAGES:
        target = queue.pop(0)
        visited += 1
        if visit(target):
            for link in driver.execute_script(LINKS_JS):
                enqueue(link)
    return visited


@pytest.mark.parametrize("account, start", ROLES, ids=[account or "anonymous" for account, _ in ROLES])
def test_every_page(server, driver, every_page_dir, account, start):
    role = account or "anonymous"
    if account:
        sign_in(driver, server, account)
    session = http_session_of(driver, server, account)
    failures = []

    def visit(target):
        problem, is_html = http_check(session, server + target)
        if problem:
            failures.append(f"{target} [{role}]: {problem}")
        if not is_html:
            return False  # a download that NOT_FOLLOWED missed: nothing to look at
        try:
            open_page(driver, server, target)
        except WebDriverException as e:
            failures.append(f"{target} [{role}]: the browser could not open it: {e.msg}")
            return False
        except (AssertionError, pytest.fail.Exception) as e:
            failures.append(f"{target} [{role}]: {e}")  # loaded, though: still worth a look
        for width in WIDTHS:
            set_viewport(driver, width, PHONE_HEIGHT)
            for problem in layout_problems(driver, width):
                failures.append(f"{target} [{role}, {width} px]: {problem}")
            save_full_page(driver, every_page_dir / f"{role}-{width}-{slug(target)}.png", width)
        return True

    started = time.monotonic()
    visited = crawl(driver, start, visit)
    print(f"{role}: {visited} pages in {time.monotonic() - started:.0f} s; screenshots in {every_page_dir}")
    assert visited > len(start), f"{role}: the crawl found no links to follow from {start}"
    assert not failures, (
        f"{len(failures)} problem(s) on {visited} pages seen as {role} "
        f"(screenshots in {every_page_dir}):\n" + "\n".join(failures)
    )


# A fake form in the page: one box stretched as `.field input{width:100%}` stretches it, one as it should be.
# The site's CSP refuses style="" attributes, so the sizes are set through the CSSOM.
PROBE_JS = """
const probe = document.createElement('div');
probe.innerHTML =
  '<div><input type="checkbox" id="probe-stretched"><label for="probe-stretched">Giấy khen (GK)</label></div>'
  + '<div><label><input type="checkbox" id="probe-fine"> Lao động tiên tiến</label></div>';
for (const div of probe.children) div.style.width = '360px';
Object.assign(probe.querySelector('#probe-stretched').style, {display: 'block', width: '100%'});
(document.querySelector('main') || document.body).prepend(probe);
"""


def test_checkbox_check_tells_stretched_from_fine(server, driver):
    """The check itself: it flags a box stretched to the form's width and passes an ordinary one."""
    open_page(driver, server, "/dang-nhap")
    driver.execute_script(PROBE_JS)
    found = driver.execute_script(CHECKBOX_PROBLEMS_JS)
    stretched = [f for f in found if f.startswith("#probe-stretched ")]
    assert stretched and all(
        what in stretched[0] for what in ("> 40 px", "wider than its label's line", "not on its label's line")
    ), found
    assert not [f for f in found if f.startswith("#probe-fine ")], found


# These forms had `.field input{width:100%}` stretching their checkboxes over the whole form.
@pytest.mark.parametrize("target", ["/phong-trao/moi", "/xet-dieu-kien/cai-dat"])
def test_known_forms_have_unstretched_checkboxes(server, driver, target):
    sign_in(driver, server, "admin")
    open_page(driver, server, target)
    assert driver.execute_script(
        "return document.querySelectorAll('input[type=checkbox], input[type=radio]').length"
    ), f"{target} has no checkbox any more: this test checks nothing"
    failures = []
    for width in WIDTHS:
        set_viewport(driver, width, PHONE_HEIGHT)
        failures += [f"{target} [admin, {width} px]: {f}" for f in driver.execute_script(CHECKBOX_PROBLEMS_JS)]
    assert not failures, f"{len(failures)} stretched checkbox(es):\n" + "\n".join(failures)
