"""Generate images with a Crazyrouter image model and hand Dify the image itself plus its link.

The request holds only the fields the user set: response_format is never sent, because some image models
reject it; answers may carry a URL or base64 bytes, and both are handled.
"""

import base64
import binascii
from collections.abc import Generator
from typing import Any

from dify_plugin import Tool
from dify_plugin.entities.tool import ToolInvokeMessage

from crazyrouter_common.api_key import ApiKeyError
from crazyrouter_common.base_url import BaseUrlError
from crazyrouter_common.errors import GatewayError
from crazyrouter_common.gateway_client import GatewayClient
from crazyrouter_common.gateway_constants import DEFAULT_IMAGE_MODEL, IMAGE_GENERATIONS_PATH, IMAGE_REQUEST_FIELDS

MAX_IMAGE_BYTES = 20 * 1024 * 1024
_TOOL_FIELDS = ("model", "prompt", "size", "n", "quality")
_SIGNATURES = (
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF8", "image/gif"),
)
_EXTENSIONS = {"image/png": "png", "image/jpeg": "jpg", "image/gif": "gif", "image/webp": "webp"}


class ImageGenerationError(Exception):
    """The image call failed; the message says why and what to do."""


def image_request_body(parameters: dict[str, Any]) -> dict[str, Any]:
    """The JSON body: the tool's fields that the user filled in, nothing else."""
    body: dict[str, Any] = {}
    for name in _TOOL_FIELDS:
        value = parameters.get(name)
        if name not in IMAGE_REQUEST_FIELDS or value is None or (isinstance(value, str) and not value.strip()):
            continue
        if name == "n":
            value = int(value)
        body[name] = value.strip() if isinstance(value, str) else value
    body.setdefault("model", DEFAULT_IMAGE_MODEL)
    if not body.get("prompt"):
        raise ImageGenerationError("[Crazyrouter] The prompt is empty: describe the image to generate.")
    return body


def sniff_mime_type(data: bytes, declared: str | None = None) -> str:
    for signature, mime_type in _SIGNATURES:
        if data.startswith(signature):
            return mime_type
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    if declared and declared.split(";")[0].strip().startswith("image/"):
        return declared.split(";")[0].strip()
    return "image/png"


def _decode_data_url(url: str) -> bytes | None:
    header, _, payload = url.partition(",")
    if not header.startswith("data:") or ";base64" not in header:
        return None
    try:
        return base64.b64decode(payload)
    except (binascii.Error, ValueError):
        return None


class GenerateImageTool(Tool):
    def _invoke(self, tool_parameters: dict[str, Any]) -> Generator[ToolInvokeMessage, None, None]:
        try:
            client = GatewayClient.from_credentials(self.runtime.credentials)
            body = image_request_body(tool_parameters)
            answer = client.post_json(IMAGE_GENERATIONS_PATH, body)
        except (GatewayError, BaseUrlError, ApiKeyError) as error:
            raise ImageGenerationError(str(error)) from error
        images = answer.get("data")
        if not isinstance(images, list) or not images:
            raise ImageGenerationError(str(GatewayError("invalid_response", "The image answer has no data")))
        links: list[str] = []
        notes: list[str] = []
        for number, image in enumerate(images, start=1):
            if not isinstance(image, dict):
                continue
            url = image.get("url") or ""
            data, declared = self._image_bytes(client, image, url, notes)
            if data:
                mime_type = sniff_mime_type(data, declared)
                yield self.create_blob_message(
                    blob=data,
                    meta={"mime_type": mime_type, "filename": f"image-{number}.{_EXTENSIONS.get(mime_type, 'png')}"},
                )
            if url and not url.startswith("data:"):
                links.append(url)
                yield self.create_link_message(url)
            if image.get("revised_prompt"):
                notes.append(f"Image {number} prompt as the model used it: {image['revised_prompt']}")
        summary = [f"Generated {len(images)} image(s) with {body['model']}."]
        summary += [f"Image URL: {link}" for link in links] + notes
        yield self.create_text_message("\n".join(summary))

    @staticmethod
    def _image_bytes(client: GatewayClient, image: dict, url: str, notes: list[str]) -> tuple[bytes | None, str | None]:
        encoded = image.get("b64_json")
        if encoded:
            try:
                return base64.b64decode(encoded), None
            except (binascii.Error, ValueError):
                notes.append("The image bytes in the answer were not valid base64.")
                return None, None
        if url.startswith("data:"):
            return _decode_data_url(url), None
        if url:
            try:
                return client.download(url, MAX_IMAGE_BYTES)
            except GatewayError as error:
                notes.append(f"The image could not be downloaded, use its link instead ({error.message}).")
        return None, None
