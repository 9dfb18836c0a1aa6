import pytest

def test_login_bd080():
    pass

@pytest.mark.parametrize("browser", ["chrome", "firefox"])
def test_login_bd081(browser):
    assert browser == "chrome"

@pytest.mark.parametrize("browser", ["chrome"])
def test_bd82_login(browser):
    pass

@pytest.mark.parametrize("browser", ["chrome"])
def test_login_bd083_flow(browser):
    pass
