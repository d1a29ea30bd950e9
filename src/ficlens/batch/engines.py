"""Where chunks run: a local process pool (default) or a Dask distributed cluster.

An engine takes an iterator of chunks and yields `(chunk, result)` as chunks finish, keeping at
most `max_in_flight` chunks submitted so that memory depends on the batch size, not the corpus.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool

from ..errors import FiclensError
from ..pipeline import PipelineSpec
from .inputs import Item
from .worker import analyze_chunk, error_row, init_local_worker


def crashed_result(chunk: list[Item], reason: str) -> dict:
    return {"rows": [error_row(i.id, i.path, "worker_crashed", reason) for i in chunk], "pid": None,
            "cpu_seconds": 0.0, "peak_rss": 0}


class LocalEngine:
    """Worker processes on this machine; each builds the pipeline once (pool initializer)."""

    def __init__(self, workers: int | None = None, spec: PipelineSpec = PipelineSpec(), task=analyze_chunk):
        self.workers = max(1, workers or len(os.sched_getaffinity(0)))
        self.spec = spec
        self.task = task

    def _start(self) -> ProcessPoolExecutor:
        # spawn, not fork: the parent runs threads (progress bar, pool feeders) that fork would copy mid-lock
        return ProcessPoolExecutor(
            max_workers=self.workers,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=init_local_worker,
            initargs=(os.getpid(), self.spec),
        )

    def run(self, chunks: Iterable[list[Item]], max_in_flight: int | None = None) -> Iterator[tuple[list[Item], dict]]:
        """Chunks' results as they finish.

        If a worker dies (segfault, out-of-memory kill), the works that were in flight are retried one
        at a time in a fresh pool, alone, so that the work that kills a worker again is found and
        recorded as `worker_crashed` while the others complete normally.
        """
        max_in_flight = max_in_flight or 2 * self.workers
        source = iter(chunks)
        suspects: list[list[Item]] = []
        pending: dict = {}
        executor = self._start()
        try:
            while True:
                limit = 1 if suspects or any(alone for _, alone in pending.values()) else max_in_flight
                while len(pending) < limit:
                    if suspects:
                        chunk, alone = suspects.pop(0), True
                    else:
                        chunk, alone = next(source, None), False
                        if chunk is None:
                            break
                    pending[executor.submit(self.task, chunk, self.spec)] = (chunk, alone)
                    if alone:
                        break
                if not pending:
                    return
                done, _ = wait(pending, return_when=FIRST_COMPLETED)
                broken = False
                for future in done:
                    chunk, alone = pending.pop(future)
                    try:
                        result = future.result()
                    except BrokenProcessPool:
                        broken = True
                        if alone:
                            yield chunk, crashed_result(chunk, "a worker process died while analysing it")
                        else:
                            suspects.extend([item] for item in chunk)
                        continue
                    yield chunk, result
                if broken:
                    for chunk, _ in pending.values():  # failed with the pool, not necessarily guilty
                        suspects.extend([item] for item in chunk)
                    pending.clear()
                    executor.shutdown(wait=False, cancel_futures=True)
                    executor = self._start()
        finally:
            executor.shutdown(wait=True, cancel_futures=True)


class DaskEngine:
    """The same chunks on a Dask distributed cluster (`tcp://HOST:PORT` of its scheduler)."""

    def __init__(self, address: str, spec: PipelineSpec = PipelineSpec(), connect_timeout: float = 30):
        self.address = address
        self.spec = spec
        self.connect_timeout = connect_timeout
        self.workers = 1  # the cluster's, once connected (chunks are sized by it)

    def run(self, chunks: Iterable[list[Item]], max_in_flight: int | None = None) -> Iterator[tuple[list[Item], dict]]:
        from distributed import Client, as_completed

        from .dask_plugin import StageLoader

        try:
            client = Client(self.address, timeout=self.connect_timeout)
        except (OSError, TimeoutError, ValueError) as exc:
            raise FiclensError(self.address, f"cannot reach the Dask scheduler ({exc})") from None
        try:
            client.register_plugin(StageLoader(self.spec), name="ficlens-stage-loader")
            self.workers = max(1, len(client.scheduler_info().get("workers", {})))
            max_in_flight = max_in_flight or 2 * self.workers
            source = iter(chunks)
            pending = as_completed(with_results=False)
            chunk_of: dict = {}

            def submit() -> bool:
                chunk = next(source, None)
                if chunk is None:
                    return False
                future = client.submit(analyze_chunk, chunk, self.spec, pure=False, retries=1)
                chunk_of[future.key] = chunk
                pending.add(future)
                return True

            for _ in range(max_in_flight):
                if not submit():
                    break
            for future in pending:
                chunk = chunk_of.pop(future.key)
                try:
                    result = future.result()
                except Exception as exc:  # the task failed on the cluster (worker lost twice, ...)
                    result = crashed_result(chunk, f"Dask task failed: {type(exc).__name__}: {exc}")
                future.release()
                yield chunk, result
                submit()
        finally:
            client.close()
