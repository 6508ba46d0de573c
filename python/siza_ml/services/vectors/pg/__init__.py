"""The team's shared index in PostgreSQL + pgvector, chosen by SIZA_ML_DATABASE_URL (docs/team.md).

database.py  the URL, the connection pool (psycopg 3 + psycopg_pool), database errors as 503s
schema.py    the tables, the migrations and their version table; the `vector` extension check
store.py     PgVectorStore: the collection API of ../store.py over those tables, per namespace
"""
