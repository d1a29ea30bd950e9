"""The Dask worker plugin, apart so that local runs never import `distributed`."""

from __future__ import annotations

from distributed.diagnostics.plugin import WorkerPlugin

from .worker import load_stages


class StageLoader(WorkerPlugin):
    """Load the stages when a worker joins, once per worker process, before its first chunk."""

    def __init__(self, stages: tuple[str, ...] | None):
        self.stages = stages

    def setup(self, worker) -> None:
        load_stages(self.stages)
