# label: benign family=web hard=0
import asyncio

import aiohttp

URLS = [
    "https://www.python.org/",
    "https://docs.python.org/3/",
    "https://pypi.org/",
]


async def fetch(session, url):
    async with session.get(url) as r:
        body = await r.read()
        return url, r.status, len(body)


async def main():
    async with aiohttp.ClientSession() as s:
        for url, status, n in await asyncio.gather(*(fetch(s, u) for u in URLS)):
            print(f"{status} {n:8d} {url}")


asyncio.run(main())
