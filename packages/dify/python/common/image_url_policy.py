"""Which image links may be fetched: the image-download rules of @crazyrouter/core, in Python.

A gateway answer names the image links, so they are untrusted. Only http(s) links on the configured gateway's
own origin or on public hosts pass; every internal address range is refused in every spelling the WHATWG URL
parser accepts (which is what browsers, Node and the TypeScript side read), and so are local and cloud-metadata
names. Public-looking names pass here; image_download resolves them, checks every address and connects to the
checked one. The ranges and names come from gateway_constants (generated from the core), and pytest runs the
core's own rule table (IMAGE_DOWNLOAD_RULE_CASES) against this module, row for row.
"""

import ipaddress
import re
from dataclasses import dataclass
from urllib.parse import unquote_to_bytes, urlsplit

from crazyrouter_common.gateway_constants import (
    ADDRESS_KIND_DESCRIPTIONS,
    HOST_NAME_KIND_DESCRIPTIONS,
    IPV4_SPECIAL_RANGES,
    LOCAL_NAME_SUFFIXES,
    METADATA_HOST_NAMES,
)

_V4_RANGES = [(ipaddress.IPv4Network(cidr), kind) for cidr, kind in IPV4_SPECIAL_RANGES]
# Parsers disagree about these (WHATWG reads "\" as "/", urlsplit does not): refuse rather than guess.
_AMBIGUOUS = re.compile(r"[\x00-\x20\x7f\\]")
# WHATWG's forbidden host code points, after percent-decoding.
_FORBIDDEN_HOST = re.compile(r"[\x00-\x20#%/:<>?@\[\\\]^|\x7f]")
_DEFAULT_PORTS = {"http": 80, "https": 443}
_DIGITS = {8: "01234567", 10: "0123456789", 16: "0123456789abcdefABCDEF"}


@dataclass(frozen=True)
class ImageUrl:
    """A link as it will be fetched: the normalised host is what was checked and what Host/SNI carry."""

    scheme: str
    host: str
    port: int
    target: str

    @property
    def host_header(self) -> str:
        return self.host if self.port == _DEFAULT_PORTS[self.scheme] else f"{self.host}:{self.port}"

    @property
    def bare_host(self) -> str:
        return self.host[1:-1] if self.host.startswith("[") else self.host


@dataclass(frozen=True)
class ImageUrlVerdict:
    allowed: bool
    # "gateway", "public-address" or "name" when allowed; the refusal reason otherwise.
    code: str
    message: str = ""
    url: ImageUrl | None = None


class _Invalid(ValueError):
    pass


def classify_ip(text: str) -> str | None:
    """The kind of an IP address ("public", "loopback", ...); None when the text is not an IP address."""
    if text.startswith("["):
        if not text.endswith("]") or ":" not in text:
            return None
        text = text[1:-1]
    if "%" in text:
        text = text.split("%", 1)[0] if text.lower().startswith("fe80:") else ""
    try:
        address = ipaddress.ip_address(text)
    except ValueError:
        return None
    return _classify_v4(address.packed) if address.version == 4 else _classify_v6(address.packed)


def _classify_v4(packed: bytes) -> str:
    address = ipaddress.IPv4Address(packed)
    for network, kind in _V4_RANGES:
        if address in network:
            return kind
    return "public"


def _in_v6(packed: bytes, network: str) -> bool:
    return ipaddress.IPv6Address(packed) in ipaddress.IPv6Network(network)


def _embedded(packed: bytes, fallback: str) -> str:
    kind = _classify_v4(packed)
    return fallback if kind == "public" else kind


def _classify_v6(packed: bytes) -> str:
    if packed[:10] == bytes(10):
        if packed[10:12] == b"\xff\xff":
            return _classify_v4(packed[12:])
        if packed[10:15] == bytes(5):
            return {0: "unspecified", 1: "loopback"}.get(packed[15], "reserved")
        if packed[10:12] == bytes(2):
            return _embedded(packed[12:], "reserved")
    if _in_v6(packed, "64:ff9b::/96"):
        return _embedded(packed[12:], "public")
    if _in_v6(packed, "2002::/16"):
        return _embedded(packed[2:6], "public")
    if packed[0] == 0xFF:
        return "multicast"
    if _in_v6(packed, "fe80::/10"):
        return "link-local"
    if _in_v6(packed, "fc00::/7"):
        return "unique-local"
    if not _in_v6(packed, "2000::/3"):
        return "reserved"
    if any(_in_v6(packed, network) for network in ("2001:db8::/32", "2001::/23", "3fff::/20")):
        return "reserved"
    return "public"


def classify_host_name(name: str) -> str | None:
    """ "metadata" or "local-name" for names refused without DNS; None when only DNS can tell."""
    name = name.lower()
    if name.endswith("."):
        name = name[:-1]
    if name in METADATA_HOST_NAMES:
        return "metadata"
    if "." not in name:
        return "local-name"
    return "local-name" if name.rsplit(".", 1)[1] in LOCAL_NAME_SUFFIXES else None


def _ipv4_number(part: str) -> int:
    if part[:2].lower() == "0x":
        digits, base = part[2:], 16
        if digits == "":
            return 0
    elif len(part) > 1 and part[0] == "0":
        digits, base = part[1:], 8
    else:
        digits, base = part, 10
    if not digits or not all(character in _DIGITS[base] for character in digits):
        raise _Invalid(part)
    return int(digits, base)


