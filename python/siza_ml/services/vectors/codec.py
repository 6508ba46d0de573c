"""Vectors on the wire: base64 of little-endian float32, the same bytes the TS side makes."""

import base64
import binascii

import numpy as np

_LE_F32 = np.dtype("<f4")


def encode_vector(vec: np.ndarray) -> str:
    """Base64 of the vector as little-endian float32, whatever the host's byte order."""
    return base64.b64encode(np.asarray(vec, dtype=_LE_F32).tobytes()).decode("ascii")


def decode_vector(b64: str, dims: int) -> np.ndarray:
    """A float32 vector of exactly `dims` values; ValueError with a clear message otherwise."""
    try:
        raw = base64.b64decode(b64, validate=True)
    except (binascii.Error, ValueError):
        raise ValueError("vector is not valid base64") from None
    if len(raw) % 4:
        raise ValueError(f"vector has {len(raw)} bytes, not a whole number of float32 values")
    got = len(raw) // 4
    if got != dims:
        raise ValueError(f"expected {dims} dimensions, got {got}")
    return np.frombuffer(raw, dtype=_LE_F32).astype(np.float32)
