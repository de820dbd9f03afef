"""Downloads an image a gateway answer links to, under the core's image-download rules.

Every hop (the link, then each redirect, followed here and at most IMAGE_DOWNLOAD_MAX_REDIRECTS) must pass
check_image_url. A host name is resolved once, refused unless every address is public, and the connection
goes to the checked address with the original Host header and TLS server name, so a DNS answer that changes
after the check (DNS rebinding) cannot redirect the request. Bodies are read only up to the cap, and only
PNG, JPEG, GIF or WebP signatures count as images. Refusals come back as data: the tool still shows the link.

The connection is made directly, not through HTTP(S)_PROXY: through a proxy the proxy would resolve the name,
and the checked address could not be pinned. Dify's plugin daemon does not route plugin traffic through its
SSRF proxy either (it only passes HTTP_PROXY/HTTPS_PROXY on when its own environment sets them).
"""

import socket
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urljoin

import requests
import urllib3
from requests.utils import requote_uri

from crazyrouter_common.gateway_constants import (
    ADDRESS_KIND_DESCRIPTIONS,
    IMAGE_DOWNLOAD_MAX_BYTES,
    IMAGE_DOWNLOAD_MAX_REDIRECTS,
    IMAGE_DOWNLOAD_TIMEOUT_SECONDS,
)
from crazyrouter_common.image_url_policy import ImageUrl, check_image_url, classify_ip, sniff_image_type

CONNECT_TIMEOUT_SECONDS = 10.0
# The core's image download deadline (IMAGE_DOWNLOAD_TIMEOUT_MS), generated into gateway_constants.
READ_TIMEOUT_SECONDS = IMAGE_DOWNLOAD_TIMEOUT_SECONDS
_REDIRECTS = (301, 302, 303, 307, 308)
_CHUNK_BYTES = 64 * 1024
_ACCEPT = "image/png, image/jpeg, image/gif, image/webp, image/*;q=0.8"


@dataclass(frozen=True)
class ImageDownload:
    """The image (`data`, `mime_type`, `extension`), or why there is none (`reason`, `message`)."""

    data: bytes | None = None
    mime_type: str | None = None
    extension: str | None = None
    reason: str | None = None
    message: str | None = None

    @property
    def ok(self) -> bool:
        return self.data is not None


def _refused(reason: str, message: str) -> ImageDownload:
    return ImageDownload(reason=reason, message=message)


def check_image_bytes(data: bytes, max_bytes: int = IMAGE_DOWNLOAD_MAX_BYTES, declared_type: str | None = None) -> ImageDownload:
    """Bytes may be kept as an image when under the cap and signed PNG, JPEG, GIF or WebP; the type header never counts."""
    if len(data) > max_bytes:
        return _refused("too-large", f"the image is over the {max_bytes}-byte limit")
    sniffed = sniff_image_type(data)
    if sniffed:
        return ImageDownload(data=data, mime_type=sniffed[0], extension=sniffed[1])
    declared = (declared_type or "").split(";")[0].strip()[:60]
    return _refused("not-image", "the bytes are not a PNG, JPEG, GIF or WebP image" + (f" (the host called them {declared})" if declared else ""))


def _checked_address(url: ImageUrl, resolve: Callable) -> tuple[str | None, ImageDownload | None]:
    """The one address to connect to for a public-looking name, or the refusal: any internal answer refuses the name."""
    try:
        answers = resolve(url.bare_host, url.port, type=socket.SOCK_STREAM)
    except OSError as error:
        return None, _refused("connection", f"{url.host} could not be resolved ({error})")
    addresses = list(dict.fromkeys(answer[4][0] for answer in answers))
    if not addresses:
        return None, _refused("reserved", f"{url.host} resolves to no address")
    for address in addresses:
        kind = classify_ip(address) or "reserved"
        if kind != "public":
            return None, _refused(kind, f"{url.host} resolves to {address}, {ADDRESS_KIND_DESCRIPTIONS[kind]}")
    return addresses[0], None


