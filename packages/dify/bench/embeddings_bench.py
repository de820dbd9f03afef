"""One timed embeddings call of the model plugin, loaded as Dify's runtime loads it (the real dify_plugin SDK):
`python embeddings_bench.py PLUGIN_DIR BASE_URL API_KEY CHUNKS BATCH_SIZE BOUND`. BOUND 1 sends the batches one
after another. Prints one JSON line: elapsed ms, CPU ms of the call, peak RSS, and a digest of the vectors (the same in every mode)."""

import hashlib
import json
import os
import resource
import sys
import time
from array import array

import dify_plugin  # noqa: F401  (patches sockets with gevent first, as in the real runtime)
from dify_plugin.config.config import DifyPluginEnv
from dify_plugin.core.plugin_registration import PluginRegistration
from dify_plugin.entities.model import ModelType

plugin_dir, base_url, api_key, chunks, batch_size, bound = sys.argv[1:7]
sys.path.insert(0, plugin_dir)
os.chdir(plugin_dir)
registration = PluginRegistration(DifyPluginEnv())
embedding = registration.get_model_instance("crazyrouter", ModelType.TEXT_EMBEDDING)
# The runtime loads model modules by file, not by name: reach the bound through the class's own globals.
type(embedding)._invoke.__globals__["DEFAULT_EMBEDDING_CONCURRENCY"] = int(bound)

credentials = {"api_key": api_key, "base_url_region": "custom", "custom_base_url": base_url, "max_chunks": batch_size}
texts = [f"knowledge base chunk number {index}: a paragraph of an imported document" for index in range(int(chunks))]
started, cpu_started = time.perf_counter(), time.process_time()
result = embedding.invoke("custom-embedding", credentials, texts)
elapsed_ms = (time.perf_counter() - started) * 1000
# Under gevent the CPU of every batch runs one at a time: what the batches cannot overlap.
cpu_ms = (time.process_time() - cpu_started) * 1000
digest = hashlib.sha256(b"".join(array("f", vector).tobytes() for vector in result.embeddings)).hexdigest()[:16]
peak_rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"elapsedMs": elapsed_ms, "cpuMs": cpu_ms, "peakRssMb": peak_rss_mb, "vectors": len(result.embeddings), "digest": digest}))
