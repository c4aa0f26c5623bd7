"""Fixtures for the browser tests: a real thidua server and a headless Chromium.

Run from the repository root after `swift build --product thidua`:

    THIDUA_BIN=$(swift build --show-bin-path)/thidua python3 -m pytest -q e2e

The server is started once per session with `serve --demo` on a free loopback
port, with a fresh THIDUA_DATA_DIR and without DATABASE_URL, so it uses its own
demo data. Chromium is Debian's (`apt-get install chromium chromium-driver`),
driven through /usr/bin/chromedriver: nothing is downloaded.
"""

import os
import pathlib
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service

E2E_DIR = pathlib.Path(__file__).resolve().parent
REPO_ROOT = E2E_DIR.parent
SCREENSHOT_DIR = E2E_DIR / "screenshots"

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"

# Phone-sized viewport (an iPhone 12-15 in CSS pixels). Headless Chromium will
# not make a window narrower than 500 px, so the viewport is set through the
# DevTools protocol instead; mobile=False keeps the layout viewport at exactly
# this width, so a page that is too wide shows up as horizontal scroll.
PHONE_WIDTH = 390
PHONE_HEIGHT = 844

STARTUP_TIMEOUT_S = 120
SHUTDOWN_GRACE_S = 10

# Where the running server writes its output; read when a test fails.
_server_log_path = None


def _free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _log_tail(path, max_chars=6000):
    try:
        text = pathlib.Path(path).read_text(encoding="utf-8", errors="replace")
    except OSError as e:
        return f"(could not read {path}: {e})"
    return text[-max_chars:] if text else "(empty)"


def _thidua_bin():
    value = os.environ.get("THIDUA_BIN")
    if value:
        path = pathlib.Path(value)
    else:
        path = REPO_ROOT / ".build" / "debug" / "thidua"
    if not (path.is_file() and os.access(path, os.X_OK)):
        pytest.fail(
            f"thidua executable not found at {path}; build it with "
            "`swift build --product thidua` and set "
            "THIDUA_BIN=$(swift build --show-bin-path)/thidua",
            pytrace=False,
        )
    return str(path)


def _stop(proc):
    if proc.poll() is not None:
        return
    proc.send_signal(signal.SIGINT)
    try:
        proc.wait(timeout=SHUTDOWN_GRACE_S)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


@pytest.fixture(scope="session")
def server(tmp_path_factory):
    """Start `thidua serve --demo`; yield its base URL, e.g. http://127.0.0.1:PORT."""
    global _server_log_path
    binary = _thidua_bin()
    port = _free_port()
    base_url = f"http://127.0.0.1:{port}"
    data_dir = tmp_path_factory.mktemp("thidua-data")
    log_path = tmp_path_factory.mktemp("thidua-log") / "server.log"
    _server_log_path = log_path

    env = dict(os.environ)
    env.pop("DATABASE_URL", None)
    env["THIDUA_DATA_DIR"] = str(data_dir)

    cmd = [binary, "serve", "--demo", "--hostname", "127.0.0.1", "--port", str(port)]
    # Loopback only, and never through a proxy that the environment may name.
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))

    with open(log_path, "wb") as log:
        proc = subprocess.Popen(
            cmd,
            cwd=REPO_ROOT,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    try:
        deadline = time.monotonic() + STARTUP_TIMEOUT_S
        last_error = "no answer yet"
        while True:
            code = proc.poll()
            if code is not None:
                pytest.fail(
                    f"server exited with code {code} before answering.\n"
                    f"command: {' '.join(cmd)}\n"
                    f"--- {log_path} (tail) ---\n{_log_tail(log_path)}",
                    pytrace=False,
                )
            try:
                with opener.open(base_url + "/dang-nhap", timeout=5) as resp:
                    if resp.status == 200:
                        break
                    last_error = f"HTTP {resp.status}"
            except urllib.error.HTTPError as e:
                last_error = f"HTTP {e.code}"
            except (urllib.error.URLError, OSError) as e:
                last_error = str(e)
            if time.monotonic() > deadline:
                pytest.fail(
                    f"server did not answer GET /dang-nhap with 200 within "
                    f"{STARTUP_TIMEOUT_S} s (last: {last_error}).\n"
                    f"command: {' '.join(cmd)}\n"
                    f"--- {log_path} (tail) ---\n{_log_tail(log_path)}",
                    pytrace=False,
                )
            time.sleep(0.25)

        yield base_url
    finally:
        _stop(proc)


@pytest.fixture
def driver():
    """A fresh headless Chromium (fresh cookies) with a phone-sized viewport."""
    options = webdriver.ChromeOptions()
    for arg in (
        "--headless=new",
        "--no-sandbox",
        "--disable-dev-shm-usage",
        f"--window-size={PHONE_WIDTH},{PHONE_HEIGHT}",
        "--no-proxy-server",
        "--no-first-run",
    ):
        options.add_argument(arg)
    options.binary_location = CHROMIUM
    # Give the path: Selenium then downloads no driver.
    d = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    try:
        d.execute_cdp_cmd(
            "Emulation.setDeviceMetricsOverride",
            {
                "width": PHONE_WIDTH,
                "height": PHONE_HEIGHT,
                "deviceScaleFactor": 1,
                "mobile": False,
            },
        )
        d.set_page_load_timeout(30)
        yield d
    finally:
        d.quit()


@pytest.fixture(scope="session")
def screenshot_dir():
    SCREENSHOT_DIR.mkdir(parents=True, exist_ok=True)
    return SCREENSHOT_DIR


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    """On failure, show the end of the server's log (before pytest's last line)."""
    if exitstatus == 0 or _server_log_path is None:
        return
    terminalreporter.section(f"thidua server log (tail): {_server_log_path}")
    terminalreporter.write_line(_log_tail(_server_log_path, max_chars=4000))
