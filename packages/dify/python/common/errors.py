"""Gateway failures as data (code, status, request id, retryable, hint), and their Dify error types.

Classification and redaction are the core's rules (classifyHttpError, redactSecrets); their cases are the shared
tables fixtures/http-errors.json and fixtures/redaction.json, which python-tests/test_shared_fixtures.py runs
against this module. Patterns, hints and limits come from the core (gateway_constants.py).
"""

import json
import re
from collections.abc import Mapping
from urllib.parse import quote

from dify_plugin.errors.model import (
    InvokeAuthorizationError,
    InvokeBadRequestError,
    InvokeConnectionError,
    InvokeError,
    InvokeRateLimitError,
    InvokeServerUnavailableError,
)

from crazyrouter_common.gateway_constants import (
    ERROR_EXCERPT_LENGTH,
    FIX_HINTS,
    GATEWAY_ERROR_PATTERNS,
    KEY_LIKE_PATTERN,
    MIN_SECRET_LENGTH,
    REDACTED,
    REQUEST_ID_HEADERS,
    RETRYABLE_ERROR_CODES,
    SITUATION_HINTS,
    SPACE_CLASS,
)

# The core's pattern reads \b as ASCII, as JavaScript does.
_KEY_LIKE = re.compile(KEY_LIKE_PATTERN, re.ASCII)
_GATEWAY_SAYS = [(code, re.compile(pattern)) for code, pattern in GATEWAY_ERROR_PATTERNS]
_PARTIAL_WORD = re.compile(f"[^{SPACE_CLASS}]*\\Z")
_HTML = re.compile(r"<html", re.IGNORECASE)


def _url_encoded(secret: str) -> list[str]:
    """encodeURIComponent's form (upper-case hex) and the same in lower-case hex."""
    try:
        upper = quote(secret, safe="!~*'()")
    except UnicodeEncodeError:
        return []
    return [upper, re.sub(r"%[0-9A-F]{2}", lambda escape: escape.group(0).lower(), upper)]


def _echoes(secret: str) -> list[str]:
    """The forms a secret is echoed in: as is, JSON-escaped (also with \\/), URL-encoded; longest first."""
    escaped = json.dumps(secret, ensure_ascii=False)[1:-1]
    forms = dict.fromkeys([secret, escaped, escaped.replace("/", "\\/"), *_url_encoded(secret)])
    return sorted(forms, key=len, reverse=True)


def redact(text: str, *secrets: str | None) -> str:
    """Removes the secrets, in every form they are echoed in, and anything shaped like an sk- key."""
    for secret in secrets:
        if not secret or len(secret) < MIN_SECRET_LENGTH:
            continue
        for form in _echoes(secret):
            text = text.replace(form, REDACTED)
    return _KEY_LIKE.sub(f"sk-{REDACTED}", text)


class GatewayError(Exception):
    """A failed gateway call, classified once, with what to do about it."""

    def __init__(
        self,
        code: str,
        message: str,
        status: int | None = None,
        request_id: str | None = None,
        gateway_code: str | None = None,
        hint: str | None = None,
        retryable: bool | None = None,
        retry_after: float | None = None,
    ) -> None:
        self.code = code
        self.message = message
        self.status = status
        self.request_id = request_id
        self.gateway_code = gateway_code
        self.hint = hint or FIX_HINTS.get(code, FIX_HINTS["bad_request"])
        self.retryable = code in RETRYABLE_ERROR_CODES if retryable is None else retryable
        # Seconds the server asked us to wait (Retry-After), when it said.
        self.retry_after = retry_after
        super().__init__(self.describe())

    def describe(self) -> str:
        facts = [self.code]
        if self.status is not None:
            facts.append(f"HTTP {self.status}")
        if self.request_id:
            facts.append(f"request {self.request_id}")
        return f"[Crazyrouter] {self.message} ({', '.join(facts)}). Fix: {self.hint}"


def _as_text(value: object) -> str | None:
    """JavaScript's String() of a JSON string or number, the only values the core reads."""
    if isinstance(value, bool):
        return None
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value) if isinstance(value, (str, int, float)) else None


def _read_gateway_error(body_text: str) -> dict | None:
    """message, code and type of an error envelope ({"error": {...}}, {"error": "text"} or flat); None if not JSON."""
    try:
        parsed = json.loads(body_text)
    except ValueError:
        return None
    if parsed is None:
        return None
    if not isinstance(parsed, dict):
        return {}
    error = parsed["error"] if isinstance(parsed.get("error"), dict) else parsed
    said = {key: _as_text(error.get(key)) for key in ("message", "code", "type")}
    if said["message"] is None and isinstance(parsed.get("error"), str):
        said["message"] = parsed["error"]
    return {key: value for key, value in said.items() if value is not None}


