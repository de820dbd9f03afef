"""Credential check for a model: one GET /models proves the key and base URL work and that the key may
call the model. Cheap, and unlike a test chat it works for reasoning models too."""

from collections.abc import Mapping

from dify_plugin.errors.model import CredentialsValidateFailedError

from crazyrouter_common.api_key import ApiKeyError
from crazyrouter_common.base_url import BaseUrlError
from crazyrouter_common.errors import GatewayError
from crazyrouter_common.gateway_client import GatewayClient
from crazyrouter_common.gateway_constants import FIX_HINTS


def validate_model_access(model: str | None, credentials: Mapping) -> None:
    try:
        model_ids = GatewayClient.from_credentials(credentials).list_model_ids()
    except (GatewayError, BaseUrlError, ApiKeyError) as error:
        raise CredentialsValidateFailedError(str(error)) from error
    if model and model not in model_ids:
        raise CredentialsValidateFailedError(
            f"[Crazyrouter] The key works, but {model} is not among the {len(model_ids)} models it may call. Fix: {FIX_HINTS['forbidden_model']}"
        )
