"""Browser tests: a person signs in and uses the Vietnamese UI at phone width.

The page contract these tests rely on:
- /dang-nhap: form#dang-nhap with input#username[name=username],
  input#password[name=password][type=password], a <label for=...> for each,
  and a submit button; a wrong password shows a message containing "không đúng".
- after sign-in the browser is at / and the page shows "Đăng xuất".
- /don-vi: table#danh-sach-don-vi lists the units.
- /nhan-su: form#tim-kiem with a labelled input#tim; the results are in
  table#danh-sach-nhan-su; search ignores diacritics.
- every page has <html lang="vi"> and no horizontal scroll at phone width.
"""

import unicodedata
from urllib.parse import urlparse

import pytest
from selenium.common.exceptions import NoSuchElementException, TimeoutException, WebDriverException
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

WAIT_S = 20
SUBMIT_SELECTOR = "button[type=submit], button:not([type]), input[type=submit]"


def nfc(text):
    return unicodedata.normalize("NFC", text or "")


def fold(text):
    """Lower-case, without diacritics (đ -> d): how a person types a name."""
    decomposed = unicodedata.normalize("NFD", text or "")
    bare = "".join(c for c in decomposed if unicodedata.category(c) != "Mn")
    return bare.replace("đ", "d").replace("Đ", "D").lower()


def page_text(driver):
    """All text of the page, NFC: textContent (not affected by CSS text-transform)
    plus the serialized DOM, so that button and input values count too."""
    content = driver.execute_script("return document.body ? document.body.textContent : ''")
    return nfc(content) + "\n" + nfc(driver.page_source)


def element_text(element):
    return nfc(element.get_attribute("textContent"))


def path_of(driver):
    return urlparse(driver.current_url).path


def describe(driver):
    text = driver.execute_script("return document.body ? document.body.innerText : ''") or ""
    return f"at {driver.current_url!r}; page text: {nfc(text)[:600]!r}"


def wait_until(driver, condition, message, timeout=WAIT_S):
    try:
        return WebDriverWait(driver, timeout).until(condition)
    except TimeoutException:
        pytest.fail(f"{message} ({describe(driver)})", pytrace=False)


def find(driver_or_element, css, what):
    try:
        return driver_or_element.find_element(By.CSS_SELECTOR, css)
    except NoSuchElementException:
        driver = getattr(driver_or_element, "parent", driver_or_element)
        pytest.fail(f"{what} not found (CSS {css!r}) ({describe(driver)})", pytrace=False)


def open_page(driver, base_url, path):
    driver.get(base_url + path)
    wait_until(
        driver,
        lambda d: d.execute_script("return document.readyState") == "complete",
        f"{path} did not finish loading",
    )
    assert driver.find_element(By.TAG_NAME, "html").get_attribute("lang") == "vi", (
        f'{path}: <html> must have lang="vi"'
    )


def left_page(element):
    """True once `element`'s page is gone. Chromium sometimes answers a question about an element of a page
    that is being replaced with "unhandled inspector error: Cannot find context" instead of "stale element":
    both mean the browser has left the page."""
    def check(_driver):
        try:
            element.is_enabled()
            return False
        except WebDriverException:
            return True
    return check


def submit_and_wait(driver, form):
    """Submit `form` with its submit button and wait for the next page to load."""
    buttons = form.find_elements(By.CSS_SELECTOR, SUBMIT_SELECTOR)
    if buttons:
        buttons[0].click()
    else:
        form.find_element(By.CSS_SELECTOR, "input:not([type=hidden])").send_keys(Keys.ENTER)
    wait_until(driver, left_page(form), "submitting the form did not load a new page")
    wait_until(
        driver,
        lambda d: d.execute_script("return document.readyState") == "complete",
        "the page after submitting did not finish loading",
    )


def assert_labelled(driver, input_id, strict_for=True):
    labels = driver.find_elements(By.CSS_SELECTOR, f"label[for={input_id}]")
    if labels and element_text(labels[0]).strip():
        return
    assert not strict_for or labels, f"input#{input_id} has no <label for={input_id}>"
    # Otherwise accept a wrapping <label> or an aria-label.
    field = driver.find_element(By.ID, input_id)
    wrapped = driver.execute_script(
        "return !!arguments[0].closest('label') && arguments[0].closest('label').textContent.trim() !== ''",
        field,
    )
    aria = (field.get_attribute("aria-label") or "").strip()
    assert wrapped or aria or labels, f"input#{input_id} has no label"


