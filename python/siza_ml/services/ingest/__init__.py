"""Ingestion: dataset files into a vector collection, axe-core's rules into `axe-rules`."""
