"""The Crazyrouter model provider: validates the key and base URL with one cheap call (GET /models)."""

from dify_plugin import ModelProvider

from crazyrouter_common.model_access import validate_model_access


class CrazyrouterModelProvider(ModelProvider):
    def validate_provider_credentials(self, credentials: dict) -> None:
        validate_model_access(None, credentials)
