"""Crazyrouter helpers shared by the model-provider and image-tool plugins."""
