"""The web page in a real headless Chromium: search, include a tag, exclude a tag, open a work, read it."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest

from conftest_library import LiveServer, corpus, fill, hostile_work, story_with_dialogue
from ficlens.library.storage import open_library
from ficlens.library.synthetic import make_work
from ficlens.library.web.app import create_app

pytestmark = pytest.mark.browser

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
SCREENSHOT = Path(tempfile.gettempdir()) / "ficlens-library-search.png"


@pytest.fixture(scope="module")
def browser():
    if not (os.path.exists(CHROMIUM) and os.path.exists(CHROMEDRIVER)):
        message = "Chromium and chromedriver are missing (/usr/bin); run `make system-deps`"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    profile = tempfile.mkdtemp(prefix="ficlens-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", f"--user-data-dir={profile}", "--window-size=1280,1400"):
        options.add_argument(arg)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(30)
    yield driver
    driver.quit()
    shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    library = open_library(str(tmp_path_factory.mktemp("browser") / "library.sqlite"))
    fill(library, corpus())
    for i in range(12):
        library.add(make_work(i))
    library.add(hostile_work())
    tea_id = library.add(story_with_dialogue())[0]
    with LiveServer(create_app(library)) as live:
        yield live, tea_id
    library.close()


def result_titles(driver) -> list[str]:
    from selenium.webdriver.common.by import By

    return [e.text for e in driver.find_elements(By.CSS_SELECTOR, "li.blurb .work-title")]


def count_heading(driver) -> int:
    from selenium.webdriver.common.by import By

    return int(driver.find_element(By.ID, "result-count").text.split()[0].replace(",", ""))


def navigate_by_click(driver, element) -> None:
    """Click a link or submit button and wait until the next page has replaced this one.

    A click returns before the browser has loaded the new page, so reading elements at once can
    meet the old page or a node that goes stale under us. The old page is marked with a window
    property that the new page does not have; while the browser is between pages, the probe
    itself may fail, so those errors only mean "not yet"."""
    from selenium.common.exceptions import WebDriverException
    from selenium.webdriver.support.ui import WebDriverWait

    driver.execute_script("window.ficlensPreviousPage = true;")
    element.click()
    WebDriverWait(driver, 15, ignored_exceptions=(WebDriverException,)).until(
        lambda d: d.execute_script(
            "return window.ficlensPreviousPage === undefined && document.readyState === 'complete';"
        )
    )


def test_search_filter_open_and_read(browser, server):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    live, tea_id = server
    browser.get(live.url + "/")
    assert "ficlens" in browser.title
    everything = count_heading(browser)
    assert everything == 18

    box = browser.find_element(By.ID, "q")
    box.send_keys("lantern")
    navigate_by_click(browser, browser.find_element(By.ID, "search-button"))
    titles = result_titles(browser)
    assert titles[0] == "Lanterns Over the Harbour"
    assert browser.find_element(By.CSS_SELECTOR, "input#q").get_attribute("value") == "lantern"

    # Include a tag from the facet sidebar, then exclude another.
    browser.get(live.url + "/")
    navigate_by_click(browser, browser.find_element(By.CSS_SELECTOR, 'a.include[title="Include Fluff"]'))
    assert "tag=Fluff" in browser.current_url
    with_fluff = count_heading(browser)
    assert 0 < with_fluff < everything
    navigate_by_click(browser, browser.find_element(By.CSS_SELECTOR, 'a.exclude[title="Exclude Angst"]'))
    assert "exclude=Angst" in browser.current_url
    without_angst = count_heading(browser)
    assert without_angst < with_fluff
    for blurb in browser.find_elements(By.CSS_SELECTOR, "li.blurb ul.tags"):
        assert "Angst" not in blurb.text.split(", ")
    browser.save_screenshot(str(SCREENSHOT))
    assert SCREENSHOT.stat().st_size > 10_000

    # The applied filters are checked boxes; unticking one and submitting removes it.
    applied = browser.find_element(By.CSS_SELECTOR, 'fieldset.applied input[name="exclude"][value="Angst"]')
    applied.click()
    navigate_by_click(browser, browser.find_element(By.CSS_SELECTOR, "aside.filters button.apply"))
    assert "exclude=Angst" not in browser.current_url and count_heading(browser) == with_fluff

    # Open a work and read it.
    browser.get(live.url + "/?q=tea")
    navigate_by_click(browser, browser.find_element(By.LINK_TEXT, "A Cup of Tea"))
    assert browser.current_url.endswith(f"/works/{tea_id}")
    assert browser.find_element(By.ID, "work-title").text == "A Cup of Tea"
    reader = browser.find_element(By.ID, "reader")
    assert "neither of them spoke" in reader.text
    note = reader.find_element(By.CSS_SELECTOR, "details.paratext")
    assert "thank you for reading" not in note.text  # folded away
    note.find_element(By.TAG_NAME, "summary").click()
    WebDriverWait(browser, 15).until(lambda _: note.get_attribute("open") is not None)
    assert "thank you for reading" in note.text
    quotes = reader.find_elements(By.CSS_SELECTOR, "span.quote")
    assert [q.text for q in quotes] == ["Is the tea ready?", "Almost,", "Sit down."]
    assert quotes[0].value_of_css_property("background-color") != quotes[1].value_of_css_property("background-color")
    assert browser.find_element(By.CSS_SELECTOR, "svg.relgraph line.edge").is_displayed()
    if os.environ.get("FICLENS_WORK_SCREENSHOT"):
        browser.save_screenshot(os.environ["FICLENS_WORK_SCREENSHOT"])


def test_hostile_work_runs_no_script(browser, server):
    from selenium.webdriver.common.by import By

    live, _ = server
    browser.get(live.url + "/?q=script")
    link = browser.find_element(By.PARTIAL_LINK_TEXT, "Title <script>")
    navigate_by_click(browser, link)
    assert "<script>alert(\"x\")</script>" in browser.find_element(By.ID, "work-title").text
    # No alert opened and no injected element exists in the DOM.
    assert browser.execute_script("return document.querySelectorAll('main script, main img').length") == 0
    assert browser.execute_script("return document.querySelectorAll('a[href^=\"javascript:\"]').length") == 0
