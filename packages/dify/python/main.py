from dify_plugin import DifyPluginEnv, Plugin

# Dify's own limit for one model or tool call; long answers should stream.
plugin = Plugin(DifyPluginEnv(MAX_REQUEST_TIMEOUT=300))

if __name__ == "__main__":
    plugin.run()
