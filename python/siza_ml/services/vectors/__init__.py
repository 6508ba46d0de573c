"""The vector store: named FAISS collections under `<data_root>/vectors/`, shared on disk with the
extension's in-process tier (docs/vector-store-format.md).

store.py      named collections: lookup, creation, locked operations (VectorStore)
collection.py one collection: IndexIDMap2 over IndexFlatIP, stable int64 ids, journal, reload
snapshot.py   a snapshot as raw vectors + meta dict, and back, checked for every mismatch
store_files.py on-disk form: checksummed snapshot + fsynced journal, set-asides, atomic_write
dirlock.py    the cross-process lock, protocol v2 (training's jobs.json uses it too)
meta_filter.py metadata per id, with postings for equality filters
codec.py      vectors on the wire: base64 of little-endian float32
service.py    request-level operations for the routers, off-loop (VectorService)
"""
