# label: benign family=test hard=0
from selenium import webdriver
from selenium.webdriver.common.by import By

driver = webdriver.Firefox()
try:
    driver.get("http://localhost:8000/login")
    driver.find_element(By.NAME, "username").send_keys("test")
    driver.find_element(By.NAME, "password").send_keys("test-password")
    driver.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    assert "Dashboard" in driver.title
finally:
    driver.quit()
