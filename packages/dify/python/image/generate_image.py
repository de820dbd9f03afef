"""Generate images with a Crazyrouter image model and hand Dify the image itself plus its link.

The request holds only the fields the user set: response_format is never sent, because some image models
reject it; answers may carry a URL or base64 bytes, and both are handled. Links are downloaded only under the
core's image-download rules (crazyrouter_common.image_download); a link that is not downloaded is still given
to the user with the reason.
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
from crazyrouter_common.image_download import ImageDownload, check_image_bytes, download_image

_TOOL_FIELDS = ("model", "prompt", "size", "n", "quality")


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


def _decode_data_url(url: str) -> bytes | None:
    header, _, payload = url.partition(",")
    if not header.lower().startswith("data:") or ";base64" not in header.lower():
        return None
    try:
        return base64.b64decode("".join(payload.split()))
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
            link = url if url and not url.lower().startswith("data:") else ""
            result = self._image(client, image, url, link)
            if result and result.ok:
                yield self.create_blob_message(
                    blob=result.data,
                    meta={"mime_type": result.mime_type, "filename": f"image-{number}.{result.extension}"},
                )
            elif result:
                where = " Open its link if you trust it." if link else ""
                notes.append(f"Image {number} was not downloaded: {result.message}.{where}")
            if link:
                links.append(link)
                yield self.create_link_message(link)
            if image.get("revised_prompt"):
                notes.append(f"Image {number} prompt as the model used it: {image['revised_prompt']}")
        summary = [f"Generated {len(images)} image(s) with {body['model']}."]
        summary += [f"Image URL: {link}" for link in links] + notes
        yield self.create_text_message("\n".join(summary))

    @staticmethod
    def _image(client: GatewayClient, image: dict, url: str, link: str) -> ImageDownload | None:
        """The image bytes, checked like downloads (signature, cap) whether carried or linked; None when there are none."""
        encoded = image.get("b64_json")
        if encoded:
            try:
                carried = base64.b64decode("".join(str(encoded).split()))
            except (binascii.Error, ValueError):
                return ImageDownload(reason="not-image", message="the image data in the answer is not valid base64")
            return check_image_bytes(carried)
        if url.lower().startswith("data:"):
            carried = _decode_data_url(url)
            return check_image_bytes(carried) if carried is not None else None
        if link:
            return download_image(link, client.base_url)
        return None