def assert_no_horizontal_scroll(driver, where):
    inner, scroll = driver.execute_script(
        "return [window.innerWidth, document.documentElement.scrollWidth]"
    )
    # Make sure the check means something: the viewport really is phone-sized.
    assert inner <= 420, f"viewport is {inner} px wide, expected a phone width"
    assert scroll <= inner + 1, (
        f"{where}: horizontal scroll at phone width "
        f"(scrollWidth {scroll} px > innerWidth {inner} px)"
    )


def fill_sign_in(driver, base_url, username, password):
    """Open /dang-nhap, check the form's contract, fill it in and submit it."""
    open_page(driver, base_url, "/dang-nhap")
    form = find(driver, "form#dang-nhap", "sign-in form")
    user = find(form, "input#username[name=username]", "username field")
    pw = find(form, "input#password[name=password][type=password]", "password field")
    assert_labelled(driver, "username")
    assert_labelled(driver, "password")
    find(form, "button[type=submit]", "submit button")
    user.clear()
    user.send_keys(username)
    pw.clear()
    pw.send_keys(password)
    submit_and_wait(driver, form)


def test_sign_in_units_and_people_search(server, driver, screenshot_dir):
    fill_sign_in(driver, server, "admin", "demo")
    wait_until(driver, lambda d: path_of(d) == "/", "after sign-in the browser should be at /")
    assert driver.find_element(By.TAG_NAME, "html").get_attribute("lang") == "vi"
    assert nfc("Đăng xuất") in page_text(driver), (
        f"signed-in page should offer 'Đăng xuất' ({describe(driver)})"
    )

    # Units.
    open_page(driver, server, "/don-vi")
    units = find(driver, "table#danh-sach-don-vi", "units table")
    assert nfc("Quỹ Phát triển Hợp tác xã") in element_text(units), (
        f"units table should list 'Quỹ Phát triển Hợp tác xã' ({describe(driver)})"
    )
    assert_no_horizontal_scroll(driver, "/don-vi")

    # People: full list, then a search typed without diacritics.
    open_page(driver, server, "/nhan-su")
    find(driver, "table#danh-sach-nhan-su", "people table")
    assert_no_horizontal_scroll(driver, "/nhan-su")

    form = find(driver, "form#tim-kiem", "search form")
    q = find(form, "input#tim", "search field")
    assert_labelled(driver, "tim", strict_for=False)
    q.clear()
    q.send_keys("nguyen van hoa")
    submit_and_wait(driver, form)

    people = find(driver, "table#danh-sach-nhan-su", "people table after search")
    text = element_text(people)
    for name in ("Nguyễn Văn Hoà", "Nguyễn Văn Hòa"):
        assert nfc(name) in text, (
            f"search 'nguyen van hoa' should find {name!r} (both spellings); "
            f"results: {text[:600]!r}"
        )
    # The list really was filtered: every result row matches every word typed.
    rows = people.find_elements(By.CSS_SELECTOR, "tbody tr")
    assert len(rows) >= 2, f"expected at least 2 result rows, got {len(rows)}"
    for row in rows:
        row_text = fold(element_text(row))
        for word in ("nguyen", "van", "hoa"):
            assert word in row_text, f"result row does not match 'nguyen van hoa': {element_text(row)!r}"

    assert driver.find_element(By.TAG_NAME, "html").get_attribute("lang") == "vi"
    assert_no_horizontal_scroll(driver, "/nhan-su search results")
    assert driver.save_screenshot(str(screenshot_dir / "people.png"))


def test_wrong_password_is_refused(server, driver):
    open_page(driver, server, "/dang-nhap")
    assert nfc("không đúng") not in page_text(driver), "error shown before any attempt"

    fill_sign_in(driver, server, "admin", "sai-mat-khau")
    assert nfc("không đúng") in page_text(driver), (
        f"a wrong password should show a message containing 'không đúng' ({describe(driver)})"
    )
    assert nfc("Đăng xuất") not in page_text(driver), "wrong password must not sign in"

    # Still signed out: the home page sends the visitor back to sign in.
    open_page(driver, server, "/")
    assert path_of(driver) == "/dang-nhap" or driver.find_elements(
        By.CSS_SELECTOR, "form#dang-nhap"
    ), f"after a wrong password, / should ask to sign in ({describe(driver)})"
    assert nfc("Đăng xuất") not in page_text(driver), "wrong password must not sign in"
