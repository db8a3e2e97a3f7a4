# label: benign family=web hard=0
import requests
from bs4 import BeautifulSoup

r = requests.get("https://news.ycombinator.com/", timeout=10)
soup = BeautifulSoup(r.text, "html.parser")
for a in soup.select(".titleline > a")[:15]:
    print("-", a.get_text())
