"""The Dask worker plugin, apart so that local runs never import `distributed`."""

from __future__ import annotations

from distributed.diagnostics.plugin import WorkerPlugin

from ..pipeline import PipelineSpec
from .worker import load_stages


class StageLoader(WorkerPlugin):
    """Build the pipeline when a worker joins, once per worker process, before its first chunk."""

    def __init__(self, spec: PipelineSpec):
        self.spec = spec

    def setup(self, worker) -> None:
        load_stages(self.spec)
