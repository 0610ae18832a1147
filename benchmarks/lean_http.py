"""A lean HTTP/1.1 client for the benchmarks' crowds: keep-alive connections and one cookie jar per person.

The benchmarks run their crowd on the machine that serves it, so the client's own CPU is taken from the
platform's. httpx spent about 6 ms of CPU per request here (its request and response models, cookie
policy, and transport layers); this client does what a browser's connection does for a form, in well under
a millisecond: it writes the request, reads the status line, the headers and the body (Content-Length,
chunked, or until close), keeps the cookies the server sets, and nothing else. No redirect is followed.
"""

from __future__ import annotations

import asyncio
from urllib.parse import urlencode, urlsplit


class Response:
    __slots__ = ("status_code", "headers", "content")

    def __init__(self, status_code: int, headers: dict[str, str], content: bytes):
        self.status_code, self.headers, self.content = status_code, headers, content

    @property
    def text(self) -> str:
        return self.content.decode("utf-8", errors="replace")

    def raise_for_status(self) -> None:
        if self.status_code >= 400:
            raise ConnectionError(f"HTTP {self.status_code}")


class TransportError(ConnectionError):
    """The connection failed or closed before a whole response arrived."""


class LeanClient:
    def __init__(self, base: str, cookies: dict[str, str] | None = None, timeout: float = 120):
        parts = urlsplit(base)
        self.host, self.port = parts.hostname, parts.port or 80
        self.host_header = parts.netloc
        self.cookies: dict[str, str] = dict(cookies or {})
        self.timeout = timeout
        self._idle: list[tuple[asyncio.StreamReader, asyncio.StreamWriter]] = []  # two requests at once take two

    async def get(self, url: str, headers: dict | None = None) -> Response:
        return await self.request("GET", url, headers=headers)

    async def post(self, url: str, data=None, headers: dict | None = None) -> Response:
        return await self.request("POST", url, data=data, headers=headers)

    async def request(self, method: str, url: str, data=None, headers: dict | None = None) -> Response:
        body = urlencode(data, doseq=True).encode() if data is not None else b""
        lines = [f"{method} {url} HTTP/1.1", f"Host: {self.host_header}", "Connection: keep-alive",
                 "Accept-Encoding: identity"]
        for name, value in (headers or {}).items():
            lines.append(f"{name}: {value}")
        if self.cookies:
            lines.append("Cookie: " + "; ".join(f"{k}={v}" for k, v in self.cookies.items()))
        if method != "GET" or body:
            lines.append("Content-Type: application/x-www-form-urlencoded")
            lines.append(f"Content-Length: {len(body)}")
        payload = ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body
        for attempt in (1, 2):
            reused = bool(self._idle)
            connection = None
            try:
                connection = self._idle.pop() if reused else await asyncio.wait_for(
                    asyncio.open_connection(self.host, self.port), self.timeout)
                connection[1].write(payload)
                response, keep = await asyncio.wait_for(self._read(connection[0]), self.timeout)
                if keep:
                    self._idle.append(connection)
                else:
                    await _close(connection[1])
                return response
            except (OSError, asyncio.IncompleteReadError, TimeoutError, TransportError) as error:
                if connection is not None:
                    await _close(connection[1])
                # A kept-alive connection the server closed while idle: send once more on a new one (as a
                # browser does), but never after a request went out on a fresh connection.
                if not (reused and attempt == 1 and isinstance(error, (ConnectionResetError, BrokenPipeError,
                                                                          asyncio.IncompleteReadError, TransportError))):
                    raise TransportError(str(error) or type(error).__name__) from error
        raise TransportError("unreachable")

    async def _read(self, reader: asyncio.StreamReader) -> tuple[Response, bool]:
        status_line = await reader.readline()
        if not status_line:
            raise TransportError("connection closed before the status line")
        status = int(status_line.split(b" ", 2)[1])
        headers: dict[str, str] = {}
        while True:
            line = await reader.readline()
            if line in (b"\r\n", b"\n", b""):
                break
            name, _colon, value = line.decode("latin-1").partition(":")
            name, value = name.strip().lower(), value.strip()
            if name == "set-cookie":
                cookie = value.split(";", 1)[0]
                key, _eq, val = cookie.partition("=")
                if "max-age=0" in value.lower() or val == "":
                    self.cookies.pop(key.strip(), None)
                else:
                    self.cookies[key.strip()] = val.strip()
            headers[name] = value
        keep = headers.get("connection", "").lower() != "close"
        if headers.get("transfer-encoding", "").lower() == "chunked":
            chunks = []
            while True:
                size = int((await reader.readline()).split(b";", 1)[0].strip() or b"0", 16)
                if size == 0:
                    while (await reader.readline()) not in (b"\r\n", b"\n", b""):
                        pass
                    break
                chunks.append(await reader.readexactly(size))
                await reader.readexactly(2)
            content = b"".join(chunks)
        elif "content-length" in headers:
            content = await reader.readexactly(int(headers["content-length"]))
        elif status in (204, 304) or 100 <= status < 200:
            content = b""
        else:
            content, keep = await reader.read(), False
        return Response(status, headers, content), keep

    async def aclose(self) -> None:
        idle, self._idle = self._idle, []
        for _reader, writer in idle:
            await _close(writer)


async def _close(writer: asyncio.StreamWriter) -> None:
    writer.close()
    try:
        await writer.wait_closed()
    except OSError:
        pass
