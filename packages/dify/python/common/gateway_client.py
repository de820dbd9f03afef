"""One small HTTP client for the gateway: JSON in and out, bounded timeouts, typed errors, no retries.

Retrying is left to Dify (and to the core for other clients), so a failed call fails once, with its hint; the one
exception, an embeddings batch refused with 429, is retried by the caller (rate_limit_gate.py) from the Retry-After
the error carries.
"""

import json
import time
from collections.abc import Mapping

import requests
import urllib3

from crazyrouter_common.api_key import clean_api_key
from crazyrouter_common.base_url import resolve_base_url
from crazyrouter_common.errors import GatewayError, classify_error_envelope, classify_http_error, redact
from crazyrouter_common.gateway_constants import HEADERS_DEADLINE_SECONDS, LIST_MODELS_PATH
from crazyrouter_common.retry_policy import parse_retry_after

CONNECT_TIMEOUT_SECONDS = 10.0
# The core's headers deadline: a read that gets no byte for this long will never get one (Cloudflare answers 524
# after about 100 s), and a stream sends bytes all along.
READ_TIMEOUT_SECONDS = HEADERS_DEADLINE_SECONDS


class GatewayClient:
    def __init__(self, base_url: str, api_key: str, read_timeout: float | None = None, session: requests.Session | None = None) -> None:
        self.base_url = base_url.rstrip("/")
        self.api_key = api_key
        self.read_timeout = read_timeout
        # A caller that sends many requests (the batches of an embeddings call) passes a session it closes, so
        # connections are kept alive between them; otherwise each request has its own connection.
        self.session = session

    @classmethod
    def from_credentials(cls, credentials: Mapping, session: requests.Session | None = None) -> "GatewayClient":
        return cls(resolve_base_url(credentials), clean_api_key(credentials.get("api_key")), session=session)

    def url(self, path: str) -> str:
        return self.base_url + path

    def get_json(self, path: str) -> dict:
        return self._json(self._send("GET", path, None, stream=True))

    def post_json(self, path: str, body: dict) -> dict:
        return self._json(self._send("POST", path, body, stream=True))

    def post_stream(self, path: str, body: dict) -> requests.Response:
        """Sends the request and checks the status; the caller reads the event stream."""
        return self._send("POST", path, body, stream=True)

    def list_model_ids(self) -> list[str]:
        answer = self.get_json(LIST_MODELS_PATH)
        data = answer.get("data")
        if not isinstance(data, list):
            raise GatewayError("invalid_response", "The model list has no data array.")
        return [str(item["id"]) for item in data if isinstance(item, dict) and item.get("id")]

    def _timeout(self) -> tuple[float, float]:
        return (CONNECT_TIMEOUT_SECONDS, self.read_timeout or READ_TIMEOUT_SECONDS)

    def _send(self, method: str, path: str, body: dict | None, stream: bool) -> requests.Response:
        headers = {"Authorization": f"Bearer {self.api_key}"}
        data = None
        if body is not None:
            headers["Content-Type"] = "application/json"
            data = json.dumps(body, ensure_ascii=False).encode("utf-8")
        try:
            # Redirects are not followed: requests would turn a POST into a GET and resend to wherever the answer points.
            response = (self.session or requests).request(
                method, self.url(path), headers=headers, data=data, timeout=self._timeout(), stream=stream, allow_redirects=False
            )
        except requests.exceptions.Timeout as error:
            raise GatewayError("timeout", f"No answer from {self.url(path)} in time") from error
        except requests.exceptions.RequestException as error:
            raise GatewayError("connection", redact(f"Could not reach {self.base_url}: {type(error).__name__}", self.api_key)) from error
        if response.status_code >= 300:
            try:
                text = response.text
            except requests.exceptions.RequestException:
                text = ""
            # The headers, for every request-id header the core knows and a redirect's Location.
            error = classify_http_error(response.status_code, text, response.headers, (self.api_key,))
            error.retry_after = parse_retry_after(response.headers, time.time())
            raise error
        if response.encoding is None or response.encoding == "ISO-8859-1":
            response.encoding = "utf-8"
        return response

    def _json(self, response: requests.Response) -> dict:
        try:
            text = self._read_text(response)
        finally:
            response.close()
        try:
            parsed = json.loads(text)
        except ValueError as error:
            raise GatewayError(
                "invalid_response",
                "The answer is not JSON",
                status=response.status_code,
                request_id=response.headers.get("x-request-id"),
            ) from error
        if not isinstance(parsed, dict):
            raise GatewayError("invalid_response", "The answer is not a JSON object", status=response.status_code)
        if parsed.get("error"):
            # An error dressed as a success: say what the upstream said, not that the result has no choices.
            raise classify_error_envelope(response.status_code, text, response.headers.get("x-request-id"), (self.api_key,))
        return parsed

    def _read_text(self, response: requests.Response) -> str:
        """The whole body in one read, decoded as requests' .text decodes it. requests' .content reads 10 KiB at a
        time, which was most of the CPU of taking in a 1 MB embeddings answer (under gevent, time no other batch runs)."""
        try:
            body = response.raw.read(decode_content=True)
        except urllib3.exceptions.HTTPError as error:
            # A cut body, a read timeout, bad gzip: a connection failure, as requests reports them when it reads.
            raise GatewayError("connection", redact(f"Could not reach {self.base_url}: {type(error).__name__}", self.api_key)) from error
        try:
            return body.decode(response.encoding or "utf-8", errors="replace")
        except LookupError:
            return body.decode("utf-8", errors="replace")