def _ends_in_number(labels: list[str]) -> bool:
    last = labels[-1]
    if last != "" and last.isascii() and last.isdigit():
        return True
    return last[:2].lower() == "0x" and all(character in _DIGITS[16] for character in last[2:])


def _parse_ipv4(labels: list[str]) -> str:
    """WHATWG's IPv4 parser: 1 to 4 parts, each decimal, 0x-hex or 0-octal, the last filling the rest."""
    if len(labels) > 4:
        raise _Invalid("too many parts")
    numbers = [_ipv4_number(label) for label in labels]
    if any(number > 255 for number in numbers[:-1]) or numbers[-1] >= 256 ** (5 - len(numbers)):
        raise _Invalid("out of range")
    value = numbers[-1]
    for index, number in enumerate(numbers[:-1]):
        value += number * 256 ** (3 - index)
    return str(ipaddress.IPv4Address(value))


def _parse_host(raw: str) -> str:
    """The host as the WHATWG URL parser serialises it for http(s): bracketed IPv6, dotted IPv4, or ASCII name."""
    if raw.startswith("["):
        if not raw.endswith("]") or "%" in raw:
            raise _Invalid("bad IPv6 literal")
        try:
            return f"[{ipaddress.IPv6Address(raw[1:-1]).compressed}]"
        except ValueError as error:
            raise _Invalid("bad IPv6 literal") from error
    try:
        decoded = unquote_to_bytes(raw).decode("utf-8")
    except UnicodeDecodeError as error:
        raise _Invalid("bad percent-encoding") from error
    if not decoded.isascii():
        try:
            decoded = decoded.encode("idna").decode("ascii")
        except UnicodeError as error:
            raise _Invalid("bad international name") from error
    host = decoded.lower()
    if host == "" or _FORBIDDEN_HOST.search(host):
        raise _Invalid("bad host")
    labels = host.split(".")
    if len(labels) > 1 and labels[-1] == "":
        labels = labels[:-1]
    return _parse_ipv4(labels) if _ends_in_number(labels) else host


def parse_image_url(link: str) -> ImageUrl:
    """The parts of an http(s) link; raises ValueError for anything the check must refuse as invalid."""
    parts = urlsplit(link)
    netloc = parts.netloc.rpartition("@")[2]
    if netloc.startswith("["):
        raw_host, _, rest = netloc.partition("]")
        raw_host += "]"
        port_text = rest[1:] if rest.startswith(":") else None
        if rest and port_text is None:
            raise _Invalid("bad port")
    else:
        raw_host, _, port_text = netloc.partition(":")
        port_text = port_text if ":" in netloc else None
    if port_text is not None and port_text != "" and not (port_text.isascii() and port_text.isdigit() and int(port_text) <= 65535):
        raise _Invalid("bad port")
    scheme = parts.scheme.lower()
    port = int(port_text) if port_text else _DEFAULT_PORTS[scheme]
    target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    return ImageUrl(scheme, _parse_host(raw_host), port, target)


def _origin(link: str | None) -> tuple[str, str, int] | None:
    if not link:
        return None
    try:
        url = parse_image_url(link) if urlsplit(link).scheme.lower() in _DEFAULT_PORTS else None
    except ValueError:
        return None
    return (url.scheme, url.host, url.port) if url else None


def _refuse(code: str, message: str) -> ImageUrlVerdict:
    return ImageUrlVerdict(False, code, message)


def check_image_url(link: str, gateway_base_url: str | None) -> ImageUrlVerdict:
    """The core's checkImageUrl: allowed with how to fetch ("gateway", "public-address", "name"), or why not."""
    if _AMBIGUOUS.search(link):
        return _refuse("invalid-url", "the link contains spaces, control characters or backslashes")
    try:
        parts = urlsplit(link)
    except ValueError:
        return _refuse("invalid-url", "the link is not a valid URL")
    scheme = parts.scheme.lower()
    if scheme == "" or (scheme in _DEFAULT_PORTS and not parts.netloc):
        return _refuse("invalid-url", "the link is not a valid URL")
    if scheme not in _DEFAULT_PORTS:
        return _refuse("scheme", f"the link uses {scheme}:, not http or https")
    if "@" in parts.netloc:
        return _refuse("credentials", "the link carries a user name or password")
    try:
        url = parse_image_url(link)
    except ValueError:
        return _refuse("invalid-url", "the link is not a valid URL")
    if (url.scheme, url.host, url.port) == _origin(gateway_base_url):
        return ImageUrlVerdict(True, "gateway", url=url)
    address_kind = classify_ip(url.host)
    if address_kind == "public":
        return ImageUrlVerdict(True, "public-address", url=url)
    if address_kind is not None:
        return _refuse(address_kind, f"{url.host} is {ADDRESS_KIND_DESCRIPTIONS[address_kind]}")
    name_kind = classify_host_name(url.host)
    if name_kind is not None:
        return _refuse(name_kind, f"{url.host} is {HOST_NAME_KIND_DESCRIPTIONS[name_kind]}")
    return ImageUrlVerdict(True, "name", url=url)


def sniff_image_type(data: bytes) -> tuple[str, str] | None:
    """(MIME type, extension) from the first bytes: PNG, JPEG, GIF or WebP; None for anything else."""
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png", "png"
    if data.startswith(b"\xff\xd8\xff"):
        return "image/jpeg", "jpg"
    if data[:6] in (b"GIF87a", b"GIF89a"):
        return "image/gif", "gif"
    if len(data) >= 12 and data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp", "webp"
    return None
