"""Browser test of the movement cycle (issue 5), at phone width:
a leader launches a movement linked to an anniversary; canbo01 registers its unit's targets; the bloc
secretary sees who has not registered; the movement shows on the public /ban-tin and its Atom feed.
"""

import urllib.request

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from test_browser import (assert_labelled, assert_no_horizontal_scroll, fill_sign_in, find, open_page, page_text,
                          path_of, submit_and_wait, wait_until)

TITLE = "Thi đua chào mừng Quốc khánh – thử nghiệm trình duyệt"


def set_value(driver, element, value):
    """Date inputs take typed text in the browser's locale; set the ISO value directly instead."""
    driver.execute_script("arguments[0].value = arguments[1]", element, value)


def sign_out(driver):
    driver.delete_all_cookies()


def test_launch_register_follow_up_and_publish(server, driver):
    # A leader creates the movement, linked to National Day, and launches it.
    fill_sign_in(driver, server, "lanhdao", "demo")
    open_page(driver, server, "/phong-trao/moi")
    form = find(driver, "form.card", "movement form")
    for field in ["f-title", "f-year", "f-kind", "f-scopeKind", "f-scopeID", "f-anniversaryID", "f-periodFrom", "f-periodTo"]:
        assert_labelled(driver, field)
    find(form, "#f-title", "title").send_keys(TITLE)
    Select(find(form, "#f-kind", "kind")).select_by_value("thematic")
    Select(find(form, "#f-scopeKind", "scope kind")).select_by_value("bloc")
    scope = Select(find(form, "#f-scopeID", "scope"))
    scope.select_by_visible_text(next(o.text for o in scope.options if o.text.startswith("Khối: Khối thi đua các đơn vị sự nghiệp")))
    anniversary = Select(find(form, "#f-anniversaryID", "anniversary"))
    anniversary.select_by_visible_text(next(o.text for o in anniversary.options if "Ngày Quốc khánh" in o.text))
    set_value(driver, find(form, "#f-periodFrom", "from"), "2026-08-01")
    set_value(driver, find(form, "#f-periodTo", "to"), "2026-09-02")
    set_value(driver, find(form, "#f-registrationDeadline", "deadline"), "2026-12-31")
    find(form, "#code-LDTT", "LDTT box").click()
    assert_no_horizontal_scroll(driver, "/phong-trao/moi")
    submit_and_wait(driver, form)
    assert path_of(driver).startswith("/phong-trao/"), page_text(driver)[:500]
    movement_path = path_of(driver)
    assert "Kỷ niệm 81 năm Ngày Quốc khánh (02/9/1945-02/9/2026)" in page_text(driver)
    launch = find(driver, "#chuyen-launched", "launch button")
    submit_and_wait(driver, launch.find_element(By.XPATH, "./ancestor::form"))
    assert "Đã phát động" in page_text(driver)
    assert_no_horizontal_scroll(driver, movement_path)

    # canbo01 registers their unit's targets.
    sign_out(driver)
    fill_sign_in(driver, server, "canbo01", "demo")
    open_page(driver, server, movement_path + "/dang-ky")
    form = find(driver, "form.card", "registration form")
    boxes = form.find_elements(By.CSS_SELECTOR, "#dang-ky-ca-nhan input[type=checkbox]")
    assert boxes, "no individual target to tick"
    assert_labelled(driver, boxes[0].get_attribute("id"))
    boxes[0].click()
    find(form, "#tt-TTLDTT", "collective TTLĐTT").click()
    assert_no_horizontal_scroll(driver, "registration")
    submit_and_wait(driver, form)
    assert "Đã lưu đăng ký thi đua" in page_text(driver) or "Đã lưu, nhưng" in page_text(driver)

    # The bloc secretary sees who has not registered.
    sign_out(driver)
    fill_sign_in(driver, server, "thuky", "demo")
    open_page(driver, server, movement_path + "/dang-ky")
    summary = find(driver, "#tong-hop-dang-ky", "registration summary")
    assert "Đã đăng ký 1/15 đơn vị" in summary.text
    missing = find(driver, "#chua-dang-ky", "list of units not registered").text
    assert "Quỹ Phát triển Hợp tác xã" not in missing
    assert len(missing.strip().splitlines()) == 14

    # The public bulletin shows it, without signing in; the feed too.
    sign_out(driver)
    open_page(driver, server, "/ban-tin")
    text = page_text(driver)
    assert TITLE in text
    assert "Gương điển hình chờ duyệt" not in text      # the demo's unpublished model
    assert_no_horizontal_scroll(driver, "/ban-tin")
    with urllib.request.urlopen(server + "/ban-tin/atom.xml", timeout=10) as resp:
        feed = resp.read().decode("utf-8")
        assert resp.headers["Content-Type"].startswith("application/atom+xml")
    assert TITLE in feed
