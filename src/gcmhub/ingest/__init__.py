"""Reading documents into plain records: readers per format, structure recognisers, builders.

Nothing here imports Django; :mod:`gcmhub.ingest.records` holds the shapes it produces.
"""
