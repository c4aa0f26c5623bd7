"""What a user meets on the way: destructive actions ask first (without JavaScript), history entries are
withdrawn and can come back, the menu and breadcrumbs lead everywhere, the bulletin's items have pages,
and a unit officer's home lists what to do."""

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By

from conftest import CHROMEDRIVER, CHROMIUM, PHONE_HEIGHT, PHONE_WIDTH
from test_browser import fill_sign_in, open_page, page_text, path_of, wait_until


@pytest.fixture
def nojs_driver():
    """Chromium with JavaScript switched off: every step must still work."""
    options = webdriver.ChromeOptions()
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", f"--window-size={PHONE_WIDTH},{PHONE_HEIGHT}",
                "--no-proxy-server", "--no-first-run"):
        options.add_argument(arg)
    options.add_experimental_option("prefs", {"profile.managed_default_content_settings.javascript": 2})
    options.binary_location = CHROMIUM
    d = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    d.set_page_load_timeout(30)
    try:
        yield d
    finally:
        d.quit()


def first_link(driver, css, text_part):
    for a in driver.find_elements(By.CSS_SELECTOR, css):
        if text_part in a.text:
            return a
    raise AssertionError(f"no link containing {text_part!r} in {css} on {path_of(driver)}")


def test_deactivating_a_unit_asks_first_and_cancel_changes_nothing(server, nojs_driver):
    d = nojs_driver
    fill_sign_in(d, server, "admin", "demo")
    open_page(d, server, "/don-vi?tim=DV15")
    first_link(d, "table a", "").click()
    unit_path = path_of(d)
    d.find_element(By.XPATH, "//button[normalize-space()='Ngừng hoạt động']").click()
    wait_until(d, lambda drv: "Ngừng hoạt động đơn vị" in page_text(drv), "the confirmation page")
    # The confirmation page: the question, the consequences, and a way back.
    assert "Ngừng hoạt động đơn vị" in page_text(d)
    assert "Hồ sơ, cán bộ và quá trình thi đua, khen thưởng của đơn vị vẫn được giữ." in page_text(d)
    d.find_element(By.LINK_TEXT, "Không, quay lại").click()
    wait_until(d, lambda drv: path_of(drv) == unit_path, "back on the unit's page")
    assert "đã ngừng hoạt động từ" not in page_text(d)
    # Confirmed, it happens. Each click loads a page: wait for it (a busy machine hid the form once).
    d.find_element(By.XPATH, "//button[normalize-space()='Ngừng hoạt động']").click()
    wait_until(d, lambda drv: drv.find_elements(By.CSS_SELECTOR, "form.confirm button.danger"), "the confirmation again")
    d.find_element(By.CSS_SELECTOR, "form.confirm button.danger").click()
    wait_until(d, lambda drv: "đã ngừng hoạt động từ" in page_text(drv), "the unit's page says it stopped")


def test_a_history_entry_is_withdrawn_with_a_reason_and_restored(server, nojs_driver):
    d = nojs_driver
    fill_sign_in(d, server, "canbo01", "demo")
    open_page(d, server, "/nhan-su")
    d.find_element(By.CSS_SELECTOR, "table a[href^='/nhan-su/']").click()
    person_path = path_of(d)
    button = d.find_element(By.CSS_SELECTOR, "#dong-thoi-gian form[action$='/rut'] button")
    entry = button.get_attribute("aria-label").removeprefix("Rút: ")
    button.click()
    wait_until(d, lambda drv: "Rút thông tin" in page_text(drv), "the withdrawal form")
    assert "Rút thông tin" in page_text(d)
    # Only spaces (the browser's `required` lets them through): refused by the server, nothing withdrawn.
    d.find_element(By.NAME, "reason").send_keys("   ")
    d.find_element(By.CSS_SELECTOR, "form.confirm button.danger").click()
    assert "Hãy ghi lý do rút thông tin này" in page_text(d)
    d.find_element(By.NAME, "reason").clear()
    d.find_element(By.NAME, "reason").send_keys("Nhập nhầm người")
    d.find_element(By.CSS_SELECTOR, "form.confirm button.danger").click()
    wait_until(d, lambda drv: path_of(drv) == person_path, "back on the person's page after withdrawing")
    assert "Đã rút:" in page_text(d)
    withdrawn = d.find_element(By.ID, "da-rut")
    assert "Thông tin đã rút (1)" in withdrawn.text
    d.find_element(By.CSS_SELECTOR, "#da-rut summary").click()
    assert "Nhập nhầm người" in withdrawn.text and entry in withdrawn.text
    d.find_element(By.CSS_SELECTOR, "#da-rut form[action$='/khoi-phuc'] button").click()
    wait_until(d, lambda drv: "Đã khôi phục:" in page_text(drv), "the entry is back")
    assert not d.find_elements(By.ID, "da-rut")
    # The log keeps both steps.
    open_page(d, server, "/nhat-ky")
    assert "Rút" in page_text(d) and "Khôi phục" in page_text(d)