def _code_for(status: int, gateway: dict | None, body_text: str) -> str:
    gateway = gateway or {}
    said = " ".join(gateway.get(key, "") for key in ("code", "type", "message")).lower()
    # The gateway's own words win over the status: some routes answer 503 for an unknown model.
    for code, pattern in _GATEWAY_SAYS:
        if pattern.search(said):
            return code
    if status == 401:
        return "auth"
    if status == 403:
        return "forbidden_model"
    if status == 404:
        return "not_found"
    if status == 408:
        return "timeout"
    if status == 429:
        return "rate_limited"
    if status in (502, 504) or 520 <= status <= 524:
        return "bad_gateway"
    if status >= 500 or status == 409:
        return "server"
    if _HTML.search(body_text):
        return "invalid_response"
    return "bad_request"


def _excerpt(body_text: str) -> str:
    """The start of a body; a cut never splits a word, so a key running past it is dropped whole."""
    if len(body_text) <= ERROR_EXCERPT_LENGTH:
        return body_text
    return _PARTIAL_WORD.sub("", body_text[:ERROR_EXCERPT_LENGTH], count=1) + "…"


def _header(headers: Mapping, name: str) -> str | None:
    value = headers.get(name)
    if value is None:
        value = next((item for key, item in headers.items() if str(key).lower() == name), None)
    return str(value) if value else None


def classify_http_error(
    status: int,
    body_text: str,
    request_id: str | Mapping | None = None,
    secrets: tuple[str, ...] = (),
) -> GatewayError:
    """A non-2xx answer as a typed error. `request_id` is the id, or the response headers to read it (and a
    redirect's Location) from, by the core's list of request-id header names."""
    location = None
    if isinstance(request_id, Mapping):
        headers = request_id
        request_id = next((value for value in (_header(headers, name) for name in REQUEST_ID_HEADERS) if value), None)
        location = _header(headers, "location")
    if 300 <= status < 400:
        where = f" to {location}" if location else ""
        return GatewayError(
            "invalid_response",
            redact(f"The base URL redirects (HTTP {status}{where}); the call was not sent on.", *secrets),
            status=status,
            request_id=request_id,
            hint=SITUATION_HINTS["redirect"],
            retryable=False,
        )
    gateway = _read_gateway_error(body_text)
    if gateway is not None and gateway.get("message") is not None:
        detail = gateway["message"]
    elif _HTML.search(body_text):
        detail = "an HTML error page instead of JSON"
    else:
        detail = _excerpt(body_text)
    message = redact(f"Gateway answered {status}" + (f": {detail}" if detail else ""), *secrets)
    said = gateway or {}
    return GatewayError(
        _code_for(status, gateway, body_text),
        message,
        status=status,
        request_id=request_id,
        gateway_code=said["code"] if "code" in said else said.get("type"),
    )


_INVOKE_ERROR_TYPES: dict[str, type[InvokeError]] = {
    "auth": InvokeAuthorizationError,
    "forbidden_model": InvokeAuthorizationError,
    "rate_limited": InvokeRateLimitError,
    "server": InvokeServerUnavailableError,
    "bad_gateway": InvokeServerUnavailableError,
    "connection": InvokeConnectionError,
    "timeout": InvokeConnectionError,
}


def _implied_status(gateway: dict | None) -> int:
    """The status an error envelope stands for where no status says it (a 200 answer), from OpenAI's error types and
    codes, which OpenAI-compatible gateways reuse (the core's impliedStatus reads them the same way)."""
    said = f"{(gateway or {}).get('code') or ''} {(gateway or {}).get('type') or ''}".lower()
    message = ((gateway or {}).get("message") or "").lower()
    if re.search(r"invalid_api_key|authentication|unauthori[sz]ed", said) or re.search(r"incorrect api key|invalid api key|invalid token", message):
        return 401
    if re.search(r"permission|forbidden", said):
        return 403
    if "not_found" in said:
        return 404
    if re.search(r"rate_limit|too_many_requests", said) or "rate limit" in message:
        return 429
    if re.search(r"invalid_request|bad_request|invalid_value|invalid_parameter", said):
        return 400
    return 500


def classify_error_envelope(status: int, body_text: str, request_id: str | None, secrets: tuple[str, ...] = ()) -> GatewayError:
    """A 2xx answer whose body is `{"error": ...}`: the upstream's message, classified as the status it stands for."""
    classified = classify_http_error(_implied_status(_read_gateway_error(body_text)), body_text, request_id, secrets)
    detail = re.sub(r"^Gateway answered \d+:?\s*", "", classified.message)
    lead = f"The gateway answered {status} with an error instead of a result"
    return GatewayError(classified.code, f"{lead}: {detail}" if detail else lead, status=status, request_id=request_id, gateway_code=classified.gateway_code)


def to_invoke_error(error: Exception, *secrets: str) -> InvokeError:
    """The Dify error type for a failure, its message carrying the fix hint and never the key."""
    if isinstance(error, InvokeError):
        return error
    if isinstance(error, GatewayError):
        error_type = _INVOKE_ERROR_TYPES.get(error.code, InvokeBadRequestError)
        return error_type(redact(error.describe(), *secrets))
    return InvokeBadRequestError(redact(f"[Crazyrouter] {error}", *secrets))