def _open(url: ImageUrl, address: str, timeout: urllib3.Timeout):
    """One GET to `address` (already checked) with the link's own Host header and TLS name; no redirects, no retries."""
    common = {"timeout": timeout, "retries": False, "maxsize": 1}
    if url.scheme == "https":
        pool = urllib3.HTTPSConnectionPool(
            address,
            url.port,
            server_hostname=url.bare_host,
            assert_hostname=url.bare_host,
            cert_reqs="CERT_REQUIRED",
            ca_certs=requests.certs.where(),
            **common,
        )
    else:
        pool = urllib3.HTTPConnectionPool(address, url.port, **common)
    headers = {"Host": url.host_header, "Accept": _ACCEPT, "Accept-Encoding": "identity", "User-Agent": "crazyrouter-dify-image"}
    response = pool.urlopen(
        "GET",
        requote_uri(url.target),
        headers=headers,
        redirect=False,
        retries=False,
        preload_content=False,
        assert_same_host=False,
    )
    return pool, response


def _read_capped(response, max_bytes: int) -> bytes | None:
    """The body, or None as soon as it grows past `max_bytes` (the connection is then dropped, not drained)."""
    chunks: list[bytes] = []
    size = 0
    for chunk in response.stream(_CHUNK_BYTES, decode_content=True):
        size += len(chunk)
        if size > max_bytes:
            return None
        chunks.append(chunk)
    return b"".join(chunks)


def _after_redirects(redirects: int, message: str) -> str:
    """A refusal's message, saying how many redirects led to it."""
    return message if redirects == 0 else f"after {redirects} redirect{'' if redirects == 1 else 's'}, {message}"


def download_image(
    link: str,
    gateway_base_url: str | None,
    max_bytes: int = IMAGE_DOWNLOAD_MAX_BYTES,
    max_redirects: int = IMAGE_DOWNLOAD_MAX_REDIRECTS,
    resolve: Callable | None = None,
) -> ImageDownload:
    """The core's downloadImage: an image, or a refusal saying why (never an exception for what the host did).

    `resolve` is getaddrinfo-shaped; the system resolver (looked up at call time) when unset.
    """
    resolve = resolve or socket.getaddrinfo
    timeout = urllib3.Timeout(connect=CONNECT_TIMEOUT_SECONDS, read=READ_TIMEOUT_SECONDS)
    current = link
    redirects = 0
    while True:
        verdict = check_image_url(current, gateway_base_url)
        if not verdict.allowed:
            return _refused(verdict.code, _after_redirects(redirects, verdict.message))
        url = verdict.url
        address = url.bare_host
        if verdict.code == "name":
            address, refusal = _checked_address(url, resolve)
            if refusal:
                return _refused(refusal.reason, _after_redirects(redirects, refusal.message))
        try:
            pool, response = _open(url, address, timeout)
        except (urllib3.exceptions.HTTPError, OSError) as error:
            return _refused("connection", _after_redirects(redirects, f"the image host could not be reached ({type(error).__name__})"))
        try:
            if response.status in _REDIRECTS:
                location = response.headers.get("location")
                if not location:
                    return _refused("http-status", _after_redirects(redirects, f"the image host answered HTTP {response.status} without a Location"))
                if redirects >= max_redirects:
                    return _refused("redirects", f"the image host redirected more than {max_redirects} times")
                current = urljoin(f"{url.scheme}://{url.host_header}{url.target}", location)
                redirects += 1
                continue
            if not 200 <= response.status <= 299:
                return _refused("http-status", _after_redirects(redirects, f"the image host answered HTTP {response.status}"))
            declared_length = response.headers.get("content-length", "")
            if declared_length.isdigit() and int(declared_length) > max_bytes:
                return _refused("too-large", _after_redirects(redirects, f"the image is over the {max_bytes}-byte download limit"))
            try:
                data = _read_capped(response, max_bytes)
            except (urllib3.exceptions.HTTPError, OSError) as error:
                return _refused("connection", _after_redirects(redirects, f"the image download broke off ({type(error).__name__})"))
            if data is None:
                return _refused("too-large", _after_redirects(redirects, f"the image is over the {max_bytes}-byte download limit"))
            checked = check_image_bytes(data, max_bytes, response.headers.get("content-type"))
            return checked if checked.ok else _refused(checked.reason, _after_redirects(redirects, checked.message))
        finally:
            # Closing without draining: an oversized or unread body is dropped with its connection.
            response.close()
            pool.close()
