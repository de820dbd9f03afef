"""The Crazyrouter image tool provider: validates the key and base URL with GET /models."""

from typing import Any

from dify_plugin import ToolProvider
from dify_plugin.errors.tool import ToolProviderCredentialValidationError

from crazyrouter_common.api_key import ApiKeyError
from crazyrouter_common.base_url import BaseUrlError
from crazyrouter_common.errors import GatewayError
from crazyrouter_common.gateway_client import GatewayClient


class CrazyrouterImageProvider(ToolProvider):
    def _validate_credentials(self, credentials: dict[str, Any]) -> None:
        try:
            GatewayClient.from_credentials(credentials).list_model_ids()
        except (GatewayError, BaseUrlError, ApiKeyError) as error:
            raise ToolProviderCredentialValidationError(str(error)) from error