def test_menu_breadcrumbs_and_the_bulletin_lead_everywhere(server, driver):
    d = driver
    # Signed out: the bulletin has a sign-in link and its items have pages.
    open_page(d, server, "/ban-tin")
    assert d.find_element(By.CSS_SELECTOR, ".topbar a.sign-in").get_attribute("href").endswith("/dang-nhap")
    item = d.find_element(By.CSS_SELECTOR, "#ban-tin-phong-trao h3 a")
    title = item.text
    item.click()
    assert path_of(d).startswith("/ban-tin/phong-trao/")
    assert d.find_element(By.TAG_NAME, "h1").text == title
    fill_sign_in(d, server, "thuky", "demo")
    menu = [a.text for a in d.find_elements(By.CSS_SELECTOR, ".topbar nav ul a")]
    # The calendar for everyone; exemplary models only for the admin who writes them (a 403 otherwise).
    assert "Lịch kỷ niệm" in menu and "Gương điển hình" not in menu
    open_page(d, server, "/khoi-thi-dua")
    d.find_element(By.CSS_SELECTOR, "table a[href^='/khoi-thi-dua/']").click()
    crumbs = [li.text for li in d.find_elements(By.CSS_SELECTOR, "nav.breadcrumbs li")]
    assert crumbs[:2] == ["Trang chủ", "Khối thi đua"] and len(crumbs) == 3
    first_link(d, ".actions a", "Giao ước thi đua năm").click()
    crumbs = [li.text for li in d.find_elements(By.CSS_SELECTOR, "nav.breadcrumbs li")]
    assert crumbs[:2] == ["Trang chủ", "Khối thi đua"] and crumbs[-1].startswith("Giao ước thi đua 20")
    d.find_elements(By.CSS_SELECTOR, "nav.breadcrumbs a")[-1].click()
    assert path_of(d).startswith("/khoi-thi-dua/")


def test_a_unit_officer_home_lists_the_open_registration(server, driver):
    d = driver
    fill_sign_in(d, server, "canbo01", "demo")
    tasks = d.find_element(By.ID, "viec-can-lam")
    link = first_link(d, "#viec-can-lam a", "Đăng ký thi đua:")
    assert "hạn" in tasks.text
    link.click()
    assert path_of(d).endswith("/dang-ky")
    assert "Đăng ký thi đua" in d.find_element(By.TAG_NAME, "h1").text
    assert d.find_elements(By.CSS_SELECTOR, "form button[type=submit]"), "the officer can register now"


def test_a_sweep_prints_without_the_menu_and_the_form(server, driver):
    d = driver
    fill_sign_in(d, server, "canbo01", "demo")
    open_page(d, server, "/xet-dieu-kien?ma=CSTDCS&nam=2024")
    d.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        hidden = d.execute_script(
            "return ['.topbar', 'main form', '.breadcrumbs', '.footer']"
            ".map(s => [s, [...document.querySelectorAll(s)].every(e => getComputedStyle(e).display === 'none')])")
        assert all(ok for _, ok in hidden), hidden
        assert d.find_element(By.ID, "ket-qua-xet").is_displayed()
        assert d.find_elements(By.CSS_SELECTOR, "#ket-qua-xet tbody tr")
    finally:
        d.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
