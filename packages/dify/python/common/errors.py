"""Gateway failures as data (code, status, request id, hint), and their Dify error types."""

import json
import re

from dify_plugin.errors.model import (
    InvokeAuthorizationError,
    InvokeBadRequestError,
    InvokeConnectionError,
    InvokeError,
    InvokeRateLimitError,
    InvokeServerUnavailableError,
)

from crazyrouter_common.gateway_constants import FIX_HINTS

_KEY_LIKE = re.compile(r"(sk-[A-Za-z0-9_\-]{4})[A-Za-z0-9_\-]+")
_BEARER = re.compile(r"(Bearer\s+)\S+", re.IGNORECASE)


def redact(text: str, *secrets: str) -> str:
    """Removes API keys from text that may reach a user, a log or a message."""
    for secret in secrets:
        if secret:
            text = text.replace(secret, "sk-***")
    text = _BEARER.sub(r"\1***", text)
    return _KEY_LIKE.sub(r"\1***", text)


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
    ) -> None:
        self.code = code
        self.message = message
        self.status = status
        self.request_id = request_id
        self.gateway_code = gateway_code
        # A situation the code alone does not explain (a redirect, an empty stream) brings its own hint.
        self.hint = hint or FIX_HINTS.get(code, FIX_HINTS["bad_request"])
        super().__init__(self.describe())

    def describe(self) -> str:
        facts = [self.code]
        if self.status is not None:
            facts.append(f"HTTP {self.status}")
        if self.request_id:
            facts.append(f"request {self.request_id}")
        return f"[Crazyrouter] {self.message} ({', '.join(facts)}). Fix: {self.hint}"


def _read_gateway_error(body_text: str) -> dict:
    try:
        parsed = json.loads(body_text)
    except ValueError:
        return {}
    if not isinstance(parsed, dict):
        return {}
    error = parsed.get("error") if isinstance(parsed.get("error"), dict) else parsed
    return {key: str(error[key]) for key in ("message", "code", "type") if isinstance(error.get(key), (str, int))}


def _code_for(status: int, gateway: dict, body_text: str) -> str:
    said = " ".join(gateway.get(key, "") for key in ("code", "type", "message")).lower()
    # The gateway's own code wins over the status: some routes answer 503 for an unknown model.
    if re.search(r"insufficient_quota|quota|余额|额度", said):
        return "quota"
    if re.search(r"model_not_found|does not exist|无可用渠道|no available channel", said):
        return "model_not_found"
    if re.search(r"model_not_allowed|not allowed to use model|model not allowed", said):
        return "forbidden_model"
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
    if re.search(r"<html", body_text, re.IGNORECASE):
        return "invalid_response"
    return "bad_request"


def implied_status(body_text: str) -> int:
    """The status an error envelope stands for where no status says it (a 200 answer), from OpenAI's error types and
    codes, which OpenAI-compatible gateways reuse (core's classify-http-error.ts reads them the same way)."""
    gateway = _read_gateway_error(body_text)
    said = f"{gateway.get('code', '')} {gateway.get('type', '')}".lower()
    message = gateway.get("message", "").lower()
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
    classified = classify_http_error(implied_status(body_text), body_text, request_id, secrets)
    detail = re.sub(r"^Gateway answered \d+:?\s*", "", classified.message)
    lead = f"The gateway answered {status} with an error instead of a result"
    return GatewayError(classified.code, f"{lead}: {detail}" if detail else lead, status=status, request_id=request_id, gateway_code=classified.gateway_code)


def classify_http_error(status: int, body_text: str, request_id: str | None, secrets: tuple[str, ...] = ()) -> GatewayError:
    gateway = _read_gateway_error(body_text)
    if gateway.get("message"):
        detail = gateway["message"]
    elif re.search(r"<html", body_text, re.IGNORECASE):
        detail = "an HTML error page instead of JSON"
    else:
        detail = body_text[:200]
    message = redact(f"Gateway answered {status}" + (f": {detail}" if detail else ""), *secrets)
    return GatewayError(
        _code_for(status, gateway, body_text),
        message,
        status=status,
        request_id=request_id,
        gateway_code=gateway.get("code") or gateway.get("type"),
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


def to_invoke_error(error: Exception, *secrets: str) -> InvokeError:
    """The Dify error type for a failure, its message carrying the fix hint and never the key."""
    if isinstance(error, InvokeError):
        return error
    if isinstance(error, GatewayError):
        error_type = _INVOKE_ERROR_TYPES.get(error.code, InvokeBadRequestError)
        return error_type(redact(error.describe(), *secrets))
    return InvokeBadRequestError(redact(f"[Crazyrouter] {error}", *secrets))
