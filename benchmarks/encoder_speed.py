"""Why ficlens has no transformer encoder: a lower bound on what the smallest common one costs.

Not part of `make bench`. It times, on one core, only the matrix products of a MiniLM-L6-sized
encoder (6 layers, 384 wide, 12 heads, feed-forward 1,536; random weights, 16 sequences of 128
word pieces), with no embeddings, layer norms or GELU, so a real model is slower still:

    .venv/bin/python benchmarks/encoder_speed.py

Divide by about 1.3 word pieces per English word for words/s, and compare with the 10,000 words/s
that `ficlens.analyze` must keep end to end.
"""

import os
import sys
import time

for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[var] = "1"  # before numpy loads its BLAS

import numpy as np  # noqa: E402

sys.path.insert(0, os.path.dirname(__file__))
from _common import pin_one_core  # noqa: E402

LAYERS, WIDTH, FEED, HEADS, LENGTH, BATCH = 6, 384, 1536, 12, 128, 16
WORD_PIECES_PER_WORD = 1.3


def layer_weights(rng: np.random.Generator) -> dict:
    def w(*shape):
        return rng.standard_normal(shape, dtype=np.float32) * 0.02

    return {"qkv": w(WIDTH, 3 * WIDTH), "out": w(WIDTH, WIDTH), "up": w(WIDTH, FEED), "down": w(FEED, WIDTH)}


def forward(x: np.ndarray, layers: list[dict]) -> np.ndarray:
    b, t, _ = x.shape
    for w in layers:
        q, k, v = np.split(x @ w["qkv"], 3, axis=-1)
        q = q.reshape(b, t, HEADS, -1).transpose(0, 2, 1, 3)
        k = k.reshape(b, t, HEADS, -1).transpose(0, 2, 3, 1)
        v = v.reshape(b, t, HEADS, -1).transpose(0, 2, 1, 3)
        att = q @ k
        att = np.exp(att - att.max(-1, keepdims=True))
        att /= att.sum(-1, keepdims=True)
        x = x + (att @ v).transpose(0, 2, 1, 3).reshape(b, t, WIDTH) @ w["out"]
        x = x + np.maximum(x @ w["up"], 0) @ w["down"]
    return x


def main() -> int:
    pin_one_core()
    rng = np.random.default_rng(0)
    layers = [layer_weights(rng) for _ in range(LAYERS)]
    x = rng.standard_normal((BATCH, LENGTH, WIDTH), dtype=np.float32)
    forward(x, layers)
    runs, t0 = 0, time.process_time()
    while time.process_time() - t0 < 10:
        forward(x, layers)
        runs += 1
    pieces = runs * BATCH * LENGTH / (time.process_time() - t0)
    print(f"MiniLM-L6-sized encoder, matrix products only, one core: {pieces:,.0f} word pieces/s, "
          f"about {pieces / WORD_PIECES_PER_WORD:,.0f} words/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
